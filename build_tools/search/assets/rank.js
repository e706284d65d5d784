// Site search: pure ranking helpers (no DOM, no Pagefind) for the search page's script.
// A "result" is anything with an ``id`` and a ``score``, as Pagefind's results are.

/** How much an advice page's score is multiplied by, so topic questions lead with advice. */
export const ADVICE_BOOST = 3;

/** The words of a query, in order, without repeats (case-insensitive). */
export function wordsOf(query) {
  const seen = new Set();
  return query.trim().split(/\s+/).filter((word) => {
    const key = word.toLowerCase();
    if (!word || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Results re-ordered with advice pages' scores boosted; pages matching more of the
 * query's words (``matched``, set by ``combine``) stay first; ties keep the given order.
 */
export function rerank(results, adviceIds, boost = ADVICE_BOOST) {
  const advice = new Set(adviceIds);
  return results
    .map((result, index) => ({ result, index, score: result.score * (advice.has(result.id) ? boost : 1) }))
    .sort((a, b) => (b.result.matched || 0) - (a.result.matched || 0) || b.score - a.score || a.index - b.index)
    .map(({ result }) => result);
}

/**
 * Results of single-word searches merged into one list (any word may match):
 * pages matching more of the words first, then by their summed scores.
 * ``perWord`` is a list of result lists; each merged result is a copy of the first one
 * seen, with ``score`` the summed score and ``matched`` how many words it matched.
 */
export function combine(perWord) {
  const merged = new Map();
  perWord.forEach((results) => {
    for (const result of results) {
      const entry = merged.get(result.id) || { result, words: 0, score: 0, first: merged.size };
      entry.words += 1;
      entry.score += result.score;
      merged.set(result.id, entry);
    }
  });
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score || a.first - b.first)
    .map((entry) => ({ ...entry.result, score: entry.score, matched: entry.words }));
}

/**
 * Whether ``text`` has ``word`` (or a word sharing its stem, roughly all but its last
 * three letters): Pagefind also returns loose matches (a page's lone "M." for "mum"),
 * which should not keep a word found nowhere in a query.
 */
export function hasWord(text, word) {
  const letters = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  if (!letters) return false;
  const stem = letters.slice(0, Math.max(3, letters.length - 3));
  return (text || "").toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(stem));
}
