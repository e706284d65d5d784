/* Check your answers: a GOV.UK summary list of the shown questions. answerLines is pure;
 * renderSummary clones the page's <template data-summary-row> and sets text only. */
import { readAnswer } from "./answers.js";
import { summaryCards } from "./cards.js";
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

function row(template, group, stepName, messages, key = group.dataset.label, changeLabel = key) {
  const fragment = template.content.cloneNode(true);
  const field = (name) => fragment.querySelector(`[data-field="${name}"]`);
  field("question").textContent = key;
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
  field("change-label").textContent = ` ${changeLabel.toLowerCase()}`;
  return fragment;
}

/* The question's label as shown now (it may be in the third person). */
function shownLabel(group) {
  const node = group.querySelector("legend h1, .fs-label-wrapper .fs-label, legend, label.fs-label");
  return node ? node.textContent.trim() : group.dataset.label;
}

/*
 * Check your answers as summary cards: one per section, one per daily activity (titled
 * with the activity, rows with short names). sectionTitle(step) gives a step's section
 * title in the right person. Returns the card elements (also used by the print view).
 */
export function summaryCardNodes(form, walked, messages, sectionTitle) {
  const rowTemplate = form.querySelector("template[data-summary-row]");
  const cardTemplate = form.querySelector("template[data-summary-card]");
  const steps = walked.steps.map((name) => {
    const step = form.querySelector(`[data-step="${name}"]`);
    const groups = Array.from(step.querySelectorAll("[data-question]")).filter((g) => walked.groupsShown.has(g));
    return {
      name,
      title: step.dataset.title,
      section: step.dataset.section || name,
      sectionTitle: step.dataset.section ? sectionTitle(step) : step.dataset.title,
      activity: step.dataset.activity === "true",
      rows: groups.map((group) => ({ id: group.dataset.question, group })),
    };
  });
  return summaryCards(steps).map((card) => {
    const node = cardTemplate.content.cloneNode(true);
    node.querySelector('[data-field="title"]').textContent = card.title;
    const list = node.querySelector("[data-card-rows]");
    card.rows.forEach(({ group, step }) => {
      const short = group.dataset.summaryLabel;
      const key = card.activity && short ? short : shownLabel(group);
      const change = card.activity && short ? `${short} (${card.title})` : key;
      list.append(row(rowTemplate, group, step, messages, key, change));
    });
    return node;
  });
}

export function renderSummaryCards(container, form, walked, messages, sectionTitle) {
  container.replaceChildren(...summaryCardNodes(form, walked, messages, sectionTitle));
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
