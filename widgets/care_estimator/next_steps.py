"""Next steps to suggest, chosen from the result."""

from __future__ import annotations

from typing import Any

from care_estimator.eligibility import CANNOT_TELL, LIKELY, UNLIKELY


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
        add("equipment", "Equipment and minor adaptations costing {minor_adaptations_limit} or "
            "less are free. A Disabled Facilities Grant can pay for larger changes to your home, "
            "up to {dfg_maximum}.")
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
    deferred = result["charging"].get("deferred_payment")
    if deferred and deferred["eligible"]:
        add("deferred_payment", "Ask the council about a deferred payment agreement so you do "
            "not have to sell your home in your lifetime.")
    if status != UNLIKELY and not self_funding["is_self_funder"]:
        add("financial_assessment", "The council will do a financial assessment to work out "
            "what you pay. Have details of your income, savings and housing costs ready.")
    add("carers", "If someone helps you, they can ask for a carer's assessment of their own.")
    return steps
