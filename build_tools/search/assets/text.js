// Site search: pure helpers (no DOM) for the search page's script, tested with node --test.

/**
 * What the live region says after a search (``max``: how many are shown so far;
 * ``unmatched``: words of the query found on no page, which the search left out).
 */
export function statusText(count, query, max, unmatched = []) {
  if (!query) return "";
  if (count === 0) return `No results for “${query}”. Check the spelling or try fewer words.`;
  const shown = count > max ? `, showing the first ${max}` : "";
  const left = unmatched.length
    ? `. Left out ${unmatched.map((word) => `“${word}”`).join(", ")}: no page has ${unmatched.length === 1 ? "this word" : "these words"}`
    : "";
  return `${count} ${count === 1 ? "result" : "results"} for “${query}”${shown}${left}`;
}

/** Labels for the kinds of page a result can be, by the first part of its address. */
export const KINDS = [
  ["services/", "Service"], ["organisations/", "Service provider"],
  ["categories/", "Services by need"], ["localities/", "Services by area"],
  ["signposting/", "Guide for advisers"], ["finder/", "Service finder"],
  ["estimator/", "Estimator"], ["open-data/", "Open data"],
];
export const ADVICE = "Advice";

/** What kind of page a result is ("Advice", "Service", "Guide for advisers" …). */
export function kindOf(url, rootHref) {
  let path;
  try {
    const root = new URL(rootHref);
    const resolved = new URL(url, root);
    path = resolved.pathname.startsWith(root.pathname) ? resolved.pathname.slice(root.pathname.length) : resolved.pathname.replace(/^\//, "");
  } catch {
    return ADVICE;
  }
  const found = KINDS.find(([prefix]) => path.startsWith(prefix));
  return found ? found[1] : ADVICE;
}

/** A result's link: the URL resolved against the page, or ``fallback`` if it leaves the site. */
export function sameOriginHref(url, pageHref, fallback) {
  try {
    const resolved = new URL(url, pageHref);
    return resolved.origin === new URL(pageHref).origin ? resolved.href : fallback;
  } catch {
    return fallback;
  }
}

/** The page's URL with ``?q=`` set to the query (removed when it is empty). */
export function withQuery(pageHref, query) {
  const url = new URL(pageHref);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  return url.href;
}

/** The query in a page URL, trimmed ("" when there is none). */
export function queryOf(pageHref) {
  return (new URL(pageHref).searchParams.get("q") || "").trim();
}
