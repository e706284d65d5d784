import assert from "node:assert/strict";
import { test } from "node:test";

import { checkedText, fillIn, isStale, reportMailto, TRUST_WORDS } from "./trust.js";

test("when a listing was checked, by month", () => {
  assert.equal(checkedText("2026-03-14"), "Checked March 2026");
  assert.equal(checkedText("2025-12-01"), "Checked December 2025");
  assert.equal(checkedText(""), "");
  assert.equal(checkedText("2026-13-01"), "");
  assert.equal(checkedText("2026-03-14", { ...TRUST_WORDS, checked: "Last checked: {month}" }),
    "Last checked: March 2026");
});

test("a listing not checked for a year gets a warning", () => {
  assert.equal(isStale("2025-11-25", "2026-11-26"), true);
  assert.equal(isStale("2025-11-26", "2026-11-26"), false, "exactly a year is fine");
  assert.equal(isStale("2026-03-14", "2026-11-26"), false);
  assert.equal(isStale("", "2026-11-26"), true, "never checked");
  assert.equal(isStale("2025-01-01", "not a date"), false);
});

test("report a problem: a pre-filled email", () => {
  const href = reportMailto("directory@wyvernshire.example.org",
    { name: "Lunch club & café", url: "https://example.org/services/lunch-club/" });
  assert.ok(href.startsWith("mailto:directory@wyvernshire.example.org?subject="));
  const params = new URLSearchParams(href.split("?")[1]);
  assert.equal(params.get("subject"), "Problem with a directory listing: Lunch club & café");
  assert.ok(params.get("body").includes("Page: https://example.org/services/lunch-club/\r\n"));
  assert.equal(reportMailto("not an address", { name: "x", url: "" }), "");
  assert.equal(reportMailto("a@b.org?cc=evil@x.org", { name: "x", url: "" }), "");
});

test("gaps are filled, unknown gaps kept", () => {
  assert.equal(fillIn("{name} at {time}", { name: "Club" }), "Club at {time}");
});
