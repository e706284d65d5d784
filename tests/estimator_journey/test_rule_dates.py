"""The dates the estimator's rules change, which a shared link's date is compared with."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

from build_tools.estimator_site.engine import load_engine
from build_tools.estimator_site.rule_dates import rule_periods, rule_periods_attr

ROOT = Path(__file__).resolve().parents[2]


def _values(on: str) -> dict[str, object]:
    load_engine(ROOT)
    from care_estimator.parameters import load_parameters

    params = load_parameters(dt.date.fromisoformat(on))
    return {"set": params.set_id, **{name: p.value for name, p in params.params.items()}}


def test_every_charging_year_starts_a_period_and_the_last_day_is_covered() -> None:
    load_engine(ROOT)
    from care_estimator.parameters import available_sets

    periods = rule_periods(ROOT)
    years = available_sets()
    assert {year["from"] for year in years} <= set(periods["from"])
    assert periods["to"] == years[-1]["to"]
    assert periods["from"] == sorted(periods["from"])


def test_the_rules_are_the_same_within_a_period_and_differ_across_a_change() -> None:
    periods = rule_periods(ROOT)["from"]
    for start, following in itertools.pairwise(periods):
        day_before = (dt.date.fromisoformat(following) - dt.timedelta(days=1)).isoformat()
        assert _values(start) == _values(day_before), f"{start} to {day_before}"
        assert _values(day_before) != _values(following), f"nothing changes on {following}"


def test_the_uprating_in_april_2026_is_a_change() -> None:
    assert "2026-04-06" in rule_periods(ROOT)["from"]


def test_the_page_attribute_is_the_same_json() -> None:
    assert json.loads(rule_periods_attr(ROOT)) == rule_periods(ROOT)
