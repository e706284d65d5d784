/*
 * Words that depend on who is answering. The first question asks who the estimate is
 * for; answering for someone else turns every question into the third person, using the
 * `*_other` text the questionnaire YAML gives beside each field (label_other,
 * hint_other, …). Also: reading a whole number typed with its unit ("78 years").
 */

/* The first question's id, and the answer meaning "for someone else". */
export const WHO_QUESTION = "who_for";
export const SOMEONE_ELSE = "someone_else";

/* Question fields that have a third-person form. */
export const WORDED_FIELDS = ["title", "label", "hint", "summary", "text", "suffix"];

/* "self" or "other", from the answers so far. */
export function whoFrom(answers) {
  return answers && answers[WHO_QUESTION] === SOMEONE_ELSE ? "other" : "self";
}

/* One piece of text: the `other` form when answering for someone else and there is one. */
export function textFor(forms, who) {
  if (who === "other" && typeof forms.other === "string" && forms.other !== "") return forms.other;
  return forms.you;
}

function worded(object, who) {
  if (!object || typeof object !== "object") return object;
  const out = {};
  Object.entries(object).forEach(([key, value]) => {
    if (key.endsWith("_other")) return;
    if (typeof value === "string" && WORDED_FIELDS.includes(key)) {
      out[key] = textFor({ you: value, other: object[`${key}_other`] }, who);
    } else {
      out[key] = value;
    }
  });
  return out;
}

/*
 * A question (as the questionnaire publishes it) in the words for `who`: label, hint,
 * details, options and validation messages all take their `*_other` form when answering
 * for someone else. The `*_other` fields themselves are left out of the copy.
 */
export function questionFor(question, who) {
  const out = worded(question, who);
  if (question.details) out.details = worded(question.details, who);
  if (Array.isArray(question.options)) {
    out.options = question.options.map((option) => {
      const copy = worded(option, who);
      if (typeof option.label === "string") copy.label = textFor({ you: option.label, other: option.label_other }, who);
      return copy;
    });
  }
  if (question.validation && question.validation.messages) {
    const messages = {};
    const raw = question.validation.messages;
    Object.entries(raw).forEach(([key, value]) => {
      if (key.endsWith("_other")) return;
      messages[key] = textFor({ you: value, other: raw[`${key}_other`] }, who);
    });
    out.validation = { ...question.validation, messages };
  }
  return out;
}

/* Words that show a text speaks to the person answering about themselves. */
const SECOND_PERSON = /\b(you|your|yours|yourself|I|I'm|I've|me|my|mine|myself)\b/;

export function speaksToYou(text) {
  return typeof text === "string" && SECOND_PERSON.test(text);
}

/*
 * A whole number typed with or without its unit: "78", " 78 ", "78 years", "78 years old",
 * "78yrs", "1,200". Returns the digits as a string, or null if it is not a whole number.
 */
export function wholeNumberText(text) {
  const cleaned = String(text ?? "").trim().toLowerCase()
    .replace(/\s*(years?|yrs?)(\s+old)?\s*$/, "")
    .replace(/,(?=\d{3}\b)/g, "");
  return /^\d+$/.test(cleaned) ? String(Number(cleaned)) : null;
}
