"""Check and convert submitted answers; collect every problem before reporting any."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from care_estimator.money import MoneyError, parse_pounds
from care_estimator.questionnaire import FLOWS, questions_by_id

_WHOLE_NUMBER = re.compile(r"^-?\d+$")


class InvalidAnswers(ValueError):
    """The answers (or the date) cannot be used; ``problems`` lists every one."""

    def __init__(self, problems: list[dict[str, str]]) -> None:
        self.problems = problems
        lines = [f"{p['field']}: {p['message']}" for p in problems]
        super().__init__(f"{len(problems)} problem(s) with the answers:\n" + "\n".join(lines))


@dataclass(frozen=True)
class Answers:
    """Checked answers: choice/yesno -> str, checkboxes -> tuple[str, ...], number -> int
    (a :class:`~decimal.Decimal` when the question allows ``decimals``), money -> pence
    (int); ``None`` when not answered or not shown."""

    flow: str
    values: dict[str, Any]

    def get(self, question_id: str, default: Any = None) -> Any:
        value = self.values.get(question_id)
        return default if value is None else value


def read_payload(payload: Any) -> tuple[str | None, Mapping[str, Any], list[dict[str, str]]]:
    """Split ``{"flow": ..., "answers": {...}}`` into its parts, noting what is wrong."""
    problems: list[dict[str, str]] = []
    if not isinstance(payload, Mapping):
        return None, {}, [{"field": "(input)", "message": "must be a JSON object with "
                           "\"flow\" and \"answers\""}]
    unknown = sorted(set(payload) - {"flow", "answers"})
    problems += [{"field": k, "message": "is not allowed here (use \"flow\" and \"answers\")"}
                 for k in unknown]
    flow = payload.get("flow")
    if flow not in FLOWS:
        problems.append({"field": "flow", "message": f"must be one of {', '.join(FLOWS)}, "
                         f"not {flow!r}"})
        flow = None
    answers = payload.get("answers")
    if not isinstance(answers, Mapping):
        problems.append({"field": "answers", "message": "must be an object of question id to "
                         "answer"})
        answers = {}
    return flow, answers, problems


def condition_holds(condition: Any, values: Mapping[str, Any]) -> bool:
    """Evaluate a ``show_if`` condition (dict or list of dicts) against checked answers."""
    if condition is None:
        return True
    if isinstance(condition, list):
        return all(condition_holds(c, values) for c in condition)
    value = values.get(condition["question"])
    if value is None:
        return False
    wanted = [condition["equals"]] if "equals" in condition else list(condition["in"])
    if isinstance(value, tuple):
        return any(v in wanted for v in value)
    return value in wanted


def _is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and raw.strip() == "") or raw == []


def _message(question: dict[str, Any], key: str, fallback: str) -> str:
    return question["validation"]["messages"].get(key) or fallback


def _check_range(question: dict[str, Any], amount: int, scale: int) -> str | None:
    rules = question["validation"]
    if rules["min"] is not None and amount < rules["min"] * scale:
        return _message(question, "min", f"must be {rules['min']} or more")
    if rules["max"] is not None and amount > rules["max"] * scale:
        return _message(question, "max", f"must be {rules['max']} or less")
    return None


def _convert(question: dict[str, Any], raw: Any) -> tuple[Any, str | None]:
    """One answer converted to its type, or an error message."""
    qtype = question["type"]
    allowed = [o["value"] for o in question["options"]]
    if qtype in ("choice", "yesno"):
        if not isinstance(raw, str) or raw not in allowed:
            return None, f"{raw!r} is not an answer to this question; use one of {allowed}"
        return raw, None
    if qtype == "checkboxes":
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            return None, "must be a list of option values"
        bad = [i for i in items if i not in allowed]
        if bad:
            return None, f"{bad} are not answers to this question; use some of {allowed}"
        exclusive = {o["value"] for o in question["options"] if o["exclusive"]}
        if len(items) > 1 and exclusive & set(items):
            return None, "\"None of these\" cannot be selected with other answers"
        return tuple(dict.fromkeys(items)), None
    if isinstance(raw, bool):
        return None, _message(question, "invalid", "must be a number")
    text = str(raw).strip() if isinstance(raw, str | int) else None
    if qtype == "number":
        places = question["validation"].get("decimals") or 0
        if places:
            if text is None or not re.fullmatch(rf"[0-9]+(\.[0-9]{{1,{places}}})?", text):
                return None, _message(question, "invalid", "must be a number")
            decimal = Decimal(text)
            return decimal, _check_range(question, decimal, 1)
        if text is None or not _WHOLE_NUMBER.match(text):
            return None, _message(question, "invalid", "must be a whole number")
        number = int(text)
        return number, _check_range(question, number, 1)
    if qtype == "money":
        if text is None:
            return None, _message(question, "invalid", "must be an amount in pounds")
        try:
            pence = parse_pounds(text)
        except MoneyError as error:
            if str(error) == "negative":
                return None, _message(question, "min", "cannot be negative")
            return None, _message(question, "invalid", "must be an amount in pounds")
        return pence, _check_range(question, pence, 100)
    return None, f"unknown question type {qtype}"


def check_answers(
    flow: str, raw_answers: Mapping[str, Any], questionnaire: dict[str, Any]
) -> tuple[Answers, list[dict[str, str]]]:
    """Convert every answer in questionnaire order; return the answers and all problems."""
    questions = questions_by_id(questionnaire)
    problems = [
        {"field": str(qid), "message": f"is not a question in the {flow} questionnaire"}
        for qid in raw_answers
        if qid not in questions
    ]
    values: dict[str, Any] = {}
    for qid, question in questions.items():
        shown = condition_holds(question["page_show_if"], values) and condition_holds(
            question["show_if"], values
        )
        raw = raw_answers.get(qid)
        if not shown or _is_blank(raw):
            values[qid] = None
            if shown and question["validation"]["required"]:
                problems.append({"field": qid, "message": _message(
                    question, "required", "is required")})
            continue
        value, error = _convert(question, raw)
        if error:
            problems.append({"field": qid, "message": error})
            value = None
        values[qid] = value
    return Answers(flow=flow, values=values), problems
