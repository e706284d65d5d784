"""Costs written the friendly way: ``£18.50 per hour``, ``free``, ``funded by the council
if eligible``. Amounts become integer pence; units come from a fixed list."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = ("per hour", "per visit", "per session", "per day", "per night", "per week",
         "per month", "per year", "per meal", "per journey", "per item", "one-off")
COUNCIL_FUNDED_TEXT = "funded by the council if eligible"
# Groups: 1 pounds, 2 pence, 3 unit.
_AMOUNT = re.compile(r"^£\s?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?"
                     r"(?:\s+(.+))?$")


class CostError(ValueError):
    """A cost that cannot be read."""


@dataclass(frozen=True)
class Cost:
    """One price: ``kind`` is free, charged or council-funded; money in pence."""

    kind: str
    amount_pence: int | None = None
    unit: str | None = None
    label: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None

    @property
    def text(self) -> str:
        """The canonical friendly form, e.g. ``£18.50 per hour``."""
        if self.kind == "free":
            return "free"
        if self.kind == "council-funded":
            return COUNCIL_FUNDED_TEXT
        return f"{format_pence(self.amount_pence or 0)} {self.unit}"

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "amount_pence": self.amount_pence, "unit": self.unit,
                "label": self.label, "text": self.text}


def format_pence(pence: int) -> str:
    """``1850`` → ``£18.50``; ``85000`` → ``£850.00``; thousands get commas."""
    pounds, rest = divmod(pence, 100)
    return f"£{pounds:,}.{rest:02d}"


def parse_cost(text: str, label: str | None = None, valid_from: str | None = None,
               valid_to: str | None = None) -> Cost:
    """Read one cost; raise :class:`CostError` with a hint-like message."""
    cleaned = " ".join(text.strip().split())
    lowered = cleaned.lower()
    if lowered == "free":
        return Cost("free", 0, None, label, valid_from, valid_to)
    if lowered == COUNCIL_FUNDED_TEXT:
        return Cost("council-funded", None, None, label, valid_from, valid_to)
    match = _AMOUNT.match(cleaned)
    if not match:
        raise CostError(f"cannot read the cost {text!r}; write 'free', "
                        f"'{COUNCIL_FUNDED_TEXT}' or an amount like '£18.50 per hour'")
    unit = (match[3] or "").lower()
    if unit not in UNITS:
        raise CostError(f"unknown unit {match[3] or '(none)'!r} in {text!r}; "
                        f"use one of: {', '.join(UNITS)}")
    pence = int(match[1].replace(",", "")) * 100 + int(match[2] or 0)
    if pence == 0:
        raise CostError(f"{text!r} is zero; write 'free' instead")
    return Cost("charged", pence, unit, label, valid_from, valid_to)
