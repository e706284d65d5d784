import assert from "node:assert/strict";
import { test } from "node:test";

import { clearList, loadList, saveList, servicesFromUrls, STORAGE_KEY } from "./saved_list.js";

function memoryStorage() {
  const items = new Map();
  return {
    getItem: (k) => (items.has(k) ? items.get(k) : null),
    setItem: (k, v) => items.set(k, String(v)),
    removeItem: (k) => items.delete(k),
    items,
  };
}

const refusing = {
  getItem() { throw new Error("SecurityError"); },
  setItem() { throw new Error("QuotaExceededError"); },
  removeItem() { throw new Error("SecurityError"); },
};

test("a saved list comes back", () => {
  const storage = memoryStorage();
  const list = { urls: ["services/lunch-club/", "services/memory-cafe/"], note: "Call Tuesday", date: "2026-11-26" };
  assert.equal(saveList(storage, list), true);
  assert.deepEqual(loadList(storage), list);
});

test("nothing saved, or something broken, is an empty list", () => {
  assert.deepEqual(loadList(memoryStorage()), { urls: [], note: "", date: "" });
  const storage = memoryStorage();
  storage.setItem(STORAGE_KEY, "{not json");
  assert.deepEqual(loadList(storage).urls, []);
  storage.setItem(STORAGE_KEY, JSON.stringify({ urls: ["a/", 3, "a/"], note: 7, date: "soon" }));
  assert.deepEqual(loadList(storage), { urls: ["a/"], note: "", date: "" });
  assert.deepEqual(loadList(null).urls, []);
});

test("storage switched off or full never throws", () => {
  assert.deepEqual(loadList(refusing).urls, []);
  assert.equal(saveList(refusing, { urls: ["a/"], note: "" }), false);
  assert.equal(clearList(refusing), false);
});

test("an empty list is removed, and Clear list forgets it", () => {
  const storage = memoryStorage();
  saveList(storage, { urls: ["a/"], note: "" });
  saveList(storage, { urls: [], note: "" });
  assert.equal(storage.items.has(STORAGE_KEY), false);
  saveList(storage, { urls: ["a/"], note: "" });
  clearList(storage);
  assert.equal(storage.items.has(STORAGE_KEY), false);
});

test("saved addresses become services again, unknown ones dropped", () => {
  const services = [{ url: "a/", name: "A" }, { url: "b/", name: "B" }];
  assert.deepEqual(servicesFromUrls(services, ["b/", "gone/", "a/"]).map((s) => s.name), ["B", "A"]);
});
