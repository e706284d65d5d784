import assert from "node:assert/strict";
import { test } from "node:test";

import { HEADLINE_KEYS, PLACEHOLDERS, chooseHeadline, fill, headline, headlineValues, situationOf } from "./headline.js";
import { runway } from "./runway.js";

function result({ flow = "person", status = "likely_eligible", setting = "home", selfFunder = false,
  paysFull = false, contribution = "0.00", council = "0.00" } = {}) {
  return {
    flow,
    eligibility: { status },
    charging: { applies: true, setting, pays_full_cost: paysFull, weekly_contribution: contribution },
    council_pays_weekly: council,
    self_funder: { is_self_funder: selfFunder },
  };
}

const LASTS = runway({ weeks: 163, start: "2026-11-23" });
const NEVER = runway({ weeks: null, start: "2026-11-23" });

const CASES = [
  ["home_self_funder_runway", situationOf(result({ selfFunder: true, paysFull: true }), { runway: LASTS })],
  ["home_self_funder_income_covers", situationOf(result({ selfFunder: true, paysFull: true }), { runway: NEVER })],
  ["home_pays_full_cost", situationOf(result({ paysFull: true, contribution: "310.00" }))],
  ["council_helps_contribution", situationOf(result({ contribution: "85.40", council: "300.00" }))],
  ["council_helps_free", situationOf(result({ council: "400.00" }))],
  ["care_home_two_phases", situationOf(result({ setting: "care_home", contribution: "180.00" }), {
    runway: LASTS,
    careHome: { first: { selfFunder: false, contribution: 18000 }, after: { selfFunder: true, contribution: 95000 } },
  })],
  ["care_home_self_funder_runway", situationOf(result({ setting: "care_home", selfFunder: true }), { runway: LASTS })],
  ["care_home_self_funder_income_covers", situationOf(result({ setting: "care_home", selfFunder: true }), { runway: NEVER })],
  ["care_home_council_helps", situationOf(result({ setting: "care_home", contribution: "180.00" }))],
  ["not_eligible", situationOf(result({ status: "likely_not_eligible", selfFunder: true }), { runway: LASTS })],
  ["carer_likely_eligible", situationOf(result({ flow: "carer" }), { yearly: 120000 })],
  ["carer_likely_not_eligible", situationOf(result({ flow: "carer", status: "likely_not_eligible" }))],
  ["carer_cannot_tell", situationOf(result({ flow: "carer", status: "cannot_tell" }))],
];

test("each situation gets its own sentence, and every key can be reached", () => {
  CASES.forEach(([key, situation]) => assert.equal(chooseHeadline(situation), key));
  assert.deepEqual(CASES.map(([key]) => key).sort(), [...HEADLINE_KEYS].sort());
});

test("a self-funder is never told the council will pay, whatever the eligibility", () => {
  for (const status of ["likely_eligible", "cannot_tell"]) {
    const key = chooseHeadline(situationOf(result({ status, selfFunder: true, paysFull: true }), { runway: LASTS }));
    assert.equal(key, "home_self_funder_runway");
  }
});

test("a care home where the home still counts from week one has no two phases", () => {
  const s = situationOf(result({ setting: "care_home", selfFunder: true }), {
    runway: LASTS,
    careHome: { first: { selfFunder: true, contribution: 95000 }, after: { selfFunder: true, contribution: 95000 } },
  });
  assert.equal(chooseHeadline(s), "care_home_self_funder_runway");
});

test("values for placeholders are words and pounds, never weeks", () => {
  const values = headlineValues(CASES[0][1]);
  assert.equal(values.duration, "about 3 years");
  assert.equal(values.until, "early 2030");
  const two = headlineValues(CASES[5][1]);
  assert.equal(two.first_contribution, "£180");
  assert.equal(two.after_contribution, "£950");
  assert.equal(headlineValues(CASES[3][1]).contribution, "£85.40");
  assert.equal(headlineValues(CASES[10][1]).yearly, "£1,200");
  Object.keys(values).forEach((name) => assert.ok(PLACEHOLDERS.includes(name), name));
});

test("fill refuses a placeholder with no value instead of leaving a gap", () => {
  assert.equal(fill("about {duration}.", { duration: "2 years" }), "about 2 years.");
  assert.throws(() => fill("until {until}", {}), /needs \{until\}/);
  assert.equal(fill("no braces", {}), "no braces");
});

test("the sentence for someone answering for another person uses `other`", () => {
  const sentences = {
    home_self_funder_runway: {
      you: "You will pay for {duration} (until about {until}).",
      other: "They will pay for {duration} (until about {until}).",
    },
  };
  assert.deepEqual(headline(CASES[0][1], sentences, "self"), {
    key: "home_self_funder_runway", text: "You will pay for about 3 years (until about early 2030).",
  });
  assert.match(headline(CASES[0][1], sentences, "other").text, /^They will pay/);
  assert.throws(() => headline(CASES[3][1], sentences), /no sentence for council_helps_contribution/);
});
