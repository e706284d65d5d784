// Site search: pure helpers (no DOM) for the search page's script, tested with node --test.

/** What the live region says after a search. */
export function statusText(count, query, max) {
  if (!query) return "";
  if (count === 0) return `No results for “${query}”. Check the spelling or try fewer words.`;
  const shown = count > max ? `, showing the first ${max}` : "";
  return `${count} ${count === 1 ? "result" : "results"} for “${query}”${shown}`;
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
