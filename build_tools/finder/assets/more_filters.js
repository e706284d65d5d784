// firststop finder: filters for the language a service is offered in, venue
// accessibility and "open at" a day and time. Pure functions over the decoded index.
//
// State keys (kept in the URL beside core.js's FILTERS): ``lang`` (one language name),
// ``access`` (feature slugs, repeated; a venue must have every one ticked) and ``at``
// ("14:00", with ``open`` naming the weekday).

export const MORE_FILTERS = { lang: false, access: true, at: false };
export const MORE_FACETS = ["lang", "access"];
const DAY_SLUGS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Every venue's accessibility bits ORed per service: ``service.accessBits``. */
export function addAccessBits(services, venues) {
  for (const s of services) {
    let bits = 0;
    for (const v of s.venues || []) bits |= venues[v] ? venues[v].accessBits : 0;
    s.accessBits = bits;
  }
  return services;
}

/**
 * A time as minutes after midnight: "14:00", "9.30", "930", "2pm", "2:30 pm", "noon",
 * "midnight". ``null`` for nothing typed, ``NaN`` for something that is not a time.
 */
export function parseTime(text) {
  const value = String(text ?? "").trim().toLowerCase().replace(/\s+/g, "");
  if (!value) return null;
  if (value === "noon" || value === "midday" || value === "12noon") return 720;
  if (value === "midnight") return 0;
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(am|pm)?$/.exec(value);
  if (!match) return NaN;
  let hours = Number(match[1]);
  const mins = match[2] ? Number(match[2]) : 0;
  if (mins > 59) return NaN;
  if (match[3]) {
    if (hours < 1 || hours > 12) return NaN;
    if (match[3] === "am" && hours === 12) hours = 0;
    if (match[3] === "pm" && hours !== 12) hours += 12;
  } else if (hours > 23) return NaN;
  return hours * 60 + mins;
}

/** Whether weekly hours (seven lists of [start, end, …] minutes, or 0) include a day and minute. */
export function openAt(hours, day, minute) {
  if (!hours) return false;
  const periods = hours[day] || [];
  for (let i = 0; i + 1 < periods.length; i += 2) {
    if (periods[i] <= minute && minute < periods[i + 1]) return true;
  }
  return false;
}

/**
 * The predicates for this module's filters, by facet name, from a state. ``at`` with a
 * weekday in ``open`` replaces core.js's "opens on that day" with "open at that time";
 * an ``at`` that is not a time is reported in ``timeError``.
 */
export function compileMore(index, state) {
  const facets = {};
  const lang = state.lang ? (index.languages || []).indexOf(state.lang) : -1;
  if (state.lang) facets.lang = lang < 0 ? () => false : (s) => (s.languages || []).includes(lang);
  const slugs = (index.access || []).map(([slug]) => slug);
  let mask = 0;
  let unknown = false;
  for (const slug of state.access || []) {
    const i = slugs.indexOf(slug);
    if (i < 0) unknown = true;
    else mask |= 1 << i;
  }
  if (unknown) facets.access = () => false;
  else if (mask) facets.access = (s) => (s.accessBits & mask) === mask;
  const minute = parseTime(state.at);
  const day = DAY_SLUGS.indexOf(state.open);
  let openAtTest = null;
  if (minute !== null && !Number.isNaN(minute) && day >= 0) openAtTest = (s) => openAt(s.hours, day, minute);
  return { facets, openAt: openAtTest, timeError: Number.isNaN(minute) };
}

/** Zeroed counts for this module's facets. */
export function emptyMoreCounts(index) {
  return {
    lang: new Array((index.languages || []).length).fill(0),
    access: new Array((index.access || []).length).fill(0),
  };
}

/** Count a service under every option of one of this module's facets. */
export function addMoreCounts(counts, key, s) {
  if (key === "lang") for (const i of s.languages || []) counts.lang[i] += 1;
  else if (key === "access") {
    for (let i = 0; s.accessBits >> i; i += 1) if ((s.accessBits >> i) & 1) counts.access[i] += 1;
  }
}

/**
 * Filter services with this module's filters alone, counting each option with the
 * other filters kept (the same rule as core.js ``search``). For tests and for pages
 * that use only these filters.
 */
export function filterMore(index, services, state) {
  const { facets, openAt: openAtTest } = compileMore(index, state);
  const active = Object.entries(facets);
  const counts = emptyMoreCounts(index);
  const results = [];
  for (const s of services) {
    if (openAtTest && !openAtTest(s)) continue;
    const failed = active.filter(([, test]) => !test(s)).map(([key]) => key);
    if (failed.length > 1) continue;
    if (failed.length === 1) {
      addMoreCounts(counts, failed[0], s);
      continue;
    }
    results.push(s);
    for (const key of MORE_FACETS) addMoreCounts(counts, key, s);
  }
  return { results, counts };
}
