/* The page's side of the engine worker: start it early, ask for estimates, report progress. */

export function startEngine({ indexURL, wheelURL, snapshotURL, onProgress }) {
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
    return null;
  }
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const pending = new Map();
  let nextId = 1;
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(() => {});
  const client = { ready, timings: null, isReady: false };
  worker.addEventListener("message", (event) => {
    const message = event.data || {};
    if (message.type === "progress" && onProgress) onProgress(message.stage);
    if (message.type === "ready") {
      client.isReady = true;
      client.timings = message.timings;
      client.readyAt = performance.now();
      resolveReady(message.timings);
    }
    if (message.type === "failed") rejectReady(new Error(message.message));
    if (message.type === "result" && pending.has(message.id)) {
      pending.get(message.id)(message.json);
      pending.delete(message.id);
    }
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    rejectReady(new Error("The calculator could not start"));
  });
  worker.postMessage({ type: "init", indexURL, wheelURL, snapshotURL });
  /* payload: {flow, answers}; resolves with the engine's JSON string. */
  client.estimate = (payload, on) => new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    worker.postMessage({ type: "estimate", id, payload: JSON.stringify(payload), on });
  });
  return client;
}
