"""Property-based tests (hypothesis) of the care-home, top-up and tax promises."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from care_estimator import estimate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.engine.helpers import payload

ON = dt.date(2026, 5, 1)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
BENEFITS = ["none", "aa_lower", "aa_higher", "pip_daily_standard", "pip_daily_enhanced"]


def pounds(pence: int) -> str:
    return f"{pence // 100}.{pence % 100:02d}"


def pence(text: str) -> int:
    return int(Decimal(text) * 100)


care_home = st.fixed_dictionaries({
    "savings": st.integers(0, 60_000_00),
    "pensions": st.integers(0, 800_00),
    "fee": st.one_of(st.none(), st.integers(300_00, 2_000_00)),
    "home": st.one_of(st.none(), st.integers(0, 400_000_00)),
    "debt": st.integers(0, 100_000_00),
    "benefit": st.sampled_from(BENEFITS),
    "nursing": st.booleans(),
    "savings_credit": st.integers(0, 20_00),
})


def care_home_answers(case: dict) -> dict:
    answers = {"savings": pounds(case["savings"]), "weekly_pensions": pounds(case["pensions"]),
               "disability_benefit": case["benefit"],
               "care_home_type": "nursing" if case["nursing"] else "residential",
               "weekly_other_benefits": pounds(case["savings_credit"]),
               "savings_credit": pounds(case["savings_credit"])}
    if case["fee"] is not None:
        answers["weekly_care_cost"] = pounds(case["fee"])
    if case["home"] is not None:
        answers.update(owns_home="yes", home_value=pounds(case["home"]),
                       home_secured_debt=pounds(case["debt"]), home_occupants=["none"])
    return answers


@SETTINGS
@given(case=care_home)
def test_council_never_pays_more_than_its_rate_less_the_contribution(case: dict) -> None:
    result = estimate(payload("care_home", care_home_answers(case)), ON)
    charging = result["charging"]
    rate = pence(charging["council_rate"])
    for phase in charging["phases"]:
        assert pence(phase["council_pays"]) <= max(0, rate - pence(phase["weekly_contribution"]))
        assert pence(phase["council_pays"]) >= 0
    assert pence(result["council_pays_weekly"]) <= max(
        0, rate - pence(charging["weekly_contribution"]))


@SETTINGS
@given(case=care_home)
def test_a_top_up_is_never_council_money(case: dict) -> None:
    charging = estimate(payload("care_home", care_home_answers(case)), ON)["charging"]
    fee = pence(charging["cost_of_care"])
    for phase in charging["phases"]:
        council, top_up = pence(phase["council_pays"]), pence(phase["top_up"])
        contribution = pence(phase["weekly_contribution"])
        # every penny of the fee is paid once: by the person, the council or the top-up
        assert contribution + council + top_up == fee
        assert top_up == 0 or council + contribution == pence(phase["council_rate"])


@SETTINGS
@given(case=care_home)
def test_first_12_weeks_contribution_never_exceeds_the_later_one(case: dict) -> None:
    charging = estimate(payload("care_home", care_home_answers(case)), ON)["charging"]
    phases = charging["phases"]
    if len(phases) == 2:
        assert pence(phases[0]["weekly_contribution"]) <= pence(phases[1]["weekly_contribution"])


@SETTINGS
@given(gross=st.integers(0, 900_00), tax=st.integers(0, 200_00), more=st.integers(1, 100_00),
       base=st.sampled_from(["home", "care_home"]),
       benefit=st.sampled_from(BENEFITS))
def test_more_tax_paid_never_raises_the_charge(gross: int, tax: int, more: int, base: str,
                                               benefit: str) -> None:
    """Income counts after tax: the same pension taxed more is paid in lower."""
    def charge(tax_paid: int) -> int:
        answers = {"weekly_pensions": pounds(max(0, gross - tax_paid)),
                   "disability_benefit": benefit}
        return pence(estimate(payload(base, answers), ON)["charging"]["weekly_contribution"])
    assert charge(tax + more) <= charge(tax)
