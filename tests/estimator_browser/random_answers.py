"""Random answer sets generated from the questionnaire (seeded), as a form would submit them."""

from __future__ import annotations

import random
from typing import Any

DATES = ("2025-06-01", "2026-04-06", "2026-11-23", "2027-03-31")


def holds(condition: Any, shown: dict[str, Any]) -> bool:
    """QUESTIONNAIRE.md's show_if rule: a test on one earlier, shown and answered question."""
    if condition is None:
        return True
    if isinstance(condition, list):
        return all(holds(item, shown) for item in condition)
    value = shown.get(condition["question"])
    if value in (None, "", []):
        return False
    values = value if isinstance(value, list) else [value]
    if "equals" in condition:
        return str(condition["equals"]) in values
    return any(str(item) in values for item in condition.get("in", []))


def money_text(rng: random.Random, high: int) -> str:
    pounds = rng.choice([0, rng.randint(1, 99), rng.randint(100, 30_000), rng.randint(0, high)])
    pence = rng.choice([0, 0, rng.randint(0, 99)])
    style = rng.randrange(4)
    if style == 0:
        return str(pounds)
    if style == 1:
        return f"{pounds:,}.{pence:02d}"
    if style == 2:
        return f"£{pounds}.{pence // 10}" if pence else f"£{pounds}"
    return f"{pounds:,}"


def value_for(rng: random.Random, question: dict[str, Any], invalid: bool) -> Any:
    kind = question["type"]
    validation = question.get("validation") or {}
    values = [option["value"] for option in question.get("options") or []]
    if kind in {"choice", "yesno"}:
        return rng.choice(values)
    if kind == "checkboxes":
        exclusive = [o["value"] for o in question["options"] if o.get("exclusive")]
        others = [value for value in values if value not in exclusive]
        if exclusive and rng.random() < 0.4:
            return exclusive[:1]
        return rng.sample(others, rng.randint(1, len(others)))
    if kind == "number":
        low, high = validation.get("min") or 0, validation.get("max") or 120
        return str(rng.randint(low - 3, high + 3) if invalid else rng.randint(low, high))
    if not validation.get("required") and rng.random() < 0.3:
        return ""
    if invalid:
        return rng.choice(["twelve", "12.345", "-5"])
    return money_text(rng, int(min(validation.get("max") or 1_000_000, 1_000_000)))


def random_payload(rng: random.Random, questionnaire: dict[str, Any]) -> dict[str, Any]:
    """One answer set; about one in twenty has a deliberately bad value."""
    shown: dict[str, Any] = {}
    answers: dict[str, Any] = {}
    bad = rng.random() < 0.05
    for page in questionnaire["pages"]:
        if not holds(page.get("show_if"), shown):
            continue
        for question in page["questions"]:
            if not holds(question.get("show_if"), shown):
                continue
            invalid = bad and question["type"] in {"number", "money"} and rng.random() < 0.5
            value = value_for(rng, question, invalid)
            shown[question["id"]] = value
            if value not in (None, ""):
                answers[question["id"]] = value
    return {"flow": questionnaire["flow"], "answers": answers}
