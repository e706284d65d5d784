/*
 * Carers: a yearly figure people can plan with (not a weekly one to the penny), and
 * whether to mention Carer's Allowance, which needs at least 35 hours' caring a week
 * (the threshold comes from the engine's dated parameter, passed in).
 */

import { roundTo } from "./money.js";

/*
 * A weekly amount (pence) as a yearly figure, rounded to a step that matches how rough
 * the estimate is: to £10 under £1,000 a year, to £50 under £5,000, then to £100.
 */
export function yearlyFigure(weeklyPence, weeksInYear = 52) {
  if (!Number.isInteger(weeklyPence) || weeklyPence < 0) throw new RangeError(`not a weekly amount: ${weeklyPence}`);
  const year = weeklyPence * weeksInYear;
  const step = year < 100000 ? 1000 : year < 500000 ? 5000 : 10000;
  return roundTo(year, step);
}

/*
 * Whether the person cares for long enough to be told about Carer's Allowance:
 * "yes" (at least the threshold), "maybe" (an answer band that spans it) or "no".
 * hours: {min, max} hours a week from their answer (max null for "or more").
 */
export function carersAllowanceHint({ min, max }, threshold) {
  if (min >= threshold) return "yes";
  if (max === null || max === undefined || max >= threshold) return "maybe";
  return "no";
}

/*
 * The hours a caring-hours answer stands for, from its value: "35", "under_20",
 * "20_to_49", "50_plus", "35_or_more". Returns {min, max} or null if it is not a band.
 */
export function hoursBand(value) {
  const text = String(value ?? "");
  let match = /^(\d+)$/.exec(text);
  if (match) return { min: Number(match[1]), max: Number(match[1]) };
  match = /^under_(\d+)$/.exec(text);
  if (match) return { min: 0, max: Number(match[1]) - 1 };
  match = /^(\d+)_to_(\d+)$/.exec(text);
  if (match) return { min: Number(match[1]), max: Number(match[2]) };
  match = /^(\d+)_(plus|or_more)$/.exec(text);
  if (match) return { min: Number(match[1]), max: null };
  return null;
}
