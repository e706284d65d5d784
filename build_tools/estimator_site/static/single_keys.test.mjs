/*
 * Unit tests of the site-wide guard against single-key shortcuts. The guard lives in the
 * theme (overrides/assets/javascripts/single-keys.js) because the theme folder is copied
 * into the site; its tests live here so that the test file is not published with it.
 */
import assert from "node:assert/strict";
import { test } from "node:test";

import { install, isEditable, isSingleKeyShortcut } from "../../../overrides/assets/javascripts/single-keys.js";

const body = { tagName: "BODY" };
const radio = { tagName: "INPUT", type: "radio" };
const checkbox = { tagName: "INPUT", type: "checkbox" };
const button = { tagName: "BUTTON" };
const link = { tagName: "A" };
const textBox = { tagName: "INPUT", type: "text" };
const untyped = { tagName: "INPUT" };
const area = { tagName: "TEXTAREA" };
const editable = { tagName: "DIV", isContentEditable: true };

const key = (k, target, more = {}) => ({ key: k, target, ctrlKey: false, metaKey: false, altKey: false, ...more });

test("Material's page and search keys are stopped wherever focus is not in a text field", () => {
  for (const target of [body, radio, checkbox, button, link]) {
    for (const k of ["n", "p", ".", ",", "f", "s", "/", "N", "?", "j"]) {
      assert.equal(isSingleKeyShortcut(key(k, target)), true, `${k} on ${target.tagName} ${target.type || ""}`);
    }
  }
});

test("typing in a text field, and keys with modifiers, are left alone", () => {
  for (const target of [textBox, untyped, area, editable, { tagName: "SELECT" }]) {
    assert.equal(isSingleKeyShortcut(key("n", target)), false, target.tagName);
  }
  assert.equal(isSingleKeyShortcut(key("p", body, { ctrlKey: true })), false, "Ctrl+P prints");
  assert.equal(isSingleKeyShortcut(key("f", body, { metaKey: true })), false);
  assert.equal(isSingleKeyShortcut(key("n", body, { altKey: true })), false);
});

test("named keys (Tab, Enter, arrows, Space, Escape) are never stopped", () => {
  for (const k of ["Tab", "Enter", "ArrowDown", "ArrowRight", " ", "Escape", "Backspace", "F6"]) {
    assert.equal(isSingleKeyShortcut(key(k, radio)), false, k);
  }
});

test("what counts as editable", () => {
  assert.equal(isEditable(textBox), true);
  assert.equal(isEditable({ tagName: "input", type: "Number" }), true);
  assert.equal(isEditable(radio), false);
  assert.equal(isEditable({ tagName: "INPUT", type: "submit" }), false);
  assert.equal(isEditable(null), false);
});

test("the installed listener stops propagation only for shortcuts, and can be removed", () => {
  const listeners = [];
  const doc = {
    addEventListener: (type, fn) => { assert.equal(type, "keydown"); listeners.push(fn); },
    removeEventListener: (type, fn) => { listeners.splice(listeners.indexOf(fn), 1); },
  };
  const remove = install(doc);
  const fire = (event) => {
    let stopped = false;
    listeners.forEach((fn) => fn({ ...event, stopPropagation() { stopped = true; }, preventDefault() { throw new Error("the key's own action must still happen"); } }));
    return stopped;
  };
  assert.equal(fire(key("n", radio)), true);
  assert.equal(fire(key("n", textBox)), false);
  assert.equal(fire(key("Enter", button)), false);
  remove();
  assert.equal(listeners.length, 0);
});
