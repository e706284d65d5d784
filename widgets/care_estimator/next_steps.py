"""Next steps to suggest, chosen from the result (logic here, words in rules/text)."""

from __future__ import annotations

from typing import Any

from care_estimator.eligibility import CANNOT_TELL, LIKELY, UNLIKELY
from care_estimator.text import sentence


def step_ids(flow: str, status: str, result: dict[str, Any], outside: bool) -> list[str]:
    """Which next steps apply, most important first (ids of ``rules/text/next_steps.yaml``)."""
    ids: list[str] = []
    if outside:
        ids.append("contact_own_council")
    if flow == "carer":
        ids.append("carer_assessment" if status in (LIKELY, CANNOT_TELL) else "carer_information")
        ids.append("carer_support")
        return ids
    if status == LIKELY:
        ids.append("needs_assessment")
    elif status == CANNOT_TELL:
        ids.append("needs_assessment_cannot_tell")
    else:
        ids += ["prevention", "reablement", "equipment", "needs_assessment_anyway"]
    if result["budget"]["needs_full_assessment"]:
        ids.append("full_assessment")
    self_funding = result["self_funder"]
    if self_funding["is_self_funder"]:
        ids.append("self_funder")
        if self_funding["contact_council_within_weeks"] is not None:
            ids.append("contact_before_limit")
    deferred = result["charging"].get("deferred_payment")
    if deferred and deferred["eligible"]:
        ids.append("deferred_payment")
    if status != UNLIKELY and not self_funding["is_self_funder"]:
        ids.append("financial_assessment")
    ids.append("carers")
    return ids


def next_steps(flow: str, status: str, result: dict[str, Any], figures: dict[str, str],
               outside: bool) -> list[dict[str, str]]:
    """A short list of things to do next, most important first: ``[{id, text}]``.

    The ``id`` of the "we cannot tell" needs assessment step stays ``needs_assessment``
    (the results page and saved results know it by that name).
    """
    within = result["self_funder"].get("contact_council_within_weeks")
    values = {**figures, "contact_council_within_weeks": "" if within is None else str(within)}
    return [{"id": "needs_assessment" if step == "needs_assessment_cannot_tell" else step,
             "text": sentence("next_steps", step, values)}
            for step in step_ids(flow, status, result, outside)]
