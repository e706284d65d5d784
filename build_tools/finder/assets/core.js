// firststop finder: pure functions over the compact index (no DOM). See
// build_tools/finder/index.py for the format; FIELDS there names each row position.
// The weekdays and the page sizes come with the index (``days``, ``page_size``).

import { decodeMore, ensureWords, rankResults, wordMatches } from "./finder_more.js";
import { addMoreCounts, compileMore, emptyMoreCounts, MORE_FACETS, MORE_FILTERS } from "./more_filters.js";
import { distanceText, locate, NEAR_WORDS, parsePostcode, sortByDistance } from "./near.js";
import { checkedText, isStale, TRUST_WORDS } from "./trust.js";

/** Words results use, unless the page gives its own (``wordsFrom`` in app.js). */
export const RESULT_WORDS = { ...TRUST_WORDS, ...NEAR_WORDS };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

/** Filters kept in the URL, with whether each may repeat. */
export const FILTERS = {
  q: false, postcode: false, category: false, area: false, age: false, for: false,
  cost: true, delivery: true, referral: true, open: false, ...MORE_FILTERS,
};
/** Filters whose options show counts (everything but the text boxes and age). */
export const FACETS = ["category", "area", "for", "cost", "delivery", "referral", "open", ...MORE_FACETS];

export function normalise(text) {
  let value = String(text || "").toLowerCase();
  if (/[\u0080-\uffff]/.test(value)) value = value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return value.replace(/[^a-z0-9£]+/g, " ").trim();
}

/**
 * Build the search words of every service once (``finder_more.js``). With an idle
 * ``deadline`` it stops when the browser needs the thread back and returns false.
 */
export function ensureText(data, deadline = null) {
  return ensureWords(data, deadline);
}

/** Decode the positional index into objects plus lookup tables. */
export function decode(index) {
  const f = Object.fromEntries(index.fields.map((name, i) => [name, i]));
  const slugIndex = (list) => new Map(list.map((item, i) => [item[0], i]));
  const districtArea = new Map();
  index.areas.forEach(([, , districts], i) => districts.forEach((d) => districtArea.set(d, i)));
  const everyone = index.groups.findIndex(([slug]) => slug === "everyone");
  const services = index.services.map((row, id) => {
    const s = {
      id,
      name: row[f.name], url: row[f.url], organisation: row[f.organisation],
      summary: row[f.summary], categories: row[f.categories], areas: row[f.areas],
      extraDistricts: row[f.extra_districts], minAge: row[f.min_age], maxAge: row[f.max_age],
      groups: row[f.client_groups], costBits: row[f.cost_bits], costText: row[f.cost_text],
      deliveryBits: row[f.delivery_bits], routeBits: row[f.route_bits],
      phone: row[f.phone], website: row[f.website], email: row[f.email], closed: row[f.closed],
    };
    const [hours, hoursText] = index.schedules[row[f.schedule]];
    s.schedule = row[f.schedule];
    s.hours = hours;
    s.hoursText = hoursText;
    s.dayMask = 0;
    if (hours) hours.forEach((periods, d) => { if (periods.length) s.dayMask |= 1 << d; });
    return s;
  });
  const districtIndex = new Map(index.districts.map((d, i) => [d, i]));
  return decodeMore({
    index, services, districtArea, everyone,
    days: index.days.map(([slug]) => slug),
    areaDistricts: index.areas.map(([, , ds]) => ds.map((d) => districtIndex.get(d))),
    textCache: null,
    categoryIndex: slugIndex(index.categories),
    areaIndex: slugIndex(index.areas),
    districtIndex,
    groupIndex: slugIndex(index.groups),
    costIndex: slugIndex(index.costs),
    deliveryIndex: slugIndex(index.delivery),
    routeIndex: slugIndex(index.routes),
  });
}

/** An empty state: every filter off. */
export function emptyState() {
  const state = {};
  for (const [key, repeats] of Object.entries(FILTERS)) state[key] = repeats ? [] : "";
  return state;
}

/** Read the state from a query string ("?q=…&cost=free&cost=charged"). */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const [key, repeats] of Object.entries(FILTERS)) {
    if (repeats) state[key] = params.getAll(key).flatMap((v) => v.split(",")).filter(Boolean);
    else state[key] = (params.get(key) || "").trim();
  }
  return state;
}

