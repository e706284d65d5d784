import assert from "node:assert/strict";
import { test } from "node:test";

import { errorParts, pounds, resultParts } from "./results.js";

function result(overrides = {}) {
  return {
    eligibility: { status: "likely_eligible", reasons: ["You cannot achieve 3 outcomes."] },
    budget: { applies: true, weekly: { low: "180.00", central: "200.00", high: "220.00" },
      annual: { central: "10400.00" }, message: null },
    charging: { applies: true, pays_full_cost: false, weekly_contribution: "45.10", always_free: [] },
    council_pays_weekly: "154.90",
    self_funder: { is_self_funder: false },
    next_steps: [{ id: "needs_assessment", text: "Ask for a needs assessment." }],
    explanation: [{ text: "Points 40 x £5.00." }],
    notice: "This is an estimate.",
    ...overrides,
  };
}

const names = (parts) => parts.map((item) => item.part);

test("pounds groups thousands and drops .00", () => {
  assert.equal(pounds("23250.00"), "£23,250");
  assert.equal(pounds("1234.5"), "£1,234.50");
  assert.equal(pounds("45.10"), "£45.10");
  assert.equal(pounds("-1000000"), "-£1,000,000");
});

test("an eligible person at home gets every part in order with formatted figures", () => {
  const parts = resultParts(result());
  assert.deepEqual(names(parts), ["status-likely_eligible", "reasons", "budget", "budget-range",
    "budget-central-annual", "contribution", "council-pays", "next-steps", "explanation", "notice"]);
  assert.deepEqual(parts[3].fields, { low: "£180", high: "£220" });
  assert.deepEqual(parts[4].fields, { central: "£200", annual: "£10,400" });
  assert.deepEqual(parts[7].lists, { items: ["Ask for a needs assessment."] });
});

test("someone paying the full cost sees the full-cost parts, and no count of weeks", () => {
  const parts = resultParts(result({
    charging: { applies: true, pays_full_cost: true, weekly_contribution: "900.00", always_free: ["Reablement"] },
    self_funder: { is_self_funder: true, weeks_until_upper_limit: 0, message: "Contact us." },
  }));
  assert.ok(names(parts).includes("contribution-full-cost"));
  assert.ok(names(parts).includes("always-free"));
  assert.equal(parts.some((item) => item.part.startsWith("self-funder")), false,
    "how long savings last is the journey's (years, months, a date), never weeks");
});

test("a care home's budget is one figure, not a range from it to itself", () => {
  const parts = resultParts(result({
    budget: { applies: true, weekly: { low: "885.00", central: "885.00", high: "885.00" },
      annual: null, message: null },
  }));
  assert.equal(names(parts).includes("budget-range"), false);
  assert.equal(names(parts).includes("budget-central"), false);
  const single = parts.find((item) => item.part === "budget-single");
  assert.deepEqual(single.fields, { amount: "£885" });
});

test("a carer's budget has no weekly figure to the penny", () => {
  const parts = resultParts(result({ flow: "carer" }));
  assert.equal(names(parts).includes("budget-range"), false);
  assert.ok(names(parts).includes("budget"));
});

test("no budget and no charging: only the title, the engine's message and no figures", () => {
  const parts = resultParts(result({
    eligibility: { status: "likely_not_eligible", reasons: [] },
    budget: { applies: false, weekly: null, message: "No budget." },
    charging: { applies: false },
    next_steps: [],
    explanation: [],
  }));
  assert.deepEqual(names(parts), ["status-likely_not_eligible", "budget", "message", "notice"]);
});

test("an unknown status uses the general panel with the status as its text", () => {
  const parts = resultParts(result({ eligibility: { status: "new_status", reasons: [] } }));
  assert.deepEqual(parts[0], { part: "status-other", fields: { status: "new_status" }, lists: {} });
});

test("engine errors become one list of messages", () => {
  assert.deepEqual(errorParts([{ field: "age", message: "Enter your age" }]),
    [{ part: "errors", fields: {}, lists: { items: ["Enter your age"] } }]);
});

