/*
 * The savings-over-time chart: a description of SVG elements built from numbers only
 * (pure, tested in Node), the rows of its table alternative, and a small DOM builder
 * that turns the description into elements with setAttribute and textContent.
 * Words (title, description, limit labels) come from the page's template, never from here.
 */

import { wholePounds } from "./money.js";
import { addWeeks, isoDate, monthYear } from "./runway.js";

export const SVG_NS = "http://www.w3.org/2000/svg";
const SIZE = { width: 640, height: 320, left: 84, right: 24, top: 24, bottom: 44 };
const MAX_POINTS = 120;
let chartCount = 0;

/* A "nice" step (1, 2 or 5 times a power of ten) giving about `count` ticks up to `max`. */
export function niceStep(max, count = 5) {
  if (max <= 0) return 1;
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const unit = rough / power;
  const nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
  return nice * power;
}

/* Up to MAX_POINTS weeks from the path, always keeping the first, last and any in `keep`. */
export function sampleWeeks(length, keep = []) {
  if (length <= 0) return [];
  const step = Math.max(1, Math.ceil((length - 1) / (MAX_POINTS - 1)));
  const weeks = new Set([0, length - 1]);
  for (let w = 0; w < length; w += step) weeks.add(w);
  keep.filter((w) => w >= 0 && w < length).forEach((w) => weeks.add(w));
  return Array.from(weeks).sort((a, b) => a - b);
}

function round1(value) {
  return Math.round(value * 10) / 10;
}

/* X-axis ticks: every January when the chart spans more than 18 months, else every 3 months. */
function timeTicks(start, lastWeek) {
  const ticks = [];
  const end = addWeeks(start, lastWeek);
  const first = addWeeks(start, 0);
  const long = lastWeek > 78;
  const cursor = new Date(Date.UTC(first.getUTCFullYear(), long ? 0 : first.getUTCMonth() - (first.getUTCMonth() % 3), 1));
  const years = end.getUTCFullYear() - first.getUTCFullYear();
  const every = long ? Math.max(1, Math.ceil(years / 8)) : 3;
  while (cursor <= end) {
    if (cursor > first) {
      const week = (cursor - first) / (7 * 24 * 3600 * 1000);
      ticks.push({ week, label: long ? String(cursor.getUTCFullYear()) : monthYear(cursor).replace(/^(\w{3})\w*/, "$1") });
    }
    if (long) cursor.setUTCFullYear(cursor.getUTCFullYear() + every);
    else cursor.setUTCMonth(cursor.getUTCMonth() + every);
  }
  return ticks;
}

/*
 * The chart as data: {width, height, elements: [{tag, attrs, text?}]}.
 * path: capital (pence) at the start of each week; weeks: the week the council may help
 * from (or null); upper, lower: the capital limits (pence); start: the estimate's date.
 */
