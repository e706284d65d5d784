import assert from "node:assert/strict";
import { test } from "node:test";

import { FORMAT, envelope, parseSaved, today } from "./storage.js";

const PAGE = {
  "not-a-saved-file": "The selected file is not a saved answers file",
  "file-for-person": "The selected file has answers for the care and support estimator",
  "file-for-carer": "The selected file has answers for the carer's estimator",
};

test("a saved envelope round-trips through JSON", () => {
  const answers = { age: "67", benefits: ["pip"] };
  const text = JSON.stringify(envelope("person", answers, "2026-05-01"));
  assert.deepEqual(JSON.parse(text), { format: FORMAT, flow: "person", saved: "2026-05-01", answers });
  assert.deepEqual(parseSaved(text, "person", PAGE), answers);
});

test("today is the local date as YYYY-MM-DD", () => {
  assert.equal(today(new Date(2026, 0, 5, 23, 59)), "2026-01-05");
});

test("text that is not JSON, or JSON of another shape, is not a saved file", () => {
  for (const text of ["not json", "null", "[]", '{"format":"other","flow":"person","answers":{}}',
    `{"format":"${FORMAT}","flow":"person"}`, `{"format":"${FORMAT}","flow":"person","answers":[1]}`]) {
    assert.throws(() => parseSaved(text, "person", PAGE), { message: PAGE["not-a-saved-file"] }, text);
  }
});

test("a file for the other flow says which estimator to open", () => {
  const carer = JSON.stringify(envelope("carer", {}, "2026-05-01"));
  const person = JSON.stringify(envelope("person", {}, "2026-05-01"));
  assert.throws(() => parseSaved(carer, "person", PAGE), { message: PAGE["file-for-carer"] });
  assert.throws(() => parseSaved(person, "carer", PAGE), { message: PAGE["file-for-person"] });
});
