"""One question as GOV.UK-style form controls: radios, checkboxes or a text input.

Every question becomes a ``div.fs-est-group`` carrying its rules in ``data-`` attributes,
so the browser can check answers and apply ``show_if`` without any other file.
"""

from __future__ import annotations

from typing import Any

from build_tools.estimator_site.html import attrs, esc, json_attr


def field_id(question_id: str, suffix: str = "") -> str:
    """The HTML id of a question's (first) control; error summaries link to it."""
    return f"fs-q-{question_id}" + (f"-{suffix}" if suffix else "")


def _hint(question: dict[str, Any]) -> str:
    hint = question.get("hint")
    if not hint:
        return ""
    return f'<div class="fs-est-hint"{attrs(id=field_id(question["id"], "hint"))}>{esc(hint)}</div>'


def _details(question: dict[str, Any]) -> str:
    details = question.get("details")
    if not details:
        return ""
    return (
        '<details class="fs-est-details">'
        f'<summary class="fs-est-details__summary">{esc(details.get("summary"))}</summary>'
        f'<div class="fs-est-details__text">{esc(details.get("text"))}</div></details>'
    )


def _error(question: dict[str, Any]) -> str:
    return (f'<p class="fs-est-error-message"{attrs(id=field_id(question["id"], "error"))} hidden>'
            "</p>")


def _group_attrs(question: dict[str, Any]) -> str:
    validation = question.get("validation") or {}
    return attrs(
        class_="fs-est-group",
        data_question=question["id"],
        data_type=question["type"],
        data_label=question.get("label"),
        data_required="true" if validation.get("required") else "false",
        data_min=validation.get("min"),
        data_max=validation.get("max"),
        data_messages=json_attr(validation.get("messages") or {}),
        data_show_if=json_attr(question["show_if"]) if question.get("show_if") else None,
    )


def _described_by(question: dict[str, Any]) -> str | None:
    return field_id(question["id"], "hint") if question.get("hint") else None


def _option(question: dict[str, Any], option: dict[str, Any], index: int, kind: str) -> str:
    qid = question["id"]
    control_id = field_id(qid) if index == 0 else field_id(qid, str(index))
    hint_id = f"{control_id}-item-hint" if option.get("hint") else None
    input_type = "radio" if kind == "radios" else "checkbox"
    input_html = "<input" + attrs(
        class_=f"fs-est-{kind}__input", id=control_id, name=qid, type=input_type,
        value=option["value"], aria_describedby=hint_id,
        data_exclusive="true" if option.get("exclusive") else None,
    ) + ">"
    label_html = (f'<label class="fs-est-{kind}__label"{attrs(for_=control_id)}>'
                  f'{esc(option["label"])}</label>')
    hint_html = (f'<div class="fs-est-hint fs-est-{kind}__hint"{attrs(id=hint_id)}>'
                 f'{esc(option["hint"])}</div>' if hint_id else "")
    divider = ""
    if option.get("exclusive") and index > 0:
        divider = f'<div class="fs-est-{kind}__divider">or</div>'
    return f'{divider}<div class="fs-est-{kind}__item">{input_html}{label_html}{hint_html}</div>'


def render_choices(question: dict[str, Any], heading: bool) -> str:
    """Radios (choice, yesno) or checkboxes in a fieldset; the legend is the ``h1`` if alone."""
    kind = "checkboxes" if question["type"] == "checkboxes" else "radios"
    legend_text = esc(question["label"])
    if heading:
        legend = (f'<legend class="fs-est-legend fs-est-legend--l">'
                  f'<h1 class="fs-est-heading" tabindex="-1">{legend_text}</h1></legend>')
    else:
        legend = f'<legend class="fs-est-legend fs-est-legend--m">{legend_text}</legend>'
    options = "".join(_option(question, option, index, kind)
                      for index, option in enumerate(question.get("options") or []))
    return (
        f"<div{_group_attrs(question)}>"
        f"<fieldset{attrs(class_='fs-est-fieldset', aria_describedby=_described_by(question))}>"
        f"{legend}{_hint(question)}{_details(question)}{_error(question)}"
        f'<div class="fs-est-{kind}">{options}</div>'
        "</fieldset></div>"
    )


def render_input(question: dict[str, Any], heading: bool) -> str:
    """A text input for ``number`` or ``money`` with its prefix and suffix."""
    qid = question["id"]
    label = (f'<label class="fs-est-label"{attrs(for_=field_id(qid))}>'
             f'{esc(question["label"])}</label>')
    if heading:
        label = f'<h1 class="fs-est-heading fs-est-label-wrapper" tabindex="-1">{label}</h1>'
    money = question["type"] == "money"
    control = (
        "<input"
        + attrs(
            class_="fs-est-input" + (" fs-est-input--money" if money else " fs-est-input--number"),
            id=field_id(qid),
            name=qid,
            type="text",
            inputmode="decimal" if money else "numeric",
            spellcheck="false",
            autocomplete="off",
            aria_describedby=_described_by(question),
        )
        + ">"
    )
    prefix = question.get("prefix")
    suffix = question.get("suffix")
    wrapper = '<div class="fs-est-input__wrapper">'
    if prefix:
        wrapper += f'<div class="fs-est-input__prefix" aria-hidden="true">{esc(prefix)}</div>'
    wrapper += control
    if suffix:
        wrapper += f'<div class="fs-est-input__suffix" aria-hidden="true">{esc(suffix)}</div>'
    wrapper += "</div>"
    return (f"<div{_group_attrs(question)}>{label}{_hint(question)}{_details(question)}"
            f"{_error(question)}{wrapper}</div>")


def render_question(question: dict[str, Any], heading: bool) -> str:
    """The controls for any question type."""
    if question["type"] in {"choice", "yesno", "checkboxes"}:
        return render_choices(question, heading)
    return render_input(question, heading)
