"""What care at home costs someone who pays for it themselves: hours a week times the local
market price an hour (``rules/market_prices.yaml``, band ``home_care``).

Rounding (explicit): hours worked out from the council's budget are rounded to the nearest
half hour, halves up; the rural uplift on an hourly rate rounds to the nearest penny,
halves up; hours times the hourly price rounds to the nearest penny, halves up.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from care_estimator.answers import Answers
from care_estimator.budget import is_rural
from care_estimator.money import format_display, format_pounds, pence_from_rule, percent_of
from care_estimator.rules_loader import rules_file
from care_estimator.text import sentence
from care_estimator.trail import Trail

BAND = "home_care"
RATE = "home_care_rate_hourly"
HOURS_QUESTION = "weekly_care_hours"
HALF_HOURS = Decimal(2)  # hours from the budget are rounded to 1/2 an hour


def hours_text(hours: Decimal) -> str:
    """Hours for people: ``7``, ``7.5``, ``10.25``."""
    return f"{hours.normalize():f}"


def hours_from_budget(budget: int, rate: int) -> Decimal:
    """What ``budget`` pence a week buys at ``rate`` pence an hour, to the nearest half hour
    (halves up)."""
    halves = (Decimal(budget) * HALF_HOURS / Decimal(rate)).quantize(
        Decimal(1), rounding=ROUND_HALF_UP)
    return halves / HALF_HOURS


def weekly_cost(hours: Decimal, hourly: int) -> int:
    """``hours`` a week at ``hourly`` pence an hour, to the nearest penny (halves up)."""
    return int((hours * hourly).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def market_band() -> dict[str, Any] | None:
    """The home care band of the market prices, or None when the council has none."""
    band = (rules_file("market_prices").get("prices") or {}).get(BAND)
    return band if isinstance(band, dict) and band.get("median") else None


def market_cost(answers: Answers, budget: int, trail: Trail
                ) -> tuple[int, dict[str, Any]] | None:
    """(weekly cost in pence, the market price shown with the result), or None when this
    council publishes no home care market price or no usual hourly rate to work hours out."""
    band = market_band()
    if band is None:
        return None
    uplift = trail.param("rural_uplift_percent") if is_rural(answers.get("locality")) else 0
    median = pence_from_rule(band["median"])
    hourly = median + percent_of(median, uplift)
    hours = answers.get(HOURS_QUESTION)
    rate = None
    if hours is not None:
        hours = Decimal(hours)
        trail.step("charging.home_care_hours", sentence("home_care", "hours_given",
                                                         {"hours": hours_text(hours)}))
    else:
        if RATE not in trail.params.params or not trail.params.value(RATE):
            return None
        base = trail.param(RATE)
        rate = base + percent_of(base, uplift)
        hours = hours_from_budget(budget, rate)
        key = "hours_from_budget_rural" if uplift else "hours_from_budget"
        trail.step("charging.home_care_hours", sentence("home_care", key, {
            "budget": format_display(budget), "hours": hours_text(hours),
            "base": format_display(base), "uplift": uplift, "rate": format_display(rate)}),
            RATE, rate)
    low, high = pence_from_rule(band["low"]), pence_from_rule(band["high"])
    values = {"hourly": format_display(hourly), "median": format_display(median),
              "low": format_display(low), "high": format_display(high),
              "count": band["count"], "uplift": uplift}
    trail.step("charging.home_care_market_price", sentence(
        "home_care", "market_price_rural" if uplift else "market_price", values),
        "rural_uplift_percent" if uplift else None, hourly)
    cost = weekly_cost(hours, hourly)
    trail.step("charging.home_care_cost", sentence("home_care", "cost", {
        "hours": hours_text(hours), "cost": format_display(cost)}), amount=cost)
    market = rules_file("market_prices")
    return cost, {
        "label": str(band.get("label") or market["label"]), "checked": str(market["checked"]),
        "count": band["count"], "unit": band.get("unit", "per hour"),
        "low": format_pounds(low), "median": format_pounds(median),
        "high": format_pounds(high), "hourly": format_pounds(hourly),
        "rural_uplift_percent": uplift, "hours": hours_text(hours),
        "hours_source": "your answer" if rate is None else "the council's budget",
        "council_rate_hourly": format_pounds(rate) if rate is not None else None,
        "weekly": format_pounds(cost), "weekend_costs_more": True,
    }
