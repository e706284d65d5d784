"""The estimator's local market prices must match the prices the directory publishes.

The engine cannot read the directory when it runs in the browser, so
``widgets/care_estimator/rules/market_prices.yaml`` keeps a copy of a band (count,
lowest, median, highest) for each kind of care: care homes' weekly fees by type of home,
and home care agencies' hourly rates. This check recomputes every band from the loaded
directory on every build, for whatever directory the council has, and reports any drift
as a :class:`Problem` naming the line to change.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from statistics import median
from typing import Any

import yaml

from build_tools.directory.costs import UNITS
from build_tools.problems import Problem

MARKET_FILE = "widgets/care_estimator/rules/market_prices.yaml"
WEEKLY_UNIT = "per week"
EACH_SERVICE = ("lowest",)


def _registered(service: Any) -> bool:
    """True when the service gives its Care Quality Commission registration."""
    cqc = (getattr(service, "data", None) or {}).get("cqc")
    return isinstance(cqc, dict) and bool(cqc.get("location_id"))


def published_fees(directory: Any, spec: dict[str, Any]) -> list[Decimal]:
    """The fees, in pounds, a band of ``market_prices.yaml`` is worked out from.

    Charged fees in the band's ``unit`` of services in its ``category``; with
    ``each_service: lowest`` one per service (its lowest); with ``registered_only`` only
    services registered with the Care Quality Commission.
    """
    category, unit = str(spec.get("category")), spec.get("unit") or WEEKLY_UNIT
    fees = []
    for service in directory.services.values():
        if category not in service.categories:
            continue
        if spec.get("registered_only") and not _registered(service):
            continue
        own = [Decimal(cost.amount_pence) / 100 for cost in service.costs
               if cost.kind == "charged" and cost.unit == unit and cost.amount_pence]
        if own and spec.get("each_service") == "lowest":
            own = [min(own)]
        fees += own
    return fees


def published_weekly_fees(directory: Any, category: str) -> list[Decimal]:
    """Every weekly charged fee of the directory's services in ``category``, in pounds."""
    return published_fees(directory, {"category": category})


def expected_band(fees: list[Decimal]) -> dict[str, Any]:
    """Count, low, median (mean of the middle two for an even count, to the penny) and high."""
    middle = Decimal(median(fees)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    return {"count": len(fees), "low": f"{min(fees):.2f}", "median": f"{middle:.2f}",
            "high": f"{max(fees):.2f}"}


def _line_of(text: str, band: str, key: str) -> int:
    """The line of ``key:`` inside the ``band:`` block (1 if it cannot be found)."""
    lines = text.splitlines()
    in_band = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped == f"{band}:":
            in_band = True
        elif in_band and stripped.startswith(f"{key}:"):
            return number
        elif in_band and stripped.endswith(":") and not line.startswith("    "):
            in_band = False
    return 1


def _spec_problems(text: str, band: str, spec: dict[str, Any]) -> list[Problem]:
    """A unit or a way of choosing fees the check does not know."""
    problems = []
    unit = spec.get("unit") or WEEKLY_UNIT
    if unit not in UNITS:
        problems.append(Problem(MARKET_FILE, _line_of(text, band, "unit"), 1,
                                f"prices.{band}.unit", f"{unit!r} is not a directory cost unit",
                                f"use one of: {', '.join(UNITS)}"))
    each = spec.get("each_service")
    if each is not None and each not in EACH_SERVICE:
        problems.append(Problem(MARKET_FILE, _line_of(text, band, "each_service"), 1,
                                f"prices.{band}.each_service", f"{each!r} is not known",
                                "write `each_service: lowest`, or leave it out to count "
                                "every fee"))
    return problems


def _no_fees(text: str, band: str, spec: dict[str, Any]) -> Problem:
    unit = spec.get("unit") or WEEKLY_UNIT
    registered = " registered with the CQC" if spec.get("registered_only") else ""
    unit_words = "weekly" if unit == WEEKLY_UNIT else f"'£… {unit}'"
    fix = (f"name a need category whose services{registered} give '£… {unit}' costs, "
           "or remove this band")
    if registered:
        fix += " (or set registered_only: false if the directory does not record CQC "
        fix += "registrations)"
    return Problem(MARKET_FILE, _line_of(text, band, "category"), 1, f"prices.{band}.category",
                   f"no service in {spec.get('category')!r}{registered} publishes a "
                   f"{unit_words} fee", fix)


def market_price_problems(project_root: Path, directory: Any) -> list[Problem]:
    """Every figure in ``market_prices.yaml`` that no longer matches the directory."""
    path = project_root / MARKET_FILE
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    problems = []
    for band, spec in (data.get("prices") or {}).items():
        spec = spec if isinstance(spec, dict) else {}
        wrong = _spec_problems(text, band, spec)
        if wrong:
            problems += wrong
            continue
        fees = published_fees(directory, spec)
        if not fees:
            problems.append(_no_fees(text, band, spec))
            continue
        unit = spec.get("unit") or WEEKLY_UNIT
        fees_words = "weekly fees" if unit == WEEKLY_UNIT else f"fees {unit}"
        for key, want in expected_band(fees).items():
            have = spec.get(key)
            if str(have) != str(want):
                problems.append(Problem(
                    MARKET_FILE, _line_of(text, band, key), 1, f"prices.{band}.{key}",
                    f"is {have!r} but the directory's published {fees_words} give {want!r}",
                    f"set {key}: \"{want}\" (and `checked:` to today's date)"
                    if key != "count" else f"set count: {want}"))
    return problems
