"""Sections: every questionnaire page belongs to one, for the summary cards and the progress cue."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from build_tools.estimator_site.engine import questionnaires
from build_tools.estimator_site.journey import (
    SECTIONS_FILE,
    activity_row_label,
    capital_limits,
    sections_for,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("index", [0, 1], ids=["person", "carer"])
def test_every_page_of_the_real_questionnaires_has_one_section(index: int) -> None:
    questionnaire = questionnaires(ROOT, dt.date(2026, 11, 26))[index]
    found, problems = sections_for(questionnaire["flow"], questionnaire["pages"])
    assert problems == []
    assert set(found) == {page["id"] for page in questionnaire["pages"]}
    activities = {page["id"] for page in questionnaire["pages"] if page["outcome"]}
    assert {pid for pid, section in found.items() if section.activity} == activities


def test_a_page_with_no_section_is_named_with_a_fix() -> None:
    pages = [{"id": "about-you", "outcome": None}, {"id": "new-page", "outcome": None}]
    _, problems = sections_for("person", pages)
    assert [(p.path, p.message) for p in problems] == [
        (SECTIONS_FILE, "the questionnaire page 'new-page' has no section")]
    assert "add 'new-page' to the `pages:`" in problems[0].hint


def test_activity_rows_have_short_names() -> None:
    assert activity_row_label("dressing_help") == "How much help"
    assert activity_row_label("dressing_difficulty") == "When doing it"
    assert activity_row_label("age") is None


def test_the_page_gets_each_years_capital_limits_in_pence() -> None:
    limits = json.loads(capital_limits(ROOT))
    assert limits["2026-27"]["upper"] == 2325000
    assert limits["2026-27"]["lower"] == 1425000
    assert limits["2026-27"]["carers_allowance_hours"] == 35
