/* GOV.UK-style checks of one question's answer, using the rules in its data- attributes. */
import { readAnswer } from "./answers.js";

const MONEY = /^\d+(\.\d{1,2})?$/;
const WHOLE = /^\d+$/;

/* Pounds typed as "1250", "1,250.50" or "£1250.5" → a number of pounds, or NaN. */
export function parseMoney(text) {
  const cleaned = String(text).replace(/[£,\s]/g, "");
  return MONEY.test(cleaned) ? Number(cleaned) : NaN;
}

export function parseWhole(text) {
  const cleaned = String(text).replace(/[,\s]/g, "");
  return WHOLE.test(cleaned) ? Number(cleaned) : NaN;
}

/* The error message for a shown question, or null when its answer is fine. */
export function problemWith(group) {
  const messages = JSON.parse(group.dataset.messages || "{}");
  const required = group.dataset.required === "true";
  const type = group.dataset.type;
  const value = readAnswer(group);
  const missing = value === null || value === "" || (Array.isArray(value) && value.length === 0);
  if (missing) {
    return required ? messages.required || `Answer: ${group.dataset.label}` : null;
  }
  if (type !== "number" && type !== "money") return null;
  const amount = type === "money" ? parseMoney(value) : parseWhole(value);
  if (Number.isNaN(amount)) return messages.invalid || "Enter a number";
  if (group.dataset.min !== undefined && amount < Number(group.dataset.min)) {
    return messages.min || messages.invalid || "The number is too small";
  }
  if (group.dataset.max !== undefined && amount > Number(group.dataset.max)) {
    return messages.max || messages.invalid || "The number is too big";
  }
  return null;
}
