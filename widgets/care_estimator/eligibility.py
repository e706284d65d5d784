"""Eligibility: Care Act 2014 national criteria (SI 2015/313 regs 2 and 3) or FACS bands."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from care_estimator.answers import Answers
from care_estimator.questionnaire import outcome_labels
from care_estimator.rules_loader import rules_file
from care_estimator.text import sentence

LIKELY = "likely_eligible"
UNLIKELY = "likely_not_eligible"
CANNOT_TELL = "cannot_tell"


@dataclass
class Eligibility:
    status: str
    scheme: str
    deciding_rule: str
    reasons: list[str]
    outcomes_unable: list[str]
    facs_band: str | None = None
    risk_outcomes: list[str] = field(default_factory=list)

    def as_dict(self, flow: str) -> dict[str, Any]:
        labels = outcome_labels(flow)
        return {
            "status": self.status,
            "scheme": self.scheme,
            "deciding_rule": self.deciding_rule,
            "reasons": self.reasons,
            "outcomes_unable": self.outcomes_unable,
            "outcomes_unable_labels": [labels[o] for o in self.outcomes_unable],
            "facs_band": self.facs_band,
        }


def _why(key: str, **values: Any) -> str:
    """A reason sentence from ``rules/text/reasons.yaml``."""
    return sentence("reasons", key, values)


def _option_flags(questionnaire: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (q["id"], o["value"]): o
        for page in questionnaire["pages"]
        for q in page["questions"]
        for o in q["options"]
    }


def person_outcomes(answers: Answers, questionnaire: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Outcomes the person cannot achieve, and those where doing them risks harm."""
    flags = _option_flags(questionnaire)
    unable, risky = [], []
    for outcome in outcome_labels("person"):
        help_answer = answers.get(f"{outcome}_help")
        if help_answer is None or help_answer == "not_applicable":
            continue
        difficulties = answers.get(f"{outcome}_difficulty", ())
        if flags[(f"{outcome}_help", help_answer)]["unable"] or any(
            flags[(f"{outcome}_difficulty", d)]["unable"] for d in difficulties
        ):
            unable.append(outcome)
        if "risk" in difficulties:
            risky.append(outcome)
    return unable, risky


def carer_outcomes(answers: Answers, questionnaire: dict[str, Any]) -> list[str]:
    """Carer outcomes the carer cannot achieve because of caring."""
    flags = _option_flags(questionnaire)
    return [
        outcome for outcome in outcome_labels("carer")
        if answers.get(f"{outcome}_impact") is not None
        and flags[(f"{outcome}_impact", answers.get(f"{outcome}_impact"))]["unable"]
    ]


def care_act_person(answers: Answers, unable: list[str]) -> Eligibility:
    """Regulation 2: impairment, two or more outcomes, significant impact on wellbeing."""
    rules = rules_file("eligibility")["care_act_2014"]["person"]
    minimum = rules["minimum_outcomes_unable"]
    condition, wellbeing = answers.get("condition"), answers.get("wellbeing")
    failed: list[tuple[str, str]] = []
    unsure: list[tuple[str, str]] = []
    if condition == "no":
        failed.append(("SI 2015/313 reg 2(1)(a)", _why("person.condition_no")))
    elif condition == "not_sure":
        unsure.append(("SI 2015/313 reg 2(1)(a)", _why("person.condition_not_sure")))
    if len(unable) < minimum:
        failed.append(("SI 2015/313 reg 2(1)(b)", _why("person.too_few_outcomes",
                                                       unable=len(unable), minimum=minimum)))
    if wellbeing in rules["unsure_wellbeing"]:
        unsure.append(("SI 2015/313 reg 2(1)(c)", _why("person.wellbeing_not_sure")))
    elif wellbeing not in rules["significant_wellbeing"]:
        failed.append(("SI 2015/313 reg 2(1)(c)", _why("person.wellbeing_not_significant")))
    return _decide("care_act_2014", failed, unsure, unable,
                   ("SI 2015/313 reg 2(1)", _why("person.eligible", unable=len(unable))))


def care_act_carer(answers: Answers, unable: list[str]) -> Eligibility:
    """Regulation 3: necessary care; health at risk or an outcome not achieved; wellbeing."""
    rules = rules_file("eligibility")["care_act_2014"]["carer"]
    necessary, health = answers.get("provides_necessary_care"), answers.get("carer_health")
    wellbeing = answers.get("wellbeing")
    failed: list[tuple[str, str]] = []
    unsure: list[tuple[str, str]] = []
    if necessary == "no":
        failed.append(("SI 2015/313 reg 3(1)(a)", _why("carer.not_necessary")))
    elif necessary == "not_sure":
        unsure.append(("SI 2015/313 reg 3(1)(a)", _why("carer.necessary_not_sure")))
    if health not in rules["health_deteriorating"] and len(unable) < rules[
        "minimum_outcomes_unable"
    ]:
        failed.append(("SI 2015/313 reg 3(1)(b)", _why("carer.no_impact")))
    if wellbeing in rules["unsure_wellbeing"]:
        unsure.append(("SI 2015/313 reg 3(1)(c)", _why("carer.wellbeing_not_sure")))
    elif wellbeing not in rules["significant_wellbeing"]:
        failed.append(("SI 2015/313 reg 3(1)(c)", _why("carer.wellbeing_not_significant")))
    return _decide("care_act_2014", failed, unsure, unable,
                   ("SI 2015/313 reg 3(1)", _why("carer.eligible")))


def _decide(scheme: str, failed, unsure, unable, success) -> Eligibility:
    if failed:
        return Eligibility(UNLIKELY, scheme, failed[0][0], [t for _, t in failed + unsure], unable)
    if unsure:
        return Eligibility(CANNOT_TELL, scheme, unsure[0][0], [t for _, t in unsure], unable)
    return Eligibility(LIKELY, scheme, success[0], [success[1]], unable)


def facs_band(answers: Answers, unable: list[str], risky: list[str]) -> str:
    """The FACS band the answers point to (critical, substantial, moderate, low or none)."""
    facs = rules_file("eligibility")["facs"]
    personal = {o["id"] for o in rules_file("questionnaire/person")["outcomes"]
                if o.get("personal_care")}
    measures = {
        "outcomes_unable": len(unable),
        "personal_care_unable": len([o for o in unable if o in personal]),
        "risk_outcomes": len(risky),
    }
    for band in facs["bands"]:
        tests = band["when"]
        ok = all(measures[k] >= v for k, v in tests.items() if k != "wellbeing_in")
        if "wellbeing_in" in tests:
            ok = ok and answers.get("wellbeing") in tests["wellbeing_in"]
        if ok:
            return band["band"]
    return "none"


def facs_person(answers: Answers, unable: list[str], risky: list[str], threshold: str):
    """FACS: eligible when the band is at or above the council's threshold."""
    facs = rules_file("eligibility")["facs"]
    band = facs_band(answers, unable, risky)
    order = facs["order"]
    rule = f"FACS 2003 band {band}; council threshold {threshold}"
    if answers.get("condition") == "no":
        result = Eligibility(UNLIKELY, "facs", rule, [_why("facs.condition_no")], unable, band,
                             risky)
    elif order.index(band) >= order.index(threshold):
        result = Eligibility(LIKELY, "facs", rule, [_why("facs.eligible", band=band,
                                                         threshold=threshold)], unable, band, risky)
    else:
        result = Eligibility(UNLIKELY, "facs", rule, [_why("facs.not_eligible", band=band,
                                                           threshold=threshold)], unable, band,
                             risky)
    return result
