/*
 * "Share with an adviser": the answers packed into a link's fragment (#answers-v1.…).
 *
 * The fragment is never sent to a server. Answers are JSON, compressed with the
 * browser's CompressionStream ("deflate-raw") and written as base64url. Opening a link
 * decodes it with a size cap at every stage, parses it with JSON.parse only (never
 * eval), and refuses unknown flows, unknown questions and values the question cannot
 * take. No DOM here: the page passes in the fragment and a schema of its questions.
 */

export const VERSION = "v1";
export const PREFIX = `answers-${VERSION}.`;
/* Longest fragment accepted (characters) and largest unpacked JSON (bytes). */
export const MAX_FRAGMENT = 8000;
export const MAX_JSON_BYTES = 65536;
/* Longest text answer kept (an amount or an age is far shorter). */
export const MAX_TEXT = 40;

export class ShareError extends Error {
  constructor(message) {
    super(message);
    this.name = "ShareError";
  }
}

const BROKEN = "This link does not contain answers we can read. Ask the person who sent it for a new link.";

function toBase64url(bytes) {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new ShareError(BROKEN);
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  let binary;
  try {
    binary = atob(padded);
  } catch (error) {
    throw new ShareError(BROKEN);
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream, limit) {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    let step;
    try {
      step = await reader.read();
    } catch (error) {
      throw new ShareError(BROKEN);
    }
    if (step.done) break;
    size += step.value.length;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw new ShareError("This link holds more than a set of answers could. It has not been opened.");
    }
    parts.push(step.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  parts.forEach((part) => { out.set(part, at); at += part.length; });
  return out;
}

/* The fragment (without "#") for a flow's answers, and an optional estimate date. */
export async function encodeShare(flow, answers, on) {
  const data = { v: 1, f: flow, a: answers };
  if (on) data.d = on;
  const json = new TextEncoder().encode(JSON.stringify(data));
  const packed = await pipe(json, new CompressionStream("deflate-raw"), Number.MAX_SAFE_INTEGER);
  const fragment = PREFIX + toBase64url(packed);
  if (fragment.length > MAX_FRAGMENT) {
    throw new ShareError("These answers are too long to put in a link. Save them to a file instead.");
  }
  return fragment;
}

/* True when a location.hash (with or without "#") looks like a share link. */
export function isShareFragment(hash) {
  return String(hash || "").replace(/^#/, "").startsWith(PREFIX);
}

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/* The cleaned value of one answer, or a ShareError. */
function checkValue(id, spec, value) {
  const refuse = () => new ShareError(`The answer to "${id}" in this link is not one we can use.`);
  if (spec.type === "checkboxes") {
    if (!Array.isArray(value) || value.length > (spec.values || []).length) throw refuse();
    if (!value.every((item) => typeof item === "string" && spec.values.includes(item))) throw refuse();
    if (new Set(value).size !== value.length) throw refuse();
    return [...value];
  }
  if (spec.type === "choice" || spec.type === "yesno") {
    if (typeof value !== "string" || !(spec.values || []).includes(value)) throw refuse();
    return value;
  }
  if (typeof value !== "string" || value.length > MAX_TEXT || !/^[0-9A-Za-z£.,\s-]*$/.test(value)) {
    throw refuse();
  }
  return value;
}

/*
 * Check decoded data against the page's questions.
 * schema: {flowName: {questionId: {type, values?: [allowed option values]}}}.
 */
export function validateShare(data, schema) {
  if (!isPlainObject(data) || data.v !== 1) {
    throw new ShareError("This link was made by a different version of the estimator and cannot be opened here.");
  }
  const allowed = new Set(["v", "f", "a", "d"]);
  if (Object.keys(data).some((key) => !allowed.has(key))) throw new ShareError(BROKEN);
  if (typeof data.f !== "string" || !own(schema, data.f)) {
    throw new ShareError("This link is for an estimator this site does not have.");
  }
  if (data.d !== undefined && (typeof data.d !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(data.d))) {
    throw new ShareError(BROKEN);
  }
  if (!isPlainObject(data.a)) throw new ShareError(BROKEN);
  const questions = schema[data.f];
  const answers = {};
  for (const [id, value] of Object.entries(data.a)) {
    if (!own(questions, id)) {
      throw new ShareError("This link has an answer to a question this estimator does not ask. It may be from an older version.");
    }
    answers[id] = checkValue(id, questions[id], value);
  }
  return { flow: data.f, answers, on: data.d || null };
}

/* The data inside a fragment (with or without "#"), unchecked but for its size. */
async function unpack(hash) {
  const text = String(hash || "").replace(/^#/, "");
  if (!text.startsWith(PREFIX)) throw new ShareError(BROKEN);
  if (text.length > MAX_FRAGMENT) {
    throw new ShareError("This link is longer than any link the estimator makes. It has not been opened.");
  }
  const packed = fromBase64url(text.slice(PREFIX.length));
  const json = await pipe(packed, new DecompressionStream("deflate-raw"), MAX_JSON_BYTES);
  let data;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch (error) {
    throw new ShareError(BROKEN);
  }
  return data;
}

/* Decode a fragment (with or without "#") into {flow, answers, on}; throws ShareError. */
export async function decodeShare(hash, schema) {
  return validateShare(await unpack(hash), schema);
}

/*
 * Which estimator a fragment is for, and its date, without the questions at hand (the
 * contact-centre page uses it to open the right estimator page; that page then checks
 * every answer). Returns {flow, on}; throws ShareError.
 */
export async function peekShare(hash) {
  const data = await unpack(hash);
  if (!isPlainObject(data) || data.v !== 1) {
    throw new ShareError("This link was made by a different version of the estimator and cannot be opened here.");
  }
  if (typeof data.f !== "string" || !isPlainObject(data.a)) throw new ShareError(BROKEN);
  return { flow: data.f, on: typeof data.d === "string" ? data.d : null };
}

/* The schema decodeShare needs, from the page's question groups' data (no DOM here). */
export function schemaFromQuestions(flow, questions) {
  const spec = {};
  questions.forEach((question) => {
    spec[question.id] = { type: question.type, values: question.values || [] };
  });
  return { [flow]: spec };
}
