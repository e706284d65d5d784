import assert from "node:assert/strict";
import { test } from "node:test";

import { SVG_NS, chartModel, chartRows, niceStep, renderChart, sampleWeeks } from "./chart.js";
import { followSavings } from "./runway.js";

const UPPER = 2325000;
const LOWER = 1425000;
const START = "2026-11-23";

function selfFunder() {
  const followed = followSavings({ capital: 6000000, upper: UPPER, phases: [{ fromWeek: 0, weekly: 22500 }] });
  return { ...followed, upper: UPPER, lower: LOWER, start: START };
}

test("nice steps for the money axis", () => {
  assert.equal(niceStep(6000000), 2000000, "£60,000 in five steps of £20,000");
  assert.equal(niceStep(4000000), 1000000);
  assert.equal(niceStep(7), 2);
  assert.equal(niceStep(0), 1);
});

test("sampling keeps the first, the last and the weeks asked for, and stays small", () => {
  const weeks = sampleWeeks(1000, [333]);
  assert.equal(weeks[0], 0);
  assert.equal(weeks[weeks.length - 1], 999);
  assert.ok(weeks.includes(333));
  assert.ok(weeks.length <= 122, weeks.length);
  assert.deepEqual(sampleWeeks(3), [0, 1, 2]);
});

test("the chart marks both limits, the savings line and the week the council may help", () => {
  const data = selfFunder();
  const model = chartModel(data);
  assert.equal(model.viewBox, "0 0 640 320");
  const limits = model.elements.filter((e) => e.attrs["data-limit"]).map((e) => e.attrs["data-limit"]);
  assert.deepEqual(limits, ["upper", "lower"]);
  const line = model.elements.find((e) => e.attrs["data-series"] === "savings");
  assert.match(line.attrs.d, /^M[\d. ]+( L[\d. ]+)+$/, "the path is numbers only");
  const help = model.elements.find((e) => e.attrs["data-marker"] === "help");
  const upper = model.elements.find((e) => e.attrs["data-limit"] === "upper");
  const last = line.attrs.d.split(" L").pop().split(" ").map(Number);
  assert.equal(last[0], help.attrs.x1, "the line ends where the council may help");
  assert.ok(Math.abs(last[1] - upper.attrs.y1) < 5, "and it ends at the upper limit");
  const first = line.attrs.d.slice(1).split(" L")[0].split(" ").map(Number);
  assert.ok(first[1] < upper.attrs.y1, "savings start above the upper limit (higher on the page)");
});

test("every attribute is a number or a fixed word, and tick text is money or a year", () => {
  const model = chartModel(selfFunder());
  model.elements.forEach((element) => {
    Object.entries(element.attrs).forEach(([name, value]) => {
      assert.match(String(value), /^(-?[\d.]+|[a-z][a-z_ -]*|[MLml\d. -]+)$/, `${element.tag} ${name}=${value}`);
    });
    if (element.text !== undefined) assert.match(element.text, /^(£[\d,]+|\d{4}|[A-Z][a-z]{2} \d{4})$/, element.text);
  });
  const years = model.elements.filter((e) => /^\d{4}$/.test(e.text || "")).map((e) => e.text);
  assert.deepEqual(years, ["2027", "2028", "2029", "2030"], "the runway ends in January 2030");
});

test("a short runway gets quarter ticks; no marker when savings never reach the limit", () => {
  const short = followSavings({ capital: UPPER + 500000, upper: UPPER, phases: [{ fromWeek: 0, weekly: 30000 }] });
  const model = chartModel({ ...short, upper: UPPER, lower: LOWER, start: START });
  assert.ok(model.elements.some((e) => /^[A-Z][a-z]{2} 2027$/.test(e.text || "")));
  const never = followSavings({ capital: 6000000, upper: UPPER, phases: [{ fromWeek: 0, weekly: 0 }] });
  const flat = chartModel({ ...never, upper: UPPER, lower: LOWER, start: START });
  assert.equal(flat.elements.some((e) => e.attrs["data-marker"] === "help"), false);
  assert.throws(() => chartModel({ path: [], weeks: null, upper: UPPER, lower: LOWER, start: START }), RangeError);
});

