"""View models for the estimator journey: sections (summary cards and progress cue), the
headline sentences, and the figures the results script needs (capital limits by year).

Words come from ``text/sections.yaml`` and ``text/headlines.yaml``; this module only
shapes them for the templates and checks every questionnaire page has a section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from build_tools.estimator_site.controls import json_attr
from build_tools.estimator_site.engine import load_engine
from build_tools.estimator_site.headlines import load_headlines, segments
from build_tools.estimator_site.words import words
from build_tools.problems import Problem

SECTIONS_FILE = "build_tools/estimator_site/text/sections.yaml"


@dataclass(frozen=True)
class Section:
    """Where a questionnaire page belongs: its section's id and titles."""

    id: str
    title: str
    title_other: str
    activity: bool


def sections_for(flow: str, pages: list[dict[str, Any]]) -> tuple[dict[str, Section],
                                                                    list[Problem]]:
    """Each page id's section, and a problem for each page with none (or with two)."""
    found: dict[str, Section] = {}
    problems: list[Problem] = []
    for entry in words("sections").get(flow) or []:
        title = str(entry["title"])
        other = str(entry.get("title_other") or title)
        for page in pages:
            activity = page.get("outcome") is not None
            listed = page["id"] in (entry.get("pages") or [])
            if not (listed or (activity and entry.get("activities"))):
                continue
            if page["id"] in found:
                problems.append(Problem(SECTIONS_FILE, 1, 1, f"{flow}.{entry['id']}",
                                        f"the page {page['id']!r} is in two sections",
                                        "list each page in one section only"))
                continue
            found[page["id"]] = Section(str(entry["id"]), title, other, activity)
    for page in pages:
        if page["id"] not in found:
            problems.append(Problem(SECTIONS_FILE, 1, 1, flow,
                                    f"the questionnaire page {page['id']!r} has no section",
                                    f"add {page['id']!r} to the `pages:` of one of the "
                                    f"{flow} sections"))
    return found, problems


def step_attributes(section: Section | None) -> dict[str, Any]:
    """The data- attributes of a step section for the script (cards and progress cue)."""
    if section is None:
        return {}
    return {"data-section": section.id, "data-section-title": section.title,
            "data-section-title-other": section.title_other,
            "data-activity": "true" if section.activity else None}


def activity_row_label(question_id: str) -> str | None:
    """The short row name of an activity question in its card ("How much help")."""
    for ending, label in (words("sections").get("activity_rows") or {}).items():
        if question_id.endswith(ending):
            return str(label)
    return None


@dataclass(frozen=True)
class Headline:
    """One headline sentence for a template: key, form ("you"/"other") and its parts."""

    key: str
    form: str
    parts: list[tuple[str, str]]


def headline_views() -> list[Headline]:
    """Every headline sentence, split at its placeholders (problems are checked in validate)."""
    sentences, _ = load_headlines()
    return [Headline(key, form, segments(text))
            for key, forms in sentences.items() for form, text in forms.items()]


def capital_limits(project_root: Path) -> str:
    """JSON for the page: each parameter year's capital limits (pence), the weeks before
    the limit to contact the council, and the hours of caring for Carer's Allowance."""
    load_engine(project_root)  # makes care_estimator importable from a checkout
    from care_estimator.parameters import available_sets, load_parameters

    limits = {}
    for item in available_sets():
        params = load_parameters(dt.date.fromisoformat(item["from"]))
        limits[params.set_id] = {
            "upper": params.value("capital_upper_limit"),
            "lower": params.value("capital_lower_limit"),
            "contact_before": params.value("contact_council_weeks_before"),
            "carers_allowance_hours": params.value("carers_allowance_hours"),
        }
    return json_attr(limits)
