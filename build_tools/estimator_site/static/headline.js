/*
 * The results page leads with one plain sentence for the person's situation. This module
 * only decides WHICH sentence applies and the values for its placeholders; the sentences
 * live in headlines.yaml (one for "you" and one for someone answering for another person),
 * so advisers can reword them without touching code.
 */

import { penceOf, pounds } from "./money.js";

/* Every key chooseHeadline can return; headlines.yaml must have exactly these. */
export const HEADLINE_KEYS = [
  "home_self_funder_runway",
  "home_self_funder_income_covers",
  "home_pays_full_cost",
  "council_helps_contribution",
  "council_helps_free",
  "care_home_two_phases",
  "care_home_self_funder_runway",
  "care_home_self_funder_income_covers",
  "care_home_council_helps",
  "not_eligible",
  "carer_likely_eligible",
  "carer_likely_not_eligible",
  "carer_cannot_tell",
];

/* The placeholders a sentence may use. */
export const PLACEHOLDERS = [
  "duration", "until", "contribution", "council_pays", "first_contribution",
  "after_contribution", "yearly",
];

/*
 * The facts the sentence depends on, read from the engine's result.
 * runway: the output of runway() for the savings (or null); careHome: optional
 * {first: {selfFunder, contribution}, after: {selfFunder, contribution}} in pence.
 */
export function situationOf(result, { runway = null, careHome = null, yearly = null } = {}) {
  const charging = result.charging || {};
  const selfFunder = Boolean(result.self_funder && result.self_funder.is_self_funder);
  return {
    flow: result.flow,
    status: result.eligibility ? result.eligibility.status : "cannot_tell",
    setting: charging.setting || "home",
    charged: Boolean(charging.applies),
    selfFunder,
    paysFull: Boolean(charging.pays_full_cost),
    contribution: charging.weekly_contribution !== undefined ? penceOf(charging.weekly_contribution) : 0,
    councilPays: result.council_pays_weekly !== undefined ? penceOf(result.council_pays_weekly) : 0,
    runway,
    careHome,
    yearly,
  };
}

/* The key of the sentence that fits: see HEADLINE_KEYS. */
export function chooseHeadline(s) {
  if (s.flow === "carer") return `carer_${s.status}`;
  if (s.status === "likely_not_eligible") return "not_eligible";
  const lasts = s.runway && s.runway.weeks !== null && s.runway.weeks !== undefined;
  if (s.setting === "care_home") {
    const phases = s.careHome;
    if (phases && !phases.first.selfFunder && phases.after.selfFunder && lasts) return "care_home_two_phases";
    if (s.selfFunder) return lasts ? "care_home_self_funder_runway" : "care_home_self_funder_income_covers";
    return "care_home_council_helps";
  }
  if (s.selfFunder) return lasts ? "home_self_funder_runway" : "home_self_funder_income_covers";
  if (s.paysFull) return "home_pays_full_cost";
  return s.contribution > 0 ? "council_helps_contribution" : "council_helps_free";
}

/* The placeholder values for a situation (only those that are known). */
export function headlineValues(s) {
  const values = {
    contribution: pounds(s.contribution),
    council_pays: pounds(s.councilPays),
  };
  if (s.runway && s.runway.weeks !== null && s.runway.weeks !== undefined) {
    values.duration = s.runway.words;
    values.until = s.runway.untilSeason;
  }
  if (s.careHome) {
    values.first_contribution = pounds(s.careHome.first.contribution);
    values.after_contribution = pounds(s.careHome.after.contribution);
  }
  if (s.yearly !== null && s.yearly !== undefined) values.yearly = pounds(s.yearly);
  return values;
}

/* Put values into a sentence's {placeholders}; a missing value is an error, never blank. */
export function fill(sentence, values) {
  return sentence.replace(/\{([a-z_]+)\}/g, (whole, name) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      throw new Error(`the sentence needs {${name}} but this result has no value for it`);
    }
    return values[name];
  });
}

/*
 * The headline text. sentences: the parsed headlines.yaml mapping
 * {key: {you, other}}; who: "self" or "other".
 */
export function headline(s, sentences, who = "self") {
  const key = chooseHeadline(s);
  const entry = sentences[key];
  if (!entry) throw new Error(`headlines.yaml has no sentence for ${key}`);
  const text = who === "other" && entry.other ? entry.other : entry.you;
  return { key, text: fill(text, headlineValues(s)) };
}