test("the table alternative has now, one row a year and the week the council may help", () => {
  const rows = chartRows(selfFunder());
  assert.deepEqual(rows.map((r) => r.kind), ["now", "year", "year", "year", "help"]);
  assert.deepEqual(rows[0], { week: 0, date: START, month: "November 2026", pence: 6000000, amount: "£60,000", kind: "now" });
  assert.equal(rows[1].date, "2027-11-22");
  // (£60,000 - £23,250) / £225 = 163.3: 163 whole weeks, leaving £23,325.
  assert.equal(rows[4].week, 163);
  assert.equal(rows[4].amount, "£23,325");
  assert.equal(rows[4].month, "January 2030");
});

/* A minimal document that records how nodes were made. */
function fakeDocument() {
  const make = (ns, tag) => ({
    ns, tag, attrs: {}, children: [], textContent: "",
    setAttribute(name, value) { this.attrs[name] = value; },
    append(...nodes) { this.children.push(...nodes); },
    set innerHTML(value) { throw new Error("innerHTML must not be used"); },
  });
  return { createElementNS: make, createElement() { throw new Error("SVG needs createElementNS"); } };
}

test("the DOM builder uses SVG elements and textContent, with a title and description", () => {
  const svg = renderChart(fakeDocument(), chartModel(selfFunder()), {
    title: "Your savings over time", description: "<b>not markup</b>", upper: "Upper limit", lower: "Lower limit", help: "The council may help",
  });
  assert.equal(svg.ns, SVG_NS);
  assert.equal(svg.attrs.role, "img");
  const [title, desc] = svg.children;
  assert.equal(title.tag, "title");
  assert.equal(desc.textContent, "<b>not markup</b>");
  assert.equal(svg.attrs["aria-labelledby"], `${title.attrs.id} ${desc.attrs.id}`);
  const labels = svg.children.filter((n) => n.attrs["data-label"]).map((n) => n.textContent);
  assert.deepEqual(labels, ["Upper limit", "Lower limit", "The council may help"]);
});

test("a care home's week where the home starts to count gets its own row", () => {
  const followed = followSavings({
    capital: 1000000, upper: UPPER,
    phases: [{ fromWeek: 0, weekly: 0 }, { fromWeek: 12, weekly: 77930, add: 18000000 }],
  });
  const rows = chartRows({ ...followed, start: START, changes: [12] });
  assert.deepEqual(rows.map((r) => r.kind).slice(0, 3), ["now", "change", "year"]);
  assert.equal(rows[0].amount, "£10,000");
  assert.equal(rows[1].week, 12);
  assert.equal(rows[1].month, "February 2027");
  assert.equal(rows[1].amount, "£190,000");
  assert.equal(rows.at(-1).kind, "help");
});

test("a change outside the chart, or not a week, adds no row", () => {
  const plain = chartRows(selfFunder()).map((r) => r.week);
  assert.deepEqual(chartRows({ ...selfFunder(), changes: [0, 500, 1.5, null] }).map((r) => r.week), plain);
  assert.deepEqual(chartRows({ ...selfFunder(), changes: [52] }).map((r) => r.kind), ["now", "change", "year", "year", "help"]);
});

test("the limits' labels stay clear of the council-may-help line at the right", () => {
  const model = chartModel(selfFunder());
  const help = model.elements.find((e) => e.attrs["data-marker"] === "help");
  model.elements.filter((e) => ["upper", "lower"].includes(e.attrs["data-label"])).forEach((label) => {
    assert.equal(label.attrs["text-anchor"], "start");
    assert.ok(label.attrs.x + 100 < help.attrs.x1, `${label.attrs.x} vs ${help.attrs.x1}`);
  });
});
