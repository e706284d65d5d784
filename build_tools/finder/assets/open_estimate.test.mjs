import assert from "node:assert/strict";
import { test } from "node:test";

import { readPasted, targetFor } from "./open_estimate.js";

const ORIGIN = "https://care.example.org";
const PAGES = {
  person: "https://care.example.org/council/estimator/",
  carer: "https://care.example.org/council/estimator/carer/",
};
const read = (text) => readPasted(text, { pages: PAGES, origin: ORIGIN });

test("a link to this site's estimator gives its code and flow", () => {
  assert.deepEqual(read("https://care.example.org/council/estimator/#answers-v1.abc_-9"),
    { code: "answers-v1.abc_-9", flow: "person" });
  assert.deepEqual(read("https://care.example.org/council/estimator/carer/index.html#answers-v1.x"),
    { code: "answers-v1.x", flow: "carer" });
  assert.deepEqual(read("https://care.example.org/council/estimator/carer#answers-v1.x"),
    { code: "answers-v1.x", flow: "carer" });
});

test("spaces, line breaks and angle brackets from an email are ignored", () => {
  assert.deepEqual(read("  <https://care.example.org/council/estimator/#answers-v1.ab\n  cd>  "),
    { code: "answers-v1.abcd", flow: "person" });
});

test("a bare code, with or without #, is accepted: the code names its estimator", () => {
  assert.deepEqual(read("answers-v1.abc"), { code: "answers-v1.abc", flow: null });
  assert.deepEqual(read("#answers-v1.abc"), { code: "answers-v1.abc", flow: null });
});

test("nothing pasted", () => {
  assert.deepEqual(read(""), { error: "empty" });
  assert.deepEqual(read("   \n"), { error: "empty" });
  assert.deepEqual(read(undefined), { error: "empty" });
});

test("another host, scheme or page is refused", () => {
  for (const text of [
    "https://evil.example.com/council/estimator/#answers-v1.abc",
    "http://care.example.org/council/estimator/#answers-v1.abc",
    "https://care.example.org.evil.example.com/council/estimator/#answers-v1.abc",
    "https://care.example.org@evil.example.com/council/estimator/#answers-v1.abc",
    "javascript:alert(1)//#answers-v1.abc",
    "data:text/html,<script>alert(1)</script>#answers-v1.abc",
    "https://care.example.org/council/finder/#answers-v1.abc",
    "https://care.example.org/other/estimator/#answers-v1.abc",
    "estimator/#answers-v1.abc",
    "hello",
  ]) {
    assert.deepEqual(read(text), { error: "not-this-site" }, text);
  }
});

test("a link to the estimator without answers says so", () => {
  assert.deepEqual(read("https://care.example.org/council/estimator/"), { error: "no-answers" });
  assert.deepEqual(read("https://care.example.org/council/estimator/#step-check"), { error: "no-answers" });
});

test("the address opened is always this site's page for the code's own flow", () => {
  assert.deepEqual(targetFor("answers-v1.abc", "carer", PAGES),
    { url: "https://care.example.org/council/estimator/carer/#answers-v1.abc" });
  assert.deepEqual(targetFor("answers-v1.abc", "person", PAGES),
    { url: "https://care.example.org/council/estimator/#answers-v1.abc" });
});

test("a code for an estimator this site does not have is refused", () => {
  assert.deepEqual(targetFor("answers-v1.abc", "toString", PAGES), { error: "unknown-flow" });
  assert.deepEqual(targetFor("answers-v1.abc", "__proto__", PAGES), { error: "unknown-flow" });
  assert.deepEqual(targetFor("answers-v1.abc", null, PAGES), { error: "unknown-flow" });
});
