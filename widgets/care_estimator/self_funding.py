"""Self-funders: how long savings last before they fall to the upper capital limit."""

from __future__ import annotations

from typing import Any

from care_estimator.charging import Charging
from care_estimator.money import format_display, format_pounds
from care_estimator.text import sentence
from care_estimator.trail import Trail


def self_funder(charging: Charging, trail: Trail) -> dict[str, Any]:
    """Weeks until capital reaches the upper limit, paying the cost less spare income.

    Savings fall each week by the cost of care minus the income left after the MIG (or the
    Personal Expenses Allowance); weeks are rounded down, so the figure is never late.
    """
    upper = trail.param("capital_upper_limit")
    if not charging.applies or charging.capital_counted <= upper:
        return {"is_self_funder": False, "capital_above_upper_limit": "0.00",
                "weekly_cost": format_pounds(charging.cost_of_care),
                "weeks_until_upper_limit": None, "contact_council_within_weeks": None,
                "message": sentence("messages", "self_funder.below_limit")}
    above = charging.capital_counted - upper
    result: dict[str, Any] = {
        "is_self_funder": True,
        "capital_above_upper_limit": format_pounds(above),
        "weekly_cost": format_pounds(charging.cost_of_care),
        "weeks_until_upper_limit": None,
        "contact_council_within_weeks": None,
    }
    if charging.drawdown <= 0:
        result["message"] = sentence("messages", "self_funder.income_covers")
        return result
    weeks = above // charging.drawdown
    before = trail.param("contact_council_weeks_before")
    result["weeks_until_upper_limit"] = weeks
    result["contact_council_within_weeks"] = max(0, weeks - before)
    how_long = plain_duration(weeks)
    drawdown = format_display(charging.drawdown)
    trail.say("self_funder.weeks", {"above": format_display(above), "drawdown": drawdown,
                                    "how_long": how_long}, "capital_upper_limit")
    result["message"] = sentence("messages", "self_funder.runway", {
        "drawdown": drawdown, "how_long": how_long, "before": plain_duration(before)})
    return result


def plain_duration(weeks: int) -> str:
    """Weeks as people say them, rounded down: ``6 weeks``, ``5 months``, ``1 year``,
    ``3 years and 1 month`` (a month is 52/12 weeks)."""
    if weeks < 9:
        return f"{weeks} week" + ("" if weeks == 1 else "s")
    years, months = divmod(weeks * 12 // 52, 12)
    parts = []
    if years:
        parts.append(f"{years} year" + ("" if years == 1 else "s"))
    if months:
        parts.append(f"{months} month" + ("" if months == 1 else "s"))
    return " and ".join(parts)
