import assert from "node:assert/strict";
import { test } from "node:test";

import { filterMore, addAccessBits } from "./more_filters.js";
import { decodeVenues } from "./near.js";
import { INDEX, services } from "./search_fixture.mjs";
import { parseQuery, prepareLexicon, prepareService, searchWords } from "./search_words.js";
import { removals, suggestRemovals } from "./zero_results.js";

const FILTERS = { q: false, category: false, lang: false, access: true, open: false, at: false, postcode: false };

// A small search over the fixture: words, a category, a language, access features, a time.
function counter() {
  const lexicon = prepareLexicon(INDEX);
  const list = addAccessBits(services().map((s) => prepareService(lexicon, s)), decodeVenues(INDEX));
  return (state) => {
    let found = searchWords(list, parseQuery(lexicon, state.q || ""));
    if (state.category) found = found.filter((s) => s.categories.includes(INDEX.categories.findIndex(([slug]) => slug === state.category)));
    return filterMore(INDEX, found, state).results.length;
  };
}

test("every word and every ticked option is a possible removal", () => {
  const state = { q: "lunch club", category: "dementia", access: ["step-free", "hearing-loop"], lang: "", open: "", at: "" };
  const found = removals(state, FILTERS).map((r) => `${r.kind}:${r.key}=${r.value}`);
  assert.deepEqual(found, ["word:q=lunch", "word:q=club", "filter:category=dementia",
    "filter:access=step-free", "filter:access=hearing-loop"]);
  const [, , , stepFree] = removals(state, FILTERS);
  assert.deepEqual(stepFree.state.access, ["hearing-loop"]);
  assert.deepEqual(state.access, ["step-free", "hearing-loop"], "the state itself is not changed");
});

test("nothing found: the removals that would find something, most first", () => {
  const count = counter();
  const state = { q: "dementia lunch club", category: "", lang: "Polish", access: ["step-free"], open: "", at: "" };
  assert.equal(count(state), 0);
  const suggestions = suggestRemovals(state, FILTERS, count);
  assert.deepEqual(suggestions.map((s) => [s.kind, s.key, s.value, s.count]), [
    ["filter", "access", "step-free", 1],
  ]);
  assert.equal(count(suggestions[0].state), 1);
});

test("a word that finds nothing is suggested for removal with its count", () => {
  const count = counter();
  const state = { q: "lunch club zumba", category: "", lang: "", access: [], open: "", at: "" };
  const suggestions = suggestRemovals(state, FILTERS, count);
  assert.deepEqual(suggestions.map((s) => [s.kind, s.value, s.count]), [["word", "zumba", 2]]);
  assert.equal(suggestions[0].state.q, "lunch club");
});

test("a day and time go together", () => {
  const count = counter();
  const state = { q: "shopping", category: "", lang: "", access: [], open: "sun", at: "10:00" };
  const [suggestion] = suggestRemovals(state, FILTERS, count);
  assert.equal(suggestion.key, "open");
  assert.equal(suggestion.state.at, "");
  assert.equal(suggestion.count, 1);
});

test("when no one removal helps, clear all the filters", () => {
  const count = counter();
  const state = { q: "gentle walks", category: "dementia", lang: "Polish", access: [], open: "", at: "" };
  const suggestions = suggestRemovals(state, FILTERS, count);
  assert.deepEqual(suggestions.map((s) => [s.kind, s.count]), [["all-filters", 1]]);
  assert.equal(suggestions[0].state.q, "gentle walks");
  assert.equal(suggestions[0].state.category, "");
});

test("nothing to suggest when nothing would help", () => {
  const state = { q: "zumba", category: "dementia", lang: "Polish", access: [] };
  assert.deepEqual(suggestRemovals(state, FILTERS, () => 0), []);
});