/** The query string for a state, in a stable order ("" when nothing is chosen). */
export function serialiseState(state) {
  const params = new URLSearchParams();
  for (const [key, repeats] of Object.entries(FILTERS)) {
    if (repeats) for (const value of state[key] || []) params.append(key, value);
    else if (state[key]) params.set(key, state[key]);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function parseAge(text) {
  if (!text) return null;
  if (!/^\d{1,3}$/.test(text.trim())) return NaN;
  return Number(text.trim());
}

function maskOf(values, lookup) {
  let mask = 0;
  for (const value of values) if (lookup.has(value)) mask |= 1 << lookup.get(value);
  return mask;
}

/** Days since the epoch for an ISO date or a Date, compared as strings. */
function isoDate(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function dayIndex(date) {
  return (date.getDay() + 6) % 7; // Monday = 0
}

/** A moment split once into the parts opening hours need. */
export function momentOf(date) {
  return { today: isoDate(date), day: dayIndex(date), minute: date.getHours() * 60 + date.getMinutes() };
}

function hoursOpenAt(hours, moment) {
  if (!hours) return false;
  const periods = hours[moment.day];
  for (let i = 0; i + 1 < periods.length; i += 2) {
    if (periods[i] <= moment.minute && moment.minute < periods[i + 1]) return true;
  }
  return false;
}

function closedOn(service, today) {
  for (const [start, end] of service.closed) if (start <= today && today <= end) return true;
  return false;
}

/** Whether a service is open at a moment (weekly hours less dated closures). */
export function isOpenAt(service, date) {
  const moment = momentOf(date);
  return hoursOpenAt(service.hours, moment) && !closedOn(service, moment.today);
}

/** Open-now per service for one moment: hours are shared, so test each schedule once. */
function openNowTest(data, now) {
  const moment = momentOf(now);
  const bySchedule = data.index.schedules.map(([hours]) => hoursOpenAt(hours, moment));
  return (s) => bySchedule[s.schedule] && (s.closed.length === 0 || !closedOn(s, moment.today));
}

export function opensOn(service, day) {
  return ((service.dayMask >> day) & 1) === 1;
}

/** Compile a state into predicates, one per facet, plus the always-on ones. */
export function compile(data, state, now) {
  const { terms, pool } = state.q ? wordMatches(data, state.q) : { terms: [], pool: data.services };
  const age = parseAge(state.age);
  const always = [];
  if (age !== null && !Number.isNaN(age)) {
    always.push((s) => (s.minAge == null || s.minAge <= age) && (s.maxAge == null || age <= s.maxAge));
  }
  const facets = {};
  if (state.category && data.categoryIndex.has(state.category)) {
    const i = data.categoryIndex.get(state.category);
    facets.category = (s) => s.categories.includes(i);
  }
  if (state.area) facets.area = areaPredicate(data, state.area);
  if (state.for && data.groupIndex.has(state.for)) {
    const i = data.groupIndex.get(state.for);
    facets.for = (s) => s.groups.includes(i) || (data.everyone >= 0 && s.groups.includes(data.everyone));
  }
  const bitFacets = [["cost", "costIndex", "costBits"], ["delivery", "deliveryIndex", "deliveryBits"],
    ["referral", "routeIndex", "routeBits"]];
  for (const [key, lookup, field] of bitFacets) {
    const mask = maskOf(state[key], data[lookup]);
    if (mask) facets[key] = (s) => (s[field] & mask) !== 0;
  }
  const openNow = openNowTest(data, now);
  const more = compileMore(data.index, state);
  Object.assign(facets, more.facets);
  if (state.open === "now") facets.open = openNow;
  else if (more.openAt) facets.open = more.openAt;
  else if (data.days.includes(state.open)) {
    const day = data.days.indexOf(state.open);
    facets.open = (s) => opensOn(s, day);
  }
  return { pool, always, facets, terms, openNow, ageError: Number.isNaN(age), timeError: more.timeError };
}

function areaPredicate(data, value) {
  if (data.areaIndex.has(value)) {
    const i = data.areaIndex.get(value);
    return (s) => s.areas.includes(i);
  }
  const district = value.toUpperCase();
  if (data.districtIndex.has(district)) {
    const area = data.districtArea.get(district);
    const d = data.districtIndex.get(district);
    return (s) => s.areas.includes(area) || s.extraDistricts.includes(d);
  }
  return () => false;
}

function emptyCounts(data) {
  const ix = data.index;
  return {
    category: new Array(ix.categories.length).fill(0),
    area: new Array(ix.areas.length).fill(0),
    district: new Array(ix.districts.length).fill(0),
    for: new Array(ix.groups.length).fill(0),
    cost: new Array(ix.costs.length).fill(0),
    delivery: new Array(ix.delivery.length).fill(0),
    referral: new Array(ix.routes.length).fill(0),
    open: new Array(data.days.length + 1).fill(0), // one per weekday, then "now"
    ...emptyMoreCounts(ix),
    any: Object.fromEntries(FACETS.map((k) => [k, 0])),
  };
}

function addBits(counts, bits) {
  for (let i = 0; bits >> i; i += 1) if ((bits >> i) & 1) counts[i] += 1;
}

function addToFacet(data, counts, key, s, openNow) {
  counts.any[key] += 1;
  switch (key) {
    case "category": for (const i of s.categories) counts.category[i] += 1; break;
    case "area":
      for (const a of s.areas) {
        counts.area[a] += 1;
        for (const d of data.areaDistricts[a]) counts.district[d] += 1;
      }
      for (const d of s.extraDistricts) counts.district[d] += 1;
      break;
    case "for":
      if (data.everyone >= 0 && s.groups.includes(data.everyone)) {
        for (let g = 0; g < counts.for.length; g += 1) counts.for[g] += 1;
      }
      else for (const g of s.groups) counts.for[g] += 1;
      break;
    case "cost": addBits(counts.cost, s.costBits); break;
    case "delivery": addBits(counts.delivery, s.deliveryBits); break;
    case "referral": addBits(counts.referral, s.routeBits); break;
    case "open":
      for (let d = 0; d < data.days.length; d += 1) if ((s.dayMask >> d) & 1) counts.open[d] += 1;
      if (openNow(s)) counts.open[data.days.length] += 1;
      break;
    default: addMoreCounts(counts, key, s); break;
  }
}

/**
 * Filter the services and count, for every option of every facet, how many services
 * choosing it would leave (all other filters kept). One pass over the services.
 */
export function search(data, state, now = new Date()) {
  const { pool, always, facets, terms, openNow, ageError, timeError } = compile(data, state, now);
  const active = Object.entries(facets);
  const counts = emptyCounts(data);
  const results = [];
  for (const s of pool) {
    if (always.length && !always.every((test) => test(s))) continue;
    let failed = null;
    let failures = 0;
    for (const [key, test] of active) {
      if (!test(s)) {
        failures += 1;
        failed = key;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 1) {
      addToFacet(data, counts, failed, s, openNow);
      continue;
    }
    results.push(s);
    for (const key of FACETS) addToFacet(data, counts, key, s, openNow);
  }
  const ranked = rankResults(results, terms);
  const near = nearFrom(data, state.postcode);
  if (!near.point) return { results: ranked, counts, ageError, timeError, near };
  const placed = sortByDistance(data.index, data.venues, ranked, near.point);
  near.places = new Map(placed.map((p) => [p.service.id, p]));
  return { results: placed.map((p) => p.service), counts, ageError, timeError, near };
}

/**
 * Where a postcode (or district) typed in the postcode box is: ``{point}`` or
 * ``{error}`` ("invalid", "outside", "no-centre"); ``{}`` when the box is empty.
 */
export function nearFrom(data, postcode) {
  if (!postcode || !String(postcode).trim()) return {};
  const place = locate(data.index, parsePostcode(postcode));
  return place.error ? { error: place.error, district: place.district || "" } : { point: place };
}

export function formatDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  if (!match) return iso || "";
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

export function todayIso(date = new Date()) {
  return isoDate(date);
}

export function safeWebsite(url) {
  return /^https?:\/\/[^\s]+$/i.test(url || "") ? url : "";
}

/* A tel: link in the international form for a UK number ("01632 960123" →
 * "tel:+441632960123"), as build_tools/links.py writes them; other digits as they are. */
export function telHref(number) {
  const digits = String(number || "").replace(/[^\d+]/g, "");
  if (/^0\d{9,10}$/.test(digits)) return `tel:+44${digits.slice(1)}`;
  return digits ? `tel:${digits}` : "";
}

/** Where a service is, in words. */
export function placeText(data, s) {
  const areas = data.index.areas;
  if (s.areas.length === areas.length && areas.length > 0) return "All areas";
  const names = s.areas.map((i) => areas[i][1]);
  const districts = s.extraDistricts.map((i) => data.index.districts[i]);
  return [...names, ...districts].join(", ") || "Area not given";
}

/** The next step for a caller, as {text, href, label}. */
export function nextStep(data, s) {
  const routes = data.index.routes.map(([slug]) => slug);
  const has = (slug) => routes.includes(slug) && (s.routeBits >> routes.indexOf(slug)) & 1;
  if (has("self-referral") || (!has("professional-referral") && !has("via-council"))) {
    if (s.phone) return { text: "Phone", label: s.phone, href: telHref(s.phone) };
    if (safeWebsite(s.website)) return { text: "Visit", label: "their website", href: s.website };
    if (s.email) return { text: "Email", label: s.email, href: `mailto:${s.email}` };
  }
  if (has("professional-referral")) {
    return { text: "Ask a GP, nurse or other professional to refer you", label: "", href: "" };
  }
  const phone = data.index.council.phone;
  return { text: `Arranged by the council after a needs assessment. Phone ${data.index.council.name}`,
    label: phone, href: telHref(phone) };
}

/** Results per page for a view, from the index. */
export function pageSize(data, view) {
  return data.index.page_size?.[view] || 20;
}

/**
 * What one result shows, as the fields of the result macros (``result_view()`` in
 * build_tools/finder/static.py works them out the same way at build time). Empty
 * optional fields leave their part of the markup out.
 */
export function resultView(data, s, rootHref, place = null, words = RESULT_WORDS) {
  const step = nextStep(data, s);
  const website = safeWebsite(s.website);
  return {
    ...trustView(data, s, words),
    distance: place ? distanceWords(place, words) : "",
    id: String(s.id),
    name: s.name,
    href: `${rootHref}${s.url}`,
    summary: s.summary,
    place: placeText(data, s),
    cost: s.costText,
    step_text: `${step.text}${step.label ? " " : ""}`,
    step_label: step.label,
    step_href: step.href,
    org: s.organisation && s.organisation !== s.name ? s.organisation : "",
    phone: s.phone,
    phone_href: s.phone ? telHref(s.phone) : "",
    email: s.email,
    email_href: s.email ? `mailto:${s.email}` : "",
    website,
    hours: s.hoursText.join("; ") || "Hours not given",
  };
}

/** "Checked March 2026" and, for a listing not checked for a year before the index was
 * built, a warning (the same at build time and in the browser). */
export function trustView(data, s, words = RESULT_WORDS) {
  return {
    checked: checkedText(s.checked, words),
    stale: isStale(s.checked, data.index.generated) ? words.stale : "",
  };
}

/** "1.2 miles", "1.2 miles · covers your area", "Covers your area" or "". */
export function distanceWords(place, words = RESULT_WORDS) {
  const parts = [];
  if (place.miles !== null) parts.push(distanceText(place.miles, words));
  if (place.covers) parts.push(parts.length ? words.coversToo : words.covers);
  return parts.join(" · ");
}

/** A service's contact block as plain text. */
export function contactText(data, s, siteRoot) {
  const routes = data.index.routes.filter((_, i) => (s.routeBits >> i) & 1).map(([, label]) => label);
  const lines = [s.name];
  if (s.organisation && s.organisation !== s.name) lines.push(`Run by: ${s.organisation}`);
  if (s.phone) lines.push(`Phone: ${s.phone}`);
  if (s.email) lines.push(`Email: ${s.email}`);
  if (safeWebsite(s.website)) lines.push(`Website: ${s.website}`);
  lines.push(`Opening hours: ${s.hoursText.length ? s.hoursText.join("; ") : "not given"}`);
  lines.push(`Cost: ${s.costText}`);
  if (routes.length) lines.push(`How to get it: ${routes.join("; ")}`);
  lines.push(`Area: ${placeText(data, s)}`);
  if (siteRoot) lines.push(`More details: ${new URL(s.url, siteRoot).href}`);
  return lines.join("\n");
}

/** The information prescription as plain text. */
export function prescriptionText(data, services, dateIso, note, siteRoot) {
  const council = data.index.council;
  const lines = ["Information prescription", `Date: ${formatDate(dateIso)}`];
  if (council.name) lines.push(`From: ${council.name}${council.phone ? `, phone ${council.phone}` : ""}`);
  if (note && note.trim()) lines.push("", "Note:", note.trim());
  lines.push("", services.length ? "Services that may help:" : "No services chosen yet.");
  services.forEach((s, i) => {
    lines.push("", `${i + 1}. ${contactText(data, s, siteRoot).split("\n").join("\n   ")}`);
  });
  lines.push("", "Please check details with the service before you travel.");
  return lines.join("\n");
}
