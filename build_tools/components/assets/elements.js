// Build DOM elements from data: text is always set as text, never as HTML.
// Shared by the finder and the search page (served as assets/javascripts/components/).

/**
 * A new ``tag`` element with ``attrs`` (``class`` sets the class name; null, undefined and
 * false leave an attribute out; true sets it empty) and ``children`` appended in order
 * (strings become text nodes; null and undefined are skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}
