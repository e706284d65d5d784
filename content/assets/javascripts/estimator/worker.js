/*
 * The estimator engine in a module Web Worker: Pyodide (served by this site) runs the
 * same care_estimator wheel that the Python tests check. Nothing is fetched from any
 * other host, and nothing is fetched at all once the engine is ready.
 *
 * Messages in:  {type: "init", indexURL, wheelURL}
 *               {type: "estimate", id, payload (JSON string), on ("YYYY-MM-DD")}
 * Messages out: {type: "progress", stage}
 *               {type: "ready", timings}
 *               {type: "result", id, json}   (json is the engine's own string)
 *               {type: "failed", message}
 */
let ready = null;
let estimateJson = null;

function post(message) {
  self.postMessage(message);
}

async function start(indexURL, wheelURL) {
  const started = performance.now();
  post({ type: "progress", stage: "runtime" });
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  const pyodide = await loadPyodide({
    indexURL,
    stdout: () => {},
    stderr: () => {},
  });
  const runtimeReady = performance.now();
  post({ type: "progress", stage: "engine" });
  await pyodide.loadPackage(wheelURL, {
    messageCallback: () => {},
    errorCallback: () => {},
    checkIntegrity: false,
  });
  const engine = pyodide.pyimport("care_estimator");
  estimateJson = engine.estimate_json;
  const engineReady = performance.now();
  post({
    type: "ready",
    timings: {
      runtime_ms: runtimeReady - started,
      engine_ms: engineReady - runtimeReady,
      total_ms: engineReady - started,
    },
  });
}

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    if (!ready) {
      ready = start(message.indexURL, message.wheelURL).catch((error) => {
        post({ type: "failed", message: String(error && error.message ? error.message : error) });
        throw error;
      });
      ready.catch(() => {});
    }
    return;
  }
  if (message.type === "estimate") {
    if (!ready) {
      post({ type: "result", id: message.id, json: JSON.stringify({ errors: [{ field: "engine", message: "The engine was not started" }] }) });
      return;
    }
    ready
      .then(() => {
        const json = estimateJson(message.payload, message.on);
        post({ type: "result", id: message.id, json: String(json) });
      })
      .catch((error) => {
        post({ type: "result", id: message.id, json: JSON.stringify({ errors: [{ field: "engine", message: String(error) }] }) });
      });
  }
});