export function chartModel({ path, weeks, upper, lower, start }) {
  if (!path.length) throw new RangeError("the chart needs at least one week of savings");
  const { width, height, left, right, top, bottom } = SIZE;
  const shownUntil = weeks === null || weeks === undefined ? path.length - 1 : weeks;
  const lastWeek = Math.max(4, shownUntil + Math.max(4, Math.ceil(shownUntil * 0.1)));
  const highest = Math.max(upper, ...path.slice(0, shownUntil + 1));
  const step = niceStep(highest * 1.05, 5);
  const top$ = Math.ceil((highest * 1.05) / step) * step;
  const x = (week) => round1(left + ((width - left - right) * week) / lastWeek);
  const y = (pence) => round1(top + (height - top - bottom) * (1 - pence / top$));
  const elements = [];
  for (let value = 0; value <= top$; value += step) {
    elements.push({ tag: "line", attrs: { class: "fs-chart__grid", x1: left, x2: width - right, y1: y(value), y2: y(value) } });
    elements.push({ tag: "text", attrs: { class: "fs-chart__tick", x: left - 8, y: y(value) + 4, "text-anchor": "end" }, text: wholePounds(value) });
  }
  timeTicks(start, lastWeek).forEach((tick) => {
    elements.push({ tag: "line", attrs: { class: "fs-chart__tick-mark", x1: x(tick.week), x2: x(tick.week), y1: height - bottom, y2: height - bottom + 6 } });
    elements.push({ tag: "text", attrs: { class: "fs-chart__tick", x: x(tick.week), y: height - bottom + 22, "text-anchor": "middle" }, text: tick.label });
  });
  elements.push({ tag: "line", attrs: { class: "fs-chart__axis", x1: left, x2: width - right, y1: height - bottom, y2: height - bottom } });
  elements.push({ tag: "line", attrs: { class: "fs-chart__axis", x1: left, x2: left, y1: top, y2: height - bottom } });
  [["upper", upper], ["lower", lower]].forEach(([name, value]) => {
    if (value > top$) return;
    elements.push({ tag: "line", attrs: { class: `fs-chart__limit fs-chart__limit--${name}`, "data-limit": name, x1: left, x2: width - right, y1: y(value), y2: y(value) } });
    // At the left end: the point where the council may help is near the right end, and
    // its line and label would cover a label there.
    elements.push({ tag: "text", attrs: { class: "fs-chart__limit-label", "data-label": name, x: left + 6, y: y(value) - 6, "text-anchor": "start" } });
  });
  const sampled = sampleWeeks(shownUntil + 1, [weeks ?? -1]);
  const d = sampled.map((week, i) => `${i ? "L" : "M"}${x(week)} ${y(path[week])}`).join(" ");
  elements.push({ tag: "path", attrs: { class: "fs-chart__line", "data-series": "savings", d, fill: "none" } });
  if (weeks !== null && weeks !== undefined) {
    elements.push({ tag: "line", attrs: { class: "fs-chart__help", "data-marker": "help", x1: x(weeks), x2: x(weeks), y1: top, y2: height - bottom } });
    elements.push({ tag: "circle", attrs: { class: "fs-chart__point", cx: x(weeks), cy: y(path[weeks]), r: 5 } });
    const anchor = x(weeks) > width / 2 ? "end" : "start";
    elements.push({ tag: "text", attrs: { class: "fs-chart__help-label", "data-label": "help", x: x(weeks) + (anchor === "end" ? -8 : 8), y: top + 14, "text-anchor": anchor } });
  }
  return { width, height, viewBox: `0 0 ${width} ${height}`, elements };
}

/*
 * The table alternative: one row now, one a year, and one when the council may help.
 * Each row: {week, date (ISO), month ("March 2030"), pence, amount ("£41,000"), kind}.
 */
export function chartRows({ path, weeks, start, changes = [] }) {
  const last = weeks === null || weeks === undefined ? path.length - 1 : weeks;
  const chosen = [0];
  for (let w = 52; w < last; w += 52) chosen.push(w);
  if (last > 0) chosen.push(last);
  // A week where what counts changes (in a care home, the home from week 13): its own row.
  const changed = new Set(changes.filter((w) => Number.isInteger(w) && w > 0 && w < last && w < path.length));
  changed.forEach((w) => { if (!chosen.includes(w)) chosen.push(w); });
  chosen.sort((a, b) => a - b);
  return chosen.map((week) => ({
    week,
    date: isoDate(addWeeks(start, week)),
    month: monthYear(addWeeks(start, week)),
    pence: path[week],
    amount: wholePounds(path[week]),
    kind: week === 0 ? "now" : week === weeks ? "help" : changed.has(week) ? "change" : "year",
  }));
}

/*
 * DOM glue: build the SVG from a model. labels: {title, description, upper, lower, help}
 * (text from the template). Text goes in with textContent only.
 */
export function renderChart(doc, model, labels) {
  const svg = doc.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", model.viewBox);
  svg.setAttribute("class", "fs-chart");
  svg.setAttribute("role", "img");
  chartCount += 1;
  const ids = { title: `fs-chart-${chartCount}-title` };
  ids.desc = `${ids.title}-desc`;
  svg.setAttribute("aria-labelledby", `${ids.title} ${ids.desc}`);
  const title = doc.createElementNS(SVG_NS, "title");
  title.setAttribute("id", ids.title);
  title.textContent = labels.title;
  const desc = doc.createElementNS(SVG_NS, "desc");
  desc.setAttribute("id", ids.desc);
  desc.textContent = labels.description;
  svg.append(title, desc);
  model.elements.forEach((item) => {
    const node = doc.createElementNS(SVG_NS, item.tag);
    Object.entries(item.attrs).forEach(([name, value]) => node.setAttribute(name, String(value)));
    node.setAttribute("aria-hidden", "true");
    const label = item.attrs["data-label"];
    if (item.text !== undefined) node.textContent = item.text;
    else if (label) node.textContent = labels[label] || "";
    svg.append(node);
  });
  return svg;
}
