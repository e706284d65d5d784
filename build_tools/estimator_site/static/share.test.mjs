import assert from "node:assert/strict";
import { test } from "node:test";

import {
  MAX_FRAGMENT, PREFIX, ShareError, decodeShare, encodeShare, isShareFragment, peekShare, schemaFromQuestions,
} from "./share.js";

const SCHEMA = schemaFromQuestions("person", [
  { id: "who", type: "choice", values: ["self", "other"] },
  { id: "age", type: "number" },
  { id: "savings", type: "money" },
  { id: "couple", type: "yesno", values: ["yes", "no"] },
  { id: "home_occupants", type: "checkboxes", values: ["partner", "relative_60", "none"] },
]);
const ANSWERS = { who: "other", age: "84", savings: "60,000", couple: "no", home_occupants: ["partner", "relative_60"] };

async function pack(object) {
  const bytes = new TextEncoder().encode(typeof object === "string" ? object : JSON.stringify(object));
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  return PREFIX + Buffer.from(packed).toString("base64url");
}

async function refused(fragment, pattern) {
  await assert.rejects(decodeShare(fragment, SCHEMA), (error) => {
    assert.ok(error instanceof ShareError, `expected a ShareError, got ${error}`);
    assert.match(error.message, pattern);
    return true;
  });
}

test("answers round-trip through the fragment", async () => {
  const fragment = await encodeShare("person", ANSWERS, "2026-11-23");
  assert.ok(fragment.startsWith("answers-v1."));
  assert.match(fragment, /^[A-Za-z0-9._-]+$/, "the fragment needs no escaping in a URL");
  const back = await decodeShare(`#${fragment}`, SCHEMA);
  assert.deepEqual(back, { flow: "person", answers: ANSWERS, on: "2026-11-23" });
});

test("a link without a date opens with on = null", async () => {
  const back = await decodeShare(await encodeShare("person", { age: "70" }), SCHEMA);
  assert.equal(back.on, null);
});

test("compression keeps a full set of answers short", async () => {
  const many = {};
  for (let i = 0; i < 40; i += 1) many[`q${i}_help`] = "daily";
  const schema = { person: Object.fromEntries(Object.keys(many).map((id) => [id, { type: "choice", values: ["daily"] }])) };
  const fragment = await encodeShare("person", many);
  assert.ok(fragment.length < JSON.stringify(many).length / 2, fragment.length);
  assert.deepEqual((await decodeShare(fragment, schema)).answers, many);
});

test("isShareFragment recognises only its own prefix", () => {
  assert.equal(isShareFragment("#answers-v1.abc"), true);
  assert.equal(isShareFragment("answers-v1.abc"), true);
  assert.equal(isShareFragment("#step-start"), false);
  assert.equal(isShareFragment(""), false);
});

test("an unknown question is refused", async () => {
  await refused(await pack({ v: 1, f: "person", a: { age: "70", shoe_size: "9" } }), /does not ask/);
});

test("__proto__ and constructor keys are refused, not merged", async () => {
  await refused(await pack('{"v":1,"f":"person","a":{"__proto__":{"polluted":"yes"}}}'), /does not ask/);
  await refused(await pack({ v: 1, f: "person", a: { constructor: "x" } }), /does not ask/);
  assert.equal({}.polluted, undefined);
});

test("an unknown flow is refused", async () => {
  await refused(await pack({ v: 1, f: "toString", a: {} }), /does not have/);
  await refused(await pack({ v: 1, f: "carer", a: {} }), /does not have/);
});

test("another version is refused with a message saying so", async () => {
  await refused(await pack({ v: 2, f: "person", a: {} }), /different version/);
  await refused(await pack([1, 2]), /different version/);
});

test("extra top-level fields are refused", async () => {
  await refused(await pack({ v: 1, f: "person", a: {}, x: "<script>" }), /cannot read|can read/);
});

test("values a question cannot take are refused", async () => {
  await refused(await pack({ v: 1, f: "person", a: { who: "someone" } }), /"who"/);
  await refused(await pack({ v: 1, f: "person", a: { couple: ["yes"] } }), /"couple"/);
  await refused(await pack({ v: 1, f: "person", a: { home_occupants: ["partner", "partner"] } }), /"home_occupants"/);
  await refused(await pack({ v: 1, f: "person", a: { home_occupants: "partner" } }), /"home_occupants"/);
  await refused(await pack({ v: 1, f: "person", a: { age: 84 } }), /"age"/);
  await refused(await pack({ v: 1, f: "person", a: { age: "<img src=x onerror=alert(1)>" } }), /"age"/);
  await refused(await pack({ v: 1, f: "person", a: { savings: "9".repeat(200) } }), /"savings"/);
});

test("a bad date is refused", async () => {
  await refused(await pack({ v: 1, f: "person", a: {}, d: "tomorrow" }), /can read/);
});

test("text that is not JSON is refused and never evaluated", async () => {
  globalThis.shareEvaluated = false;
  await refused(await pack("globalThis.shareEvaluated = true"), /can read/);
  assert.equal(globalThis.shareEvaluated, false);
});

test("broken base64, broken deflate data and a foreign prefix are refused", async () => {
  await refused("#answers-v1.@@@", /can read/);
  await refused("#answers-v1.a", /can read/);
  await refused(`#answers-v1.${Buffer.from("not deflate at all").toString("base64url")}`, /can read/);
  await refused("#step-check", /can read/);
});

test("a fragment over the size cap is refused before decoding", async () => {
  await refused(`#${PREFIX}${"A".repeat(MAX_FRAGMENT)}`, /longer than any link/);
});

test("a small link that unpacks to a huge text (a zip bomb) is refused", async () => {
  const bomb = await pack(`{"v":1,"f":"person","a":{"age":"${" ".repeat(2_000_000)}"}}`);
  assert.ok(bomb.length < MAX_FRAGMENT, "the bomb itself fits in a link");
  await refused(bomb, /more than a set of answers/);
});

test("answers too long for a link give a message to save a file instead", async () => {
  const noise = {};
  let seed = 12345;
  for (let i = 0; i < 2000; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    noise[`q${i}`] = seed.toString(36);
  }
  await assert.rejects(encodeShare("person", noise), /Save them to a file/);
});

test("peekShare names the flow and date without the questions", async () => {
  const fragment = await encodeShare("carer", { age: "58" }, "2026-03-20");
  assert.deepEqual(await peekShare(fragment), { flow: "carer", on: "2026-03-20" });
  assert.deepEqual(await peekShare(`#${await encodeShare("person", {})}`), { flow: "person", on: null });
});

test("peekShare refuses what decodeShare refuses before the questions", async () => {
  await assert.rejects(peekShare("#answers-v1.@@@"), /can read/);
  await assert.rejects(peekShare(await pack({ v: 2, f: "person", a: {} })), /different version/);
  await assert.rejects(peekShare(await pack({ v: 1, f: ["person"], a: {} })), /can read/);
  await assert.rejects(peekShare(await pack({ v: 1, f: "person", a: [] })), /can read/);
});
