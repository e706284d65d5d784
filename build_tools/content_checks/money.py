"""Find money amounts typed into prose; figures must come from ``{{ rules.* }}``."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: £12, £1,000, £30.65, 30p, 12 pounds, GBP 40 — anything a reader would take as money.
AMOUNT = re.compile(
    r"£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn)\b)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s?(?:pounds?|GBP)\b"
    r"|\bGBP\s?\d[\d,]*(?:\.\d+)?"
    r"|\b\d+(?:\.\d+)?p\b",
    re.IGNORECASE,
)
VARIABLE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


@dataclass(frozen=True)
class Amount:
    """A typed amount: where it is (1-based line and column) and the text found."""

    line: int
    column: int
    text: str


def find_amounts(text: str, first_line: int = 1) -> list[Amount]:
    """Every typed money amount outside template markers; ``first_line`` numbers line 1."""
    masked = VARIABLE.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)
    found = []
    for number, line in enumerate(masked.splitlines(), start=first_line):
        for match in AMOUNT.finditer(line):
            found.append(Amount(number, match.start() + 1, match.group(0)))
    return found
