import assert from "node:assert/strict";
import { test } from "node:test";

import { progressCue, summaryCards } from "./cards.js";

const row = (id, key, answer) => ({ id, key, lines: [answer] });

const STEPS = [
  { name: "who-for", title: "Who is this for", section: "about", sectionTitle: "About them", rows: [row("who_for", "Who the estimate is for", "Someone else")] },
  { name: "about-you", title: "About them", section: "about", sectionTitle: "About them", rows: [row("age", "Age", "84 years"), row("couple", "Lives with a partner", "No")] },
  { name: "dressing", title: "Getting dressed", section: "activities", sectionTitle: "Daily activities", activity: true,
    rows: [row("dressing_help", "Help needed", "Every day"), row("dressing_difficulty", "When they do it", "Risk to health or safety")] },
  { name: "hygiene", title: "Washing and keeping clean", section: "activities", sectionTitle: "Daily activities", activity: true,
    rows: [row("hygiene_help", "Help needed", "Every day"), row("hygiene_difficulty", "When they do it", "None of these")] },
  { name: "savings", title: "Savings", section: "money", sectionTitle: "Money", rows: [row("savings", "Savings", "£60,000")] },
  { name: "income", title: "Income", section: "money", sectionTitle: "Money", rows: [row("weekly_pensions", "Pensions", "£250 a week")] },
  { name: "empty", title: "Nothing shown", section: "money", sectionTitle: "Money", rows: [] },
];

test("ordinary steps of one section share a card; each activity is its own card", () => {
  const cards = summaryCards(STEPS);
  assert.deepEqual(cards.map((c) => c.title), ["About them", "Getting dressed", "Washing and keeping clean", "Money"]);
  assert.deepEqual(cards[0].rows.map((r) => r.id), ["who_for", "age", "couple"]);
  assert.deepEqual(cards[3].rows.map((r) => [r.id, r.step]), [["savings", "savings"], ["weekly_pensions", "income"]]);
  assert.equal(cards[1].activity, true);
  assert.equal(cards[1].change, "dressing");
  assert.deepEqual(cards[1].rows.map((r) => r.key), ["Help needed", "When they do it"]);
});

test("the same section after an activity starts a new card (order is kept)", () => {
  const steps = [STEPS[1], STEPS[2], { ...STEPS[4], section: "about", sectionTitle: "About them" }];
  assert.deepEqual(summaryCards(steps).map((c) => c.title), ["About them", "Getting dressed", "About them"]);
  assert.deepEqual(summaryCards([]), []);
});

test("the progress cue names the section and counts only sections shown", () => {
  assert.deepEqual(progressCue(STEPS, "about-you"), { index: 1, count: 3, title: "About them" });
  assert.deepEqual(progressCue(STEPS, "hygiene"), { index: 2, count: 3, title: "Daily activities" });
  assert.deepEqual(progressCue(STEPS, "income"), { index: 3, count: 3, title: "Money" });
  assert.equal(progressCue(STEPS, "check"), null);
  assert.equal(progressCue([{ name: "start" }], "start"), null);
});
