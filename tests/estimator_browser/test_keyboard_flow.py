"""Every worked example, answered by keyboard alone, gives CPython's result; axe on every step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.estimator_browser import cpython
from tests.estimator_browser.driver import complete_flow, wait_for_engine, wait_for_result
from tests.support.axe import describe, run_axe

pytestmark = pytest.mark.browser

FLOW_PATHS = {"person": "estimator/", "carer": "estimator/carer/"}
CHECKED_STEPS: set[tuple[str, str]] = set()


@pytest.mark.parametrize("path", cpython.EXAMPLES, ids=lambda p: p.stem)
def test_example_by_keyboard_matches_cpython(site_page: Any, path: Path) -> None:
    example = cpython.example(path)
    flow = example["flow"]
    site_page.goto(FLOW_PATHS[flow])
    wait_for_engine(site_page.page)

    def check_step(step: str) -> None:
        if (flow, step) in CHECKED_STEPS:
            return
        CHECKED_STEPS.add((flow, step))
        violations = run_axe(site_page.page)
        assert not violations, f"{flow} step {step}:\n{describe(violations)}"

    requests_before = len(site_page.requests)
    steps = complete_flow(site_page.page, example["answers"], on_step=check_step)
    browser_result = wait_for_result(site_page.page)
    assert "errors" not in browser_result, browser_result
    expected = cpython.estimate(example, browser_result["date"])
    assert browser_result == expected
    assert steps[-2:] == ["check", "results"]
    # the results page shows the engine's figures
    text = site_page.page.inner_text("[data-results-body]").replace(",", "")
    if browser_result["charging"]["applies"]:
        pounds = browser_result["charging"]["weekly_contribution"].split(".")[0]
        assert f"£{pounds}" in text
    check_step("results")
    assert site_page.requests[requests_before:] == [], site_page.requests[requests_before:]
    assert site_page.external_requests() == []
    assert site_page.console_errors() == []
