"""Property-based tests (hypothesis) of the estimator's promises."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from care_estimator import estimate
from care_estimator.charging import tariff_income
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.engine.helpers import payload

ON = dt.date(2026, 5, 1)
OUTCOMES = ["nutrition", "hygiene", "toilet", "dressing", "home_safety", "habitable_home",
            "relationships", "community"]
HELP = ["none", "some", "daily", "constant"]
DIFFICULTIES = ["pain_distress", "risk", "much_longer"]
WELLBEING = ["none", "little", "significant", "severe"]
LOWER, UPPER = 14_250_00, 23_250_00
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def pounds(pence: int) -> str:
    return f"{pence // 100}.{pence % 100:02d}"


def pence(text: str) -> int:
    return int(Decimal(text) * 100)


needs = st.fixed_dictionaries({
    "help": st.lists(st.integers(0, 3), min_size=len(OUTCOMES), max_size=len(OUTCOMES)),
    "difficulty": st.lists(st.sets(st.sampled_from(DIFFICULTIES)), min_size=len(OUTCOMES),
                           max_size=len(OUTCOMES)),
    "wellbeing": st.integers(0, 3),
    "locality": st.sampled_from(["wyvernton", "northmoor", "saltmarsh"]),
    "unpaid_help": st.sampled_from(["none", "some", "a_lot", "most"]),
})


def need_answers(need: dict) -> dict:
    answers = {"wellbeing": WELLBEING[need["wellbeing"]], "locality": need["locality"],
               "unpaid_help": need["unpaid_help"]}
    for outcome, level, ticked in zip(OUTCOMES, need["help"], need["difficulty"], strict=True):
        answers[f"{outcome}_help"] = HELP[level]
        answers[f"{outcome}_difficulty"] = sorted(ticked) or ["none"]
    return answers


@SETTINGS
@given(need=needs, which=st.integers(0, len(OUTCOMES) - 1), kind=st.integers(0, 2))
def test_more_need_never_lowers_the_budget(need: dict, which: int, kind: int) -> None:
    before = estimate(payload("home", need_answers(need)), ON)
    more = {**need, "help": list(need["help"]), "difficulty": list(need["difficulty"])}
    if kind == 0:
        more["help"][which] = min(3, more["help"][which] + 1)
    elif kind == 1:
        more["difficulty"][which] = set(more["difficulty"][which]) | {"risk"}
    else:
        more["wellbeing"] = min(3, more["wellbeing"] + 1)
    after = estimate(payload("home", need_answers(more)), ON)
    assert after["budget"]["points"] >= before["budget"]["points"]
    for key in ("low", "central", "high"):
        assert pence(after["budget"]["weekly"][key]) >= pence(before["budget"]["weekly"][key])


money = st.integers(0, 2_000_00)
finances = st.fixed_dictionaries({
    "age": st.integers(18, 105),
    "couple": st.sampled_from(["yes", "no"]),
    "setting": st.sampled_from(["home", "care_home"]),
    "savings": st.integers(0, 60_000_00),
    "weekly_pensions": money,
    "weekly_other_benefits": money,
    "weekly_housing_costs": money,
    "weekly_care_cost": st.one_of(st.none(), st.integers(0, 3_000_00)),
    "disability_benefit": st.sampled_from(["none", "aa_lower", "aa_higher",
                                           "pip_daily_enhanced", "dla_care_lowest"]),
    "carers_allowance": st.sampled_from(["yes", "no"]),
})


def finance_answers(f: dict) -> dict:
    answers = {k: (pounds(v) if isinstance(v, int) and k not in ("age",) else v)
               for k, v in f.items()}
    answers["age"] = str(f["age"])
    answers["weekly_care_cost"] = "" if f["weekly_care_cost"] is None else pounds(
        f["weekly_care_cost"])
    if f["setting"] == "care_home":
        answers.update(owns_home="no", care_home_type="residential")
        answers.pop("weekly_housing_costs")
    return answers


@SETTINGS
@given(f=finances)
def test_contribution_is_between_zero_and_the_cost_of_care(f: dict) -> None:
    charging = estimate(payload("home", finance_answers(f)), ON)["charging"]
    contribution = pence(charging["weekly_contribution"])
    assert 0 <= contribution <= pence(charging["cost_of_care"])


@SETTINGS
@given(f=finances, above=st.integers(1, 500_000_00))
@example(f={"age": 70, "couple": "yes", "setting": "care_home", "savings": 0,
            "weekly_pensions": 0, "weekly_other_benefits": 0, "weekly_housing_costs": 0,
            "weekly_care_cost": 0, "disability_benefit": "none", "carers_allowance": "no"},
         above=1)  # a care home costing £0 a week: still the full cost (found by hypothesis)
def test_capital_above_the_upper_limit_always_means_full_cost(f: dict, above: int) -> None:
    f = {**f, "savings": UPPER + above}
    result = estimate(payload("home", finance_answers(f)), ON)
    assert result["charging"]["pays_full_cost"] is True
    assert result["charging"]["weekly_contribution"] == result["charging"]["cost_of_care"]
    assert result["self_funder"]["is_self_funder"] is True
    assert result["council_pays_weekly"] == "0.00"


@SETTINGS
@given(capital=st.integers(0, UPPER))
def test_tariff_income_is_one_pound_per_250_or_part(capital: int) -> None:
    expected = 0 if capital <= LOWER else math.ceil((capital - LOWER) / 250_00) * 100
    assert tariff_income(capital, LOWER, UPPER, 250_00, 100) == expected
    result = estimate(payload("home", {"savings": pounds(capital)}), ON)
    assert pence(result["charging"]["tariff_income"]) == expected
