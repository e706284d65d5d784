"""The engine in the browser (Pyodide) agrees with CPython on every answer set we try."""

from __future__ import annotations

import random
from typing import Any

import pytest

from tests.engine.helpers import case_date, load_cases, payload
from tests.estimator_browser import cpython
from tests.estimator_browser.random_answers import DATES, random_payload

pytestmark = pytest.mark.browser

RANDOM_SETS = 200
SEED = 20261123
RUN_ALL = """async (items) => Promise.all(items.map(
  (item) => window.firststopEstimator.estimate(item.payload, item.on)))"""


def random_items() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    questionnaires = {flow: cpython.questionnaire(flow, "2026-11-23")
                      for flow in ("person", "carer")}
    items = []
    for index in range(RANDOM_SETS):
        flow = "carer" if index % 4 == 3 else "person"
        answers = random_payload(rng, questionnaires[flow])
        items.append({"payload": answers, "on": rng.choice(DATES)})
    return items


def run_in_browser(engine_page: Any, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import json

    return [json.loads(text) for text in engine_page.page.evaluate(RUN_ALL, items)]


def test_random_answer_sets_match_cpython(engine_page: Any) -> None:
    items = random_items()
    before = len(engine_page.requests)
    results = run_in_browser(engine_page, items)
    mismatches = [
        (item, result)
        for item, result in zip(items, results, strict=True)
        if result != cpython.estimate(item["payload"], item["on"])
    ]
    assert not mismatches, f"{len(mismatches)} differ; first: {mismatches[0]}"
    # the sets exercise both outcomes: real estimates and rejected input
    assert sum("errors" in result for result in results) < len(results) // 2
    assert any("errors" not in result and result["eligibility"]["status"] == "likely_eligible"
               for result in results)
    assert engine_page.requests[before:] == [], "the calculation made network requests"


def test_worked_example_cases_match_cpython(engine_page: Any) -> None:
    cases = load_cases()
    items = [{"payload": payload(case["base"], case.get("answers")),
              "on": case_date(case).isoformat()} for case in cases]
    results = run_in_browser(engine_page, items)
    for case, item, result in zip(cases, items, results, strict=True):
        assert result == cpython.estimate(item["payload"], item["on"]), case["name"]


def test_bad_input_gives_errors_not_a_crash(engine_page: Any) -> None:
    items = [{"payload": {"flow": "person", "answers": {"age": "<script>"}}, "on": "2026-11-23"},
             {"payload": {"flow": "nobody", "answers": {}}, "on": "2026-11-23"}]
    for item, result in zip(items, run_in_browser(engine_page, items), strict=True):
        assert result["errors"], result
        assert result == cpython.estimate(item["payload"], item["on"])
    assert engine_page.console_errors() == []
    assert engine_page.external_requests() == []
