/* Which parts of the results page to show, and the figures and lists that fill them.
 * Pure: the words are in the page's <template data-part> elements (result_parts.html);
 * render.js clones them. */

import { longDate } from "./shared_date.js";

export const STATUSES = ["likely_eligible", "likely_not_eligible", "cannot_tell"];

/* "1234.5" or "1234.50" → "£1,234.50"; whole pounds without pence ("£23,250"). */
export function pounds(text) {
  const [whole, pence] = String(text).split(".");
  const negative = whole.startsWith("-");
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = pence === undefined ? "" : pence.padEnd(2, "0");
  return `${negative ? "-" : ""}£${grouped}${cents && cents !== "00" ? `.${cents}` : ""}`;
}

function part(name, fields = {}, lists = {}) {
  return { part: name, fields, lists };
}

function eligibility(result) {
  const status = result.eligibility.status;
  const parts = [STATUSES.includes(status) ? part(`status-${status}`) : part("status-other", { status })];
  const reasons = result.eligibility.reasons || [];
  if (reasons.length) parts.push(part("reasons", {}, { items: reasons }));
  return parts;
}

function budget(result) {
  const b = result.budget;
  const parts = [part("budget")];
  // A carer's budget is shown as a yearly figure (journey.js), not a weekly one to the penny.
  if (b.applies && result.flow !== "carer" && b.weekly.low === b.weekly.high) {
    // One figure (a care home's usual rate): no range and no central estimate.
    parts.push(part("budget-single", { amount: pounds(b.weekly.low) }));
  } else if (b.applies && result.flow !== "carer") {
    parts.push(part("budget-range", { low: pounds(b.weekly.low), high: pounds(b.weekly.high) }));
    parts.push(b.annual
      ? part("budget-central-annual", { central: pounds(b.weekly.central), annual: pounds(b.annual.central) })
      : part("budget-central", { central: pounds(b.weekly.central) }));
  }
  if (b.message) parts.push(part("message", { text: b.message }));
  return parts;
}

/* In a care home where the home counts only after the first weeks: both figures, so the
 * person never reads the later one alone ("the council might pay £0") under a headline
 * that says the council may help at first. */
function careHomePhases(c) {
  const phases = Array.isArray(c.phases) ? c.phases : [];
  if (phases.length < 2) return null;
  const [first, after] = [phases[0], phases[phases.length - 1]];
  const weeks = String(first.weeks);
  return [
    part(after.pays_full_cost ? "contribution-phases-full-cost" : "contribution-phases",
      { weeks, first: pounds(first.weekly_contribution), after: pounds(after.weekly_contribution) }),
    Number(after.council_pays) > 0
      ? part("council-pays-phases", { weeks, first: pounds(first.council_pays), after: pounds(after.council_pays) })
      : part("council-pays-phases-then-nothing", { weeks, first: pounds(first.council_pays) }),
  ];
}

function charging(result) {
  const c = result.charging;
  if (!c.applies) return [];
  const parts = careHomePhases(c) || [
    part(c.pays_full_cost ? "contribution-full-cost" : "contribution", { contribution: pounds(c.weekly_contribution) }),
    Number(result.council_pays_weekly) > 0
      ? part("council-pays", { council: pounds(result.council_pays_weekly) })
      : part("council-pays-nothing"),
  ];
  parts.push(...marketPrice(c));
  if (c.always_free && c.always_free.length) parts.push(part("always-free", {}, { items: c.always_free }));
  return parts;
}

/* The local market price a self-funder's cost was taken from: its middle, range and
 * source; for care at home also the hours and where they came from. */
export function marketPrice(c) {
  const m = c.market_price;
  if (!m || typeof m !== "object" || !m.median) return [];
  const band = {
    median: pounds(m.median), low: pounds(m.low), high: pounds(m.high), count: String(m.count),
    label: m.label || "", checked: m.checked ? longDate(m.checked) : "",
  };
  if (m.unit !== "per hour") return [part("market-price-care-home", band)];
  const parts = [part("market-price-home", { ...band, hourly: pounds(m.hourly), hours: String(m.hours),
    weekly: pounds(m.weekly) })];
  if (m.council_rate_hourly) {
    parts.push(part("market-price-hours-budget", { hours: String(m.hours), rate: pounds(m.council_rate_hourly) }));
  }
  if (m.rural_uplift_percent) {
    parts.push(part("market-price-rural", { uplift: String(m.rural_uplift_percent), median: pounds(m.median),
      hourly: pounds(m.hourly) }));
  }
  parts.push(part("market-price-source", band));
  return parts;
}

/* How long savings last is shown by the journey (journey.js) in years, months and a date,
 * with a chart: never the engine's count of weeks. */
function selfFunder() {
  return [];
}

function listPart(name, items) {
  return items && items.length ? [part(name, {}, { items: items.map((item) => item.text) })] : [];
}

/* The engine's result (parsed JSON) → the parts of the results page, in order. */
export function resultParts(result) {
  return [
    ...eligibility(result),
    ...budget(result),
    ...charging(result),
    ...selfFunder(result),
    ...listPart("next-steps", result.next_steps),
    ...listPart("explanation", result.explanation),
    part("notice", { text: result.notice || "" }),
  ];
}

/* The engine's input errors → the one "errors" part. */
export function errorParts(errors) {
  return [part("errors", {}, { items: errors.map((error) => error.message) })];
}
