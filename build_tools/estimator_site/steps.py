"""View models for the steps of one estimator flow (start, questions, check, results).

Every step is rendered in full by ``templates/estimator/flow.html``, so without JavaScript
the whole questionnaire is one long form; the browser script shows one step at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from build_tools import links as link_rules
from build_tools.estimator_site.controls import Control, control, json_attr
from build_tools.estimator_site.journey import (
    Headline,
    Section,
    activity_row_label,
    headline_views,
    sections_for,
    step_attributes,
)
from build_tools.estimator_site.links import HOW_WE_ESTIMATE, PAPER, Link
from build_tools.estimator_site.words import words

RESERVED_STEPS = {"start", "check", "results"}


def tel_href(number: str) -> str:
    """A ``tel:`` link target for a UK number written with spaces."""
    digits = "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")
    return link_rules.tel_url(number) or f"tel:{digits}"


@dataclass(frozen=True)
class Contact:
    """How to reach the council's contact centre, from council.yaml."""

    council: str
    phone: str
    tel: str
    hours: str


def contact(identity: dict[str, Any]) -> Contact:
    """The contact centre of ``identity`` (empty strings when council.yaml has none)."""
    centre = identity.get("contact_centre") or {}
    phone = str(centre.get("phone") or "")
    return Contact(str(identity.get("name") or ""), phone, tel_href(phone),
                   str(centre.get("hours") or ""))


@dataclass(frozen=True)
class QuestionStep:
    """One questionnaire page: one question (its label is the h1) or a small group."""

    id: str
    title: str
    heading: str  # the page's own h1 when it has several questions, else ""
    intro: str
    show_if: str | None
    controls: list[Control]
    attributes: dict[str, Any]


def question_step(page: dict[str, Any], section: Section | None = None) -> QuestionStep:
    """The view of one questionnaire page (``section``: its place in the journey)."""
    questions = page.get("questions") or []
    single = len(questions) == 1
    title_other = (questions[0].get("label_other") if single
                   else page.get("title_other")) or None
    activity = section is not None and section.activity
    return QuestionStep(
        id=page["id"],
        title=questions[0]["label"] if single else page["title"],
        heading="" if single else page["title"],
        intro=page.get("intro") or "",
        show_if=json_attr(page["show_if"]) if page.get("show_if") else None,
        controls=[control(question, heading=single,
                          summary_label=activity_row_label(question["id"]) if activity else None)
                  for question in questions],
        attributes={**step_attributes(section), "data-title-other": title_other},
    )


@dataclass(frozen=True)
class FlowView:
    """Everything ``estimator/flow.html`` shows for one flow."""

    flow: str
    title: str
    intro: str
    indicative_notice: str
    contact: Contact
    start: dict[str, Any]
    steps: list[QuestionStep]
    advice: list[Link]
    directory: list[Link]
    pyodide: str
    wheel: str
    snapshot: str | None
    script: str
    preloads: tuple[str, ...]
    limits: str
    headlines: list[Headline]
    services: str
    how_we_estimate: str = HOW_WE_ESTIMATE
    paper: str = PAPER


def flow_view(questionnaire: dict[str, Any], identity: dict[str, Any], *, wheel: str,
              snapshot: str | None, advice: list[Link], directory: list[Link],
              pyodide: str, script: str, preloads: tuple[str, ...], limits: str = "{}",
              services: str = "") -> FlowView:
    """The view model of one flow's page (all URLs from the site root).

    ``limits``: JSON of each parameter year's capital limits; ``services``: the finder's
    services index, for local services under the results ("" when there is none)."""
    flow = questionnaire["flow"]
    sections, _ = sections_for(flow, questionnaire["pages"])
    return FlowView(
        flow=flow,
        title=questionnaire["title"],
        intro=questionnaire.get("intro") or "",
        indicative_notice=questionnaire.get("indicative_notice") or "",
        contact=contact(identity),
        start=words("start")[flow],
        steps=[question_step(page, sections.get(page["id"]))
               for page in questionnaire["pages"]],
        advice=advice,
        directory=directory,
        pyodide=pyodide,
        wheel=wheel,
        snapshot=snapshot,
        script=script,
        preloads=preloads,
        limits=limits,
        headlines=headline_views(),
        services=services,
    )
