"""Council choices: FACS instead of the Care Act, an allocation table, no unpaid-help
deduction and a higher local capital limit all change the result as configured."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from care_estimator import estimate, rules_loader

from tests.engine.helpers import payload

ON = dt.date(2026, 5, 1)


@pytest.fixture
def rules(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A private, editable copy of the rules used by the engine for one test."""
    tree = copy.deepcopy(rules_loader.rules_tree())
    monkeypatch.setattr(rules_loader, "rules_tree", lambda: tree)
    return tree["files"]


def test_allocation_table(rules: dict[str, Any]) -> None:
    rules["ras"]["person"]["method"] = "allocation_table"
    budget = estimate(payload("home"), ON)["budget"]
    # 45 points fall in the 30-59 band: 12% of £1,040 = £124.80; range 112.32 to 137.28.
    assert budget["method"] == "allocation_table"
    assert budget["weekly"] == {"low": "112.32", "central": "124.80", "high": "137.28"}


def test_unpaid_help_not_deducted_when_the_council_says_so(rules: dict[str, Any]) -> None:
    rules["ras"]["person"]["unpaid_help"]["deduct"] = False
    budget = estimate(payload("home", {"unpaid_help": "most"}), ON)["budget"]
    assert budget["weekly"]["central"] == "139.50"
    assert budget["unpaid_help_deduction_percent"] == 0


def test_higher_local_capital_limit_overrides_the_national_one(rules: dict[str, Any]) -> None:
    rules["local"]["parameters"]["capital_upper_limit"] = {
        "description": "Local upper capital limit for care at home.",
        "unit": "gbp",
        "values": [{"from": "2026-04-06", "value": "30000.00",
                    "reference": "https://www.wyvernshire.example.org/charging"}],
    }
    charging = estimate(payload("home", {"savings": "25000"}), ON)["charging"]
    # 25,000 is now under the limit: tariff = (25,000 - 14,250) / 250 = 43; 8.55 + 43 = 51.55.
    assert charging["pays_full_cost"] is False
    assert charging["tariff_income"] == "43.00"
    assert charging["weekly_contribution"] == "51.55"


@pytest.mark.parametrize(("overrides", "band", "status"), [
    ({}, "low", "likely_not_eligible"),                                   # 2 outcomes unable
    ({"toilet_help": "some", "dressing_help": "some"}, "substantial", "likely_eligible"),
    ({"relationships_help": "some"}, "moderate", "likely_not_eligible"),  # 3 unable, 2 personal
    ({"wellbeing": "severe", "nutrition_difficulty": ["risk"], "hygiene_difficulty": ["risk"]},
     "critical", "likely_eligible"),
    ({"nutrition_help": "none", "hygiene_help": "none"}, "none", "likely_not_eligible"),
])
def test_facs_bands_and_threshold(rules: dict[str, Any], overrides: dict, band: str,
                                  status: str) -> None:
    rules["local"]["eligibility_scheme"] = "facs"
    rules["local"]["facs_threshold"] = "substantial"
    eligibility = estimate(payload("home", overrides), ON)["eligibility"]
    assert (eligibility["scheme"], eligibility["facs_band"], eligibility["status"]) == (
        "facs", band, status)


def test_facs_threshold_moderate_funds_moderate(rules: dict[str, Any]) -> None:
    rules["local"]["eligibility_scheme"] = "facs"
    rules["local"]["facs_threshold"] = "moderate"
    eligibility = estimate(payload("home", {"relationships_help": "some"}), ON)["eligibility"]
    assert eligibility["status"] == "likely_eligible"


def test_charging_carers_when_the_council_does(rules: dict[str, Any]) -> None:
    rules["local"]["charge_carers"] = True
    # The carer questionnaire asks no money questions, so nothing is counted: charge 0.
    result = estimate(payload("carer"), ON)
    assert result["charging"]["applies"] is True
