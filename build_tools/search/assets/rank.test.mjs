// Unit tests of the site search's ranking helpers (node --test).
import assert from "node:assert/strict";
import { test } from "node:test";

import { combine, hasWord, rerank, wordsOf } from "./rank.js";

const ids = (results) => results.map((r) => r.id);

test("a query's words: split on spaces, repeats dropped", () => {
  assert.deepEqual(wordsOf("  mum Dementia  washing dementia "), ["mum", "Dementia", "washing"]);
  assert.deepEqual(wordsOf("   "), []);
});

test("advice pages are boosted above directory pages with a similar score", () => {
  const results = [{ id: "service", score: 2 }, { id: "category", score: 1.5 }, { id: "advice", score: 1 }];
  assert.deepEqual(ids(rerank(results, ["advice"])), ["advice", "service", "category"]);
});

test("a directory page far ahead of any advice page stays first", () => {
  const results = [{ id: "service", score: 10 }, { id: "advice", score: 1 }];
  assert.deepEqual(ids(rerank(results, ["advice"])), ["service", "advice"]);
});

test("ties keep Pagefind's order; the results themselves are not changed", () => {
  const results = [{ id: "a", score: 1 }, { id: "b", score: 1 }];
  assert.deepEqual(ids(rerank(results, [])), ["a", "b"]);
  assert.equal(rerank(results, ["b"])[0], results[1]);
  assert.equal(results[1].score, 1);
});

test("single-word searches combined: most words matched first, then summed score", () => {
  const dementia = [{ id: "dementia", score: 5 }, { id: "care", score: 1 }];
  const washing = [{ id: "care", score: 1 }, { id: "wash", score: 4 }];
  const dressing = [{ id: "care", score: 1 }, { id: "dementia", score: 1 }];
  const merged = combine([dementia, washing, dressing]);
  assert.deepEqual(ids(merged), ["care", "dementia", "wash"]);
  assert.deepEqual(merged.map((r) => [r.matched, r.score]), [[3, 3], [2, 6], [1, 4]]);
});

test("combined results keep their word count ahead of the advice boost", () => {
  const merged = combine([[{ id: "service", score: 1 }, { id: "advice", score: 9 }], [{ id: "service", score: 1 }]]);
  assert.deepEqual(ids(rerank(merged, ["advice"])), ["service", "advice"]);
  assert.deepEqual(ids(combine([])), []);
});

test("a word is on a page when a word there shares its stem, not on a loose match", () => {
  assert.equal(hasWord("Help with washing, dressing.", "washes"), true);
  assert.equal(hasWord("Dementia affects memory", "DEMENTIA"), true);
  assert.equal(hasWord("Volunteers go with you to the shops. M.", "mum"), false);
  assert.equal(hasWord("My mum needs help", "mum"), true);
  assert.equal(hasWord("anything", "!!"), false);
  assert.equal(hasWord(undefined, "mum"), false);
});
