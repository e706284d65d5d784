import assert from "node:assert/strict";
import { test } from "node:test";

import { INDEX, services } from "./search_fixture.mjs";
import {
  matchingServices, narrows, normaliseWords, parseQuery, prepareLexicon, prepareService,
  searchWords, stem, termsKey, withinOneEdit,
} from "./search_words.js";

function setUp(index = INDEX) {
  const lexicon = prepareLexicon(index);
  const list = services().map((s) => prepareService(lexicon, s));
  const find = (query) => searchWords(list, parseQuery(lexicon, query), lexicon).map((s) => s.name);
  const slow = (query) => searchWords(list, parseQuery(lexicon, query)).map((s) => s.name);
  return { lexicon, list, find, slow };
}

const LUNCH_CLUBS = ["Eastbridge lunch club", "Northmoor dementia lunch club"];

test("normalising drops case, accents and apostrophes", () => {
  assert.equal(normaliseWords("Alzheimer’s Café, WY6!"), "alzheimers cafe wy6");
  assert.equal(normaliseWords("carer's"), "carers");
  assert.equal(normaliseWords(null), "");
});

test("the stemmer takes plurals and -ing forms back to one stem", () => {
  const cases = {
    clubs: "club", families: "family", lunches: "lunch", services: "service", meals: "meal",
    classes: "class", shopping: "shop", washing: "wash", befriending: "befriend", caring: "caring",
    bus: "bus", buses: "bus", club: "club", wy6: "wy6", days: "day", carers: "carer",
  };
  for (const [word, expected] of Object.entries(cases)) assert.equal(stem(word), expected, word);
});

test("one edit: a letter added, dropped, changed or two neighbours swapped", () => {
  assert.ok(withinOneEdit("demntia", "dementia"));
  assert.ok(withinOneEdit("dementiaa", "dementia"));
  assert.ok(withinOneEdit("dimentia", "dementia"));
  assert.ok(withinOneEdit("dementai", "dementia"));
  assert.ok(!withinOneEdit("dmentai", "dementia"));
  assert.ok(!withinOneEdit("lunch", "bunches"));
});

test('"lunch club" finds both lunch clubs', () => {
  assert.deepEqual(setUp().find("lunch club"), LUNCH_CLUBS);
});

test('"lunch clubs" (a plural) finds the same as "lunch club"', () => {
  assert.deepEqual(setUp().find("lunch clubs"), LUNCH_CLUBS);
  assert.deepEqual(setUp().find("Lunch Clubs"), LUNCH_CLUBS);
});

test('"luncheon club" finds lunch clubs through the synonym', () => {
  assert.deepEqual(setUp().find("luncheon club"), LUNCH_CLUBS);
  assert.deepEqual(setUp().find("luncheon clubs"), LUNCH_CLUBS);
});

test('"dementia lunch club": every word narrows', () => {
  assert.deepEqual(setUp().find("dementia lunch club"), ["Northmoor dementia lunch club"]);
  assert.deepEqual(setUp().find("dementia shopping"), []);
});

test('"alzheimers" finds dementia services, the one named for it first', () => {
  const found = setUp().find("alzheimers");
  assert.equal(found[0], "Alzheimer's adviser");
  assert.deepEqual(new Set(found), new Set(["Alzheimer's adviser", "Northmoor dementia lunch club",
    "Memory café", "Family carers group"]));
  assert.deepEqual(setUp().find("Alzheimer's"), found);
  assert.deepEqual(setUp().find("memory loss"), setUp().find("dementia"));
});

test('"WY6" finds services covering Northmoor or with a venue in WY6, and county-wide ones', () => {
  const found = setUp().find("WY6");
  assert.deepEqual(new Set(found), new Set(["Memory café", "Northmoor dementia lunch club",
    "Meals delivered", "Alzheimer's adviser", "Family carers group"]));
  assert.deepEqual(setUp().find("wy6"), found);
  assert.deepEqual(setUp().find("WY6 3AB"), found, "a full postcode counts as its district");
  assert.deepEqual(setUp().find("wy63ab"), found);
});

test("a locality name finds the services that cover it", () => {
  const found = setUp().find("Northmoor lunch");
  assert.deepEqual(found, ["Northmoor dementia lunch club"]);
  assert.ok(setUp().find("eastbridge").includes("Meals delivered"));
});

test("ranked name > category > other text", () => {
  const found = setUp().find("dementia");
  assert.deepEqual(found, ["Northmoor dementia lunch club", "Alzheimer's adviser", "Memory café",
    "Family carers group"]);
});

test("one-letter typos in words of five letters or more", () => {
  const { find } = setUp();
  assert.deepEqual(find("demntia lunch"), ["Northmoor dementia lunch club"]);
  assert.deepEqual(find("dementai lunch"), ["Northmoor dementia lunch club"]);
  assert.deepEqual(find("shoping"), ["Shopping help"]);
  assert.deepEqual(find("lnch"), [], "four letters: no typo matching");
});

