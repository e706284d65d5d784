"""Resource Allocation System: questionnaire points -> indicative weekly personal budget."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from care_estimator.answers import Answers
from care_estimator.money import format_display, format_pounds, percent_of
from care_estimator.rules_loader import rules_file
from care_estimator.text import sentence
from care_estimator.trail import Trail


@dataclass(frozen=True)
class Budget:
    applies: bool
    points: int
    method: str
    low: int
    central: int
    high: int
    unpaid_help_percent: int
    rural_uplift_percent: int
    tolerance_percent: int
    needs_full_assessment: bool

    def as_dict(self) -> dict[str, Any]:
        weekly = {"low": self.low, "central": self.central, "high": self.high}
        return {
            "applies": self.applies,
            "points": self.points,
            "method": self.method,
            "weekly": {k: format_pounds(v) for k, v in weekly.items()},
            "annual": {k: format_pounds(v * 52) for k, v in weekly.items()},
            "unpaid_help_deduction_percent": self.unpaid_help_percent,
            "rural_uplift_percent": self.rural_uplift_percent,
            "tolerance_percent": self.tolerance_percent,
            "needs_full_assessment": self.needs_full_assessment,
            "message": sentence("messages", "budget.full_assessment"
                                if self.needs_full_assessment else "budget.estimate"),
        }


def total_points(answers: Answers, questionnaire: dict[str, Any]) -> int:
    """Sum the points of every chosen answer (difficulties of a not-applicable outcome skip)."""
    points = 0
    for page in questionnaire["pages"]:
        for question in page["questions"]:
            value = answers.get(question["id"])
            if value is None:
                continue
            outcome = question["outcome"]
            if (question["type"] == "checkboxes" and outcome
                    and answers.get(f"{outcome}_help") == "not_applicable"):
                continue
            chosen = value if isinstance(value, tuple) else (value,)
            points += sum(o["points"] for o in question["options"] if o["value"] in chosen)
    return points


def allocation_percent(points: int, bands: list[dict[str, int]]) -> int:
    """The allocation-table share for ``points``: the last band whose start is reached."""
    percent = 0
    for band in sorted(bands, key=lambda b: b["from_points"]):
        if points >= band["from_points"]:
            percent = band["percent"]
    return percent


def is_rural(locality: str | None) -> bool:
    """True when the council marks ``locality`` as rural."""
    return any(
        loc["value"] == locality and loc.get("rural") for loc in rules_file("local")["localities"]
    )


def estimate_budget(
    flow: str, answers: Answers, questionnaire: dict[str, Any], applies: bool, trail: Trail
) -> Budget:
    """Work out the indicative weekly budget, recording each step on ``trail``."""
    config = rules_file("ras")[flow]
    method = config["method"]
    points = total_points(answers, questionnaire)
    trail.say("ras.points", {"points": points})
    if method == "allocation_table":
        table = config["allocation_table"]
        share = allocation_percent(points, table["bands"])
        maximum = trail.param(table["maximum_parameter"])
        base = percent_of(maximum, share)
        trail.say("ras.allocation_table", {"points": points, "share": share},
                  table["maximum_parameter"], base)
    else:
        price = trail.param(config["price_parameter"])
        base = points * price
        trail.say("ras.price_per_point", {"points": points, "price": format_display(price)},
                  config["price_parameter"], base)

    unpaid = config.get("unpaid_help") or {}
    deduction = 0
    if unpaid.get("deduct"):
        deduction = int(unpaid["percent_by_answer"].get(answers.get(unpaid["question"]), 0))
    after_help = base - percent_of(base, deduction)
    if deduction:
        trail.say("ras.unpaid_help", {"deduction": deduction}, amount=after_help)

    uplift = trail.param("rural_uplift_percent") if is_rural(answers.get("locality")) else 0
    central = after_help + percent_of(after_help, uplift)
    if uplift:
        trail.say("ras.rural_uplift", {"uplift": uplift}, "rural_uplift_percent", central)

    tolerance = int(config["tolerance_percent"])
    low = central - percent_of(central, tolerance)
    high = central + percent_of(central, tolerance)
    if not applies:
        trail.say("ras.not_eligible", amount=0)
        low = central = high = 0
    else:
        trail.say("ras.range", {"tolerance": tolerance, "low": format_display(low),
                                "high": format_display(high)}, amount=central)
    return Budget(
        applies=applies,
        points=points,
        method=method,
        low=low,
        central=central,
        high=high,
        unpaid_help_percent=deduction,
        rural_uplift_percent=uplift,
        tolerance_percent=tolerance,
        needs_full_assessment=points >= int(config["upper_band_points"]),
    )



def care_home_budget(budget: Budget, applies: bool, council_rate: int, trail: Trail) -> Budget:
    """In a care home the indicative budget is the council's usual rate for that type of home."""
    rate = council_rate if applies else 0
    if applies:
        trail.say("ras.care_home_rate", amount=rate)
    return replace(budget, method="care_home_rate", low=rate, central=rate, high=rate,
                   tolerance_percent=0, unpaid_help_percent=0, rural_uplift_percent=0,
                   needs_full_assessment=False)
