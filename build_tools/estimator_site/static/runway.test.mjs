import assert from "node:assert/strict";
import { test } from "node:test";

import { penceOf, pounds, roundTo, wholePounds } from "./money.js";
import {
  MAX_WEEKS, drawdownParts, durationWords, followSavings, monthsIn, runway, seasonWords,
} from "./runway.js";

test("amounts from the engine become integer pence without floating point", () => {
  assert.equal(penceOf("1234.56"), 123456);
  assert.equal(penceOf("0.1"), 10);
  assert.equal(penceOf("-12.05"), -1205);
  assert.equal(penceOf("60000"), 6000000);
  assert.equal(penceOf(23250), 2325000);
  assert.throws(() => penceOf("12.345"), /not an amount/);
  assert.throws(() => penceOf("£12"), /not an amount/);
});

test("pounds are shown with commas, pence only when there are any, rounding said", () => {
  assert.equal(pounds(2325000), "£23,250");
  assert.equal(pounds(123456), "£1,234.56");
  assert.equal(pounds(-5), "-£0.05");
  assert.equal(wholePounds(12350), "£124");
  assert.equal(wholePounds(12349), "£123");
  assert.equal(roundTo(-150, 100), -200);
});

test("durations are in weeks, months or years, never hundreds of weeks", () => {
  assert.equal(durationWords(0), "less than a week");
  assert.equal(durationWords(1), "about 1 week");
  assert.equal(durationWords(3), "about 3 weeks");
  assert.equal(durationWords(5), "about 1 month");
  assert.equal(durationWords(30), "about 6 months");
  assert.equal(durationWords(103), "about 23 months");
  assert.equal(durationWords(105), "about 2 years");
  assert.equal(durationWords(163), "about 3 years");
  assert.equal(durationWords(185), "about 3 and a half years");
  assert.equal(durationWords(MAX_WEEKS + 1), "more than 40 years");
  for (let weeks = 0; weeks <= MAX_WEEKS; weeks += 1) {
    assert.doesNotMatch(durationWords(weeks), /\d{2,} weeks/, `${weeks} weeks`);
  }
  assert.throws(() => durationWords(-1), RangeError);
  assert.throws(() => durationWords(2.5), RangeError);
});

test("rounding is always down: the words never promise more time than the weeks", () => {
  for (let weeks = 1; weeks < 600; weeks += 1) {
    const months = monthsIn(weeks);
    assert.ok(months * 30.4375 <= weeks * 7, `${weeks} weeks -> ${months} months`);
  }
});

test("an approximate time of year, by season", () => {
  assert.equal(seasonWords("2030-01-15"), "early 2030");
  assert.equal(seasonWords("2030-03-01"), "spring 2030");
  assert.equal(seasonWords("2030-07-31"), "summer 2030");
  assert.equal(seasonWords("2030-11-30"), "autumn 2030");
  assert.equal(seasonWords("2030-12-01"), "the end of 2030");
});

test("the runway gives words, a date, a season and when to contact the council", () => {
  const r = runway({ weeks: 163, start: "2026-11-23", contactBefore: 12 });
  assert.equal(r.words, "about 3 years");
  assert.equal(r.until, "2030-01-07");
  assert.equal(r.untilSeason, "early 2030");
  assert.equal(r.untilMonth, "January 2030");
  assert.equal(r.contactWeeks, 151);
  assert.equal(r.contactDate, "2029-10-15");
  assert.equal(runway({ weeks: null, start: "2026-11-23" }).words, null);
  assert.equal(runway({ weeks: 5, start: "2026-11-23", contactBefore: 12 }).contactWeeks, 0);
});

test("savings fall week by week to the upper limit, matching the engine's whole weeks", () => {
  // £100 above the limit, falling £30 a week: 3 whole weeks (the engine's 100 // 30).
  const upper = 2325000;
  const followed = followSavings({ capital: upper + 10000, upper, phases: [{ fromWeek: 0, weekly: 3000 }] });
  assert.equal(followed.weeks, 3);
  assert.deepEqual(followed.path, [upper + 10000, upper + 7000, upper + 4000, upper + 1000]);
  assert.deepEqual(followed.spells, [{ from: 0, to: 3 }]);
  for (const [capital, weekly] of [[6000000, 50000], [2400000, 100], [9999999, 77777]]) {
    assert.equal(followSavings({ capital, upper, phases: [{ fromWeek: 0, weekly }] }).weeks,
      Math.floor((capital - upper) / weekly), `${capital} at ${weekly}`);
  }
});

test("savings below the limit: the council may help from now", () => {
  const followed = followSavings({ capital: 1000000, upper: 2325000, phases: [{ fromWeek: 0, weekly: 50000 }] });
  assert.equal(followed.weeks, 0);
  assert.deepEqual(followed.spells, []);
});

test("income covering the cost: savings never reach the limit", () => {
  const followed = followSavings({ capital: 6000000, upper: 2325000, phases: [{ fromWeek: 0, weekly: 0 }] });
  assert.equal(followed.weeks, null);
});

test("a care home: council help while the home is disregarded, then the home counts", () => {
  const upper = 2325000;
  const followed = followSavings({
    capital: 1000000, upper,
    phases: [{ fromWeek: 0, weekly: 80000 }, { fromWeek: 12, weekly: 80000, add: 20000000 }],
  });
  assert.deepEqual(followed.path.slice(0, 13), [...Array(12).fill(1000000), 21000000]);
  assert.equal(followed.spells[0].from, 12);
  assert.equal(followed.weeks, 12 + Math.floor((21000000 - upper) / 80000));
});

test("a draw-down that stops when a later phase has none never ends", () => {
  const followed = followSavings({
    capital: 6000000, upper: 2325000,
    phases: [{ fromWeek: 0, weekly: 1000 }, { fromWeek: 10, weekly: 0 }],
  });
  assert.equal(followed.weeks, null);
  assert.throws(() => followSavings({ capital: 1, upper: 1, phases: [{ fromWeek: 3, weekly: 1 }] }), RangeError);
});

test("the weekly draw-down in parts: cost, income, what is kept, what comes from savings", () => {
  const parts = drawdownParts({
    cost_of_care: "600.00", assessable_income: "350.00", minimum_income_guarantee: "228.70",
    housing_costs: "20.00", disability_related_expenditure: "10.00",
  });
  assert.deepEqual(parts, { cost: 60000, income: 35000, keep: 25870, spare: 9130, fromSavings: 50870 });
  const home = drawdownParts({ cost_of_care: "900", assessable_income: "300", personal_expenses_allowance: "30.65" });
  assert.equal(home.fromSavings, 90000 - (30000 - 3065));
});
