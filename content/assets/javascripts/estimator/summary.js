/* Check your answers: a GOV.UK summary list built from the shown questions. */
import { readAnswer } from "./answers.js";

function labelFor(group, value) {
  const input = Array.from(group.querySelectorAll("input")).find((item) => item.value === value);
  const label = input ? group.querySelector(`label[for="${input.id}"]`) : null;
  return label ? label.textContent : value;
}

function answerText(group) {
  const value = readAnswer(group);
  const type = group.dataset.type;
  if (Array.isArray(value)) return value.length ? value.map((item) => labelFor(group, item)) : ["Not answered"];
  if (value === null || value === "") return [type === "money" ? "Not given" : "Not answered"];
  if (type === "choice" || type === "yesno") return [labelFor(group, value)];
  const prefix = group.querySelector(".fs-est-input__prefix");
  const suffix = group.querySelector(".fs-est-input__suffix");
  return [`${prefix ? prefix.textContent : ""}${value}${suffix ? ` ${suffix.textContent}` : ""}`];
}

function row(group, stepName) {
  const wrapper = document.createElement("div");
  wrapper.className = "fs-est-summary__row";
  const key = document.createElement("dt");
  key.className = "fs-est-summary__key";
  key.textContent = group.dataset.label;
  const value = document.createElement("dd");
  value.className = "fs-est-summary__value";
  answerText(group).forEach((line, index) => {
    if (index) value.append(document.createElement("br"));
    value.append(document.createTextNode(line));
  });
  const actions = document.createElement("dd");
  actions.className = "fs-est-summary__actions";
  const link = document.createElement("a");
  link.href = `#step-${stepName}`;
  link.dataset.change = stepName;
  link.append(document.createTextNode("Change"));
  const hidden = document.createElement("span");
  hidden.className = "fs-visually-hidden";
  hidden.textContent = ` ${group.dataset.label.toLowerCase()}`;
  link.append(hidden);
  actions.append(link);
  wrapper.append(key, value, actions);
  return wrapper;
}

export function renderSummary(list, form, walked) {
  const rows = [];
  walked.steps.forEach((stepName) => {
    const step = form.querySelector(`[data-step="${stepName}"]`);
    step.querySelectorAll("[data-question]").forEach((group) => {
      if (walked.groupsShown.has(group)) rows.push(row(group, stepName));
    });
  });
  list.replaceChildren(...rows);
}
