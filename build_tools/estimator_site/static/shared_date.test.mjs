import assert from "node:assert/strict";
import { test } from "node:test";

import { longDate, periodOf, readPeriods, sharedDates } from "./shared_date.js";

const PERIODS = readPeriods(JSON.stringify({
  from: ["2024-04-06", "2025-04-01", "2025-04-06", "2026-04-01", "2026-04-06"], to: "2027-04-04",
}));

test("readPeriods keeps only ISO dates and survives bad JSON", () => {
  assert.deepEqual(readPeriods('{"from": ["2025-04-06", "x", 3, "2024-04-06"], "to": "soon"}'),
    { from: ["2024-04-06", "2025-04-06"], to: null });
  assert.deepEqual(readPeriods("not json"), { from: [], to: null });
  assert.deepEqual(readPeriods(""), { from: [], to: null });
});

test("periodOf finds the rules period, with both ends of a period inside it", () => {
  assert.equal(periodOf(PERIODS, "2024-04-06"), 0);
  assert.equal(periodOf(PERIODS, "2025-03-31"), 0);
  assert.equal(periodOf(PERIODS, "2025-04-01"), 1);
  assert.equal(periodOf(PERIODS, "2026-04-05"), 3);
  assert.equal(periodOf(PERIODS, "2026-04-06"), 4);
  assert.equal(periodOf(PERIODS, "2027-04-04"), 4);
});

test("periodOf is -1 outside the dates covered, or for something that is not a date", () => {
  assert.equal(periodOf(PERIODS, "2024-04-05"), -1);
  assert.equal(periodOf(PERIODS, "2027-04-05"), -1);
  assert.equal(periodOf(PERIODS, "tomorrow"), -1);
  assert.equal(periodOf({ from: [], to: null }, "2026-01-01"), -1);
});

test("made in March, opened in April after uprating: the figures as they were in March", () => {
  assert.deepEqual(sharedDates("2026-03-20", "2026-04-10", PERIODS),
    { madeOn: "2026-03-20", estimateOn: "2026-03-20", rules: "then", changedOn: "2026-04-01" });
  assert.deepEqual(sharedDates("2026-04-02", "2026-11-26", PERIODS),
    { madeOn: "2026-04-02", estimateOn: "2026-04-02", rules: "then", changedOn: "2026-04-06" });
});

test("made under the same rules as today: today's figures, which are the same", () => {
  assert.deepEqual(sharedDates("2026-05-01", "2026-11-26", PERIODS),
    { madeOn: "2026-05-01", estimateOn: "2026-11-26", rules: "same", changedOn: null });
  assert.deepEqual(sharedDates("2026-04-06", "2027-04-04", PERIODS).rules, "same");
});

test("the day before a change and the day of it are under different rules", () => {
  assert.equal(sharedDates("2026-04-05", "2026-04-06", PERIODS).rules, "then");
});

test("a link with no date, made today or dated in the future uses today", () => {
  assert.deepEqual(sharedDates(null, "2026-11-26", PERIODS),
    { madeOn: null, estimateOn: "2026-11-26", rules: "same", changedOn: null });
  assert.equal(sharedDates("2026-11-26", "2026-11-26", PERIODS).estimateOn, "2026-11-26");
  assert.deepEqual(sharedDates("2027-01-01", "2026-11-26", PERIODS),
    { madeOn: "2027-01-01", estimateOn: "2026-11-26", rules: "same", changedOn: null });
});

test("a date the estimator no longer covers uses today's rules and says so", () => {
  assert.deepEqual(sharedDates("2023-01-05", "2026-11-26", PERIODS),
    { madeOn: "2023-01-05", estimateOn: "2026-11-26", rules: "gone", changedOn: null });
});

test("a bad date is not trusted", () => {
  assert.deepEqual(sharedDates("2026-13-45x", "2026-11-26", PERIODS).estimateOn, "2026-11-26");
});

test("longDate writes dates the GOV.UK way", () => {
  assert.equal(longDate("2026-03-20"), "20 March 2026");
  assert.equal(longDate("2026-11-01"), "1 November 2026");
  assert.equal(longDate("2026-13-01"), "2026-13-01");
  assert.equal(longDate("soon"), "soon");
});
