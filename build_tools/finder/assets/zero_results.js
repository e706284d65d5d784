// firststop finder: when nothing matches, say which word or filter to remove and how
// many services each removal would give. Pure: the caller passes a ``count(state)``
// (for example ``(s) => search(data, s).results.length``).

/** Keys that never narrow the results, so removing them never helps. */
const NOT_FILTERS = new Set(["q", "postcode", "sort", "at"]);
/** Removing a key also removes these (a time means nothing without its day). */
const WITH = { open: ["at"] };

function copy(state) {
  const next = {};
  for (const [key, value] of Object.entries(state)) next[key] = Array.isArray(value) ? value.slice() : value;
  return next;
}

function without(state, key, value) {
  const next = copy(state);
  if (Array.isArray(next[key])) next[key] = next[key].filter((v) => v !== value);
  else next[key] = "";
  for (const linked of WITH[key] || []) next[linked] = Array.isArray(next[linked]) ? [] : "";
  return next;
}

/**
 * Every single removal that could widen a search: each word of ``q`` and each chosen
 * filter value (one entry per ticked box). ``filters`` maps a state key to whether it
 * repeats (core.js ``FILTERS`` with more_filters.js ``MORE_FILTERS``).
 */
export function removals(state, filters) {
  const result = [];
  const words = String(state.q || "").split(/\s+/).filter(Boolean);
  words.forEach((word, i) => {
    const next = copy(state);
    next.q = words.filter((_, j) => j !== i).join(" ");
    result.push({ kind: "word", key: "q", value: word, state: next });
  });
  for (const [key, repeats] of Object.entries(filters)) {
    if (NOT_FILTERS.has(key)) continue;
    const values = repeats ? state[key] || [] : state[key] ? [state[key]] : [];
    for (const value of values) result.push({ kind: "filter", key, value, state: without(state, key, value) });
  }
  return result;
}

/** A state with every filter cleared and the words kept. */
export function withoutFilters(state, filters) {
  const next = copy(state);
  for (const [key, repeats] of Object.entries(filters)) {
    if (key === "q" || key === "postcode" || key === "sort") continue;
    next[key] = repeats ? [] : "";
  }
  return next;
}

/**
 * Suggestions for a search that found nothing: removals that would find something,
 * most results first (ties: words before filters, in the order they appear), at most
 * ``max``. When no single removal helps and there are several filters, the one
 * suggestion is to clear them all (``kind: "all-filters"``), if that finds something.
 */
export function suggestRemovals(state, filters, count, max = 4) {
  const candidates = removals(state, filters);
  const found = candidates.map((c, order) => ({ ...c, order, count: count(c.state) })).filter((c) => c.count > 0);
  found.sort((a, b) => b.count - a.count || a.order - b.order);
  if (found.length) return found.slice(0, max).map(({ order: _order, ...rest }) => rest);
  const filterCount = candidates.filter((c) => c.kind === "filter").length;
  if (filterCount >= 2) {
    const next = withoutFilters(state, filters);
    const n = count(next);
    if (n > 0) return [{ kind: "all-filters", key: "", value: "", state: next, count: n }];
  }
  return [];
}
