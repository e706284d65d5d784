"""One Markdown page per flow holding the whole questionnaire as static HTML steps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from build_tools.estimator_site.journey import capital_limits
from build_tools.estimator_site.links import Link
from build_tools.estimator_site.rule_dates import rule_periods_attr
from build_tools.estimator_site.steps import flow_view
from build_tools.rendering import Renderer, raw_html_block

TEMPLATES = Path(__file__).parent / "templates"
SCRIPT = "assets/javascripts/estimator/flow.js"
# flow.js's imports, fetched with it rather than after it (the engine client first, so the
# worker starts sooner).
PRELOADED_MODULES = tuple(
    f"assets/javascripts/estimator/{name}.js"
    for name in ("engine-client", "answers", "cards", "errors", "journey", "keep", "messages",
                 "render", "results", "share", "shared_date", "storage", "summary", "validate",
                 "who", "wording")
)
PYODIDE_URI = "assets/pyodide/"


def renderer(project_root: Path | None = None) -> Renderer:
    """The estimator's templates (after the council's overrides, before the components)."""
    return Renderer([TEMPLATES], project_root)


def front_matter(title: str, *, pyodide: bool) -> str:
    """YAML front matter: the title, the CSP profile and a focused layout."""
    meta: dict[str, Any] = {"title": title}
    if pyodide:
        meta["csp"] = "pyodide"
    meta["hide"] = ["navigation", "toc"]
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"


def flow_markdown(
    questionnaire: dict[str, Any],
    identity: dict[str, Any],
    page: str,
    wheel_uri: str,
    advice: list[Link],
    directory: list[Link],
    snapshot_uri: str | None = None,
    project_root: Path | None = None,
    services: str = "",
) -> str:
    """The page for one flow; ``page`` is its docs source (``estimator/index.md``).

    ``snapshot_uri`` is the engine's start-up snapshot, when the build made one.
    """
    view = flow_view(questionnaire, identity, wheel=wheel_uri, snapshot=snapshot_uri,
                     advice=advice, directory=directory, pyodide=PYODIDE_URI, script=SCRIPT,
                     preloads=PRELOADED_MODULES,
                     limits=capital_limits(project_root or Path.cwd()), services=services)
    html = renderer(project_root).render("estimator/flow.html", page=page, view=view,
                                         rule_periods=rule_periods_attr(project_root or Path.cwd()))
    return front_matter(questionnaire["title"], pyodide=True) + raw_html_block(html)
