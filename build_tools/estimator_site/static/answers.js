/* Reading and writing answers in the static form, and deciding which steps are shown.
 * The show_if logic (parseConditions, holds, conditionsHold) and payloadAnswers are pure. */

export function questionGroups(scope) {
  return Array.from(scope.querySelectorAll("[data-question]"));
}

export function controls(group) {
  return Array.from(group.querySelectorAll("input"));
}

/* The submitted value of one question, exactly as the engine expects it. */
export function readAnswer(group) {
  const type = group.dataset.type;
  const inputs = controls(group);
  if (type === "checkboxes") {
    return inputs.filter((input) => input.checked).map((input) => input.value);
  }
  if (type === "choice" || type === "yesno") {
    const checked = inputs.find((input) => input.checked);
    return checked ? checked.value : null;
  }
  return inputs[0].value.trim();
}

export function writeAnswer(group, value) {
  const type = group.dataset.type;
  const inputs = controls(group);
  if (type === "checkboxes") {
    const values = Array.isArray(value) ? value.map(String) : [];
    inputs.forEach((input) => { input.checked = values.includes(input.value); });
  } else if (type === "choice" || type === "yesno") {
    inputs.forEach((input) => { input.checked = input.value === String(value); });
  } else {
    inputs[0].value = value === null || value === undefined ? "" : String(value);
  }
}

export function isEmpty(value) {
  return value === null || value === undefined || value === "";
}

/* show_if as written in a data-show-if attribute → a list of conditions (null if none). */
export function parseConditions(text) {
  if (!text) return null;
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : [parsed];
}

/* One show_if test on an earlier answer; false when that question was not shown or answered. */
export function holds(condition, shown) {
  if (!(condition.question in shown)) return false;
  const answer = shown[condition.question];
  if (isEmpty(answer)) return false;
  const values = Array.isArray(answer) ? answer : [answer];
  if ("equals" in condition) return values.includes(String(condition.equals));
  if ("in" in condition) return condition.in.some((item) => values.includes(String(item)));
  return false;
}

/* Every condition holds (no conditions: always shown). */
export function conditionsHold(conditions, shown) {
  return !conditions || conditions.every((condition) => holds(condition, shown));
}

export function conditionHolds(element, shown) {
  return conditionsHold(parseConditions(element.dataset.showIf), shown);
}

/*
 * Walk the question steps in order: which steps and questions are shown, and the answers
 * of the shown questions (the payload the engine gets). Hidden answers are left out.
 */
export function walk(form) {
  const shown = {};
  const steps = [];
  const groupsShown = new Set();
  form.querySelectorAll("[data-step]").forEach((step) => {
    const groups = questionGroups(step);
    if (groups.length === 0) return;
    if (!conditionHolds(step, shown)) return;
    steps.push(step.dataset.step);
    groups.forEach((group) => {
      if (!conditionHolds(group, shown)) return;
      groupsShown.add(group);
      shown[group.dataset.question] = readAnswer(group);
    });
  });
  return { steps, shown, groupsShown };
}

/* The answers to send: shown questions only, empty optional amounts left out. */
export function payloadAnswers(shown) {
  const answers = {};
  Object.entries(shown).forEach(([id, value]) => {
    if (value === null || value === "") return;
    answers[id] = value;
  });
  return answers;
}

/* Every answer given in the form (shown or not), for saving and remembering. */
export function allAnswers(form) {
  const answers = {};
  questionGroups(form).forEach((group) => {
    const value = readAnswer(group);
    if (Array.isArray(value) ? value.length > 0 : !isEmpty(value)) answers[group.dataset.question] = value;
  });
  return answers;
}

export function applyAnswers(form, answers) {
  questionGroups(form).forEach((group) => {
    const id = group.dataset.question;
    writeAnswer(group, Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : null);
  });
}
