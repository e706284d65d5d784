import assert from "node:assert/strict";
import { test } from "node:test";

import { decodeMore, ensureWords, rankResults, wordMatches } from "./finder_more.js";
import { INDEX, services } from "./search_fixture.mjs";

const FIELDS = ["name", "languages", "venues", "checked"];

function data() {
  const list = services();
  const index = { ...INDEX, fields: FIELDS, services: list.map((s) => [s.name, s.languages, s.venues, s.checked]) };
  const bare = list.map(({ id, name, organisation, summary, categories, areas, extraDistricts, deliveryBits, hours }) => (
    { id, name, organisation, summary, categories, areas, extraDistricts, deliveryBits, hours }));
  return decodeMore({ index, services: bare });
}

test("decoding adds languages, venues, checked dates and access bits", () => {
  const d = data();
  assert.deepEqual(d.services[2].languages, [0, 1]);
  assert.deepEqual(d.services[0].venues, [0]);
  assert.equal(d.services[0].checked, "2026-03-14");
  assert.equal(d.services[0].accessBits, 0b101);
  assert.equal(d.venues[2].approximate, true);
});

test("an older index without the new fields still decodes", () => {
  const d = decodeMore({ index: { ...INDEX, fields: ["name"], services: [["A"]] }, services: [{ id: 0, name: "A" }] });
  assert.deepEqual(d.services[0].languages, []);
  assert.equal(d.services[0].checked, "");
});

test("words are prepared in idle chunks and then all at once", () => {
  const d = data();
  const deadline = { timeRemaining: () => 0 };
  assert.equal(ensureWords(d, deadline), false);
  assert.equal(d.wordsDone, 0);
  assert.equal(ensureWords(d), true);
  assert.equal(d.wordsDone, d.services.length);
});

test("word matches narrow from the last query and are ranked", () => {
  const d = data();
  const first = wordMatches(d, "lunch");
  assert.equal(first.pool.length, 2);
  const second = wordMatches(d, "lunch club dementia");
  assert.deepEqual(rankResults(second.pool, second.terms).map((s) => s.name), ["Northmoor dementia lunch club"]);
  const wider = wordMatches(d, "alzheimers");
  assert.equal(wider.pool.length, 4, "a new query searches everything again");
  assert.deepEqual(wordMatches(d, "").pool.length, d.services.length);
});

test("who a service is for, its languages and its venues' access are words too", () => {
  const d = data();
  const names = (q) => { const { terms, pool } = wordMatches(d, q); return rankResults(pool, terms).map((s) => s.name); };
  assert.deepEqual(names("polish"), ["Northmoor dementia lunch club"]);
  assert.deepEqual(names("hearing loop"), ["Eastbridge lunch club", "Alzheimer's adviser"]);
  assert.deepEqual(names("sign language"), ["Alzheimer's adviser"]);
});

test("narrowed word matches equal a fresh search at every keystroke", () => {
  const typed = "dementia lunch club";
  for (let i = 1; i <= typed.length; i += 1) {
    const warm = data();
    for (let j = 1; j <= i; j += 1) wordMatches(warm, typed.slice(0, j));
    const cold = data();
    const names = (d) => wordMatches(d, typed.slice(0, i)).pool.map((s) => s.name);
    assert.deepEqual(names(warm), names(cold), typed.slice(0, i));
  }
});
