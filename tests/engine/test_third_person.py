"""Answering for someone else: every sentence the engine returns speaks about them
("their savings", "they"), and every text in the rules has both forms."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from care_estimator import estimate
from care_estimator.text import all_form_problems, form_problems, sentence, speaking_of

from tests.engine.helpers import ROOT, payload

ON = dt.date(2026, 5, 1)
SECOND_PERSON = re.compile(r"\byou(r|rs|rself)?\b", re.IGNORECASE)
SITUATIONS = {
    "home": ("home", {}),
    "home, low savings, high need": ("home", {"savings": "3000"}),
    "care home, both phases": ("care_home", {"owns_home": "yes", "home_value": "150000",
                                             "home_occupants": ["none"]}),
    "care home with a partner at home": ("care_home", {"owns_home": "yes",
                                                       "home_value": "150000",
                                                       "home_occupants": ["partner"]}),
    "self-funder at home": ("home", {"savings": "100000"}),
    "not eligible at home": ("home", {"condition": "no"}),
    "not sure about the condition": ("home", {"condition": "not_sure"}),
}


def _estimate(base: str, changes: dict[str, Any], who: str | None) -> dict[str, Any]:
    data = payload(base, changes)
    if who is not None:
        data["answers"]["who_for"] = who
    return estimate(data, ON)


def _sentences(result: dict[str, Any]) -> list[str]:
    """Every sentence of the result meant for people to read."""
    texts = [result["notice"], result["budget"]["message"], result["self_funder"]["message"],
             *result["eligibility"]["reasons"], *result["charging"]["always_free"]]
    texts += [step["text"] for step in result["next_steps"] + result["explanation"]]
    for benefit in result["benefits_check"]:
        texts += [benefit["why"], benefit["how_to_claim"]]
    charging = result["charging"]
    for part in ("top_up", "deferred_payment"):
        if charging.get(part):
            texts.append(charging[part]["text"])
    if charging.get("property", {}).get("discretionary_disregard"):
        texts.append(charging["property"]["discretionary_disregard"])
    return texts


@pytest.mark.parametrize("situation", SITUATIONS)
def test_for_someone_else_no_sentence_says_you(situation: str) -> None:
    base, changes = SITUATIONS[situation]
    result = _estimate(base, changes, "someone_else")
    texts = _sentences(result)
    assert len(texts) >= 10
    assert [t for t in texts if SECOND_PERSON.search(t)] == []


@pytest.mark.parametrize("situation", SITUATIONS)
def test_only_the_words_change_never_the_figures(situation: str) -> None:
    base, changes = SITUATIONS[situation]
    mine = _estimate(base, changes, "myself")
    theirs = _estimate(base, changes, "someone_else")
    assert _estimate(base, changes, None) == mine
    assert theirs != mine
    for result in (mine, theirs):
        for step in result["explanation"]:
            step.pop("text")
        for part in ("notice", "next_steps", "benefits_check"):
            result.pop(part)
        for part in ("eligibility", "budget", "self_funder"):
            result[part].pop("reasons", None)
            result[part].pop("message", None)
        result["charging"].pop("always_free")
        for part in ("top_up", "deferred_payment"):
            (result["charging"].get(part) or {}).pop("text", None)
        (result["charging"].get("property") or {}).pop("discretionary_disregard", None)
    assert theirs == mine


def test_the_reason_the_trail_and_the_self_funder_message_speak_about_them() -> None:
    result = _estimate("home", {"savings": "100000"}, "someone_else")
    assert result["eligibility"]["reasons"][0].startswith("Their needs come from a condition, "
                                                          "they cannot achieve")
    texts = [step["text"] for step in result["explanation"]]
    assert "Their savings count as capital; the home they live in does not. (£100,000)" in texts
    assert any(t.startswith("Their £76,750 above the upper limit falls by") for t in texts)
    assert result["self_funder"]["message"].startswith("At about ")
    assert "a week from their savings, they would fall to the upper limit" in (
        result["self_funder"]["message"])
    mine = _estimate("home", {"savings": "100000"}, "myself")
    assert "Your savings count as capital; the home you live in does not. (£100,000)" in [
        step["text"] for step in mine["explanation"]]
    assert mine["eligibility"]["reasons"][0].startswith("Your needs come from a condition")


def test_every_text_in_the_rules_has_both_forms_with_the_same_placeholders() -> None:
    assert all_form_problems() == []


def test_a_text_without_its_other_form_is_named() -> None:
    words = {"charging": {"capital": {"you": "Your savings count as capital."}}}
    assert form_problems(words, "rules/text/trail.yaml") == [
        "rules/text/trail.yaml: charging.capital has no `other` form; add it (`other` is the "
        "sentence about someone else: their, they)"]


def test_a_text_with_one_plain_form_is_named() -> None:
    assert form_problems({"carers": "If someone helps you"}, "rules/text/next_steps.yaml") == [
        "rules/text/next_steps.yaml: carers has one form only; give it `you:` (for the person "
        "answering about themselves) and `other:` (for someone else)"]


def test_placeholders_that_differ_between_the_forms_are_named() -> None:
    words = {"ras": {"points": {"you": "Your answers score {points} points.",
                                "other": "Their answers score {point} points."}}}
    assert form_problems(words, "rules/text/trail.yaml") == [
        "rules/text/trail.yaml: ras.points: the placeholders differ between the forms (you: "
        "['points'], other: ['point']); use the same in both"]


def test_the_form_is_chosen_only_inside_speaking_of() -> None:
    with speaking_of(True):
        assert sentence("trail", "ras.points", {"points": 3}) == (
            "The answers about them score 3 points.")
    assert sentence("trail", "ras.points", {"points": 3}) == "Your answers score 3 points."


def test_every_trail_step_the_engine_says_is_in_the_yaml_with_both_forms() -> None:
    package = ROOT / "widgets" / "care_estimator"
    source = "\n".join(path.read_text(encoding="utf-8") for path in package.glob("*.py"))
    keys = set(re.findall(r'trail\.say\(\s*"([\w.]+)"', source))
    keys |= set(re.findall(r'key="([\w.]+)"', source))
    assert len(keys) >= 40
    for key in keys:
        for other in (False, True):
            with speaking_of(other):
                assert sentence("trail", key, _AnyFigure()), key


class _AnyFigure(dict):
    """Fills in every placeholder with 1."""

    def __missing__(self, key: str) -> str:
        return "1"
