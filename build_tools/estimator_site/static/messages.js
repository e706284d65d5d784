/* Short messages come from the page (a <template data-messages>), never from this script:
 * these helpers only pick one and fill in its {placeholders}. Pure: no DOM. */

/* "Saved on {date}." + {date: "1 May"} → "Saved on 1 May."; unknown names stay as written. */
export function format(text, values = {}) {
  return String(text).replace(/\{(\w+)\}/g, (whole, name) => (
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}

/* The message called `key`, filled in; the key itself if the page has no such message. */
export function message(messages, key, values) {
  const text = messages && Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
  return format(text, values);
}
