"""Benefits check: benefits the answers suggest the person may be missing, and what the
estimate would be if they got them (the estimate is run again with the benefit added)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from care_estimator.answers import Answers
from care_estimator.charging import DISABILITY_BENEFITS, pension_age_reached
from care_estimator.eligibility import UNLIKELY
from care_estimator.money import format_pounds
from care_estimator.rules_loader import rules_file
from care_estimator.text import in_voice
from care_estimator.trail import Trail

# rerun(changed answers) -> (weekly contribution, council pays weekly), both in pence
Rerun = Callable[[dict[str, Any]], tuple[int, int]]


def _texts() -> dict[str, dict[str, str]]:
    return rules_file("benefits_check")["benefits"]


def _item(benefit_id: str, rates: list[int], trail: Trail, if_claimed: dict | None,
          **fill: str) -> dict[str, Any]:
    text = _texts()[benefit_id]
    return {
        "id": benefit_id,
        "name": text["name"],
        "weekly_rates": [format_pounds(r) for r in rates],
        "why": " ".join(in_voice(text["why"]).split()).format(**fill),
        "how_to_claim": " ".join(in_voice(text["how_to_claim"]).split()),
        "reference": text["reference"],
        "if_claimed": if_claimed,
    }


def _if_claimed(rerun: Rerun | None, changes: dict[str, Any], assumed: int,
                now: tuple[int, int]) -> dict[str, Any] | None:
    if rerun is None:
        return None
    contribution, council = rerun(changes)
    better_off = assumed - max(0, contribution - now[0])
    return {"assumed_weekly": format_pounds(assumed),
            "weekly_contribution": format_pounds(contribution),
            "council_pays_weekly": format_pounds(council),
            "better_off_weekly": format_pounds(better_off)}


def benefits_check(flow: str, answers: Answers, status: str, trail: Trail,
                   now: tuple[int, int], rerun: Rerun | None) -> list[dict[str, Any]]:
    """Benefits the person may be missing, each with rates, how to claim and the estimate."""
    found: list[dict[str, Any]] = []
    if flow == "carer":
        hours = answers.get("caring_hours")
        enough = hours == "50_plus" or answers.get("carer_35_hours") == "yes"
        if (enough and answers.get("carers_allowance") != "yes"
                and answers.get("carer_earnings_over_limit") != "yes"):
            rate = trail.param("carers_allowance_weekly")
            found.append(_item("carers_allowance", [rate], trail, None,
                               hours=str(trail.param("carers_allowance_hours")),
                               limit=trail.params["carers_allowance_earnings_limit"].display()))
        return found
    needs_care = status != UNLIKELY
    no_benefit = answers.get("disability_benefit", "none") not in DISABILITY_BENEFITS
    pension_age = pension_age_reached(answers, trail)
    if needs_care and no_benefit and pension_age:
        low, high = trail.param("aa_lower"), trail.param("aa_higher")
        found.append(_item("attendance_allowance", [low, high], trail,
                           _if_claimed(rerun, {"disability_benefit": "aa_lower"}, low, now)))
    elif needs_care and no_benefit:
        low, high = trail.param("pip_daily_standard"), trail.param("pip_daily_enhanced")
        found.append(_item("pip_daily_living", [low, high], trail,
                           _if_claimed(rerun, {"disability_benefit": "pip_daily_standard"},
                                       low, now)))
    couple = answers.get("couple") == "yes"
    either = pension_age or (couple and answers.get("partner_pension_age") == "yes")
    income = answers.get("weekly_pensions", 0) + answers.get("weekly_other_benefits", 0)
    guarantee = trail.param("pension_credit_guarantee_couple" if couple
                            else "pension_credit_guarantee_single")
    low_income = income < guarantee
    if either and low_income and not couple:
        gap = guarantee - income
        changes = {"weekly_other_benefits": answers.get("weekly_other_benefits", 0) + gap}
        found.append(_item("pension_credit", [guarantee], trail,
                           _if_claimed(rerun, changes, gap, now)))
    elif either and low_income:
        found.append(_item("pension_credit", [guarantee], trail, None))
    if answers.get("setting") != "care_home" and (low_income or now[0] == 0):
        found.append(_item("council_tax_reduction", [], trail, None))
    return found
