import assert from "node:assert/strict";
import { test } from "node:test";

import { answerLines } from "./summary.js";

const PAGE = { "not-answered": "Not answered", "not-given": "Not given" };
const labels = { yes: "Yes", no: "No", pip: "Personal Independence Payment", aa: "Attendance Allowance" };
const labelOf = (value) => labels[value] || value;

test("choices show their labels, one line per ticked box", () => {
  assert.deepEqual(answerLines({ type: "yesno" }, "yes", labelOf, PAGE), ["Yes"]);
  assert.deepEqual(answerLines({ type: "checkboxes" }, ["pip", "aa"], labelOf, PAGE),
    ["Personal Independence Payment", "Attendance Allowance"]);
});

test("amounts keep their prefix and suffix", () => {
  assert.deepEqual(answerLines({ type: "money", prefix: "£", suffix: "a week" }, "120", labelOf, PAGE),
    ["£120 a week"]);
  assert.deepEqual(answerLines({ type: "number", suffix: "years" }, "67", labelOf, PAGE), ["67 years"]);
});

test("empty answers use the page's words: money 'Not given', others 'Not answered'", () => {
  assert.deepEqual(answerLines({ type: "money" }, "", labelOf, PAGE), ["Not given"]);
  assert.deepEqual(answerLines({ type: "choice" }, null, labelOf, PAGE), ["Not answered"]);
  assert.deepEqual(answerLines({ type: "checkboxes" }, [], labelOf, PAGE), ["Not answered"]);
});
