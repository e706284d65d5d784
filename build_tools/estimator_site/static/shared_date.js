/*
 * Which date a shared estimate's figures are worked out for. A share link carries the date
 * it was made; the page carries the dates the rules change (rule_dates.py). If the rules
 * in force that day differ from today's, the figures are shown as they were that day, and
 * today's are offered; otherwise today's rules give the same figures. Pure: no DOM.
 */

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/* periods: {from: [ISO dates the rules change, oldest first], to: last ISO date covered}. */
export function readPeriods(text) {
  try {
    const data = JSON.parse(text || "{}");
    const from = Array.isArray(data.from) ? data.from.filter((d) => typeof d === "string" && ISO.test(d)) : [];
    const to = typeof data.to === "string" && ISO.test(data.to) ? data.to : null;
    return { from: [...from].sort(), to };
  } catch (error) {
    return { from: [], to: null };
  }
}

/* The index of the rules period holding an ISO date, or -1 when the rules do not cover it. */
export function periodOf(periods, iso) {
  if (!ISO.test(String(iso)) || !periods.from.length) return -1;
  if (iso < periods.from[0] || (periods.to && iso > periods.to)) return -1;
  let found = -1;
  periods.from.forEach((start, index) => { if (start <= iso) found = index; });
  return found;
}

/*
 * {madeOn, estimateOn, rules} for a shared link made on madeOn (ISO or null), opened today.
 * rules: "same" (today's rules give the same figures: estimate today), "then" (they
 * differ: estimate as on madeOn; changedOn is the first change after it), or "gone" (the
 * estimator no longer covers madeOn: estimate today). A date after today counts as today.
 */
export function sharedDates(madeOn, today, periods) {
  if (!madeOn || !ISO.test(madeOn) || madeOn >= today) {
    return { madeOn: madeOn && ISO.test(madeOn) ? madeOn : null, estimateOn: today, rules: "same", changedOn: null };
  }
  const then = periodOf(periods, madeOn);
  const now = periodOf(periods, today);
  if (then === -1) return { madeOn, estimateOn: today, rules: "gone", changedOn: null };
  if (then === now) return { madeOn, estimateOn: today, rules: "same", changedOn: null };
  return { madeOn, estimateOn: madeOn, rules: "then", changedOn: periods.from[then + 1] || null };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

/* "2026-03-20" → "20 March 2026" (GOV.UK style); anything else is returned as it is. */
export function longDate(iso, months = MONTHS) {
  const match = ISO.test(String(iso)) ? String(iso).split("-").map(Number) : null;
  if (!match || match[1] < 1 || match[1] > 12) return String(iso);
  return `${match[2]} ${months[match[1] - 1]} ${match[0]}`;
}
