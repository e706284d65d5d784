// Small DOM helpers for the finder: text is always set as text, never as HTML.
// el() is shared with the search page (components/assets/elements.js, served beside finder/).
import { RESULT_WORDS } from "./core.js";

export { el } from "../components/elements.js";

/**
 * A copy of a result ``<template>`` (rendered at build time from the same macro as the
 * page's first results) filled with one result's fields: ``data-slot="field"`` gets the
 * field as text, ``data-href="field"`` as its link, ``data-service`` the service's id,
 * and a ``data-optional="field"`` part is removed when the field is empty.
 */
export function fillResult(template, view) {
  const item = template.content.firstElementChild.cloneNode(true);
  for (const part of item.querySelectorAll("[data-optional]")) {
    if (!view[part.dataset.optional]) part.remove();
  }
  for (const node of item.querySelectorAll("[data-slot]")) node.textContent = view[node.dataset.slot];
  for (const node of item.querySelectorAll("[data-href]")) node.setAttribute("href", view[node.dataset.href]);
  if (item.hasAttribute("data-service")) item.dataset.service = view.id;
  for (const node of item.querySelectorAll("[data-service]")) node.dataset.service = view.id;
  return item;
}

/** A node's words (its ``data-word-*`` attributes), over the script's defaults. */
export function wordsFrom(node) {
  const words = { ...RESULT_WORDS };
  for (const [key, value] of Object.entries(node.dataset)) {
    if (key.startsWith("word")) words[key.charAt(4).toLowerCase() + key.slice(5)] = value;
  }
  return words;
}
