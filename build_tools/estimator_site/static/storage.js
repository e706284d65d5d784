/* Save and resume without a server: a downloaded file, or (only if asked) this browser.
 * envelope and parseSaved are pure; the rest touch the browser. */
import { message } from "./messages.js";

const PREFIX = "firststop-estimator:";
export const FORMAT = "firststop-estimator-answers/1";

function store() {
  try {
    return window.localStorage;
  } catch (error) {
    return null;
  }
}

export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function envelope(flow, answers, saved = today()) {
  return { format: FORMAT, flow, saved, answers };
}

export function remember(flow, answers) {
  const s = store();
  if (s) s.setItem(PREFIX + flow, JSON.stringify(envelope(flow, answers)));
}

export function remembered(flow) {
  const s = store();
  if (!s) return null;
  try {
    const data = JSON.parse(s.getItem(PREFIX + flow) || "null");
    return data && data.flow === flow && data.answers ? data : null;
  } catch (error) {
    return null;
  }
}

/* Forget everything the estimator ever stored in this browser (every flow). */
export function forgetAll() {
  const s = store();
  if (!s) return;
  Object.keys(s).filter((key) => key.startsWith(PREFIX)).forEach((key) => s.removeItem(key));
}

export function download(flow, answers) {
  const blob = new Blob([JSON.stringify(envelope(flow, answers), null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `care-estimate-answers-${flow}-${today()}.json`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/* The answers in a saved file's text, or an Error whose message is one of the page's
 * messages (not-a-saved-file, file-for-person, file-for-carer). Pure. */
export function parseSaved(text, flow, messages = {}) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(message(messages, "not-a-saved-file"), { cause: error });
  }
  if (!data || data.format !== FORMAT || typeof data.answers !== "object" || data.answers === null
      || Array.isArray(data.answers)) {
    throw new Error(message(messages, "not-a-saved-file"));
  }
  if (data.flow !== flow) {
    throw new Error(message(messages, data.flow === "carer" ? "file-for-carer" : "file-for-person"));
  }
  return data.answers;
}
