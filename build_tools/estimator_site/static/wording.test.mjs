import assert from "node:assert/strict";
import { test } from "node:test";

import { carersAllowanceHint, hoursBand, yearlyFigure } from "./carers.js";
import { questionFor, speaksToYou, textFor, wholeNumberText, whoFrom } from "./wording.js";

const AGE = {
  id: "age",
  type: "number",
  label: "How old are you?",
  label_other: "How old is the person you are answering for?",
  hint: null,
  suffix: "years",
  options: [],
  validation: {
    required: true,
    messages: { required: "Enter your age", required_other: "Enter their age", invalid: "Enter a whole number, like 67" },
  },
};

const OUTCOME = {
  id: "dressing_help",
  type: "choice",
  label: "How much help do you need to get dressed and undressed?",
  label_other: "How much help do they need to get dressed and undressed?",
  hint: "Include choosing clothes that suit the weather.",
  hint_other: "Include choosing clothes that suit the weather. Needing prompting, reminding or supervision counts as needing help.",
  details: { summary: "Help with this question", text: "Answer for a bad day.", text_other: "Answer for their bad days." },
  options: [
    { value: "none", label: "I can do this on my own", label_other: "They can do this on their own" },
    { value: "some", label: "Some help, not every day" },
  ],
  validation: { required: true, messages: {} },
};

test("who the estimate is for comes from the first answer", () => {
  assert.equal(whoFrom({ who_for: "someone_else" }), "other");
  assert.equal(whoFrom({ who_for: "myself" }), "self");
  assert.equal(whoFrom({}), "self");
  assert.equal(whoFrom(null), "self");
});

test("answering for someone else turns the question into the third person", () => {
  const other = questionFor(AGE, "other");
  assert.equal(other.label, "How old is the person you are answering for?");
  assert.equal(other.validation.messages.required, "Enter their age");
  assert.equal(other.validation.messages.invalid, "Enter a whole number, like 67", "no other form: unchanged");
  assert.equal("label_other" in other, false);
  assert.equal("required_other" in other.validation.messages, false);
  assert.equal(other.suffix, "years");
});

test("answering for yourself keeps the questionnaire's own words", () => {
  const self = questionFor(AGE, "self");
  assert.equal(self.label, "How old are you?");
  assert.equal(self.validation.messages.required, "Enter your age");
  assert.equal(AGE.label, "How old are you?", "the original is not changed");
});

test("hints, details and options have other forms too", () => {
  const other = questionFor(OUTCOME, "other");
  assert.match(other.hint, /prompting, reminding or supervision counts/);
  assert.equal(other.details.text, "Answer for their bad days.");
  assert.equal(other.details.summary, "Help with this question");
  assert.deepEqual(other.options.map((o) => o.label), ["They can do this on their own", "Some help, not every day"]);
  assert.equal("label_other" in other.options[0], false);
});

test("textFor falls back to the you form when there is no other form", () => {
  assert.equal(textFor({ you: "Your savings", other: "Their savings" }, "other"), "Their savings");
  assert.equal(textFor({ you: "Your savings", other: "" }, "other"), "Your savings");
  assert.equal(textFor({ you: "Your savings", other: "Their savings" }, "self"), "Your savings");
});

test("text that speaks to the person answering is found (for the build's check)", () => {
  assert.equal(speaksToYou("How old are you?"), true);
  assert.equal(speaksToYou("I can do this on my own"), true);
  assert.equal(speaksToYou("Which area do they live in?"), false);
  assert.equal(speaksToYou("Young people"), false);
});

test("an age typed with its unit is accepted", () => {
  for (const typed of ["78", " 78 ", "78 years", "78 Years", "78years", "78 years old", "78 yrs", "078"]) {
    assert.equal(wholeNumberText(typed), "78", typed);
  }
  assert.equal(wholeNumberText("1,200"), "1200");
  for (const typed of ["", "seventy", "78.5", "-78", "78 months", "years", "7 8", "1,20"]) {
    assert.equal(wholeNumberText(typed), null, typed);
  }
});

test("a carer's yearly figure is rounded to match how rough it is", () => {
  assert.equal(yearlyFigure(1731), 90000, "£17.31 a week = £900.12 a year -> £900");
  assert.equal(yearlyFigure(4327), 225000, "£2,250.04 -> £2,250");
  assert.equal(yearlyFigure(2885), 150000, "£1,500.20 -> £1,500");
  assert.equal(yearlyFigure(4339), 225000, "£2,256.28 -> £2,250");
  assert.equal(yearlyFigure(11538), 600000, "£5,999.76 -> £6,000");
  assert.equal(yearlyFigure(0), 0);
  assert.throws(() => yearlyFigure(12.5), RangeError);
  for (let weekly = 0; weekly < 50000; weekly += 37) {
    const year = yearlyFigure(weekly);
    assert.ok(Math.abs(year - weekly * 52) <= 5000, `${weekly}: within £50`);
    assert.equal(year % 1000, 0, "whole tens of pounds");
  }
});

test("Carer's Allowance is mentioned from 35 hours a week", () => {
  assert.equal(carersAllowanceHint(hoursBand("50_plus"), 35), "yes");
  assert.equal(carersAllowanceHint(hoursBand("35_or_more"), 35), "yes");
  assert.equal(carersAllowanceHint(hoursBand("20_to_49"), 35), "maybe");
  assert.equal(carersAllowanceHint(hoursBand("under_20"), 35), "no");
  assert.equal(carersAllowanceHint(hoursBand("34"), 35), "no");
  assert.equal(carersAllowanceHint(hoursBand("35"), 35), "yes");
  assert.equal(hoursBand("lots"), null);
  assert.deepEqual(hoursBand("20_to_49"), { min: 20, max: 49 });
});
