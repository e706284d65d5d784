import assert from "node:assert/strict";
import { test } from "node:test";

import { format, message } from "./messages.js";

test("format fills named placeholders and leaves unknown ones", () => {
  assert.equal(format("Saved on {date}.", { date: "2026-05-01" }), "Saved on 2026-05-01.");
  assert.equal(format("Answer: {label} {other}", { label: "Age" }), "Answer: Age {other}");
});

test("message falls back to the key when the page has no such message", () => {
  assert.equal(message({ ready: "Your estimate is ready" }, "ready"), "Your estimate is ready");
  assert.equal(message({}, "ready"), "ready");
});
