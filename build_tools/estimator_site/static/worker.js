/*
 * The estimator engine in a module Web Worker: Pyodide (served by this site) runs the
 * same care_estimator wheel that the Python tests check. Nothing is fetched from any
 * other host, and nothing is fetched at all once the engine is ready.
 *
 * Fast path: restore a memory snapshot made at build time (Python started, engine
 * imported, rules loaded), then unpack the wheel so its files exist too. If there is no
 * snapshot, or restoring it fails, start Python and load the wheel the ordinary way.
 *
 * Messages in:  {type: "init", indexURL, wheelURL, snapshotURL (optional)}
 *               {type: "estimate", id, payload (JSON string), on ("YYYY-MM-DD")}
 * Messages out: {type: "progress", stage}
 *               {type: "ready", timings}   (timings.path is "snapshot" or "full")
 *               {type: "result", id, json}   (json is the engine's own string)
 *               {type: "failed", message}
 */
let ready = null;
let estimateJson = null;

function post(message) {
  self.postMessage(message);
}

const QUIET = { stdout: () => {}, stderr: () => {} };
const marks = {};

function mark(name) {
  marks[name] = performance.now();
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return response;
}

/* The snapshot is stored gzipped (most of it is zeros), whatever the server does. */
async function snapshotBytes(url) {
  const response = await fetchBytes(url);
  const plain = response.body.pipeThrough(new DecompressionStream("gzip"));
  const bytes = new Uint8Array(await new Response(plain).arrayBuffer());
  mark("snapshotFetched");
  return bytes;
}

/*
 * The restored engine is already imported with its rules loaded; the wheel's files are
 * put in place after "ready" (before any estimate runs) so that the file system matches.
 */
async function fromSnapshot(loadPyodide, indexURL, wheelURL, snapshotURL) {
  const wheel = fetchBytes(wheelURL).then((response) => response.arrayBuffer());
  wheel.catch(() => {});
  const pyodide = await loadPyodide({
    indexURL, ...QUIET, _loadSnapshot: snapshotBytes(snapshotURL),
  });
  mark("runtime");
  const bytes = await wheel;
  const unpackWheel = () => {
    const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
    pyodide.unpackArchive(bytes, "wheel", { extractDir: sitePackages });
  };
  return { pyodide, unpackWheel };
}

async function fromScratch(loadPyodide, indexURL, wheelURL) {
  const pyodide = await loadPyodide({ indexURL, ...QUIET });
  mark("runtime");
  post({ type: "progress", stage: "engine" });
  await pyodide.loadPackage(wheelURL, {
    messageCallback: () => {},
    errorCallback: () => {},
    checkIntegrity: false,
  });
  return { pyodide, unpackWheel: () => {} };
}

async function start(indexURL, wheelURL, snapshotURL) {
  mark("started");
  post({ type: "progress", stage: "runtime" });
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  let loaded = null;
  let path = "full";
  let snapshotError = null;
  if (snapshotURL) {
    try {
      loaded = await fromSnapshot(loadPyodide, indexURL, wheelURL, snapshotURL);
      estimateJson = loaded.pyodide.pyimport("care_estimator").estimate_json;
      path = "snapshot";
    } catch (error) {
      loaded = null;
      snapshotError = String(error && error.message ? error.message : error);
    }
  }
  if (!loaded) {
    loaded = await fromScratch(loadPyodide, indexURL, wheelURL);
    estimateJson = loaded.pyodide.pyimport("care_estimator").estimate_json;
  }
  mark("ready");
  const since = (name) => (name in marks ? marks[name] - marks.started : null);
  post({
    type: "ready",
    timings: {
      path,
      snapshot_error: snapshotError,
      worker_started_ms: marks.started,
      snapshot_fetched_ms: since("snapshotFetched"),
      runtime_ms: since("runtime"),
      engine_ms: marks.ready - marks.runtime,
      total_ms: since("ready"),
    },
  });
  try {
    loaded.unpackWheel();
  } catch (error) {
    /* The engine is imported and works without its files; nothing to tell the page. */
  }
}

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    if (!ready) {
      ready = start(message.indexURL, message.wheelURL, message.snapshotURL).catch((error) => {
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
