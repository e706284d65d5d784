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


def group_attributes(question: dict[str, Any]) -> dict[str, Any]:
    """The ``data-`` attributes the browser script reads (None values are left out)."""
    validation = question.get("validation") or {}
    return {
        "data-question": question["id"],
        "data-type": question["type"],
        "data-label": question.get("label"),
        "data-required": "true" if validation.get("required") else "false",
        "data-min": validation.get("min"),
        "data-max": validation.get("max"),
        "data-messages": json_attr(validation.get("messages") or {}),
        "data-show-if": json_attr(question["show_if"]) if question.get("show_if") else None,
    }


def control(question: dict[str, Any], heading: bool) -> Control:
    """The view model for any question type; ``heading`` makes its label the page's h1."""
    qtype = question["type"]
    common: dict[str, Any] = {
        "id": field_id(question["id"]), "name": question["id"], "label": question["label"],
        "heading": heading, "hint": question.get("hint") or "",
        "details": question.get("details") or None,
        "group_attributes": group_attributes(question),
    }
    if qtype in CHOICE_TYPES:
        items = [{"value": option["value"], "label": option["label"],
                  "hint": option.get("hint") or "", "exclusive": bool(option.get("exclusive"))}
                 for option in question.get("options") or []]
        return Control(kind="checkboxes" if qtype == "checkboxes" else "radios", items=items,
                       **common)
    return Control(kind="input", prefix=question.get("prefix") or "",
                   suffix=question.get("suffix") or "",
                   inputmode="decimal" if qtype == "money" else "numeric",
                   width=INPUT_WIDTHS.get(qtype), **common)
