"""Put the pieces together: answers + date -> a JSON-ready indicative estimate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from care_estimator.answers import Answers, InvalidAnswers, check_answers, read_payload
from care_estimator.benefits_check import benefits_check
from care_estimator.budget import care_home_budget, estimate_budget
from care_estimator.charging import (
    Charging,
    always_free,
    assess_care_home,
    assess_home,
    no_charge_for_carers,
)
from care_estimator.eligibility import (
    UNLIKELY,
    Eligibility,
    care_act_carer,
    care_act_person,
    carer_outcomes,
    facs_person,
    person_outcomes,
)
from care_estimator.figures import figures_for
from care_estimator.money import format_pounds, parse_pounds
from care_estimator.next_steps import next_steps
from care_estimator.parameters import DateOutOfRange, ParameterSet, load_parameters
from care_estimator.questionnaire import build_questionnaire
from care_estimator.rules_loader import rules_file
from care_estimator.self_funding import self_funder
from care_estimator.text import sentence, speaking_of
from care_estimator.trail import Trail

WHO_QUESTION = "who_for"  # rules/questionnaire/person.yaml
SOMEONE_ELSE = "someone_else"


def _eligibility(flow: str, answers: Answers, questionnaire: dict[str, Any]) -> Eligibility:
    if flow == "carer":
        return care_act_carer(answers, carer_outcomes(answers, questionnaire))
    unable, risky = person_outcomes(answers, questionnaire)
    local = rules_file("local")
    if local.get("eligibility_scheme") == "facs":
        return facs_person(answers, unable, risky, local.get("facs_threshold", "substantial"))
    return care_act_person(answers, unable)


def _charging(flow: str, answers: Answers, budget_central: int, trail: Trail) -> Charging:
    if flow == "carer":
        if rules_file("local").get("charge_carers"):
            return assess_home(answers, budget_central, trail)
        return no_charge_for_carers(budget_central, trail)
    if answers.get("setting") == "care_home":
        return assess_care_home(answers, trail)
    return assess_home(answers, budget_central, trail)


def _is_outside(answers: Answers) -> bool:
    return any(loc["value"] == answers.get("locality") and loc.get("outside")
               for loc in rules_file("local")["localities"])


def _rerun(flow: str, answers: Answers, questionnaire: dict[str, Any],
           params: ParameterSet):
    """A function estimating again with some answers changed: (contribution, council pays)."""
    def rerun(changes: dict[str, Any]) -> tuple[int, int]:
        changed = Answers(flow=answers.flow, values={**answers.values, **changes})
        result = compute(flow, changed, questionnaire, params, benefits=False)
        return (parse_pounds(result["charging"]["weekly_contribution"]),
                parse_pounds(result["council_pays_weekly"]))
    return rerun


def compute(flow: str, answers: Answers, questionnaire: dict[str, Any],
            params: ParameterSet, benefits: bool = True) -> dict[str, Any]:
    """The estimate for checked answers (no validation here), its words about the person
    answering or, when they answer for someone else, about that person."""
    with speaking_of(answers.get(WHO_QUESTION) == SOMEONE_ELSE):
        return _compute(flow, answers, questionnaire, params, benefits)


def _compute(flow: str, answers: Answers, questionnaire: dict[str, Any],
             params: ParameterSet, benefits: bool) -> dict[str, Any]:
    trail = Trail(params)
    eligibility = _eligibility(flow, answers, questionnaire)
    trail.step(f"eligibility.{eligibility.scheme}", f"{eligibility.deciding_rule}: "
               f"{eligibility.status.replace('_', ' ')}.")
    applies = eligibility.status != UNLIKELY
    budget = estimate_budget(flow, answers, questionnaire, applies, trail)
    charging = _charging(flow, answers, budget.central, trail)
    council_pays = 0
    if applies and not (charging.applies and charging.capital_counted
                        > params.value("capital_upper_limit")):
        council_pays = (charging.council_pays if charging.council_pays is not None
                        else max(0, charging.cost_of_care - charging.weekly_contribution))
    trail.say("council_pays", amount=council_pays)
    if answers.get("setting") == "care_home":
        budget = care_home_budget(budget, applies, charging.council_rate, trail)
    figures = figures_for(params)
    charging_dict = charging.as_dict()
    charging_dict["always_free"] = always_free(figures)
    for name in ("reablement_weeks", "minor_adaptations_limit"):
        trail.param(name)
    result: dict[str, Any] = {
        "flow": flow,
        "date": params.on,
        "parameter_set": params.set_id,
        "parameter_set_label": params.label,
        "indicative": True,
        "notice": sentence("messages", "notice"),
        "eligibility": eligibility.as_dict(flow),
        "budget": budget.as_dict(),
        "charging": charging_dict,
        "council_pays_weekly": format_pounds(council_pays),
        "self_funder": self_funder(charging, trail),
    }
    now = (charging.weekly_contribution if charging.applies else 0, council_pays)
    result["benefits_check"] = benefits_check(
        flow, answers, eligibility.status, trail, now,
        _rerun(flow, answers, questionnaire, params) if benefits else None)
    result["next_steps"] = next_steps(flow, eligibility.status, result, figures,
                                      _is_outside(answers))
    if eligibility.status == UNLIKELY:
        trail.param("dfg_maximum")
    result["explanation"] = trail.steps
    result["unconfirmed"] = trail.unconfirmed()
    return result


def estimate(answers: Mapping[str, Any], on: dt.date) -> dict[str, Any]:
    """Estimate eligibility, indicative budget and contribution.

    ``answers`` is ``{"flow": "person" | "carer", "answers": {question_id: value}}`` with
    form values (see QUESTIONNAIRE.md). Raises :class:`InvalidAnswers` listing every
    problem, including a date that no parameter set covers.
    """
    flow, raw, problems = read_payload(answers)
    params = None
    try:
        params = load_parameters(on)
    except DateOutOfRange as error:
        problems.append({"field": "date", "message": str(error)})
    checked = None
    questionnaire = None
    if flow is not None:
        questionnaire = build_questionnaire(flow, params or load_parameters(_any_date()))
        checked, more = check_answers(flow, raw, questionnaire)
        problems += more
    if problems or checked is None or params is None or questionnaire is None:
        raise InvalidAnswers(problems)
    return compute(flow, checked, questionnaire, params)


def _any_date() -> dt.date:
    """A date some parameter set covers (to check answers when the date itself is wrong)."""
    from care_estimator.parameters import available_sets

    return dt.date.fromisoformat(available_sets()[-1]["from"])
