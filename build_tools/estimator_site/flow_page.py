"""One Markdown page per flow holding the whole questionnaire as static HTML steps."""

from __future__ import annotations

from typing import Any

import yaml

from build_tools.estimator_site import steps
from build_tools.estimator_site.html import attrs, esc
from build_tools.estimator_site.links import Link

SCRIPT = "assets/javascripts/estimator/flow.js"
# flow.js's imports, fetched with it rather than after it (the engine client first, so the
# worker starts sooner).
PRELOADED_MODULES = tuple(
    f"assets/javascripts/estimator/{name}.js"
    for name in ("engine-client", "answers", "errors", "results", "storage", "summary",
                 "validate")
)
PYODIDE_URI = "assets/pyodide/"


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
    root: str,
    wheel_uri: str,
    advice: list[Link],
    directory: list[Link],
    snapshot_uri: str | None = None,
) -> str:
    """The page for one flow; ``root`` is the relative path from the page to the site root.

    ``snapshot_uri`` is the engine's start-up snapshot, when the build made one.
    """
    flow = questionnaire["flow"]
    parts = [steps.start_step(questionnaire, identity, root)]
    parts += [steps.question_step(page) for page in questionnaire["pages"]]
    parts.append(steps.check_step(questionnaire))
    parts.append(steps.results_step(identity, root, advice, directory))
    root_attrs = attrs(
        class_="fs-est",
        id="fs-est",
        data_flow=flow,
        data_title=questionnaire["title"],
        data_pyodide=root + PYODIDE_URI,
        data_wheel=root + wheel_uri,
        data_snapshot=root + snapshot_uri if snapshot_uri else None,
    )
    preloads = "".join(f'<link rel="modulepreload" href="{esc(root + uri)}">'
                       for uri in PRELOADED_MODULES)
    body = (
        f"<div{root_attrs}>"
        + preloads
        + '<noscript><div class="fs-est-fallback">'
        + steps.fallback_message(identity, root, "This estimator needs JavaScript")
        + "</div></noscript>"
        '<div class="fs-est-fallback" data-no-engine hidden>'
        + steps.fallback_message(identity, root, "This estimator cannot run in this browser")
        + "</div>"
        '<p class="fs-visually-hidden" role="status" aria-live="polite" data-status></p>'
        '<form class="fs-est-form" novalidate data-form>'
        + "".join(parts)
        + "</form>"
        f'<script type="module" src="{esc(root + SCRIPT)}"></script>'
        "</div>"
    )
    return front_matter(questionnaire["title"], pyodide=True) + body + "\n"
