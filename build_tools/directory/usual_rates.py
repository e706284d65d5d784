"""The council's usual rates from the estimator's rules (``local.yaml``), for the
published prices page: one home per fact, so the figures are read, never copied.

Only kinds of service the rules have a usual rate for get one; money in integer pence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from build_tools.directory.localities import estimator_rules_file

# Need category → the ``local.yaml`` parameter holding the council's usual rate for it
# (a missing parameter means no usual rate is shown for that kind of service).
RATE_PARAMETERS = {
    "care-homes": "care_home_rate_residential",
    "nursing-homes": "care_home_rate_nursing",
    "help-at-home": "home_care_rate_hourly",
}
# The rules' money units → the directory's cost units (see :mod:`.costs`).
UNITS = {"gbp_week": "per week", "gbp_hour": "per hour", "gbp_day": "per day"}


@dataclass(frozen=True)
class UsualRate:
    """The council's usual rate for one kind of service: pence per ``unit``, in force
    ``valid_from``, with the council's published ``reference``."""

    pence: int
    unit: str
    valid_from: date
    reference: str


def _pence(value: Any) -> int | None:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _current(values: Any, today: date) -> dict[str, Any] | None:
    """The dated value in force on ``today`` (the latest that has started)."""
    started = [v for v in values or [] if isinstance(v, dict)
               and isinstance(v.get("from"), date) and v["from"] <= today]
    return max(started, key=lambda v: v["from"]) if started else None


def usual_rates(today: date, rules_file: Path | None = None) -> dict[str, UsualRate]:
    """Usual rates by need category slug, as in force on ``today``; empty when the
    estimator's rules are not installed or have none."""
    path = rules_file or estimator_rules_file()
    if path is None or not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    parameters = data.get("parameters") if isinstance(data, dict) else None
    if not isinstance(parameters, dict):
        return {}
    rates = {}
    for category, name in RATE_PARAMETERS.items():
        parameter = parameters.get(name)
        if not isinstance(parameter, dict) or parameter.get("unit") not in UNITS:
            continue
        value = _current(parameter.get("values"), today)
        pence = _pence(value.get("value")) if value else None
        if value and pence:
            rates[category] = UsualRate(pence, UNITS[parameter["unit"]], value["from"],
                                        str(value.get("reference") or ""))
    return rates
