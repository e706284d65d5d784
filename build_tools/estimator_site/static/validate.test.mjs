import assert from "node:assert/strict";
import { test } from "node:test";

import { parseDecimal, parseMoney, parseWhole, problemFor } from "./validate.js";

const PAGE = {
  required: "Answer: {label}",
  invalid: "Enter a number",
  "too-small": "The number is too small",
  "too-big": "The number is too big",
};

test("parseMoney accepts pounds with a sign, commas and up to two decimals", () => {
  assert.equal(parseMoney("1250"), 1250);
  assert.equal(parseMoney("£1,250.50"), 1250.5);
  assert.equal(parseMoney(" 12 500 "), 12500);
  assert.ok(Number.isNaN(parseMoney("12.505")));
  assert.ok(Number.isNaN(parseMoney("-5")));
  assert.ok(Number.isNaN(parseMoney("ten pounds")));
});

test("parseWhole accepts whole numbers only", () => {
  assert.equal(parseWhole("67"), 67);
  assert.equal(parseWhole("1,000"), 1000);
  assert.ok(Number.isNaN(parseWhole("6.5")));
  assert.ok(Number.isNaN(parseWhole("")));
});

test("a missing required answer gets the question's own message, else the page's", () => {
  const rules = { type: "choice", label: "Where do you live?", required: true, messages: {} };
  assert.equal(problemFor(rules, null, PAGE), "Answer: Where do you live?");
  assert.equal(problemFor({ ...rules, messages: { required: "Select your area" } }, null, PAGE),
    "Select your area");
  assert.equal(problemFor({ ...rules, type: "checkboxes" }, [], PAGE), "Answer: Where do you live?");
});

test("a missing optional answer is fine", () => {
  assert.equal(problemFor({ type: "money", label: "Rent", required: false }, "", PAGE), null);
});

test("numbers outside min and max get the most specific message there is", () => {
  const age = { type: "number", label: "Age", required: true, min: "18", max: "120",
    messages: { min: "You must be 18 or over", invalid: "Enter your age in years" } };
  assert.equal(problemFor(age, "17", PAGE), "You must be 18 or over");
  assert.equal(problemFor(age, "121", PAGE), "Enter your age in years");
  assert.equal(problemFor(age, "forty", PAGE), "Enter your age in years");
  assert.equal(problemFor(age, "67", PAGE), null);
  const bare = { type: "number", label: "Hours", required: true, min: "0", max: "168" };
  assert.equal(problemFor(bare, "200", PAGE), "The number is too big");
  assert.equal(problemFor(bare, "x", PAGE), "Enter a number");
});

test("a number question with decimals accepts them up to its places", () => {
  const hours = { type: "number", label: "Hours", required: false, min: "0", max: "168", decimals: "2",
    messages: { invalid: "Enter the hours as a number, like 7 or 7.5", max: "Enter 168 hours or fewer" } };
  assert.equal(problemFor(hours, "7.5", PAGE), null);
  assert.equal(problemFor(hours, "10.25", PAGE), null);
  assert.equal(problemFor(hours, "", PAGE), null);
  assert.equal(problemFor(hours, "7.555", PAGE), "Enter the hours as a number, like 7 or 7.5");
  assert.equal(problemFor(hours, "-1", PAGE), "Enter the hours as a number, like 7 or 7.5");
  assert.equal(problemFor(hours, "168.5", PAGE), "Enter 168 hours or fewer");
  assert.equal(parseDecimal("7.5", 1), 7.5);
  assert.ok(Number.isNaN(parseDecimal("7.55", 1)));
  // Without decimals a number stays whole.
  assert.equal(problemFor({ type: "number", label: "Age", required: true }, "7.5", PAGE), "Enter a number");
});

test("money accepts pence and checks the range in pounds", () => {
  const savings = { type: "money", label: "Savings", required: true, min: "0", max: "100000000" };
  assert.equal(problemFor(savings, "£23,250.00", PAGE), null);
  assert.equal(problemFor(savings, "100000000.01", PAGE), "The number is too big");
});

test("choices are not checked as numbers", () => {
  assert.equal(problemFor({ type: "yesno", label: "Own home", required: true }, "no", PAGE), null);
});
