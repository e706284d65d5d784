"""Money in integer pence: parsing form input, formatting pounds, explicit rounding.

Rounding rule (documented in the README): every percentage step rounds to the nearest
penny with halves rounded up (``ROUND_HALF_UP``); tariff income rounds capital steps
*up* (each part of a £250 step counts as a whole step), as the regulations say.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Pence = int

_MONEY_RE = re.compile(r"^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$")


class MoneyError(ValueError):
    """A money value that cannot be read."""


def parse_pounds(text: str) -> Pence:
    """Read pounds as typed in a form (``"1,250.5"``, ``"£12"``) into pence.

    Raises :class:`MoneyError` for anything else, including negative amounts.
    """
    cleaned = text.strip().replace(" ", "")
    if cleaned.startswith("-") or cleaned.startswith("£-"):
        raise MoneyError("negative")
    match = _MONEY_RE.match(cleaned)
    if not match:
        raise MoneyError("not an amount")
    whole = int(match.group(1).replace(",", ""))
    fraction = (match.group(3) or ".").lstrip(".")
    return whole * 100 + int(fraction.ljust(2, "0") or "0")


def pence_from_rule(value: object) -> Pence:
    """Turn a rules-file money value (``"23250.00"``, ``30.65`` or ``12``) into pence."""
    try:
        amount = Decimal(str(value))
    except InvalidOperation as error:
        raise MoneyError(f"not an amount: {value!r}") from error
    pence = amount * 100
    if pence != pence.to_integral_value():
        raise MoneyError(f"more than two decimal places: {value!r}")
    return int(pence)


def format_pounds(pence: Pence) -> str:
    """Pence as pounds with two decimals, e.g. ``12345 -> "123.45"``."""
    sign = "-" if pence < 0 else ""
    whole, part = divmod(abs(pence), 100)
    return f"{sign}{whole}.{part:02d}"


def format_display(pence: Pence) -> str:
    """Pence for people: ``£23,250`` for whole pounds, ``£30.65`` otherwise."""
    whole, part = divmod(abs(pence), 100)
    sign = "-" if pence < 0 else ""
    return f"{sign}£{whole:,}" if part == 0 else f"{sign}£{whole:,}.{part:02d}"


def percent_of(pence: Pence, percent: int | Decimal) -> Pence:
    """``percent`` % of ``pence``, rounded to the nearest penny, halves up."""
    exact = Decimal(pence) * Decimal(percent) / Decimal(100)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def ceil_div(numerator: int, denominator: int) -> int:
    """Integer division rounding up (for "each £250 or part of £250")."""
    return -(-numerator // denominator)
