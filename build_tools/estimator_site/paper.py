"""A printable paper version of both questionnaires, for use without JavaScript."""

from __future__ import annotations

from typing import Any

from build_tools.estimator_site.flow_page import front_matter
from build_tools.estimator_site.html import esc
from build_tools.estimator_site.links import HOW_WE_ESTIMATE
from build_tools.estimator_site.steps import contact_paragraph

TITLE = "Paper version of the care and support estimator"


def _question(question: dict[str, Any]) -> str:
    parts = [f'<p class="fs-paper__label"><strong>{esc(question["label"])}</strong></p>']
    if question.get("show_if"):
        parts.append('<p class="fs-paper__note">Only answer this if it applies to you.</p>')
    if question.get("hint"):
        parts.append(f'<p class="fs-paper__hint">{esc(question["hint"])}</p>')
    if question["type"] in {"choice", "yesno", "checkboxes"}:
        tick = "Tick all that apply" if question["type"] == "checkboxes" else "Tick one"
        items = "".join(f'<li><span class="fs-paper__box" aria-hidden="true"></span>'
                        f'{esc(option["label"])}</li>' for option in question.get("options") or [])
        parts.append(f'<p class="fs-paper__note">{tick}.</p>'
                     f'<ul class="fs-paper__options">{items}</ul>')
    else:
        prefix = esc(question.get("prefix") or "")
        suffix = esc(question.get("suffix") or "")
        parts.append(f'<p class="fs-paper__write">{prefix}<span class="fs-paper__line" '
                     f'aria-hidden="true"></span> {suffix}</p>')
    return '<div class="fs-paper__question">' + "".join(parts) + "</div>"


def _flow(questionnaire: dict[str, Any]) -> str:
    parts = [f'<h2>{esc(questionnaire["title"])}</h2>',
             f'<p>{esc(questionnaire.get("indicative_notice"))}</p>']
    for number, page in enumerate(questionnaire["pages"], start=1):
        parts.append(f'<section class="fs-paper__page"><h3>{number}. {esc(page["title"])}</h3>')
        if page.get("show_if"):
            parts.append('<p class="fs-paper__note">Only answer these if they apply to you.</p>')
        parts += [_question(question) for question in page.get("questions") or []]
        parts.append("</section>")
    return '<div class="fs-paper__flow">' + "".join(parts) + "</div>"


def paper_markdown(questionnaires: list[dict[str, Any]], identity: dict[str, Any]) -> str:
    """The paper version page (estimator/paper.md): plain HTML, no script needed."""
    body = (
        '<div class="fs-paper">'
        f"<h1>{esc(TITLE)}</h1>"
        "<p>Print these questions and write your answers on the paper. Then you, or someone "
        "helping you, can use "
        f'<a href="../../{esc(HOW_WE_ESTIMATE)}">how we estimate</a> to work out the points, the '
        "indicative budget and what you might pay, by hand.</p>"
        + contact_paragraph(identity)
        + "".join(_flow(questionnaire) for questionnaire in questionnaires)
        + "</div>"
    )
    return front_matter(TITLE, pyodide=False) + body + "\n"
