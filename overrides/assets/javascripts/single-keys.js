/*
 * No single-key shortcuts on the site (WCAG 2.2 success criterion 2.1.4).
 *
 * Material for MkDocs listens on `window` for keydown and, when focus is not in a text
 * field, goes to the next page on "n" or ".", the previous page on "p" or ",", and
 * focuses search on "f", "s" or "/". Speech-input and switch users set these off by
 * accident, and a jump to another page loses a half-finished estimate. Material has no
 * setting to turn them off, so this script stops any single character typed without
 * Ctrl, Alt or Meta from reaching listeners on `window` while focus is not in an editable
 * field. The key still does what it normally does where focus is (a character typed in a
 * box, Space on a radio button or a button), and listeners on the page's own elements
 * still run: only the window-level shortcuts are cut off.
 */

const TEXT_INPUTS = new Set(["", "text", "search", "email", "tel", "url", "password", "number", "date",
  "datetime-local", "month", "time", "week"]);

/* True when typing a character into `element` should type it (a text box, a select, …). */
export function isEditable(element) {
  if (!element || typeof element !== "object") return false;
  const tag = String(element.tagName || "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return TEXT_INPUTS.has(String(element.type || "").toLowerCase());
  return Boolean(element.isContentEditable);
}

/* True for a keydown that Material (or any window-level handler) would take as a shortcut. */
export function isSingleKeyShortcut(event) {
  if (!event || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (typeof event.key !== "string" || [...event.key].length !== 1 || event.key === " ") return false;
  return !isEditable(event.target);
}

/* Stop single-key shortcuts at the document, before they bubble up to `window`. */
export function install(doc) {
  const listener = (event) => {
    if (isSingleKeyShortcut(event)) event.stopPropagation();
  };
  doc.addEventListener("keydown", listener);
  return () => doc.removeEventListener("keydown", listener);
}

if (typeof document !== "undefined") install(document);
