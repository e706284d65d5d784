"""Build the questionnaire structure described in QUESTIONNAIRE.md from the rules YAML."""

from __future__ import annotations

import datetime as dt
from typing import Any

from care_estimator.figures import figures_for, fill
from care_estimator.parameters import ParameterSet, load_parameters
from care_estimator.rules_loader import rules_file
from care_estimator.text import sentence

FLOWS = ("person", "carer")
QUESTION_TYPES = ("choice", "checkboxes", "number", "money", "yesno")
YES_NO = [
    {"value": "yes", "label": "Yes"},
    {"value": "no", "label": "No"},
]


def _other(raw: dict[str, Any] | None, key: str, figures: dict[str, str]) -> str | None:
    """The third-person form ``<key>_other`` of a text, for someone answering for another."""
    return fill((raw or {}).get(f"{key}_other"), figures)


def _option(raw: dict[str, Any], figures: dict[str, str], weight: int = 1) -> dict[str, Any]:
    return {
        "value": str(raw["value"]),
        "label": fill(raw["label"], figures),
        "label_other": _other(raw, "label", figures),
        "hint": fill(raw.get("hint"), figures),
        "hint_other": _other(raw, "hint", figures),
        "points": int(raw.get("points", 0)) * weight,
        "exclusive": bool(raw.get("exclusive", False)),
        "unable": bool(raw.get("unable", False)),
    }


def _joined(first: str | None, second: str | None, figures: dict[str, str]) -> str | None:
    """Two hint sentences as one (either may be missing)."""
    text = " ".join(part for part in (first, second) if part)
    return fill(text, figures) if text else None


def _validation(raw: dict[str, Any] | None, page_required: bool = False) -> dict[str, Any]:
    raw = raw or {}
    result = {
        "required": bool(raw.get("required", False)),
        "min": raw.get("min"),
        "max": raw.get("max"),
        "messages": dict(raw.get("messages") or {}),
    }
    if raw.get("decimals"):  # a number question that accepts up to this many decimals
        result["decimals"] = int(raw["decimals"])
    if page_required:  # asked by the site's page; the engine accepts it left out
        result["page_required"] = True
    return result


def _question(
    raw: dict[str, Any], figures: dict[str, str], localities: list[dict[str, Any]]
) -> dict[str, Any]:
    qtype = raw["type"]
    if qtype not in QUESTION_TYPES:
        raise ValueError(f"question {raw['id']}: unknown type {qtype!r}")
    if raw.get("options_from") == "localities":
        options = [_option(o, figures) for o in localities]
    elif qtype == "yesno":
        options = [_option(o, figures) for o in raw.get("options", YES_NO)]
    else:
        options = [_option(o, figures) for o in raw.get("options", [])]
    details = raw.get("details")
    return {
        "id": raw["id"],
        "type": qtype,
        "label": fill(raw["label"], figures),
        "label_other": _other(raw, "label", figures),
        "hint": fill(raw.get("hint"), figures),
        "hint_other": _other(raw, "hint", figures),
        "details": (
            {"summary": fill(details["summary"], figures), "text": fill(details["text"], figures),
             "text_other": _other(details, "text", figures)}
            if details
            else None
        ),
        "options": options,
        "validation": _validation(raw.get("validation"), raw.get("page_required", False)),
        "show_if": raw.get("show_if"),
        "prefix": raw.get("prefix"),
        "suffix": raw.get("suffix"),
        "outcome": raw.get("outcome"),
    }


def _page(raw: dict[str, Any], questions: list[dict[str, Any]], outcome: str | None = None):
    return {
        "id": raw["id"],
        "title": raw["title"],
        "title_other": raw.get("title_other"),
        "intro": raw.get("intro"),
        "outcome": outcome,
        "show_if": raw.get("show_if"),
        "questions": questions,
    }


