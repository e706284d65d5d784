"""Build the real site with MkDocs (as a subprocess, exactly as `make site` does)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MKDOCS = [sys.executable, "-m", "mkdocs"]


def build_site(
    site_dir: Path,
    *,
    config: Path | None = None,
    env: dict[str, str] | None = None,
    strict: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build`` into ``site_dir``; returns the finished process (never raises)."""
    command = [*MKDOCS, "build", "--config-file", str(config or ROOT / "mkdocs.yml"),
               "--site-dir", str(site_dir)]
    if strict:
        command.append("--strict")
    return subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def html_pages(site_dir: Path) -> list[Path]:
    """Every HTML page of a built site, in a stable order."""
    return sorted(site_dir.rglob("*.html"))


def page_path(site_dir: Path, html: Path) -> str:
    """The URL path of a built page, relative to the site root (``''`` for the home page)."""
    relative = html.relative_to(site_dir).as_posix()
    if relative.endswith("index.html"):
        return relative[: -len("index.html")]
    return relative
