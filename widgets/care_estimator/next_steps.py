"""Next steps to suggest, chosen from the result."""

from __future__ import annotations

from typing import Any

from care_estimator.eligibility import CANNOT_TELL, LIKELY, UNLIKELY
from care_estimator.money import format_display, parse_pounds


def _money(text: str) -> str:
    """``"1234.50"`` -> ``"£1,234.50"``."""
    return format_display(parse_pounds(text))


def next_steps(flow: str, status: str, result: dict[str, Any], figures: dict[str, str],
               outside: bool) -> list[dict[str, str]]:
    """A short list of things to do next, most important first."""
    steps: list[dict[str, str]] = []

    def add(step_id: str, text: str) -> None:
        steps.append({"id": step_id, "text": text.format_map(figures)})

    if outside:
        add("contact_own_council", "You live outside this council's area. Contact your own "
            "council's adult social care team: the national rules are the same.")
    if flow == "carer":
        if status in (LIKELY, CANNOT_TELL):
            add("carer_assessment", "Ask the council for a carer's assessment. It is free, and "
                "you can have one whatever your income.")
        else:
            add("carer_information", "You can still get information and advice, and ask for a "
                "carer's assessment at any time if things change.")
        add("carer_support", "Look for local carers' groups, breaks and emergency planning in "
            "the services directory.")
        return steps
    if status == LIKELY:
        add("needs_assessment", "Ask the council for a needs assessment. It is free, whoever "
            "pays for your care.")
    elif status == CANNOT_TELL:
        add("needs_assessment", "We cannot tell from your answers. Ask the council for a needs "
            "assessment: it is free and will give you a clear answer.")
    else:
        add("prevention", "Look at services that can help you stay independent, such as "
            "local groups, befriending, telecare and falls prevention.")
        add("reablement", "If you have just left hospital or had a fall, ask about reablement: "
            "it is free for up to {reablement_weeks} weeks.")
        add("equipment", "Equipment (aids) is free whatever it costs, and so are minor "
            "adaptations costing {minor_adaptations_limit} or less. A Disabled Facilities Grant "
            "can pay for larger changes to your home, up to {dfg_maximum}.")
        add("needs_assessment_anyway", "You can still ask for a needs assessment at any time.")
    if result["budget"]["needs_full_assessment"]:
        add("full_assessment", "Your needs are high: the council should do a full assessment "
            "quickly. Say if you or anyone else is at risk.")
    self_funding = result["self_funder"]
    if self_funding["is_self_funder"]:
        add("self_funder", "You are likely to pay the full cost of your care for now. The "
            "council must still give you information and advice, and can arrange your care "
            "if you ask.")
        if self_funding["contact_council_within_weeks"] is not None:
            add("contact_before_limit", "Contact the council within about "
                f"{self_funding['contact_council_within_weeks']} weeks, before your savings "
                "fall to {capital_upper_limit}.")
    charging = result["charging"]
    first = charging.get("first_12_weeks")
    if first:
        add("first_12_weeks", "For the first {property_disregard_weeks} weeks your home is not "
            "counted: you would pay about "
            f"{_money(first['weekly_contribution'])} a week and the "
            f"council about {_money(first['council_pays'])}"
            + (f", with a top-up of {_money(first['top_up'])} a week paid by someone else."
               if first.get("top_up", "0.00") != "0.00" else "."))
    top_up = charging.get("top_up")
    if top_up and top_up.get("weekly") != "0.00":
        add("top_up", f"The fee is {_money(top_up['weekly'])} a week more than the council "
            "pays for this type of home. Someone else, such as a relative, would need to agree "
            "to pay that top-up, or you could choose a home that costs the council's rate.")
    deferred = charging.get("deferred_payment")
    if deferred and deferred["eligible"]:
        add("deferred_payment", "Ask the council about a deferred payment agreement so you do "
            "not have to sell your home in your lifetime: about "
            f"{_money(deferred['weekly_deferred'])} a week would be deferred, and you would "
            f"keep up to {_money(deferred['disposable_income_allowance'])} a week of your income.")
    for benefit in result.get("benefits_check", []):
        add(f"benefit_{benefit['id']}", f"Check whether you can get {benefit['name']}. "
            f"{benefit['how_to_claim']}".replace("{", "{{").replace("}", "}}"))
    if status != UNLIKELY and not self_funding["is_self_funder"]:
        add("financial_assessment", "The council will do a financial assessment to work out "
            "what you pay. Have details of your income, savings and housing costs ready.")
    add("carers", "If someone helps you, they can ask for a carer's assessment of their own.")
    return steps
