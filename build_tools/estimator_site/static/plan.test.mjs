/*
 * The journey plan from real engine results (fixtures/ holds results the engine gave for
 * the worked-example bases: a homeowner moving to a care home, a self-funder at home with
 * £60,000, and a carer).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { chartRows } from "./chart.js";
import { chooseHeadline, headlineValues } from "./headline.js";
import { careHomePhases, journeyPlan, savingsPhases } from "./plan.js";

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
const LIMITS = { upper: 2325000, lower: 1425000 };

test("a self-funder at home: the plan agrees with the engine's weeks and says years", () => {
  const result = fixture("home");
  const plan = journeyPlan(result, LIMITS, { contactBefore: 13 });
  assert.equal(plan.followed.weeks, result.self_funder.weeks_until_upper_limit);
  assert.equal(plan.runway.words, "about 5 years");
  assert.equal(plan.runway.contactWeeks, result.self_funder.contact_council_within_weeks);
  assert.equal(chooseHeadline(plan.situation), "home_self_funder_runway");
  assert.equal(headlineValues(plan.situation).until, plan.runway.untilSeason);
});

test("a homeowner moving to a care home: council help for 12 weeks, then the home counts", () => {
  const result = fixture("carehome");
  const phases = savingsPhases(result);
  assert.deepEqual(phases.phases.map((p) => p.fromWeek), [0, 12]);
  assert.equal(phases.phases[1].add, 18000000, "the home's value after sale costs");
  const plan = journeyPlan(result, LIMITS);
  assert.deepEqual(careHomePhases(result).first, { selfFunder: false, contribution: 18820 });
  assert.equal(plan.followed.path[11], 1000000, "savings untouched while the council helps");
  assert.equal(plan.followed.path[12], 19000000);
  assert.equal(plan.followed.weeks, 12 + result.charging.phases[1].weeks_until_upper_limit);
  assert.equal(plan.runway.weeks, result.charging.phases[1].weeks_until_upper_limit, "counted from week 12");
  assert.equal(chooseHeadline(plan.situation), "care_home_two_phases");
  const values = headlineValues(plan.situation);
  assert.equal(values.first_contribution, "£188.20");
  assert.equal(values.after_contribution, "£967.50");
  const rows = chartRows({ path: plan.followed.path, weeks: plan.followed.weeks, start: plan.start });
  assert.equal(rows[rows.length - 1].kind, "help");
});

test("nothing to chart when nobody draws on savings", () => {
  const carer = journeyPlan(fixture("carer"), LIMITS);
  assert.equal(carer.followed, null);
  assert.equal(chooseHeadline(carer.situation), "carer_likely_eligible");
  const home = fixture("home");
  home.self_funder = { is_self_funder: false };
  assert.equal(savingsPhases(home), null);
});

test("a disagreement with the engine's weeks is an error, never a silent second figure", () => {
  const result = fixture("home");
  result.self_funder.weeks_until_upper_limit += 1;
  assert.throws(() => journeyPlan(result, LIMITS), /in the engine/);
});
