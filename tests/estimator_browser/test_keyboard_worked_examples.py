"""Every worked example from widgets/care_estimator/examples, answered by keyboard alone in the real
flow pages, gives the same result as the CPython engine.

The page fixes its own assessment date (today), so each browser result is compared with
CPython on that date; the cases' own dates are checked in CPython and through Pyodide by
test_parity.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.helpers import load_cases, payload
from tests.estimator_browser import cpython
from tests.estimator_browser.driver import complete_flow, wait_for_engine, wait_for_result

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FLOW_PATHS = {"person": "estimator/", "carer": "estimator/carer/"}
# Cases that set another council's own choices (``council:``) describe rules this site
# does not have; CPython and Pyodide agree on them in test_parity.py.
CASES = [case for case in load_cases() if not case.get("council")]


def test_every_worked_example_by_keyboard_matches_cpython(site_page: Any) -> None:
    assert len(CASES) >= 40
    mismatches: list[str] = []
    for case in CASES:
        example = payload(case["base"], case.get("answers"))
        site_page.goto(FLOW_PATHS[example["flow"]])
        wait_for_engine(site_page.page)
        steps = complete_flow(site_page.page, example["answers"])
        result = wait_for_result(site_page.page)
        expected = cpython.estimate(example, result.get("date", ""))
        if steps[-1] != "results" or result != expected:
            mismatches.append(f"{case['file']}: {case['name']}")
    assert not mismatches, "\n".join(mismatches)
    assert site_page.external_requests() == []
    assert site_page.console_errors() == []
