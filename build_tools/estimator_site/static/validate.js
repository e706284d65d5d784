/* GOV.UK-style checks of one question's answer, using the rules in its data- attributes.
 * parseMoney, parseWhole and problemFor are pure; problemWith reads the DOM. */
import { readAnswer } from "./answers.js";
import { message } from "./messages.js";
import { wholeNumberText } from "./wording.js";

const MONEY = /^\d+(\.\d{1,2})?$/;
const WHOLE = /^\d+$/;

/* Pounds typed as "1250", "1,250.50" or "£1250.5" → a number of pounds, or NaN. */
export function parseMoney(text) {
  const cleaned = String(text).replace(/[£,\s]/g, "");
  return MONEY.test(cleaned) ? Number(cleaned) : NaN;
}

/* A whole number, also typed with its unit ("78 years") → the number, or NaN. */
export function parseWhole(text) {
  const digits = wholeNumberText(text);
  return digits !== null && WHOLE.test(digits) ? Number(digits) : NaN;
}

/* A number with up to `places` decimals ("7.5" hours) → the number, or NaN. */
export function parseDecimal(text, places) {
  const cleaned = String(text).trim();
  const pattern = new RegExp(`^[0-9]+(\\.[0-9]{1,${Number(places)}})?$`);
  return pattern.test(cleaned) ? Number(cleaned) : NaN;
}

/*
 * The error message for an answer, or null when it is fine.
 * rules: {type, label, required, min, max, decimals, messages} (decimals: a number question
 * that accepts up to that many decimal places; messages: the question's own, from the
 * questionnaire); fallback: the page's general messages (required, invalid, too-small, too-big).
 */
export function problemFor(rules, value, fallback = {}) {
  const own = rules.messages || {};
  const missing = value === null || value === undefined || value === ""
    || (Array.isArray(value) && value.length === 0);
  if (missing) {
    return rules.required ? own.required || message(fallback, "required", { label: rules.label }) : null;
  }
  if (rules.type !== "number" && rules.type !== "money") return null;
  const amount = rules.type === "money" ? parseMoney(value)
    : Number(rules.decimals) > 0 ? parseDecimal(value, rules.decimals) : parseWhole(value);
  if (Number.isNaN(amount)) return own.invalid || message(fallback, "invalid");
  if (rules.min !== undefined && rules.min !== null && amount < Number(rules.min)) {
    return own.min || own.invalid || message(fallback, "too-small");
  }
  if (rules.max !== undefined && rules.max !== null && amount > Number(rules.max)) {
    return own.max || own.invalid || message(fallback, "too-big");
  }
  return null;
}

/* The rules in a question group's data- attributes. */
export function rulesOf(group) {
  const data = group.dataset;
  return {
    type: data.type,
    label: data.label,
    required: data.required === "true",
    min: data.min,
    max: data.max,
    decimals: data.decimals,
    messages: JSON.parse(data.messages || "{}"),
  };
}

/* The error message for a shown question, or null when its answer is fine. */
export function problemWith(group, fallback) {
  return problemFor(rulesOf(group), readAnswer(group), fallback);
}
