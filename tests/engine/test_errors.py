"""Bad input gives one clear error listing every problem, never a traceback."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from care_estimator import InvalidAnswers, estimate, estimate_json

from tests.engine.helpers import payload

ON = dt.date(2026, 5, 1)


def problems_for(data: object, on: dt.date = ON) -> dict[str, str]:
    with pytest.raises(InvalidAnswers) as caught:
        estimate(data, on)  # type: ignore[arg-type]
    return {p["field"]: p["message"] for p in caught.value.problems}


def test_every_problem_is_listed_at_once() -> None:
    data = payload("home", {
        "favourite_colour": "blue",          # unknown question
        "nutrition_help": "sometimes",       # unknown answer
        "savings": "-500",                   # negative money
        "weekly_pensions": "lots",           # non-numeric money
        "age": "150",                        # impossible age
    })
    found = problems_for(data, dt.date(2031, 1, 1))  # date outside every parameter set
    assert set(found) == {"favourite_colour", "nutrition_help", "savings", "weekly_pensions",
                          "age", "date"}
    assert "not a question" in found["favourite_colour"]
    assert "'sometimes' is not an answer" in found["nutrition_help"]
    assert found["savings"] == "The amount must be 0 or more"
    assert found["weekly_pensions"] == "Enter an amount in pounds, like 230.25"
    assert found["age"] == "Enter an age of 120 or under"
    assert "2031-01-01" in found["date"] and "2025-04-06" in found["date"]


@pytest.mark.parametrize(("age", "message"), [
    ("-3", "This estimator is for adults aged 18 or over"),
    ("12", "This estimator is for adults aged 18 or over"),
    ("sixty", "Enter your age as a whole number, like 67"),
    ("67.5", "Enter your age as a whole number, like 67"),
    ("", "Enter your age"),
])
def test_impossible_ages(age: str, message: str) -> None:
    assert problems_for(payload("home", {"age": age}))["age"] == message


@pytest.mark.parametrize("amount", ["12.345", "1,23", "£-5", "1e5", "12..5"])
def test_money_that_is_not_an_amount(amount: str) -> None:
    assert "savings" in problems_for(payload("home", {"savings": amount}))


@pytest.mark.parametrize(("amount", "pence"), [("1,250.5", "1250.50"), ("£12", "12.00"),
                                                 ("0", "0.00"), (" 15750 ", "15750.00")])
def test_money_as_typed_in_a_form_is_accepted(amount: str, pence: str) -> None:
    result = estimate(payload("home", {"savings": amount}), ON)
    assert result["charging"]["capital"] == pence


def test_none_of_these_cannot_be_ticked_with_others() -> None:
    found = problems_for(payload("home", {"nutrition_difficulty": ["none", "risk"]}))
    assert "None of these" in found["nutrition_difficulty"]


def test_missing_required_answer_uses_the_question_message() -> None:
    found = problems_for(payload("home", {"savings": None}))
    assert found == {"savings": "Enter how much you have in savings, or 0 if you have none"}


def test_answers_to_hidden_questions_are_ignored() -> None:
    result = estimate(payload("home", {"home_value": "-1", "owns_home": "maybe"}), ON)
    assert result["charging"]["setting"] == "home"


def test_bad_flow_and_shape() -> None:
    assert set(problems_for({"flow": "dog", "answers": []})) == {"flow", "answers"}
    assert set(problems_for(["not", "an", "object"])) == {"(input)"}
    assert "extra" in problems_for({**payload("home"), "extra": 1})


def test_estimate_json_returns_errors_instead_of_raising() -> None:
    out = json.loads(estimate_json(json.dumps(payload("home", {"age": "abc"})), "2026-05-01"))
    assert out == {"errors": [{"field": "age",
                               "message": "Enter your age as a whole number, like 67"}]}
    both = json.loads(estimate_json("{not json", "yesterday"))
    assert {e["field"] for e in both["errors"]} == {"(input)", "date"}


def test_estimate_json_round_trip() -> None:
    out = json.loads(estimate_json(json.dumps(payload("home")), "2026-05-01"))
    assert out["eligibility"]["status"] == "likely_eligible"
    assert out == json.loads(json.dumps(estimate(payload("home"), ON)))


@pytest.mark.parametrize(("hours", "message"), [
    ("7.555", "Enter the hours as a number, like 7 or 7.5"),
    ("lots", "Enter the hours as a number, like 7 or 7.5"),
    ("-3", "Enter the hours as a number, like 7 or 7.5"),
    ("169", "Enter 168 hours or fewer, the number of hours in a week"),
])
def test_hours_of_care_must_be_a_number_of_hours_in_a_week(hours: str, message: str) -> None:
    found = problems_for(payload("home", {"weekly_care_hours": hours}))
    assert found == {"weekly_care_hours": message}


def test_hours_of_care_take_decimals_and_are_only_for_care_at_home() -> None:
    assert estimate(payload("home", {"weekly_care_hours": "7.25", "savings": "30000"}),
                    ON)["charging"]["market_price"]["hours"] == "7.25"
    # Asked only for care at home: an answer for a care home is ignored.
    result = estimate(payload("care_home", {"weekly_care_hours": "10"}), ON)
    assert result["charging"]["cost_of_care_source"] != "your figure"
