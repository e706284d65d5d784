"""The estimator's local market prices must match the fees the directory publishes.

The engine cannot read the directory when it runs in the browser, so
``widgets/care_estimator/rules/market_prices.yaml`` keeps a copy of the care homes'
published weekly fees (count, lowest, median, highest, by type of home). This check
recomputes them from the loaded directory on every build and reports any drift as a
:class:`Problem` naming the line to change.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from statistics import median
from typing import Any

import yaml

from build_tools.problems import Problem

MARKET_FILE = "widgets/care_estimator/rules/market_prices.yaml"
WEEKLY_UNIT = "per week"


def published_weekly_fees(directory: Any, category: str) -> list[Decimal]:
    """Every weekly charged fee of the directory's services in ``category``, in pounds."""
    fees = []
    for service in directory.services.values():
        if category not in service.categories:
            continue
        for cost in service.costs:
            if cost.kind == "charged" and cost.unit == WEEKLY_UNIT and cost.amount_pence:
                fees.append(Decimal(cost.amount_pence) / 100)
    return fees


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


def market_price_problems(project_root: Path, directory: Any) -> list[Problem]:
    """Every figure in ``market_prices.yaml`` that no longer matches the directory."""
    path = project_root / MARKET_FILE
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    problems = []
    for band, spec in (data.get("prices") or {}).items():
        fees = published_weekly_fees(directory, str(spec.get("category")))
        if not fees:
            problems.append(Problem(MARKET_FILE, _line_of(text, band, "category"), 1,
                                    f"prices.{band}.category",
                                    f"no service in {spec.get('category')!r} publishes a "
                                    "weekly fee", "name a need category whose services "
                                    "give '£… per week' costs, or remove this type of home"))
            continue
        for key, want in expected_band(fees).items():
            have = spec.get(key)
            if str(have) != str(want):
                problems.append(Problem(
                    MARKET_FILE, _line_of(text, band, key), 1, f"prices.{band}.{key}",
                    f"is {have!r} but the directory's published weekly fees give {want!r}",
                    f"set {key}: \"{want}\" (and `checked:` to today's date)"
                    if key != "count" else f"set count: {want}"))
    return problems
