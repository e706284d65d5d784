"""The files of the pinned npm ``pyodide`` package that the site serves itself."""

from __future__ import annotations

from pathlib import Path

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)


def pyodide_dir(project_root: Path) -> Path:
    """Where ``npm ci`` put the package."""
    return project_root / "node_modules" / "pyodide"


def missing_files(project_root: Path) -> list[str]:
    """Names of the Pyodide files that are not there (empty when all are)."""
    folder = pyodide_dir(project_root)
    return [name for name in PYODIDE_FILES if not (folder / name).is_file()]
