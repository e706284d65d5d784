/*
 * DOM side of "who is this for": when the first answer says someone else, every question
 * shows its third-person words (data-words on each question, data-title-other and
 * data-section-title-other on each step, from the questionnaire's *_other fields), and
 * back again. The first swap keeps the page's own words in data-you so it can undo.
 */
import { textFor } from "./wording.js";

function swap(node, other, who) {
  if (!node) return;
  if (node.dataset.you === undefined) node.dataset.you = node.textContent;
  node.textContent = textFor({ you: node.dataset.you, other }, who);
}

/* The element holding a question's label text (a label, a legend or the h1 inside either). */
function labelNode(group) {
  const heading = group.querySelector("legend h1, .fs-label-wrapper .fs-label");
  if (heading) return heading;
  return group.querySelector("legend, label.fs-label");
}

export function applyWho(form, who) {
  form.querySelectorAll("[data-question][data-words]").forEach((group) => {
    const words = JSON.parse(group.dataset.words);
    swap(labelNode(group), words.label, who);
    swap(document.getElementById(`fs-q-${group.dataset.question}-hint`), words.hint, who);
    swap(group.querySelector(".fs-details__text"), words.details, who);
    group.querySelectorAll("input").forEach((input) => {
      const options = words.options || {};
      const hints = words.option_hints || {};
      if (options[input.value] !== undefined) swap(form.querySelector(`label[for="${CSS.escape(input.id)}"]`), options[input.value], who);
      if (hints[input.value] !== undefined) swap(document.getElementById(`${input.id}-item-hint`), hints[input.value], who);
    });
  });
  form.querySelectorAll("[data-step]").forEach((step) => {
    if (step.dataset.titleYou === undefined) step.dataset.titleYou = step.dataset.title;
    step.dataset.title = textFor({ you: step.dataset.titleYou, other: step.dataset.titleOther }, who);
    const heading = step.querySelector(":scope > h1.fs-heading");
    if (heading && step.dataset.titleOther) swap(heading, step.dataset.titleOther, who);
  });
}

/* The section title of a step for `who`. */
export function sectionTitle(step, who) {
  return textFor({ you: step.dataset.sectionTitle, other: step.dataset.sectionTitleOther }, who);
}

/* Validation messages for `who`: each message's *_other form when answering for someone else. */
export function messagesFor(messages, who) {
  const out = {};
  Object.entries(messages || {}).forEach(([key, value]) => {
    if (key.endsWith("_other")) return;
    out[key] = textFor({ you: value, other: messages[`${key}_other`] }, who);
  });
  return out;
}

/* Results words: an element with data-other (text only) takes those words when the
 * answers are for someone else. The results are cloned afresh each time, so no undo. */
export function applyOtherWords(container, who) {
  if (who !== "other") return;
  container.querySelectorAll("[data-other]").forEach((node) => {
    node.textContent = node.dataset.other;
  });
}
