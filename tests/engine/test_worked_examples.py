"""Worked examples (widgets/care_estimator/examples/*.yaml), each checked by hand against
the rules, run here.

A case may set ``council:`` to change the council's own choices in ``local.yaml`` for
that case only (for example ``disregard_night_care_when_none_arranged: true``), and
``council_parameters:`` to give a council figure (``{name: "12.50"}``) for it: published
examples from other councils use their own choices, and the case says so.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from care_estimator import estimate, rules_loader

from tests.engine.helpers import case_date, load_cases, lookup, payload

CASES = load_cases()


def test_there_are_at_least_forty_worked_examples() -> None:
    assert len(CASES) >= 80


def test_every_council_example_names_its_source() -> None:
    council = [c for c in CASES if c.get("source")]
    assert len(council) >= 10
    for case in council:
        assert case["source"].startswith("https://"), case["name"]
        assert case.get("why"), case["name"]


def _with_council_choices(case: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    if not case.get("council") and not case.get("council_parameters"):
        return
    tree = copy.deepcopy(rules_loader.rules_tree())
    local = tree["files"]["local"]
    local.update(case.get("council") or {})
    for name, value in (case.get("council_parameters") or {}).items():
        unit = "percent" if isinstance(value, int) else "gbp_week"
        local["parameters"][name] = {
            "description": f"{name} as set by the council in the published example",
            "unit": unit,
            "values": [{"from": "2000-01-01", "value": value, "reference": case["source"]}],
        }
    monkeypatch.setattr(rules_loader, "rules_tree", lambda: tree)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['file']}:{c['name']}" for c in CASES])
def test_worked_example(case: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_council_choices(case, monkeypatch)
    result = estimate(payload(case["base"], case.get("answers")), case_date(case))
    mismatches = {
        path: (lookup(result, path), expected)
        for path, expected in case["expect"].items()
        if lookup(result, path) != expected
    }
    assert not mismatches, f"(got, expected): {mismatches}"
