"""National parameters: one file per parameter, dated values, a reference for each."""

from __future__ import annotations

import datetime as dt

import pytest
from care_estimator import load_parameters
from care_estimator.parameters import available_sets, parameter_names
from care_estimator.rules_loader import RULES_DIR, rules_file

NEW_NAMES = ("disability_benefits_care_home_days", "carers_allowance_weekly",
             "carers_allowance_hours", "carers_allowance_earnings_limit",
             "property_disregard_weeks")


def test_every_parameter_file_has_a_dated_sourced_history_without_anchors() -> None:
    names = parameter_names()
    assert len(names) >= 30
    for name in names:
        text = (RULES_DIR / "parameters" / f"{name}.yaml").read_text(encoding="utf-8")
        assert "&" not in text.replace("&amp;", "") and "*id" not in text, name
        spec = rules_file(f"parameters/{name}")
        froms = [v["from"] for v in spec["values"]]
        assert froms == sorted(froms) and len(set(froms)) == len(froms), name
        for value in spec["values"]:
            assert value["reference"].startswith("https://"), name
            assert not value.get("unconfirmed") or value.get("note"), name


@pytest.mark.parametrize("name", NEW_NAMES)
def test_new_parameters_are_in_force_every_year(name: str) -> None:
    for year in available_sets():
        params = load_parameters(dt.date.fromisoformat(year["from"]))
        assert name in params.params


def test_value_in_force_follows_its_date() -> None:
    assert load_parameters(dt.date(2026, 4, 5))["carers_allowance_weekly"].value == 8330
    assert load_parameters(dt.date(2026, 4, 6))["carers_allowance_weekly"].value == 8645
    assert load_parameters(dt.date(2026, 5, 1))["carers_allowance_hours"].display() == "35"
    # benefits uprated on 7 April 2025 count from the charging year's first day
    assert load_parameters(dt.date(2025, 4, 6))["aa_higher"].value == 11040