test("a self-funder at home sees the local market price, its range and where hours came from", () => {
  const parts = resultParts(result({
    charging: { applies: true, pays_full_cost: true, weekly_contribution: "162.00", always_free: [],
      market_price: { label: "Agencies' weekday rates", checked: "2026-11-26", count: 9, unit: "per hour",
        low: "23.95", median: "25.00", high: "28.50", hourly: "27.00", hours: "6", weekly: "162.00",
        council_rate_hourly: "24.95", rural_uplift_percent: 8, weekend_costs_more: true } },
  }));
  assert.deepEqual(names(parts).filter((name) => name.startsWith("market-price")),
    ["market-price-home", "market-price-hours-budget", "market-price-rural", "market-price-source"]);
  const home = parts.find((item) => item.part === "market-price-home");
  assert.deepEqual(home.fields, { median: "£25", low: "£23.95", high: "£28.50", count: "9",
    label: "Agencies' weekday rates", checked: "26 November 2026", hourly: "£27", hours: "6", weekly: "£162" });
  assert.deepEqual(parts.find((item) => item.part === "market-price-hours-budget").fields,
    { hours: "6", rate: "£24.95" });
});

test("hours the person gave, in a town: no budget or rural note", () => {
  const parts = resultParts(result({
    charging: { applies: true, pays_full_cost: true, weekly_contribution: "187.50", always_free: [],
      market_price: { label: "x", checked: "2026-11-26", count: 9, unit: "per hour", low: "23.95",
        median: "25.00", high: "28.50", hourly: "25.00", hours: "7.5", weekly: "187.50",
        council_rate_hourly: null, rural_uplift_percent: 0 } },
  }));
  assert.deepEqual(names(parts).filter((name) => name.startsWith("market-price")),
    ["market-price-home", "market-price-source"]);
});

test("a care home self-funder sees the weekly fees' middle and range; nobody else sees a market price", () => {
  const parts = resultParts(result({
    charging: { applies: true, pays_full_cost: true, weekly_contribution: "967.50", always_free: [],
      market_price: { label: "Homes' fees", checked: "2026-11-26", count: 6, low: "895.00", median: "967.50",
        high: "1040.00" } },
  }));
  assert.deepEqual(parts.find((item) => item.part === "market-price-care-home").fields,
    { median: "£967.50", low: "£895", high: "£1,040", count: "6", label: "Homes' fees", checked: "26 November 2026" });
  assert.equal(names(resultParts(result())).some((name) => name.startsWith("market-price")), false);
});

test("in a care home with two phases, what you pay and the council pays name both", () => {
  const phases = [
    { weeks: 12, weekly_contribution: "188.20", council_pays: "696.80", pays_full_cost: false },
    { weeks: null, weekly_contribution: "967.50", council_pays: "0.00", pays_full_cost: true },
  ];
  const parts = resultParts(result({
    charging: { applies: true, setting: "care_home", pays_full_cost: true, weekly_contribution: "967.50",
      always_free: [], phases },
    council_pays_weekly: "0.00",
  }));
  const shown = names(parts);
  assert.ok(shown.includes("contribution-phases-full-cost"), shown);
  assert.ok(!shown.includes("council-pays") && !shown.includes("contribution-full-cost"), shown);
  const pay = parts.find((item) => item.part === "contribution-phases-full-cost");
  assert.deepEqual(pay.fields, { weeks: "12", first: "£188.20", after: "£967.50" });
  assert.ok(!shown.includes("council-pays-phases"), "never 'then about £0 a week'");
  const council = parts.find((item) => item.part === "council-pays-phases-then-nothing");
  assert.deepEqual(council.fields, { weeks: "12", first: "£696.80" });
  phases[1].council_pays = "50.00";
  assert.deepEqual(resultParts(result({ charging: { applies: true, phases, weekly_contribution: "1",
    always_free: [] } })).find((item) => item.part === "council-pays-phases").fields,
  { weeks: "12", first: "£696.80", after: "£50" });
  phases[1].pays_full_cost = false;
  assert.ok(names(resultParts(result({ charging: { applies: true, phases, weekly_contribution: "1", always_free: [] } })))
    .includes("contribution-phases"));
});

test("when the council would pay nothing, it says so in words, not 'About £0'", () => {
  const parts = resultParts(result({ council_pays_weekly: "0.00",
    charging: { applies: true, pays_full_cost: true, weekly_contribution: "213.90", always_free: [] } }));
  assert.ok(names(parts).includes("council-pays-nothing"), names(parts));
  assert.ok(!names(parts).includes("council-pays"));
});
