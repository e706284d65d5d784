"""Next steps to suggest, chosen from the result; their words are in
``rules/text/next_steps.yaml``."""

from __future__ import annotations

from typing import Any

from care_estimator.eligibility import CANNOT_TELL, LIKELY, UNLIKELY
from care_estimator.money import format_display, parse_pounds
from care_estimator.text import sentence


def _money(text: str) -> str:
    """``"1234.50"`` -> ``"£1,234.50"``."""
    return format_display(parse_pounds(text))


def _paid(text: str | None) -> bool:
    return bool(text) and text != "0.00"


def steps_with_values(flow: str, status: str, result: dict[str, Any],
                      outside: bool) -> list[tuple[str, str, dict[str, str]]]:
    """Which next steps apply, most important first: ``(id, text key, values)``, where
    the text key names a sentence of ``rules/text/next_steps.yaml``."""
    steps: list[tuple[str, str, dict[str, str]]] = []

    def add(step_id: str, key: str | None = None, **values: str) -> None:
        steps.append((step_id, key or step_id, values))

    if outside:
        add("contact_own_council")
    if flow == "carer":
        add("carer_assessment" if status in (LIKELY, CANNOT_TELL) else "carer_information")
        add("carer_support")
        return steps
    if status == LIKELY:
        add("needs_assessment")
    elif status == CANNOT_TELL:
        add("needs_assessment", "needs_assessment_cannot_tell")
    else:
        for step in ("prevention", "reablement", "equipment", "needs_assessment_anyway"):
            add(step)
    if result["budget"]["needs_full_assessment"]:
        add("full_assessment")
    self_funding = result["self_funder"]
    if self_funding["is_self_funder"]:
        add("self_funder")
        within = self_funding["contact_council_within_weeks"]
        if within is not None:
            add("contact_before_limit", contact_council_within_weeks=str(within))
    charging = result["charging"]
    first = charging.get("first_12_weeks")
    if first:
        values = {"first_weekly_contribution": _money(first["weekly_contribution"]),
                  "first_council_pays": _money(first["council_pays"])}
        if _paid(first.get("top_up")):
            add("first_12_weeks", "first_12_weeks_with_top_up",
                first_top_up=_money(first["top_up"]), **values)
        else:
            add("first_12_weeks", **values)
    top_up = charging.get("top_up")
    if top_up and _paid(top_up.get("weekly")):
        add("top_up", top_up_weekly=_money(top_up["weekly"]))
    deferred = charging.get("deferred_payment")
    if deferred and deferred["eligible"]:
        add("deferred_payment",
            weekly_deferred=_money(deferred["weekly_deferred"]),
            disposable_income_allowance=_money(deferred["disposable_income_allowance"]))
    for benefit in result.get("benefits_check", []):
        add(f"benefit_{benefit['id']}", "benefit", benefit_name=benefit["name"],
            how_to_claim=benefit["how_to_claim"])
    if status != UNLIKELY and not self_funding["is_self_funder"]:
        add("financial_assessment")
    add("carers")
    return steps


def next_steps(flow: str, status: str, result: dict[str, Any], figures: dict[str, str],
               outside: bool) -> list[dict[str, str]]:
    """A short list of things to do next, most important first: ``[{id, text}]``."""
    return [{"id": step_id, "text": sentence("next_steps", key, {**figures, **values})}
            for step_id, key, values in steps_with_values(flow, status, result, outside)]
