// firststop finder: search words as people type them. Pure functions, no DOM.
//
// A query becomes a list of *terms*; every term must match (each word narrows). A term
// matches a service when one of its *alternatives* is found in the service's name,
// category names or other text, or (for a locality or postcode district) when the
// service covers that place. Alternatives come from:
//   - the word as typed, as the start of a word ("lunc" finds "lunch");
//   - its stem (a light English stemmer: "clubs" → "club", "families" → "family");
//   - synonyms editors keep in services_directory/taxonomy.yaml ("alzheimers" → dementia);
//   - for a word of 5+ letters that starts no word in the directory, the words one
//     letter away ("demntia" → "dementia": one letter added, dropped, changed or swapped).
// Results are ranked by where each term matched: name, then category, then other text.

/** Words that never narrow a search ("lunch club near me"), unless they are all there is. */
export const STOP_WORDS = new Set([
  "a", "an", "and", "at", "for", "i", "in", "me", "my", "near", "need", "of", "on", "or",
  "the", "to", "with",
]);

/**
 * Points for where a term matched; a match found only through a synonym or typo scores
 * one less. A place (locality or district) scores more for a local service than for one
 * that covers every locality.
 */
export const WEIGHTS = { name: 6, category: 4, text: 2, localPlace: 3, place: 2 };
export const TYPO_MIN_LENGTH = 5;

