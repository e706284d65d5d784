"""Resource Allocation System: questionnaire points -> indicative weekly personal budget."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from care_estimator.answers import Answers
from care_estimator.money import format_display, format_pounds, percent_of
from care_estimator.rules_loader import rules_file
from care_estimator.trail import Trail

BUDGET_MESSAGE = (
    "This is an indicative personal budget worked out from your answers. Your final budget "
    "is agreed in your support plan after a needs assessment, and it must be enough to meet "
    "your eligible needs."
)
FULL_ASSESSMENT_MESSAGE = (
    "Your answers show a high level of need, above what this estimator can price. The "
    "council needs to do a full assessment to work out your budget."
)


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
            "message": FULL_ASSESSMENT_MESSAGE if self.needs_full_assessment else BUDGET_MESSAGE,
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
    trail.step("ras.points", f"Your answers score {points} points.")
    if method == "allocation_table":
        table = config["allocation_table"]
        share = allocation_percent(points, table["bands"])
        maximum = trail.param(table["maximum_parameter"])
        base = percent_of(maximum, share)
        trail.step("ras.allocation_table", f"{points} points fall in the {share}% band of the "
                   "allocation table.", table["maximum_parameter"], base)
    else:
        price = trail.param(config["price_parameter"])
        base = points * price
        trail.step("ras.price_per_point", f"{points} points times {format_display(price)} a "
                   "point.", config["price_parameter"], base)

    unpaid = config.get("unpaid_help") or {}
    deduction = 0
    if unpaid.get("deduct"):
        deduction = int(unpaid["percent_by_answer"].get(answers.get(unpaid["question"]), 0))
    after_help = base - percent_of(base, deduction)
    if deduction:
        trail.step("ras.unpaid_help", f"Minus {deduction}% for the unpaid help you said you "
                   "get (rounded to the nearest penny).", amount=after_help)

    uplift = trail.param("rural_uplift_percent") if is_rural(answers.get("locality")) else 0
    central = after_help + percent_of(after_help, uplift)
    if uplift:
        trail.step("ras.rural_uplift", f"Plus {uplift}% because you live in a rural area.",
                   "rural_uplift_percent", central)

    tolerance = int(config["tolerance_percent"])
    low = central - percent_of(central, tolerance)
    high = central + percent_of(central, tolerance)
    if not applies:
        trail.step("ras.not_eligible", "You are likely not eligible, so no personal budget is "
                   "shown.", amount=0)
        low = central = high = 0
    else:
        trail.step("ras.range", f"The range is {tolerance}% either side: "
                   f"{format_display(low)} to {format_display(high)}.", amount=central)
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
        trail.step("ras.care_home_rate", "In a care home your indicative personal budget is what "
                   "the council would pay for a suitable home: its usual rate for this type of "
                   "home.", amount=rate)
    return replace(budget, method="care_home_rate", low=rate, central=rate, high=rate,
                   tolerance_percent=0, unpaid_help_percent=0, rural_uplift_percent=0,
                   needs_full_assessment=False)
