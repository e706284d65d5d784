"""JSON-in, JSON-out entry point for the browser (Pyodide) and other callers."""

from __future__ import annotations

import datetime as dt
import json

from care_estimator.answers import InvalidAnswers
from care_estimator.engine import estimate


def parse_date(text: str) -> dt.date:
    """``YYYY-MM-DD`` -> date; raises :class:`InvalidAnswers` naming the field ``date``."""
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidAnswers(
            [{"field": "date", "message": f"{text!r} is not a date like 2026-05-01"}]
        ) from None


def estimate_json(answers_json: str, on: str) -> str:
    """Estimate from a JSON string; never raises for bad input.

    Returns the result as JSON, or ``{"errors": [{"field": ..., "message": ...}, ...]}``
    listing every problem found (bad JSON, bad date, unknown questions, bad values).
    """
    problems: list[dict[str, str]] = []
    payload = None
    try:
        payload = json.loads(answers_json)
    except (TypeError, ValueError) as error:
        problems.append({"field": "(input)", "message": f"is not valid JSON: {error}"})
    date = None
    try:
        date = parse_date(on)
    except InvalidAnswers as error:
        problems += error.problems
    if problems:
        return json.dumps({"errors": problems})
    try:
        return json.dumps(estimate(payload, date), ensure_ascii=False)
    except InvalidAnswers as error:
        return json.dumps({"errors": error.problems}, ensure_ascii=False)
