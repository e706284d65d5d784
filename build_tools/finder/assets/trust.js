// firststop finder: listings people can trust — when a listing was last checked, a
// warning when that was over a year ago, and a pre-filled "Report a problem" email.
// Pure functions; the words come from the page (templates), with these defaults.

export const TRUST_WORDS = {
  checked: "Checked {month}",
  stale: "Not checked for over a year: please check details with the service.",
  subject: "Problem with a directory listing: {name}",
  body: "Listing: {name}\nPage: {url}\n\nWhat is wrong or out of date:\n\n",
  months: ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"],
};
export const STALE_AFTER_DAYS = 365;

/** Put values into "{name}"-style gaps (unknown gaps stay as they are). */
export function fillIn(template, values) {
  return String(template).replace(/\{(\w+)\}/g, (gap, key) => (key in values ? String(values[key]) : gap));
}

function parseIso(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day, utc: Date.UTC(year, month - 1, day) };
}

/** "2026-03-14" → "Checked March 2026"; "" when there is no date. */
export function checkedText(iso, words = TRUST_WORDS) {
  const date = parseIso(iso);
  if (!date) return "";
  return fillIn(words.checked, { month: `${words.months[date.month - 1]} ${date.year}` });
}

/** Whether a listing last checked on ``iso`` was checked more than a year before ``todayIso``
 * (a listing with no date counts as not checked). */
export function isStale(iso, todayIso, days = STALE_AFTER_DAYS) {
  const checked = parseIso(iso);
  const today = parseIso(todayIso);
  if (!today) return false;
  if (!checked) return true;
  return (today.utc - checked.utc) / 86400000 > days;
}

/** A ``mailto:`` link with subject and body filled in, or "" for an address that is not one. */
export function reportMailto(address, listing, words = TRUST_WORDS) {
  if (!/^[^@\s<>"'`?&]+@[^@\s<>"'`?&]+\.[^@\s<>"'`?&]+$/.test(address || "")) return "";
  const subject = encodeURIComponent(fillIn(words.subject, listing));
  const body = encodeURIComponent(fillIn(words.body, listing).replace(/\r?\n/g, "\r\n"));
  return `mailto:${address}?subject=${subject}&body=${body}`;
}