/** Lower case, accents and apostrophes dropped, anything else that is not a letter or digit a space. */
export function normaliseWords(text) {
  let value = String(text ?? "").toLowerCase();
  if (/[\u0080-\uffff]/.test(value)) value = value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return value.replace(/['\u2019\u2018`]/g, "").replace(/[^a-z0-9£]+/g, " ").trim();
}

const STEM_EXCEPTIONS = new Map([
  ["bus", "bus"], ["buses", "bus"], ["news", "news"], ["series", "series"],
  ["species", "species"], ["glasses", "glasses"], ["means", "means"], ["wellness", "wellness"],
  ["children", "child"], ["people", "people"], ["women", "woman"], ["men", "man"],
]);
const DOUBLE_END = /([bdfgmnprt])\1$/;

/**
 * A light English stemmer: plurals and -ing forms, nothing cleverer. The stem is only
 * ever compared with other stems, so it need not be a real word ("nursing" → "nurs").
 */
export function stem(word) {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const known = STEM_EXCEPTIONS.get(word);
  if (known) return known;
  let w = word;
  if (w.endsWith("ies") && w.length > 4 && !/[ae]ies$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (/(sses|ches|shes|xes|zzes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is|ous|ics)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length - 3 >= 4) {
    w = w.slice(0, -3);
    if (DOUBLE_END.test(w)) w = w.slice(0, -1);
  }
  return w;
}

/** Whether two words are at most one edit apart (a letter added, dropped, changed, or two swapped). */
export function withinOneEdit(a, b) {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let first = -1;
    for (let i = 0; i < la; i += 1) {
      if (a[i] !== b[i]) {
        if (first >= 0) {
          // a second difference: only a swap of the two neighbours is still one edit
          return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
        }
        first = i;
      }
    }
    return true;
  }
  const [short, long] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * The lookup tables a search needs, from the decoded index: synonym groups (raw editor
 * text, ``[["dementia", "alzheimer's", …], …]``), localities and postcode districts.
 */
export function prepareLexicon(index) {
  const phrases = new Map(); // normalised phrase (2+ words) → {synonyms, place}
  const words = new Map(); // single word or its stem → {synonyms, place}
  const entry = (key, map) => {
    if (!map.has(key)) map.set(key, { synonyms: null, place: null });
    return map.get(key);
  };
  const groups = [];
  for (const raw of index.synonyms || []) {
    const members = [...new Set(raw.map(normaliseWords).filter(Boolean))];
    if (members.length < 2) continue;
    const group = members.map((m) => (m.includes(" ") ? { s: m, whole: true } : { s: stem(m), whole: true }));
    groups.push(group);
    for (const m of members) {
      if (m.includes(" ")) entry(m, phrases).synonyms = group;
      else {
        entry(m, words).synonyms = group;
        entry(stem(m), words).synonyms = group;
      }
    }
  }
  const districtArea = new Map();
  (index.areas || []).forEach(([, name, districts], a) => {
    const key = normaliseWords(name);
    const target = entry(key, key.includes(" ") ? phrases : words);
    target.place = { areas: [a], districts: [], areaCount: index.areas.length };
    districts.forEach((d) => districtArea.set(d, a));
  });
  (index.districts || []).forEach((d, i) => {
    entry(d.toLowerCase(), words).place = {
      areas: districtArea.has(d) ? [districtArea.get(d)] : [], districts: [i], areaCount: (index.areas || []).length,
    };
  });
  let longest = 1;
  for (const key of phrases.keys()) longest = Math.max(longest, key.split(" ").length);
  return {
    phrases, words, longest, groups,
    categoryNames: (index.categories || []).map(([, name]) => name),
    groupNames: (index.groups || []).map(([, name]) => name),
    languageNames: index.languages || [],
    accessNames: (index.access || []).map(([, name]) => name),
    areaCount: (index.areas || []).length,
    categoryTexts: new Map(),
    aboutTexts: new Map(),
    stems: new Map(), // word → stem, filled as texts are built
    vocabulary: [], // every distinct word and stem in the services' texts
    vocabularySet: new Set(),
    sorted: null, // the vocabulary without numbers, sorted; made when first needed
    byLength: null,
    postings: new Map(), // word → ids of the services whose text has it
    allWords: null, // every posting's word, sorted (for prefixes)
    size: 0, // one more than the largest service id prepared
  };
}

function stemOf(lexicon, word) {
  let s = lexicon.stems.get(word);
  if (s === undefined) {
    s = stem(word);
    lexicon.stems.set(word, s);
    for (const w of s === word ? [word] : [word, s]) {
      if (!lexicon.vocabularySet.has(w)) {
        lexicon.vocabularySet.add(w);
        lexicon.vocabulary.push(w);
        lexicon.sorted = null;
      }
    }
  }
  return s;
}

function post(postings, word, id) {
  const list = postings.get(word);
  if (!list) postings.set(word, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/**
 * A field's search text: `` word word … stem stem `` (spaces at both ends), stems only
 * where they differ. With an ``id``, every word and stem is posted for that service.
 */
export function fieldText(lexicon, text, id = -1) {
  const normal = normaliseWords(text);
  if (!normal) return " ";
  let extra = "";
  for (const w of normal.split(" ")) {
    const s = stemOf(lexicon, w);
    if (id >= 0) post(lexicon.postings, w, id);
    if (s !== w) {
      extra += ` ${s}`;
      if (id >= 0) post(lexicon.postings, s, id);
    }
  }
  return ` ${normal}${extra} `;
}

/**
 * Give a decoded service (core.js ``decode``; ``id`` its position) its search fields
 * once — ``wName`` (its name), ``wCategory`` (its category names, shared by services
 * with the same ones) and ``wAll`` (name, categories, organisation and summary) — and
 * post its words in the lexicon.
 */
export function prepareService(lexicon, service) {
  if (service.wAll !== undefined) return service;
  const id = service.id;
  service.wName = fieldText(lexicon, service.name, id);
  const category = sharedText(lexicon, lexicon.categoryTexts, service.categories.join(","),
    () => service.categories.map((c) => lexicon.categoryNames[c] || "").join(" "), id);
  const groups = service.groups || [];
  const languages = service.languages || [];
  const access = service.accessBits || 0;
  const about = sharedText(lexicon, lexicon.aboutTexts, `${groups}|${languages}|${access}`, () => [
    ...groups.map((g) => lexicon.groupNames[g] || ""),
    ...languages.map((l) => lexicon.languageNames[l] || ""),
    ...lexicon.accessNames.filter((_, i) => (access >> i) & 1),
  ].join(" "), id);
  service.wCategory = category;
  service.wAll = service.wName + category + about
    + fieldText(lexicon, `${service.organisation || ""} ${service.summary || ""}`, id);
  if (id >= lexicon.size) lexicon.size = id + 1;
  lexicon.allWords = null;
  return service;
}

/** A text many services share (their categories; who they are for, languages, venue
 * access), made once per combination; its words are posted for service ``id``. */
function sharedText(lexicon, cache, key, words, id) {
  let shared = cache.get(key);
  if (shared === undefined) {
    const text = fieldText(lexicon, words());
    shared = { text, words: [...new Set(text.split(" ").filter(Boolean))] };
    cache.set(key, shared);
  }
  for (const w of shared.words) post(lexicon.postings, w, id);
  return shared.text;
}

const POSTCODE_IN_TEXT = /\b([a-z]{1,2}\d[a-z\d]?) ?\d[a-z]{2}\b/g;

/** Make the sorted word lists now (idle time) rather than on the first keystroke. */
export function sortWords(lexicon) {
  wordTables(lexicon);
  if (!lexicon.allWords) lexicon.allWords = [...lexicon.postings.keys()].sort();
  return lexicon;
}

function wordTables(lexicon) {
  if (!lexicon.sorted) {
    lexicon.sorted = lexicon.vocabulary.filter((w) => !/\d/.test(w)).sort();
    lexicon.byLength = new Map();
    for (const w of lexicon.sorted) {
      if (!lexicon.byLength.has(w.length)) lexicon.byLength.set(w.length, []);
      lexicon.byLength.get(w.length).push(w);
    }
  }
  return lexicon;
}

function startsSomeWord(lexicon, prefix) {
  const { sorted } = wordTables(lexicon);
  const at = firstAtLeast(sorted, prefix);
  return at < sorted.length && sorted[at].startsWith(prefix);
}

function typoWords(lexicon, token) {
  const { byLength } = wordTables(lexicon);
  const found = [];
  for (let n = Math.max(TYPO_MIN_LENGTH - 1, token.length - 1); n <= token.length + 1; n += 1) {
    for (const w of byLength.get(n) || []) if (withinOneEdit(token, w)) found.push(w);
  }
  return found;
}

function term(lexicon, text, info) {
  const alts = [{ s: text, whole: false, direct: true }];
  const single = !text.includes(" ");
  const stemmed = single ? stem(text) : text;
  if (stemmed !== text) alts.push({ s: stemmed, whole: true, direct: true });
  let synonyms = info?.synonyms || null;
  if (!synonyms && single) synonyms = lexicon.words.get(stemmed)?.synonyms || null;
  const place = info?.place || (single ? lexicon.words.get(text)?.place : null) || null;
  if (synonyms) for (const a of synonyms) alts.push({ s: a.s, whole: a.whole, direct: false });
  let typo = false;
  if (!synonyms && !place && single && text.length >= TYPO_MIN_LENGTH && !/\d/.test(text)
      && !startsSomeWord(lexicon, text) && !lexicon.vocabularySet.has(stemmed)) {
    for (const w of typoWords(lexicon, text)) {
      alts.push({ s: w, whole: true, direct: false });
      typo = true;
    }
  }
  const seen = new Set();
  const unique = alts.filter((a) => {
    a.needle = a.whole ? ` ${a.s} ` : ` ${a.s}`;
    if (seen.has(a.needle)) return false;
    seen.add(a.needle);
    return true;
  });
  return { text, alts: unique, place, synonym: Boolean(synonyms), typo };
}

/**
 * A query as terms. A full postcode counts as its district ("WY6 3AB" → "wy6"); known
 * phrases (a synonym or a locality of several words) stay together; stop words go
 * unless nothing else is left. Needs the services' texts built (``prepareService``)
 * for typo matching.
 */
export function parseQuery(lexicon, query) {
  const text = normaliseWords(query).replace(POSTCODE_IN_TEXT, "$1");
  const tokens = text ? text.split(" ") : [];
  const meaningful = tokens.filter((t) => !STOP_WORDS.has(t));
  const terms = [];
  for (let i = 0; i < tokens.length;) {
    let matched = false;
    for (let n = Math.min(lexicon.longest, tokens.length - i); n >= 2; n -= 1) {
      const phrase = tokens.slice(i, i + n).join(" ");
      const info = lexicon.phrases.get(phrase);
      if (info) {
        terms.push(term(lexicon, phrase, info));
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const token = tokens[i];
    if (!(meaningful.length && STOP_WORDS.has(token))) terms.push(term(lexicon, token, null));
    i += 1;
  }
  return terms;
}

function placeHas(service, place) {
  for (const a of place.areas) if (service.areas.includes(a)) return true;
  for (const d of place.districts) if (service.extraDistricts.includes(d)) return true;
  return false;
}

/** How well one term matches one service: 0 for not at all, else the best field's points. */
export function termScore(service, t) {
  let best = 0;
  for (const alt of t.alts) {
    if (!service.wAll.includes(alt.needle)) continue;
    const less = alt.direct ? 0 : 1;
    if (service.wName.includes(alt.needle)) return WEIGHTS.name - less;
    const points = service.wCategory.includes(alt.needle) ? WEIGHTS.category - less : WEIGHTS.text - less;
    if (points > best) best = points;
  }
  if (t.place && best < WEIGHTS.localPlace && placeHas(service, t.place)) {
    const points = service.areas.length < t.place.areaCount ? WEIGHTS.localPlace : WEIGHTS.place;
    if (points > best) best = points;
  }
  return best;
}

/** A service's score for every term (0 when any term misses). */
export function score(service, terms) {
  let total = 0;
  for (const t of terms) {
    const points = termScore(service, t);
    if (!points) return 0;
    total += points;
  }
  return total;
}

function firstAtLeast(sorted, prefix) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mark, in ``marks``, the services with a word equal to (whole) or starting with ``word``. */
function markWord(lexicon, word, whole, marks) {
  if (whole) {
    for (const id of lexicon.postings.get(word) || []) marks[id] = 1;
    return;
  }
  if (!lexicon.allWords) lexicon.allWords = [...lexicon.postings.keys()].sort();
  const words = lexicon.allWords;
  for (let i = firstAtLeast(words, word); i < words.length && words[i].startsWith(word); i += 1) {
    for (const id of lexicon.postings.get(words[i])) marks[id] = 1;
  }
}

/**
 * The ids (as marks, 1 = matches) of every prepared service one term matches, found
 * through the word postings rather than by reading every text.
 */
export function termMarks(lexicon, t, services) {
  const marks = new Uint8Array(lexicon.size);
  for (const alt of t.alts) {
    if (!alt.s.includes(" ")) {
      markWord(lexicon, alt.s, alt.whole, marks);
      continue;
    }
    // a phrase: the services with its first word, then read their text
    const first = new Uint8Array(lexicon.size);
    markWord(lexicon, alt.s.split(" ")[0], true, first);
    for (const s of services) if (first[s.id] && s.wAll.includes(alt.needle)) marks[s.id] = 1;
  }
  if (t.place) for (const s of services) if (!marks[s.id] && placeHas(s, t.place)) marks[s.id] = 1;
  return marks;
}

/** The services (of ``services``, in their order) matching every term. */
export function matchingServices(services, terms, lexicon = null) {
  if (!terms.length) return services;
  if (!lexicon || !services.every((s) => s.id < lexicon.size && s.wAll !== undefined)) {
    return services.filter((s) => terms.every((t) => termScore(s, t) > 0));
  }
  const all = terms.map((t) => termMarks(lexicon, t, services));
  return services.filter((s) => all.every((marks) => marks[s.id] === 1));
}

/** Services that match, best first (equal scores keep their order). */
export function rankByScore(services, terms) {
  if (!terms.length) return services.slice();
  const buckets = new Map();
  for (const s of services) {
    const points = score(s, terms);
    if (!points) continue;
    if (!buckets.has(points)) buckets.set(points, []);
    buckets.get(points).push(s);
  }
  return [...buckets.keys()].sort((a, b) => b - a).flatMap((k) => buckets.get(k));
}

/** The services matching every term, best first (equal scores keep their order). */
export function searchWords(services, terms, lexicon = null) {
  if (!terms.length) return services.slice();
  return rankByScore(matchingServices(services, terms, lexicon), terms);
}

function covers(prev, next) {
  if (next.s === prev.s && next.whole === prev.whole) return true;
  return !prev.whole && next.s.startsWith(prev.s);
}

/**
 * Whether every service matching ``next`` also matches ``prev`` (so a search for ``next``
 * may look only at ``prev``'s matches): true when typing added letters or words.
 */
export function narrows(prev, next) {
  if (!prev || next.length < prev.length) return false;
  return prev.every((p, i) => {
    const n = next[i];
    if (n.place && n.place !== p.place) return false;
    return n.alts.every((a) => p.alts.some((b) => covers(b, a)));
  });
}

/** A stable key for a list of terms (equal keys, equal matches). */
export function termsKey(terms) {
  return terms.map((t) => t.alts.map((a) => a.needle).join("|")).join("/");
}

/** The words of a query as the person typed them, for "remove a word" suggestions. */
export function queryWords(query) {
  return String(query ?? "").split(/\s+/).filter(Boolean);
}