test("a typo is not guessed when the word is in the directory", () => {
  const { lexicon } = setUp();
  const [term] = parseQuery(lexicon, "meals");
  assert.equal(term.typo, false);
  const [typo] = parseQuery(lexicon, "maels");
  assert.equal(typo.typo, true);
});

test("stop words do not narrow, unless they are all there is", () => {
  const { find } = setUp();
  assert.deepEqual(find("lunch club near me"), LUNCH_CLUBS);
  assert.deepEqual(find("a lunch club for my mum").length, 0, "real words still narrow");
  assert.equal(parseQuery(setUp().lexicon, "the").length, 1);
});

test('"meals on wheels" is one phrase, found through the synonym', () => {
  assert.deepEqual(setUp().find("meals on wheels"), ["Meals delivered"]);
  assert.deepEqual(setUp().find("meal delivery"), ["Meals delivered"]);
});

test("a stem matches whole words only: hearing does not find heart", () => {
  assert.deepEqual(setUp().find("hearing"), []);
  assert.deepEqual(setUp().find("heart"), ["Heart health walks"]);
});

test("a word being typed matches the start of words", () => {
  assert.deepEqual(setUp().find("lunc"), [...LUNCH_CLUBS]);
  assert.deepEqual(setUp().find("dem lun"), ["Northmoor dementia lunch club"]);
});

test("families and family find each other", () => {
  assert.deepEqual(setUp().find("family"), ["Family carers group"]);
  assert.deepEqual(setUp().find("families"), ["Family carers group"]);
  assert.deepEqual(setUp().find("carer"), ["Family carers group"]);
});

test("an empty query finds everything in order", () => {
  const { list, lexicon } = setUp();
  assert.equal(searchWords(list, parseQuery(lexicon, "  ")).length, list.length);
  assert.equal(matchingServices(list, []).length, list.length);
});

test("editors' synonyms extend the search", () => {
  const index = { ...INDEX, synonyms: [...INDEX.synonyms, ["walks", "rambles", "strolls"]] };
  assert.deepEqual(setUp(index).find("rambles"), ["Heart health walks"]);
  assert.deepEqual(setUp().find("rambles"), []);
});

test("narrows: typing more letters or words only narrows", () => {
  const { lexicon } = setUp();
  const q = (text) => parseQuery(lexicon, text);
  assert.ok(narrows(q("clu"), q("club")));
  assert.ok(narrows(q("lunch"), q("lunch club")));
  assert.ok(narrows(q("shop"), q("shopping")));
  assert.ok(!narrows(q("lunc"), q("lunch")), "lunch brings in its synonym dinner");
  assert.ok(!narrows(q("wy"), q("wy6")), "a district matches places, not text");
  assert.ok(!narrows(q("alz"), q("alzheimers")), "a synonym widens");
  assert.ok(!narrows(q("lunch club"), q("lunch")));
  assert.ok(!narrows(null, q("lunch")));
});

test("narrowed searches give the same results as full ones", () => {
  const { list, lexicon } = setUp();
  for (const [a, b] of [["clu", "club"], ["lunch", "lunch clubs"], ["shop", "shopping"]]) {
    const prev = parseQuery(lexicon, a);
    const next = parseQuery(lexicon, b);
    assert.ok(narrows(prev, next));
    const pool = matchingServices(list, prev);
    assert.deepEqual(matchingServices(pool, next), matchingServices(list, next));
  }
});

test("terms have a stable key", () => {
  const { lexicon } = setUp();
  assert.equal(termsKey(parseQuery(lexicon, "Lunch  clubs")), termsKey(parseQuery(lexicon, "lunch clubs")));
  assert.notEqual(termsKey(parseQuery(lexicon, "lunch")), termsKey(parseQuery(lexicon, "lunches")));
});

test("the word postings find exactly what reading every text finds", () => {
  const { find, slow } = setUp();
  const queries = ["lunch club", "lunch clubs", "luncheon club", "dementia lunch club", "alzheimers",
    "WY6", "wy63ab", "northmoor", "demntia", "meals on wheels", "memory loss", "l", "he", "d", "zz",
    "families", "carer", "dem lun", "eastbridge lunch", "shoping", "memory"];
  for (const q of queries) assert.deepEqual(find(q), slow(q), q);
});

test("a place ranks local services before county-wide ones", () => {
  const found = setUp().find("WY6");
  assert.deepEqual(found.slice(0, 3), ["Memory café", "Northmoor dementia lunch club", "Family carers group"]);
  assert.deepEqual(found.slice(3), ["Meals delivered", "Alzheimer's adviser"]);
});
