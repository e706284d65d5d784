"""Build the estimator engine wheel from ``widgets/`` (cached by a hash of its sources)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

IGNORED_PARTS = {"build", "dist", "__pycache__", ".pytest_cache"}


class WheelBuildError(RuntimeError):
    """``python -m build`` failed; the message carries its output."""


def source_files(widgets_dir: Path) -> list[Path]:
    """The files that go into the wheel, sorted (build output and caches left out)."""
    files = []
    for path in sorted(widgets_dir.rglob("*")):
        parts = set(path.relative_to(widgets_dir).parts)
        if path.is_file() and not parts & IGNORED_PARTS and not any(
            part.endswith(".egg-info") for part in parts
        ):
            files.append(path)
    return files


def source_hash(widgets_dir: Path) -> str:
    """A short hash of every source file's path and bytes."""
    digest = hashlib.sha256()
    for path in source_files(widgets_dir):
        digest.update(path.relative_to(widgets_dir).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def build_wheel(widgets_dir: Path, cache_dir: Path) -> Path:
    """The wheel for the current sources, built once per source hash into ``cache_dir``.

    The sources are copied to a temporary folder first, so building never writes
    ``build/`` or ``*.egg-info`` into the working tree.
    """
    target = cache_dir / source_hash(widgets_dir)
    existing = sorted(target.glob("*.whl"))
    if existing:
        return existing[0]
    with tempfile.TemporaryDirectory(prefix="fs-wheel-") as temp:
        copy = Path(temp) / "widgets"
        for path in source_files(widgets_dir):
            destination = copy / path.relative_to(widgets_dir)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)
        out = Path(temp) / "out"
        result = subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
             str(copy)],
            capture_output=True, text=True, check=False,
        )
        wheels = sorted(out.glob("*.whl"))
        if result.returncode != 0 or not wheels:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
            raise WheelBuildError(tail or "no wheel was produced")
        target.mkdir(parents=True, exist_ok=True)
        final = target / wheels[0].name
        shutil.copy2(wheels[0], final)
        return final
