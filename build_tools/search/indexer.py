"""Run Pagefind (from node_modules) over the finished site; errors are never swallowed."""

from __future__ import annotations

import subprocess
from pathlib import Path

#: Only the element marked ``data-pagefind-body`` (the page's article element) is indexed.
FLAGS = ("--quiet",)


class SearchIndexError(RuntimeError):
    """Pagefind is missing or failed; the site has no search index."""


def pagefind_binary(project_root: Path) -> Path:
    """The Pagefind binary pinned in package.json."""
    return project_root / "node_modules" / ".bin" / "pagefind"


def run_pagefind(project_root: Path, site_dir: Path) -> None:
    """Index ``site_dir`` into ``site_dir/pagefind/``; raise SearchIndexError if it fails."""
    binary = pagefind_binary(project_root)
    if not binary.exists():
        raise SearchIndexError(f"{binary} is missing: run `npm ci` to install Pagefind")
    command = [str(binary), "--site", str(site_dir), *FLAGS]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchIndexError(f"could not run Pagefind: {error}") from error
    if result.returncode != 0:
        raise SearchIndexError(
            f"Pagefind failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}".strip()
        )
    if not (site_dir / "pagefind" / "pagefind.js").exists():
        raise SearchIndexError(f"Pagefind wrote no index into {site_dir / 'pagefind'}")
