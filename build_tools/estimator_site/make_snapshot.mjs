/*
 * Make a Pyodide memory snapshot with the estimator engine already imported and its
 * rules loaded, so the browser can skip Python's start-up.
 *
 *   node make_snapshot.mjs <pyodide dir> <engine wheel> <output file>
 *
 * The wheel is unpacked (not installed with loadPackage, which leaves JavaScript
 * objects behind that a snapshot cannot hold). The output is the raw snapshot.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheelPath, outPath] = process.argv.slice(2);
if (!pyodideDir || !wheelPath || !outPath) {
  console.error("usage: node make_snapshot.mjs <pyodide dir> <engine wheel> <output file>");
  process.exit(2);
}
try {
  const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({
    indexURL: pyodideDir + path.sep,
    _makeSnapshot: true,
    stdout: () => {},
    stderr: (line) => console.error(line),
  });
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(new Uint8Array(fs.readFileSync(wheelPath)), "wheel", {
    extractDir: sitePackages,
  });
  pyodide.runPython(
    "import importlib; importlib.invalidate_caches()\n"
    + "import care_estimator, care_estimator.rules_loader\n"
    + "care_estimator.rules_loader.rules_tree()\n",
  );
  fs.writeFileSync(outPath, pyodide.makeMemorySnapshot());
} catch (error) {
  console.error(String(error && error.stack ? error.stack : error).slice(0, 2000));
  process.exit(1);
}
