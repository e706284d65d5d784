"""A printable paper version of both questionnaires, for use without JavaScript."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_tools.estimator_site.flow_page import front_matter, renderer
from build_tools.estimator_site.links import HOW_WE_ESTIMATE
from build_tools.estimator_site.steps import contact
from build_tools.rendering import raw_html_block

TITLE = "Paper version of the care and support estimator"
SRC_URI = "estimator/paper.md"
CHOICE_TYPES = {"choice", "yesno", "checkboxes"}


def paper_markdown(questionnaires: list[dict[str, Any]], identity: dict[str, Any],
                   project_root: Path | None = None) -> str:
    """The paper version page (estimator/paper.md): plain HTML, no script needed."""
    html = renderer(project_root).render(
        "estimator/paper.html", page=SRC_URI, title=TITLE, questionnaires=questionnaires,
        contact=contact(identity), how_we_estimate=HOW_WE_ESTIMATE, choice_types=CHOICE_TYPES)
    return front_matter(TITLE, pyodide=False) + raw_html_block(html)
