import assert from "node:assert/strict";
import { test } from "node:test";

import { addAccessBits, compileMore, filterMore, openAt, parseTime } from "./more_filters.js";
import { decodeVenues } from "./near.js";
import { INDEX, services } from "./search_fixture.mjs";

const list = () => addAccessBits(services(), decodeVenues(INDEX));
const names = (result) => result.results.map((s) => s.name);

test("times as people write them", () => {
  const cases = { "14:00": 840, "9.30": 570, "09:30": 570, "930": 570, "2pm": 840, "2:30 pm": 870,
    "12pm": 720, "12am": 0, noon: 720, Midnight: 0, "": null, " ": null };
  for (const [text, minutes] of Object.entries(cases)) assert.equal(parseTime(text), minutes, text);
  for (const bad of ["25:00", "13pm", "9:75", "teatime", "0am"]) assert.ok(Number.isNaN(parseTime(bad)), bad);
});

test("open at a day and minute", () => {
  const hours = [[540, 720, 780, 1020], [], [], [], [], [], []];
  assert.ok(openAt(hours, 0, 540));
  assert.ok(!openAt(hours, 0, 750), "lunch break");
  assert.ok(!openAt(hours, 0, 1020), "closing time is closed");
  assert.ok(!openAt(hours, 1, 600));
  assert.ok(!openAt(0, 0, 600), "no hours given");
});

test("language: services offered in it", () => {
  assert.deepEqual(names(filterMore(INDEX, list(), { lang: "Polish" })), ["Northmoor dementia lunch club"]);
  assert.deepEqual(names(filterMore(INDEX, list(), { lang: "British Sign Language" })), ["Alzheimer's adviser"]);
  assert.deepEqual(names(filterMore(INDEX, list(), { lang: "Klingon" })), []);
});

test("venue accessibility: every ticked feature at one of its venues", () => {
  assert.deepEqual(names(filterMore(INDEX, list(), { access: ["step-free"] })),
    ["Eastbridge lunch club", "Memory café", "Alzheimer's adviser"]);
  assert.deepEqual(names(filterMore(INDEX, list(), { access: ["step-free", "hearing-loop"] })),
    ["Eastbridge lunch club", "Alzheimer's adviser"]);
  assert.deepEqual(names(filterMore(INDEX, list(), { access: ["accessible-toilet"] })), ["Alzheimer's adviser"]);
  assert.deepEqual(names(filterMore(INDEX, list(), { access: ["no-such-thing"] })), []);
});

test("open at a weekday and time", () => {
  assert.deepEqual(names(filterMore(INDEX, list(), { open: "wed", at: "12:30" })),
    ["Eastbridge lunch club", "Meals delivered", "Alzheimer's adviser", "Shopping help"]);
  assert.deepEqual(names(filterMore(INDEX, list(), { open: "sun", at: "noon" })), ["Meals delivered"]);
  assert.deepEqual(names(filterMore(INDEX, list(), { open: "wed", at: "2pm" })),
    ["Alzheimer's adviser", "Shopping help"], "the lunch club closes at 2pm");
  assert.equal(compileMore(INDEX, { open: "wed", at: "later" }).timeError, true);
  assert.equal(compileMore(INDEX, { open: "wed", at: "later" }).openAt, null);
});

test("each option counts the services it would give with the other filters kept", () => {
  const { counts } = filterMore(INDEX, list(), { lang: "English", access: ["step-free"] });
  assert.deepEqual(counts.lang, [3, 0, 1], "English, Polish, BSL among step-free venues");
  assert.deepEqual(counts.access, [3, 1, 2], "among services in English");
});
