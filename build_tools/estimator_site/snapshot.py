"""A Pyodide memory snapshot with the engine imported, made at build time with Node.

The browser restores it instead of starting Python and importing the engine, which is
most of the start-up time. It is optional: without Node, or if making it fails, the
site is built without it and the worker starts Python the ordinary way.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

SCRIPT = Path(__file__).with_name("make_snapshot.mjs")
FILE_NAME = "engine.snapshot.gz"
TIMEOUT_S = 300

log = logging.getLogger(__name__)


def snapshot_key(pyodide_dir: Path, wheel: Path) -> str:
    """A short hash of what the snapshot depends on: Pyodide, the wheel and the script."""
    digest = hashlib.sha256()
    for path in (pyodide_dir / "package.json", pyodide_dir / "pyodide.asm.wasm", wheel, SCRIPT):
        digest.update(path.name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def build_snapshot(pyodide_dir: Path, wheel: Path, cache_dir: Path) -> Path | None:
    """The gzipped snapshot for this Pyodide and wheel (cached), or None if it cannot be made."""
    node = shutil.which("node")
    if node is None:
        log.info("estimator: no `node` on PATH, so no start-up snapshot (the site still works)")
        return None
    target = cache_dir / snapshot_key(pyodide_dir, wheel) / FILE_NAME
    if target.is_file():
        return target
    with tempfile.TemporaryDirectory(prefix="fs-snapshot-") as temp:
        raw = Path(temp) / "engine.snapshot"
        try:
            result = subprocess.run(
                [node, str(SCRIPT), str(pyodide_dir), str(wheel), str(raw)],
                capture_output=True, text=True, check=False, timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            log.warning("estimator: making the start-up snapshot timed out; built without it")
            return None
        if result.returncode != 0 or not raw.is_file():
            tail = "\n".join(result.stderr.strip().splitlines()[-5:])[-1000:]
            log.warning("estimator: could not make the start-up snapshot; built without it: %s",
                        tail)
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_bytes(gzip.compress(raw.read_bytes(), compresslevel=9, mtime=0))
        partial.replace(target)
    return target
