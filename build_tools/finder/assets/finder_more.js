// firststop finder: joins the search-words, near-me and extra-filter modules to the
// decoded index of core.js (``decode``). Pure: no DOM.

import { addAccessBits } from "./more_filters.js";
import { decodeVenues } from "./near.js";
import {
  matchingServices, narrows, parseQuery, prepareLexicon, prepareService, rankByScore, sortWords,
  termScore, termsKey,
} from "./search_words.js";

/** Give decoded services their languages, venues, checked date and access bits. */
export function decodeMore(data) {
  const index = data.index;
  const f = Object.fromEntries(index.fields.map((name, i) => [name, i]));
  data.venues = decodeVenues(index);
  index.services.forEach((row, i) => {
    const s = data.services[i];
    s.languages = f.languages === undefined ? [] : row[f.languages] || [];
    s.venues = f.venues === undefined ? [] : row[f.venues] || [];
    s.checked = f.checked === undefined ? "" : row[f.checked] || "";
  });
  addAccessBits(data.services, data.venues);
  return data;
}

/**
 * Prepare every service's search words once. With an idle ``deadline`` it stops when the
 * browser needs the thread back and returns false; without one it finishes.
 */
export function ensureWords(data, deadline = null) {
  if (data.wordsReady) return true;
  if (!data.lexicon) {
    data.lexicon = prepareLexicon(data.index);
    data.wordsDone = 0;
  }
  const services = data.services;
  let i = data.wordsDone;
  for (; i < services.length; i += 1) {
    if (deadline && i % 256 === 0 && deadline.timeRemaining() < 2) break;
    prepareService(data.lexicon, services[i]);
  }
  data.wordsDone = i;
  data.wordsReady = i >= services.length;
  if (data.wordsReady) sortWords(data.lexicon);
  return data.wordsReady;
}

/**
 * The services matching a query's words (in index order) and its terms. A query that
 * only narrows the last one searches only the last one's matches.
 */
export function wordMatches(data, query) {
  ensureWords(data);
  const terms = parseQuery(data.lexicon, query);
  if (!terms.length) return { terms, pool: data.services };
  const last = data.wordsCache;
  let pool;
  if (last && narrows(last.terms, terms)) {
    // Every service in the last pool matches the terms that did not change: check the rest,
    // one service at a time when few are left, else through the word postings.
    const changed = terms.filter((t, i) => i >= last.terms.length || termsKey([t]) !== termsKey([last.terms[i]]));
    pool = !changed.length ? last.pool
      : last.pool.length * 4 < data.services.length
        ? last.pool.filter((s) => changed.every((t) => termScore(s, t) > 0))
        : matchingServices(last.pool, changed, data.lexicon);
  } else pool = matchingServices(data.services, terms, data.lexicon);
  data.wordsCache = { terms, pool };
  return { terms, pool };
}

/** Results ranked by where the words matched (name, category, other text). */
export function rankResults(results, terms) {
  return terms.length ? rankByScore(results, terms) : results;
}
