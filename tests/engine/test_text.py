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


def test_every_next_step_the_engine_can_choose_is_in_the_yaml() -> None:
    source = (PACKAGE / "next_steps.py").read_text()
    body = source.split("def step_ids", 1)[1].split("\ndef ", 1)[0]
    used = set(re.findall(r'(?:append\(|ids \+= \[|, |else )"([a-z_]+)"', body))
    words = rules_file("text/next_steps")
    assert {"needs_assessment", "carers", "contact_before_limit"} <= used
    assert used - set(words) == set()


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
