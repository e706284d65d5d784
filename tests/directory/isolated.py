"""Build a small real MkDocs site with only the identity and directory features (named
in the plugin's ``features:`` option).

Other features (estimator, advice checks) need the whole project; these tests exercise
the directory through the real MkDocs plugin without depending on them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ["build_tools.identity:FEATURE", "build_tools.directory.feature:FEATURE"]
PLUGIN = "plugins:\n  - firststop:\n      features: {features}\n"
CONFIG = """site_name: Directory test
docs_dir: content
use_directory_urls: true
theme:
  name: material
  custom_dir: {overrides}
  font: false
  palette:
    scheme: default
    primary: custom
    accent: custom
extra:
  generator: false
extra_css: {extra_css}
{plugins}markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - toc
nav:
  - Home: index.md
  - Services: services/index.md
"""
ADVICE = """---
title: Help at home
services: [help-at-home, meals]
---

# Help at home

Some advice.
"""


def extra_css() -> list[str]:
    """The real site's stylesheets (the theme partials rely on them)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    start = text.index("extra_css:")
    items = re.findall(r"^  - (\S+)$", text[start:].split("\n\n", 1)[0], flags=re.M)
    return [*dict.fromkeys([*items, "assets/stylesheets/directory.css"])]


def config(css: list[str], features: list[str] | None = FEATURES) -> str:
    """mkdocs.yml for a test project: the firststop plugin with ``features`` (none: no
    plugin, plain MkDocs)."""
    plugins = (PLUGIN.format(features=json.dumps(features)) if features is not None
               else "plugins: []\n")
    return CONFIG.format(overrides=ROOT / "overrides", extra_css=json.dumps(css),
                         plugins=plugins)


def make_project(base: Path, advice: str = ADVICE) -> Path:
    """A throwaway project folder: council.yaml, mkdocs.yml and two content pages."""
    project = base / "project"
    (project / "content").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "council.yaml", project / "council.yaml")
    (project / "mkdocs.yml").write_text(config(extra_css()))
    (project / "content" / "index.md").write_text("# Home\n\nWelcome.\n")
    (project / "content" / "help-at-home.md").write_text(advice)
    shutil.copytree(ROOT / "content" / "assets", project / "content" / "assets",
                    dirs_exist_ok=True)
    # Stylesheets that features keep in their own folders (the header's search form …).
    for css in (ROOT / "build_tools").glob("*/assets/*.css"):
        shutil.copy(css, project / "content" / "assets" / "stylesheets" / css.name)
    return project


def build(project: Path, site_dir: Path, records: Path | None = None,
          today: str = "2026-11-23", strict: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build`` for ``project`` with ``FIRSTSTOP_DIRECTORY=records``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FIRSTSTOP_TODAY": today,
           "PYTHONPATH": str(ROOT)}
    env["FIRSTSTOP_DIRECTORY"] = str(records or ROOT / "services_directory")
    args = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"),
            "-d", str(site_dir)]
    if strict:
        args.append("--strict")
    return subprocess.run(args, cwd=project, env=env, capture_output=True, text=True,
                          check=False)
