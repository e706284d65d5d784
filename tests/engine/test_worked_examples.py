"""Worked examples (widgets/care_estimator/examples/*.yaml), checked by hand, run here."""

from __future__ import annotations

import pytest
from care_estimator import estimate

from tests.engine.helpers import case_date, load_cases, lookup, payload

CASES = load_cases()


def test_there_are_at_least_forty_worked_examples() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[f"{c['file']}:{c['name']}" for c in CASES])
def test_worked_example(case: dict) -> None:
    result = estimate(payload(case["base"], case.get("answers")), case_date(case))
    mismatches = {
        path: (lookup(result, path), expected)
        for path, expected in case["expect"].items()
        if lookup(result, path) != expected
    }
    assert not mismatches, f"(got, expected): {mismatches}"