def _person_outcome_pages(data: dict[str, Any], figures: dict[str, str]) -> list[dict[str, Any]]:
    pages = []
    help_scale, difficulty_scale = data["scales"]["help"], data["scales"]["difficulty"]
    for outcome in data["outcomes"]:
        oid, title = outcome["id"], outcome["title"]
        weight = int(outcome.get("weight", 1))
        help_options = [_option(o, figures, weight) for o in help_scale]
        help_options += [_option(o, figures) for o in outcome.get("extra_options", [])]
        details = outcome.get("details")
        help_q = {
            "id": f"{oid}_help",
            "type": "choice",
            "label": fill(outcome["help_label"], figures),
            "label_other": _other(outcome, "help_label", figures),
            "hint": _joined(outcome.get("hint"), data.get("help_hint"), figures),
            "hint_other": _joined(outcome.get("hint_other") or outcome.get("hint"),
                                  data.get("help_hint_other"), figures),
            "details": {"summary": "Help with this question", "text": details,
                        "text_other": outcome.get("details_other")} if details else None,
            "options": help_options,
            "validation": _validation(
                {"required": True,
                 "messages": {"required": f"Select how much help you need with {title.lower()}",
                              "required_other": "Select how much help they need with "
                              f"{title.lower()}"}}
            ),
            "show_if": None,
            "prefix": None,
            "suffix": None,
            "outcome": oid,
        }
        difficulty_q = {
            "id": f"{oid}_difficulty",
            "type": "checkboxes",
            "label": data["difficulty_label"],
            "label_other": data.get("difficulty_label_other"),
            "hint": data.get("difficulty_hint"),
            "hint_other": data.get("difficulty_hint_other"),
            "details": None,
            "options": [_option(o, figures) for o in difficulty_scale],
            "validation": _validation(
                {"required": True,
                 "messages": {"required": "Select what happens, or select None of these"}}
            ),
            # "This does not apply to me" hides the follow-up question.
            "show_if": ({"question": f"{oid}_help", "in": [o["value"] for o in help_scale]}
                        if outcome.get("extra_options") else None),
            "prefix": None,
            "suffix": None,
            "outcome": oid,
        }
        pages.append(_page({"id": oid.replace("_", "-"), "title": title,
                            "title_other": outcome.get("title_other")},
                           [help_q, difficulty_q], oid))
    return pages


def _carer_outcome_pages(data: dict[str, Any], figures: dict[str, str]) -> list[dict[str, Any]]:
    pages = []
    scale = data["scales"]["impact"]
    for outcome in data["outcomes"]:
        oid = outcome["id"]
        question = {
            "id": f"{oid}_impact",
            "type": "choice",
            "label": fill(outcome["label"], figures),
            "label_other": _other(outcome, "label", figures),
            "hint": fill(outcome.get("hint"), figures),
            "hint_other": _other(outcome, "hint", figures),
            "details": None,
            "options": [_option(o, figures) for o in scale],
            "validation": _validation(
                {"required": True, "messages": {"required": "Select how caring affects this"}}
            ),
            "show_if": None,
            "prefix": None,
            "suffix": None,
            "outcome": oid,
        }
        pages.append(_page({"id": oid.replace("_", "-"), "title": outcome["title"]},
                           [question], oid))
    return pages


def build_questionnaire(flow: str, params: ParameterSet) -> dict[str, Any]:
    """The questionnaire for ``flow`` with figures from ``params`` filled into its text."""
    if flow not in FLOWS:
        raise ValueError(f"unknown flow {flow!r}: use one of {', '.join(FLOWS)}")
    data = rules_file(f"questionnaire/{flow}")
    figures = figures_for(params)
    localities = rules_file("local")["localities"]

    local = rules_file("local")

    def offered(question: dict[str, Any]) -> bool:
        """A question tied to a council option is asked only when the council has it on."""
        option = question.get("council_option")
        return option is None or bool(local.get(option))

    def plain_pages(key: str) -> list[dict[str, Any]]:
        return [
            _page(p, [_question(q, figures, localities) for q in p["questions"] if offered(q)])
            for p in data.get(key, [])
        ]

    outcome_pages = (
        _person_outcome_pages(data, figures) if flow == "person"
        else _carer_outcome_pages(data, figures)
    )
    return {
        "flow": flow,
        "title": data["title"],
        "intro": fill(data.get("intro"), figures),
        "parameter_set": params.set_id,
        "indicative_notice": sentence("messages", "notice"),
        "reference": data.get("reference"),
        "pages": plain_pages("pages_before_outcomes") + outcome_pages
        + plain_pages("pages_after_outcomes"),
    }


def load_questionnaire(flow: str, on: dt.date) -> dict[str, Any]:
    """The questionnaire for ``"person"`` or ``"carer"`` as in force on ``on``."""
    return build_questionnaire(flow, load_parameters(on))


def outcome_labels(flow: str) -> dict[str, str]:
    """Outcome id -> its plain title, e.g. ``{"nutrition": "Eating and drinking"}``."""
    return {o["id"]: o["title"] for o in rules_file(f"questionnaire/{flow}")["outcomes"]}


def questions_by_id(questionnaire: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every question keyed by id, each with ``page_show_if`` from its page."""
    found = {}
    for page in questionnaire["pages"]:
        for question in page["questions"]:
            found[question["id"]] = {**question, "page_show_if": page["show_if"]}
    return found
