"""One question as a view model for the shared form macros (radios, checkboxes or an input).

Every question's group carries its rules in ``data-`` attributes, so the browser can check
answers and apply ``show_if`` without any other file. The markup is in
``templates/estimator/question.html`` and ``components/forms.html``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

CHOICE_TYPES = {"choice", "yesno", "checkboxes"}
# Input widths (components/forms.css ``fs-input--width-N``) by question type.
INPUT_WIDTHS = {"money": 10, "number": 5}


def field_id(question_id: str, suffix: str = "") -> str:
    """The HTML id of a question's (first) control; error summaries link to it."""
    return f"fs-q-{question_id}" + (f"-{suffix}" if suffix else "")


def json_attr(value: Any) -> str:
    """Compact JSON for a ``data-`` attribute (the template escapes it)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Control:
    """What the form macros need to draw one question."""

    kind: str  # "radios", "checkboxes" or "input"
    id: str
    name: str
    label: str
    heading: bool
    hint: str = ""
    details: dict[str, Any] | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    prefix: str = ""
    suffix: str = ""
    inputmode: str = "numeric"
    width: int | None = None
    group_attributes: dict[str, Any] = field(default_factory=dict)


def other_words(question: dict[str, Any]) -> str | None:
    """JSON of the question's third-person texts (label, hint, details, options), if any."""
    details = question.get("details") or {}
    found: dict[str, Any] = {
        "label": question.get("label_other"),
        "hint": question.get("hint_other"),
        "details": details.get("text_other"),
        "options": {o["value"]: o["label_other"] for o in question.get("options") or []
                    if o.get("label_other")},
        "option_hints": {o["value"]: o["hint_other"] for o in question.get("options") or []
                         if o.get("hint_other")},
    }
    found = {key: value for key, value in found.items() if value}
    return json_attr(found) if found else None


def group_attributes(question: dict[str, Any], summary_label: str | None = None
                     ) -> dict[str, Any]:
    """The ``data-`` attributes the browser script reads (None values are left out)."""
    validation = question.get("validation") or {}
    return {
        "data-question": question["id"],
        "data-type": question["type"],
        "data-label": question.get("label"),
        "data-required": "true" if validation.get("required")
        or validation.get("page_required") else "false",
        "data-min": validation.get("min"),
        "data-max": validation.get("max"),
        "data-decimals": validation.get("decimals"),
        "data-messages": json_attr(validation.get("messages") or {}),
        "data-show-if": json_attr(question["show_if"]) if question.get("show_if") else None,
        "data-words": other_words(question),
        "data-summary-label": summary_label,
    }


def control(question: dict[str, Any], heading: bool, summary_label: str | None = None
            ) -> Control:
    """The view model for any question type; ``heading`` makes its label the page's h1.

    ``summary_label`` is the short row name in Check your answers (activity cards)."""
    qtype = question["type"]
    common: dict[str, Any] = {
        "id": field_id(question["id"]), "name": question["id"], "label": question["label"],
        "heading": heading, "hint": question.get("hint") or "",
        "details": question.get("details") or None,
        "group_attributes": group_attributes(question, summary_label),
    }
    if qtype in CHOICE_TYPES:
        items = [{"value": option["value"], "label": option["label"],
                  "hint": option.get("hint") or "", "exclusive": bool(option.get("exclusive"))}
                 for option in question.get("options") or []]
        return Control(kind="checkboxes" if qtype == "checkboxes" else "radios", items=items,
                       **common)
    return Control(kind="input", prefix=question.get("prefix") or "",
                   suffix=question.get("suffix") or "",
                   inputmode="decimal" if qtype == "money"
                   or (question.get("validation") or {}).get("decimals") else "numeric",
                   width=INPUT_WIDTHS.get(qtype), **common)
