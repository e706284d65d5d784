"""The engine's words are data: every sentence it can return is in rules/text/*.yaml."""

from __future__ import annotations

import re

import pytest
from care_estimator import next_steps as next_steps_module
from care_estimator.rules_loader import rules_file
from care_estimator.text import sentence

from tests.engine.helpers import ROOT

PACKAGE = ROOT / "widgets" / "care_estimator"


def test_every_reason_the_engine_uses_is_in_the_yaml() -> None:
    used = set(re.findall(r'_why\("([\w.]+)"', (PACKAGE / "eligibility.py").read_text()))
    assert len(used) >= 10
    for key in used:
        assert sentence("reasons", key, {"unable": 1, "minimum": 2, "band": "low",
                                         "threshold": "moderate"})


def _result(self_funder: bool, care_home: bool, top_up: str, deferred: bool,
            benefits: bool) -> dict:
    charging: dict = {}
    if care_home:
        charging["first_12_weeks"] = {"weekly_contribution": "120.00", "council_pays": "600.00",
                                      "top_up": top_up}
        charging["top_up"] = {"weekly": top_up}
        charging["deferred_payment"] = {"eligible": deferred, "weekly_deferred": "300.00",
                                        "disposable_income_allowance": "144.00"}
    return {"budget": {"needs_full_assessment": care_home},
            "self_funder": {"is_self_funder": self_funder,
                            "contact_council_within_weeks": 52 if self_funder else None},
            "charging": charging,
            "benefits_check": [{"id": "aa", "name": "Attendance Allowance",
                                "how_to_claim": "Call the helpline."}] if benefits else []}


def test_every_next_step_the_engine_can_choose_is_in_the_yaml_and_fills_in() -> None:
    words = rules_file("text/next_steps")
    figures = {name: "£1" for name in ("reablement_weeks", "minor_adaptations_limit",
                                       "dfg_maximum", "capital_upper_limit",
                                       "property_disregard_weeks")}
    keys: set[str] = set()
    for flow in ("person", "carer"):
        for status in ("likely_eligible", "cannot_tell", "unlikely_eligible"):
            for flags in [(a, b, c, d, e) for a in (0, 1) for b in (0, 1) for c in ("0.00", "85.00")
                          for d in (0, 1) for e in (0, 1)]:
                result = _result(*flags)
                for outside in (False, True):
                    chosen = next_steps_module.steps_with_values(flow, status, result, outside)
                    keys |= {key for _, key, _ in chosen}
                    for step in next_steps_module.next_steps(flow, status, result, figures,
                                                             outside):
                        assert "{" not in step["text"], step
    assert {"needs_assessment", "needs_assessment_cannot_tell", "carers",
            "contact_before_limit", "first_12_weeks_with_top_up", "top_up",
            "deferred_payment", "benefit", "carer_support"} <= keys
    assert keys - set(words) == set()


def test_sentences_are_filled_and_joined_onto_one_line() -> None:
    text = sentence("reasons", "person.too_few_outcomes", {"unable": 1, "minimum": 2})
    assert text == ("You said you cannot achieve 1 of the ten outcomes; the national rules "
                    "need at least 2.")


def test_rewording_the_yaml_changes_what_the_engine_says(monkeypatch: pytest.MonkeyPatch) -> None:
    real = rules_file

    def reworded(name: str):
        if name == "text/next_steps":
            return {**real(name), "carers": "Reworded by an adviser."}
        return real(name)

    monkeypatch.setattr("care_estimator.text.rules_file", reworded)
    result = {"budget": {"needs_full_assessment": False},
              "self_funder": {"is_self_funder": False, "contact_council_within_weeks": None},
              "charging": {}}
    steps = next_steps_module.next_steps("person", "likely_eligible", result, {}, False)
    assert steps[-1] == {"id": "carers", "text": "Reworded by an adviser."}
