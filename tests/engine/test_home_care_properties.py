"""Property-based tests (hypothesis) of the home care market price: more hours never cost
less, and the market price is used only for someone paying for themselves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from care_estimator import estimate
from care_estimator.home_care import hours_from_budget, weekly_cost
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.engine.helpers import payload

ON = dt.date(2026, 5, 1)
UPPER = 23_250_00
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
LOCALITIES = ["wyvernton", "northmoor", "eastbridge", "saltmarsh"]


def pounds(pence: int) -> str:
    return f"{pence // 100}.{pence % 100:02d}"


def pence(text: str) -> int:
    return int(Decimal(text) * 100)


def hours_text(quarters: int) -> str:
    return f"{Decimal(quarters) / 4:f}"


@SETTINGS
@given(savings=st.integers(UPPER + 1, 500_000_00), quarters=st.integers(0, 600),
       more=st.integers(1, 72), locality=st.sampled_from(LOCALITIES),
       pensions=st.integers(0, 800_00))
def test_more_hours_never_lower_the_cost(savings: int, quarters: int, more: int,
                                         locality: str, pensions: int) -> None:
    def cost(hours: str) -> tuple[int, int]:
        result = estimate(payload("home", {
            "savings": pounds(savings), "locality": locality, "weekly_care_hours": hours,
            "weekly_pensions": pounds(pensions)}), ON)
        return (pence(result["charging"]["cost_of_care"]),
                pence(result["charging"]["weekly_contribution"]))
    fewer, extra = cost(hours_text(quarters)), cost(hours_text(quarters + more))
    assert extra[0] >= fewer[0] and extra[1] >= fewer[1]


@SETTINGS
@given(savings=st.integers(0, 100_000_00), hours=st.one_of(st.none(), st.integers(0, 80)),
       own=st.one_of(st.none(), st.integers(0, 1_000_00)), locality=st.sampled_from(LOCALITIES))
def test_the_market_price_is_used_only_above_the_upper_limit(
        savings: int, hours: int | None, own: int | None, locality: str) -> None:
    answers = {"savings": pounds(savings), "locality": locality}
    if hours is not None:
        answers["weekly_care_hours"] = str(hours)
    if own is not None:
        answers["weekly_care_cost"] = pounds(own)
    charging = estimate(payload("home", answers), ON)["charging"]
    market = charging["cost_of_care_source"] == "the local market price"
    assert market == (savings > UPPER and own is None)
    assert (charging["market_price"] is not None) == market


@given(budget=st.integers(0, 2_000_00), rate=st.integers(1_00, 60_00))
def test_hours_from_the_budget_are_to_the_nearest_half_hour(budget: int, rate: int) -> None:
    hours = hours_from_budget(budget, rate)
    assert (hours * 2) == (hours * 2).to_integral_value()
    assert abs(hours - Decimal(budget) / rate) <= Decimal("0.25")


@given(hours=st.integers(0, 672), hourly=st.integers(0, 60_00), more=st.integers(1, 100))
def test_weekly_cost_never_falls_with_more_hours(hours: int, hourly: int, more: int) -> None:
    few, many = Decimal(hours) / 4, Decimal(hours + more) / 4
    assert weekly_cost(many, hourly) >= weekly_cost(few, hourly)
