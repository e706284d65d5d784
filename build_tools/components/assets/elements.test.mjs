import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";

import { el } from "./elements.js";

/** Just enough of a document for el(): elements record attributes and children. */
class FakeElement {
  constructor(tag) {
    this.tagName = tag;
    this.className = "";
    this.attributes = {};
    this.children = [];
  }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  append(child) { this.children.push(child); }
}

beforeEach(() => { globalThis.document = { createElement: (tag) => new FakeElement(tag) }; });
afterEach(() => { delete globalThis.document; });

test("class sets the class name; other attributes are set as given", () => {
  const node = el("a", { class: "fs-link", href: "/x/", "data-service": 3 });
  assert.equal(node.tagName, "a");
  assert.equal(node.className, "fs-link");
  assert.deepEqual(node.attributes, { href: "/x/", "data-service": "3" });
});

test("null, undefined and false leave an attribute out; true sets it empty", () => {
  const node = el("button", { hidden: true, disabled: false, title: null, lang: undefined });
  assert.deepEqual(node.attributes, { hidden: "" });
});

test("children are appended in order, skipping null and undefined", () => {
  const inner = el("span", {}, "b");
  const node = el("p", {}, "a", null, inner, undefined, "<c>");
  assert.deepEqual(node.children, ["a", inner, "<c>"]);
});
