import assert from "node:assert/strict";
import { test } from "node:test";

import { DEVICE_PREFIX, TAB_PREFIX, createKeeper, guardLeaving, shouldAskBeforeLeaving } from "./keep.js";

/* A Storage look-alike over a Map. */
function memory(entries = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key) => (map.has(key) ? map.get(key) : null),
    setItem: (key, value) => { map.set(key, String(value)); },
    removeItem: (key) => { map.delete(key); },
    key: (i) => Array.from(map.keys())[i] ?? null,
    get length() { return map.size; },
  };
}

const broken = {
  getItem() { throw new Error("SecurityError"); },
  setItem() { throw new Error("QuotaExceededError"); },
  removeItem() { throw new Error("SecurityError"); },
  key() { throw new Error("SecurityError"); },
  get length() { throw new Error("SecurityError"); },
};

const today = () => "2026-11-23";

test("every answer is kept in the tab and restored after a reload", () => {
  const tab = memory();
  const device = memory();
  const keeper = createKeeper({ flow: "person", tab, device, today });
  keeper.save({ age: "78" }, "about-you");
  keeper.save({ age: "78", couple: "no" }, "where-you-live");
  const again = createKeeper({ flow: "person", tab, device, today });
  assert.deepEqual(again.restore(), {
    from: "tab", answers: { age: "78", couple: "no" }, step: "where-you-live", saved: "2026-11-23",
  });
  assert.equal(device.length, 0, "nothing is kept on the device unless the person chooses");
});

test("the flows are kept apart", () => {
  const tab = memory();
  createKeeper({ flow: "person", tab, device: null, today }).save({ age: "78" }, "about-you");
  assert.equal(createKeeper({ flow: "carer", tab, device: null, today }).restore(), null);
});

test("Remember on this device keeps answers after the tab closes, and unticking forgets them", () => {
  const device = memory();
  const keeper = createKeeper({ flow: "person", tab: memory(), device, today });
  assert.equal(keeper.remembered(), false);
  assert.equal(keeper.setRemember(true, { age: "70" }, "about-you"), true);
  keeper.save({ age: "71" }, "setting");
  const newTab = createKeeper({ flow: "person", tab: memory(), device, today });
  assert.equal(newTab.remembered(), true);
  assert.deepEqual(newTab.restore().answers, { age: "71" });
  assert.equal(newTab.restore().from, "device");
  newTab.setRemember(false);
  assert.equal(device.length, 0);
  assert.equal(createKeeper({ flow: "person", tab: memory(), device, today }).restore(), null);
});

test("Start again clears the tab and the device, for every flow, and leaves other keys alone", () => {
  const tab = memory();
  const device = memory({ [`${DEVICE_PREFIX}carer`]: "{}", "another-site-key": "keep me" });
  const keeper = createKeeper({ flow: "person", tab, device, today });
  keeper.setRemember(true, { age: "70" });
  keeper.save({ age: "70" }, "about-you");
  keeper.clear();
  assert.equal(keeper.restore(), null);
  assert.equal(tab.getItem(`${TAB_PREFIX}person`), null);
  assert.deepEqual(Array.from(device.map.keys()), ["another-site-key"]);
});

test("damaged or foreign stored data is ignored, not restored", () => {
  const tab = memory({ [`${TAB_PREFIX}person`]: "{not json" });
  const device = memory({ [`${DEVICE_PREFIX}person`]: JSON.stringify({ format: "other", flow: "person", answers: {} }) });
  const keeper = createKeeper({ flow: "person", tab, device, today });
  assert.equal(keeper.restore(), null);
  assert.equal(keeper.remembered(), false);
  tab.setItem(`${TAB_PREFIX}person`, JSON.stringify({ flow: "person", answers: ["a"] }));
  assert.equal(keeper.restore(), null);
});

test("a browser that blocks storage never throws", () => {
  const keeper = createKeeper({ flow: "person", tab: broken, device: broken, today });
  keeper.save({ age: "70" }, "about-you");
  assert.equal(keeper.restore(), null);
  assert.equal(keeper.setRemember(true, {}), false);
  keeper.clear();
  const none = createKeeper({ flow: "person", tab: null, device: null, today });
  none.save({ age: "70" });
  assert.equal(none.restore(), null);
  assert.equal(none.setRemember(true, {}), false);
});

test("leaving asks first only mid-way with answers given", () => {
  assert.equal(shouldAskBeforeLeaving("start", { age: "70" }), false);
  assert.equal(shouldAskBeforeLeaving("results", { age: "70" }), false);
  assert.equal(shouldAskBeforeLeaving("about-you", {}), false);
  assert.equal(shouldAskBeforeLeaving("about-you", { age: "70" }), true);
  assert.equal(shouldAskBeforeLeaving("check", { age: "70" }), true);
});

test("the beforeunload guard cancels only when mid-way, and can be removed", () => {
  const listeners = new Set();
  const win = {
    addEventListener: (type, fn) => { assert.equal(type, "beforeunload"); listeners.add(fn); },
    removeEventListener: (type, fn) => { listeners.delete(fn); },
  };
  let state = { step: "start", answers: {} };
  const remove = guardLeaving(win, () => state);
  const fire = () => {
    const event = { defaultPrevented: false, returnValue: undefined, preventDefault() { this.defaultPrevented = true; } };
    listeners.forEach((fn) => fn(event));
    return event;
  };
  assert.equal(fire().defaultPrevented, false);
  state = { step: "savings", answers: { age: "70" } };
  const event = fire();
  assert.equal(event.defaultPrevented, true);
  assert.equal(event.returnValue, "");
  remove();
  assert.equal(listeners.size, 0);
});
