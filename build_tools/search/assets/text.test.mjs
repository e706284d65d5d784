// Unit tests of the site search's pure helpers (node --test).
import assert from "node:assert/strict";
import { test } from "node:test";

import { kindOf, queryOf, sameOriginHref, statusText, withQuery } from "./text.js";

const PAGE = "https://council.example.org/care/search/?q=meals";

test("status: nothing for an empty query, a hint when nothing matches", () => {
  assert.equal(statusText(0, "", 20), "");
  assert.equal(statusText(0, "xyz", 20), "No results for “xyz”. Check the spelling or try fewer words.");
});

test("status: singular, plural and the first page of many", () => {
  assert.equal(statusText(1, "meals", 20), "1 result for “meals”");
  assert.equal(statusText(7, "meals", 20), "7 results for “meals”");
  assert.equal(statusText(45, "meals", 20), "45 results for “meals”, showing the first 20");
});

test("status: words found on no page are named as left out", () => {
  assert.equal(statusText(3, "mum dementia", 20, ["mum"]),
    "3 results for “mum dementia”. Left out “mum”: no page has this word");
  assert.equal(statusText(45, "mum nan care", 20, ["mum", "nan"]),
    "45 results for “mum nan care”, showing the first 20. Left out “mum”, “nan”: no page has these words");
});

test("links stay on the site, under its sub-path", () => {
  const home = "https://council.example.org/care/";
  assert.equal(sameOriginHref("/care/services/x/", PAGE, home), "https://council.example.org/care/services/x/");
  assert.equal(sameOriginHref("../services/x/", PAGE, home), "https://council.example.org/care/services/x/");
  assert.equal(sameOriginHref("https://evil.example.com/", PAGE, home), home);
  assert.equal(sameOriginHref("javascript:alert(1)", PAGE, home), home);
});

test("the query lives in the URL: set, replaced, removed", () => {
  assert.equal(withQuery(PAGE, "day centres"), "https://council.example.org/care/search/?q=day+centres");
  assert.equal(withQuery(PAGE, ""), "https://council.example.org/care/search/");
  assert.equal(queryOf("https://council.example.org/care/search/?q=++lunch+club+"), "lunch club");
  assert.equal(queryOf("https://council.example.org/care/search/"), "");
});

test("each result says what kind of page it is", () => {
  const root = "https://council.example.org/care/";
  assert.equal(kindOf("/care/services/lunch-club/", root), "Service");
  assert.equal(kindOf("/care/signposting/dementia/", root), "Guide for advisers");
  assert.equal(kindOf("/care/paying/property-disregard/", root), "Advice");
  assert.equal(kindOf("/care/categories/dementia/", root), "Services by need");
  assert.equal(kindOf("/care/organisations/age-well/", root), "Service provider");
  assert.equal(kindOf("not a url", "also not"), "Advice");
});
