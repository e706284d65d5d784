import assert from "node:assert/strict";
import { test } from "node:test";

import { conditionsHold, holds, isEmpty, parseConditions, payloadAnswers } from "./answers.js";

test("parseConditions reads one condition or a list, and nothing as null", () => {
  assert.deepEqual(parseConditions('{"question":"setting","equals":"home"}'),
    [{ question: "setting", equals: "home" }]);
  assert.deepEqual(parseConditions('[{"question":"a","equals":"1"},{"question":"b","in":["x"]}]').length, 2);
  assert.equal(parseConditions(""), null);
  assert.equal(parseConditions(undefined), null);
});

test("equals matches the answer as text, including numbers and yes/no", () => {
  assert.equal(holds({ question: "setting", equals: "care_home" }, { setting: "care_home" }), true);
  assert.equal(holds({ question: "setting", equals: "care_home" }, { setting: "home" }), false);
  assert.equal(holds({ question: "hours", equals: 35 }, { hours: "35" }), true);
});

test("in matches any listed value, and checkbox answers match any ticked value", () => {
  const condition = { question: "benefits", in: ["pip", "attendance_allowance"] };
  assert.equal(holds(condition, { benefits: ["none_of_these", "pip"] }), true);
  assert.equal(holds(condition, { benefits: ["universal_credit"] }), false);
  assert.equal(holds({ question: "area", in: ["north"] }, { area: "north" }), true);
});

test("a condition on a question not shown or not answered does not hold", () => {
  const condition = { question: "owns_home", equals: "yes" };
  assert.equal(holds(condition, {}), false);
  assert.equal(holds(condition, { owns_home: null }), false);
  assert.equal(holds(condition, { owns_home: "" }), false);
  assert.equal(holds({ question: "owns_home" }, { owns_home: "yes" }), false, "no test: false");
});

test("every condition must hold; no conditions means always shown", () => {
  const shown = { setting: "care_home", owns_home: "yes" };
  const both = [{ question: "setting", equals: "care_home" }, { question: "owns_home", equals: "yes" }];
  assert.equal(conditionsHold(both, shown), true);
  assert.equal(conditionsHold(both, { ...shown, owns_home: "no" }), false);
  assert.equal(conditionsHold(null, {}), true);
});

test("isEmpty treats null, undefined and the empty string as no answer", () => {
  assert.equal(isEmpty(null), true);
  assert.equal(isEmpty(undefined), true);
  assert.equal(isEmpty(""), true);
  assert.equal(isEmpty("0"), false);
  assert.equal(isEmpty([]), false);
});

test("payloadAnswers leaves out unanswered questions but keeps zero and empty lists", () => {
  const payload = payloadAnswers({ age: "67", savings: "", owns_home: null, income: "0", benefits: [] });
  assert.deepEqual(payload, { age: "67", income: "0", benefits: [] });
});
