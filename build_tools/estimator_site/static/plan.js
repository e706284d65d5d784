/*
 * From the engine's result to what the journey shows: how savings move week by week
 * (at home, or in a care home's two phases), how long they last, and the facts the
 * headline sentence depends on. Reads the result as the engine publishes it; the capital
 * limits come from the page (the build writes each parameter year's limits into it).
 */

import { situationOf } from "./headline.js";
import { penceOf } from "./money.js";
import { addWeeks, drawdownParts, followSavings, isoDate, runway } from "./runway.js";

function phasesOf(charging) {
  return Array.isArray(charging.phases) ? charging.phases : [];
}

/*
 * The savings to follow: {capital, phases} for followSavings, or null when savings never
 * run down towards the upper limit on these figures (nobody pays the full cost from them).
 */
export function savingsPhases(result) {
  const charging = result.charging || {};
  if (!charging.applies) return null;
  const stay = phasesOf(charging);
  if (charging.setting === "care_home" && stay.length) {
    const first = stay[0];
    const later = stay[stay.length - 1];
    const start = penceOf(first.capital_counted);
    const phases = [{ fromWeek: 0, weekly: first.self_funding ? penceOf(first.drawdown) : 0 }];
    if (stay.length > 1) {
      phases.push({
        fromWeek: first.weeks,
        weekly: later.self_funding ? penceOf(later.drawdown) : 0,
        add: penceOf(later.capital_counted) - start,
      });
    }
    if (!stay.some((phase) => phase.self_funding)) return null;
    return { capital: start, phases };
  }
  if (!result.self_funder || !result.self_funder.is_self_funder) return null;
  const weekly = charging.drawdown !== undefined ? penceOf(charging.drawdown) : drawdownParts(charging).fromSavings;
  return { capital: penceOf(charging.capital_counted), phases: [{ fromWeek: 0, weekly }] };
}

/* Care-home phases for the headline: {first, after} with selfFunder and contribution, or null. */
export function careHomePhases(result) {
  const stay = phasesOf(result.charging || {});
  if (stay.length < 2) return null;
  const shape = (phase) => ({ selfFunder: Boolean(phase.self_funding), contribution: penceOf(phase.weekly_contribution) });
  return { first: shape(stay[0]), after: shape(stay[stay.length - 1]), weeks: stay[0].weeks };
}

/*
 * Everything the results page needs about money over time.
 * limits: {upper, lower} in pence; contactBefore: weeks before the limit to contact the council.
 * Returns {start, savings, followed, runway, careHome, situation}; savings/followed are
 * null when there is nothing to chart.
 */
export function journeyPlan(result, limits, { contactBefore = 0, yearly = null } = {}) {
  const start = result.date;
  const savings = savingsPhases(result);
  const careHome = careHomePhases(result);
  let followed = null;
  let lasts = null;
  if (savings) {
    followed = followSavings({ capital: savings.capital, upper: limits.upper, phases: savings.phases });
    const engineWeeks = result.self_funder ? result.self_funder.weeks_until_upper_limit : null;
    if (!careHome && Number.isInteger(engineWeeks) && followed.weeks !== engineWeeks) {
      throw new Error(`savings last ${followed.weeks} weeks here but ${engineWeeks} in the engine`);
    }
    if (followed.weeks !== null) {
      // In a care home where the home counts later, the time paying the full fees starts then.
      const from = careHome && !careHome.first.selfFunder ? careHome.weeks : 0;
      lasts = runway({ weeks: followed.weeks - from, start: isoDate(addWeeks(start, from)), contactBefore });
    } else {
      lasts = runway({ weeks: null, start });
    }
  }
  return {
    start,
    savings,
    followed,
    runway: lasts,
    careHome,
    situation: situationOf(result, { runway: lasts, careHome, yearly }),
  };
}
