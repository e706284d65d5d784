import assert from "node:assert/strict";
import { test } from "node:test";

import { daysWords, hoursInWords, periodsWords, timeWords } from "./hours_words.js";

test("times in words", () => {
  assert.equal(timeWords(540), "9am");
  assert.equal(timeWords(570), "9:30am");
  assert.equal(timeWords(720), "12 noon");
  assert.equal(timeWords(840), "2pm");
  assert.equal(timeWords(765), "12:45pm");
  assert.equal(timeWords(0), "midnight");
  assert.equal(timeWords(1440), "midnight");
  assert.equal(timeWords(30), "12:30am");
});

test("periods and days in words", () => {
  assert.equal(periodsWords([720, 840]), "12 noon to 2pm");
  assert.equal(periodsWords([540, 720, 780, 1020]), "9am to 12 noon and 1pm to 5pm");
  assert.equal(periodsWords([0, 1440]), "24 hours");
  assert.equal(daysWords([0, 1, 2, 3, 4]), "Mondays to Fridays");
  assert.equal(daysWords([1, 3]), "Tuesdays and Thursdays");
  assert.equal(daysWords([0, 2, 4]), "Mondays, Wednesdays and Fridays");
  assert.equal(daysWords([0, 1, 2, 4, 5]), "Mondays to Wednesdays, Fridays and Saturdays");
  assert.equal(daysWords([0, 1, 2, 3, 4, 5, 6]), "Every day");
});

test("weekly hours as lines, days with the same times together", () => {
  const wednesday = [[], [], [720, 840], [], [], [], []];
  assert.deepEqual(hoursInWords(wednesday), ["Wednesdays, 12 noon to 2pm"]);
  const office = [[540, 1020], [540, 1020], [540, 1020], [540, 1020], [540, 990], [600, 720], []];
  assert.deepEqual(hoursInWords(office),
    ["Mondays to Thursdays, 9am to 5pm", "Fridays, 9am to 4:30pm", "Saturdays, 10am to 12 noon"]);
  assert.deepEqual(hoursInWords(new Array(7).fill([0, 1440])), ["Every day, 24 hours"]);
  assert.deepEqual(hoursInWords(0), []);
});
