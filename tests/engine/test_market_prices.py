"""rules/market_prices.yaml must match the weekly fees care homes publish in the directory."""

from __future__ import annotations

import re
from decimal import Decimal
from statistics import median

import yaml
from care_estimator.rules_loader import rules_file

from tests.engine.helpers import ROOT

WEEKLY = re.compile(r"^£([\d,]+\.\d{2}) per week$")


def published_weekly_fees(category: str) -> list[Decimal]:
    """Weekly self-funder fees from directory services in ``category``."""
    fees = []
    for path in sorted((ROOT / "services_directory" / "organisations").glob("*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        for service in record.get("services") or []:
            if category not in (service.get("categories") or []):
                continue
            for cost in service.get("costs") or []:
                text = cost.get("cost") if isinstance(cost, dict) else cost
                found = WEEKLY.match(str(text))
                if found:
                    fees.append(Decimal(found.group(1).replace(",", "")))
    return fees


def test_market_prices_match_the_directory() -> None:
    market = rules_file("market_prices")
    for band in market["prices"].values():
        fees = published_weekly_fees(band["category"])
        assert fees, f"no published weekly fees in {band['category']}"
        assert band["count"] == len(fees)
        assert Decimal(band["low"]) == min(fees)
        assert Decimal(band["high"]) == max(fees)
        assert Decimal(band["median"]) == Decimal(median(fees)).quantize(Decimal("0.01")), (
            "update widgets/care_estimator/rules/market_prices.yaml from the directory")
