/* Check your answers: a GOV.UK summary list of the shown questions. answerLines is pure;
 * renderSummary clones the page's <template data-summary-row> and sets text only. */
import { readAnswer } from "./answers.js";
import { message } from "./messages.js";

/*
 * The lines to show for one answer.
 * question: {type, prefix, suffix}; labelOf(value) gives an option's label;
 * messages: the page's messages (not-answered, not-given).
 */
export function answerLines(question, value, labelOf, messages = {}) {
  const { type } = question;
  if (Array.isArray(value)) {
    return value.length ? value.map(labelOf) : [message(messages, "not-answered")];
  }
  if (value === null || value === undefined || value === "") {
    return [message(messages, type === "money" ? "not-given" : "not-answered")];
  }
  if (type === "choice" || type === "yesno") return [labelOf(value)];
  const prefix = question.prefix || "";
  const suffix = question.suffix ? ` ${question.suffix}` : "";
  return [`${prefix}${value}${suffix}`];
}

function labelFor(group, value) {
  const input = Array.from(group.querySelectorAll("input")).find((item) => item.value === value);
  const label = input ? group.querySelector(`label[for="${input.id}"]`) : null;
  return label ? label.textContent : value;
}

function textOf(group, selector) {
  const node = group.querySelector(selector);
  return node ? node.textContent : "";
}

function row(template, group, stepName, messages) {
  const fragment = template.content.cloneNode(true);
  const field = (name) => fragment.querySelector(`[data-field="${name}"]`);
  field("question").textContent = group.dataset.label;
  const question = {
    type: group.dataset.type,
    prefix: textOf(group, ".fs-input__prefix"),
    suffix: textOf(group, ".fs-input__suffix"),
  };
  const lines = answerLines(question, readAnswer(group), (value) => labelFor(group, value), messages);
  const answer = field("answer");
  lines.forEach((line, index) => {
    if (index) answer.append(document.createElement("br"));
    answer.append(document.createTextNode(line));
  });
  const change = field("change");
  change.href = `#step-${stepName}`;
  change.dataset.change = stepName;
  field("change-label").textContent = ` ${group.dataset.label.toLowerCase()}`;
  return fragment;
}

export function renderSummary(list, form, walked, messages) {
  const template = form.querySelector("template[data-summary-row]");
  const rows = [];
  walked.steps.forEach((stepName) => {
    const step = form.querySelector(`[data-step="${stepName}"]`);
    step.querySelectorAll("[data-question]").forEach((group) => {
      if (walked.groupsShown.has(group)) rows.push(row(template, group, stepName, messages));
    });
  });
  list.replaceChildren(...rows);
}
