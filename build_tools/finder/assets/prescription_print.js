// firststop contact centre: what the printed information prescription says — the
// council's heading, the date, the note, and for each service its contact details,
// each venue's address and accessibility, opening hours in words and cost. Pure: the
// page fills its print template from this model (text only, through textContent).

import { hoursInWords } from "./hours_words.js";

export const PRINT_WORDS = {
  months: ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"],
  noHours: "Opening hours not given: please ask the service.",
};

/** "2026-11-26" → "26 November 2026" ("" when it is not a date). */
export function longDate(iso, words = PRINT_WORDS) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return "";
  return `${Number(match[3])} ${words.months[Number(match[2]) - 1]} ${match[1]}`;
}

/**
 * The printout's content. ``services`` are decoded services (with ``venues``, ``hours``,
 * ``hoursText``, ``costText``); ``venues`` the decoded venue table (near.js ``decodeVenues``).
 */
export function printModel(index, venues, services, { dateIso, note = "", siteRoot = "" }, words = PRINT_WORDS) {
  const council = index.council || {};
  return {
    council: council.name || "",
    councilPhone: council.phone || "",
    councilHours: council.hours || "",
    date: longDate(dateIso, words),
    note: String(note || "").trim(),
    items: services.map((s) => {
      const hours = hoursInWords(s.hours);
      return {
        name: s.name,
        organisation: s.organisation && s.organisation !== s.name ? s.organisation : "",
        phone: s.phone || "",
        email: s.email || "",
        website: /^https?:\/\/\S+$/i.test(s.website || "") ? s.website : "",
        venues: (s.venues || []).map((v) => venues[v]).filter(Boolean)
          .map((v) => ({ address: v.address, access: v.access.slice() })),
        hours: hours.length ? hours : (s.hoursText && s.hoursText.length ? s.hoursText.slice() : [words.noHours]),
        cost: s.costText || "",
        url: siteRoot ? new URL(s.url, siteRoot).href : s.url,
      };
    }),
  };
}
