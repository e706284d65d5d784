"""JSON-in, JSON-out entry point for the browser (Pyodide) and other callers."""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from care_estimator.answers import InvalidAnswers
from care_estimator.engine import estimate


def parse_date(text: str) -> dt.date:
    """``YYYY-MM-DD`` -> date; raises :class:`InvalidAnswers` naming the field ``date``."""
    try:
        return dt.date.fromisoformat(str(text).strip()[:40])
    except ValueError:
        raise InvalidAnswers(
            [{"field": "date", "message": f"{short(text)} is not a date like 2026-05-01"}]
        ) from None


MAX_INPUT_CHARS = 100_000  # a full questionnaire's answers are a few kilobytes
MAX_DEPTH = 10  # {"flow": ..., "answers": {id: [values]}} nests three deep
MAX_DIGITS = 20
MAX_MESSAGE = 300
ECHO = 40


def short(value: Any) -> str:
    """A value as echoed in a message: its repr, cut to a few dozen characters."""
    text = repr(value) if not isinstance(value, str) else repr(value[:ECHO + 1])
    return text if len(text) <= ECHO + 2 else text[:ECHO] + "…"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"a number with {len(text)} digits is too long")
    return int(text)


def _float(text: str) -> float:
    if len(text) > 40 or not math.isfinite(value := float(text)):
        raise ValueError(f"{text[:20]}… is too large a number")
    return value


def _depth(value: Any, limit: int) -> bool:
    """True if ``value`` nests no deeper than ``limit``."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True


def load_answers(text: Any) -> tuple[Any, list[dict[str, str]]]:
    """Parse answers JSON within limits: size, depth, number length, no NaN/Infinity."""
    if not isinstance(text, str):
        return None, [{"field": "(input)", "message": f"must be JSON text, not "
                       f"{type(text).__name__}"}]
    if len(text) > MAX_INPUT_CHARS:
        return None, [{"field": "(input)", "message": f"is {len(text):,} characters long; "
                       f"answers are at most {MAX_INPUT_CHARS:,}"}]
    try:
        payload = json.loads(text, parse_constant=_refuse_constant, parse_int=_int,
                             parse_float=_float)
    except RecursionError:
        return None, [{"field": "(input)", "message": "is nested far too deeply"}]
    except ValueError as error:
        return None, [{"field": "(input)", "message": f"is not valid JSON: {error}"}]
    if not _depth(payload, MAX_DEPTH):
        return None, [{"field": "(input)", "message": f"nests more than {MAX_DEPTH} levels "
                       "deep; answers are a flat list of question ids and values"}]
    return payload, []


def _cut(problems: list[dict[str, str]]) -> list[dict[str, str]]:
    """Problems with every echoed text cut short, so a huge input is not sent back."""
    result = []
    for problem in problems[:100]:
        item = {}
        for key, value in dict(problem).items():
            text = str(value)
            item[str(key)[:100]] = text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + "…"
        result.append(item)
    return result


def safe_estimate(payload: Any, date: dt.date) -> tuple[dict[str, Any] | None,
                                                         list[dict[str, str]]]:
    """The estimate, or the problems; never raises for any payload."""
    try:
        return estimate(payload, date), []
    except InvalidAnswers as error:
        return None, _cut(error.problems)
    except (AttributeError, KeyError, LookupError, OverflowError, RecursionError, TypeError,
            ValueError) as error:
        return None, [{"field": "(input)", "message": "could not read the answers "
                       f"({type(error).__name__}); check them against QUESTIONNAIRE.md"}]


def estimate_json(answers_json: str, on: str) -> str:
    """Estimate from a JSON string; never raises for bad input.

    Returns the result as JSON, or ``{"errors": [{"field": ..., "message": ...}, ...]}``
    listing every problem found (bad JSON, bad date, unknown questions, bad values).
    """
    payload, problems = load_answers(answers_json)
    date = None
    try:
        date = parse_date(on)
    except InvalidAnswers as error:
        problems += error.problems
    if problems or date is None:
        return json.dumps({"errors": _cut(problems)}, ensure_ascii=False)
    result, problems = safe_estimate(payload, date)
    if result is None:
        return json.dumps({"errors": problems}, ensure_ascii=False)
    try:
        return json.dumps(result, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        return json.dumps({"errors": [{"field": "(result)", "message": f"cannot be written "
                                       f"as JSON: {error}"[:MAX_MESSAGE]}]})
