/*
 * How long savings last, in words people use: "about 3 years" and "until about spring
 * 2030", never "163 weeks". Works from whole weeks and integer pence; every rounding is
 * down, so a time or a date is never later than the engine's figure.
 */

import { penceOf } from "./money.js";

const DAYS_PER_MONTH = 365.25 / 12;
/* Longest time followed week by week: beyond this, savings "last more than 40 years". */
export const MAX_WEEKS = 52 * 40;

/* Whole months in a number of weeks, rounded down. */
export function monthsIn(weeks) {
  return Math.floor((weeks * 7) / DAYS_PER_MONTH);
}

/*
 * A duration as parts for a sentence: {unit, count, half}. Under a month it counts
 * weeks, under two years months, then years (with "and a half" from six months on).
 */
export function durationParts(weeks) {
  if (!Number.isInteger(weeks) || weeks < 0) throw new RangeError(`weeks must be a whole number: ${weeks}`);
  if (weeks > MAX_WEEKS) return { unit: "years", count: MAX_WEEKS / 52, more_than: true, half: false };
  const months = monthsIn(weeks);
  if (months < 1) return { unit: "weeks", count: weeks, half: false };
  if (months < 24) return { unit: "months", count: months, half: false };
  return { unit: "years", count: Math.floor(months / 12), half: months % 12 >= 6 };
}

/* "about 3 years", "about 3 and a half years", "about 8 months", "about 1 week", "more than 40 years". */
export function durationWords(weeks) {
  const parts = durationParts(weeks);
  if (parts.more_than) return `more than ${parts.count} years`;
  if (parts.unit === "weeks" && parts.count === 0) return "less than a week";
  if (parts.half) return `about ${parts.count} and a half years`;
  const unit = parts.count === 1 ? parts.unit.slice(0, -1) : parts.unit;
  return `about ${parts.count} ${unit}`;
}

/* A date as an ISO string or Date -> a UTC Date at midnight. */
export function asDate(value) {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${value}`);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addWeeks(start, weeks) {
  const date = asDate(start);
  date.setUTCDate(date.getUTCDate() + weeks * 7);
  return date;
}

export function isoDate(date) {
  return asDate(date).toISOString().slice(0, 10);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

/* A month and year: "March 2030". */
export function monthYear(date) {
  const d = asDate(date);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/* An approximate time of year: "early 2030", "spring 2030", "summer 2030", "autumn 2030", "the end of 2030". */
export function seasonWords(date) {
  const d = asDate(date);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  if (month <= 1) return `early ${year}`;
  if (month <= 4) return `spring ${year}`;
  if (month <= 7) return `summer ${year}`;
  if (month <= 10) return `autumn ${year}`;
  return `the end of ${year}`;
}

/*
 * Follow savings week by week.
 * capital: counted capital now (pence); upper: the upper capital limit (pence);
 * phases: [{fromWeek, weekly, add?}] in order, the first from week 0 — from fromWeek on,
 * savings fall by `weekly` pence a week while they are above the upper limit, and `add`
 * pence start to count that week (a home, once the 12-week disregard ends).
 * Returns {weeks, path, spells}: weeks = the week from which the council may help for
 * good (null if savings never reach the limit within MAX_WEEKS); path = capital at the
 * start of each week (held at the limit once reached); spells = [{from, to}] weeks the
 * person pays the full cost.
 */
export function followSavings({ capital, upper, phases }) {
  if (!Array.isArray(phases) || phases.length === 0 || phases[0].fromWeek !== 0) {
    throw new RangeError("phases must start at week 0");
  }
  const path = [];
  const spells = [];
  let now = capital;
  let phase = -1;
  for (let week = 0; week <= MAX_WEEKS; week += 1) {
    while (phase + 1 < phases.length && phases[phase + 1].fromWeek <= week) {
      phase += 1;
      now += phases[phase].add || 0;
    }
    path.push(now);
    const weekly = phases[phase].weekly;
    const changesLater = phases.slice(phase + 1).some((p) => (p.add || 0) > 0);
    if (now >= upper && now - weekly >= upper) {
      const spell = spells[spells.length - 1];
      if (spell && spell.to === week) spell.to = week + 1;
      else spells.push({ from: week, to: week + 1 });
      const later = phases.slice(phase + 1).some((p) => p.weekly > 0);
      if (weekly <= 0 && !changesLater && !later) return { weeks: null, path, spells };
      now -= weekly;
    } else {
      now = Math.min(now, Math.max(upper, now - weekly));
      if (!changesLater) return { weeks: week, path, spells };
    }
  }
  return { weeks: null, path, spells };
}

/*
 * The runway for a sentence and a chart.
 * Returns {weeks, words, until, untilSeason, untilMonth, contactWeeks, contactDate} or,
 * when savings never reach the limit on these figures, {weeks: null, ...nulls}.
 */
export function runway({ weeks, start, contactBefore = 0 }) {
  if (weeks === null || weeks === undefined) {
    return { weeks: null, words: null, until: null, untilSeason: null, untilMonth: null, contactWeeks: null, contactDate: null };
  }
  const until = addWeeks(start, weeks);
  const contactWeeks = Math.max(0, weeks - contactBefore);
  return {
    weeks,
    words: durationWords(weeks),
    until: isoDate(until),
    untilSeason: seasonWords(until),
    untilMonth: monthYear(until),
    contactWeeks,
    contactDate: isoDate(addWeeks(start, contactWeeks)),
  };
}

/*
 * What the weekly draw-down is made of, from the engine's charging figures (pounds as
 * text): care costs `cost`, income comes in, the person keeps `keep` to live on (the
 * Minimum Income Guarantee or Personal Expenses Allowance, with housing costs and
 * disability-related spending at home), and the rest of the cost comes from savings.
 */
export function drawdownParts(charging) {
  const cost = penceOf(charging.cost_of_care);
  const income = penceOf(charging.assessable_income);
  const allowance = penceOf(charging.minimum_income_guarantee ?? charging.personal_expenses_allowance ?? "0");
  const housing = penceOf(charging.housing_costs ?? "0");
  const dre = penceOf(charging.disability_related_expenditure ?? "0");
  const keep = allowance + housing + dre;
  const spare = Math.max(0, income - keep);
  return { cost, income, keep, spare, fromSavings: Math.max(0, cost - spare) };
}
