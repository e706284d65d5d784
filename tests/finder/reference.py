"""An independent reference filter over the directory summaries, for checking the finder."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _minutes(text: str) -> int:
    h, m = text.split(":")
    return int(h) * 60 + int(m)


def open_at(s: dict[str, Any], moment: datetime) -> bool:
    day = DAYS[moment.weekday()]
    today = moment.date().isoformat()
    for line in s.get("hours_exceptions") or []:
        parts = line.split()
        if "closed" in parts:
            start = parts[0]
            end = parts[2] if len(parts) > 2 and parts[1] == "to" else start
            if start[:1].isdigit() and start <= today <= end:
                return False
    minute = moment.hour * 60 + moment.minute
    return any(_minutes(a) <= minute < _minutes(b) for a, b in (s["hours"].get(day) or []))


def matches(
    s: dict[str, Any],
    *,
    q: str = "",
    category: str = "",
    area: str = "",
    age: int | None = None,
    for_: str = "",
    cost: Iterable[str] = (),
    delivery: Iterable[str] = (),
    referral: Iterable[str] = (),
    open_: str = "",
    now: datetime | None = None,
) -> bool:
    text = " ".join(
        [s["name"], s["organisation"]["name"], s["summary"], *s["category_names"]]
    ).lower()
    cost, delivery, referral = set(cost), set(delivery), set(referral)
    checks = [
        not q or all(word in text for word in q.lower().split()),
        not category or category in s["categories"],
        not area or area in s["localities"] or area in s["postcode_districts"],
        age is None
        or (
            (s["min_age"] is None or s["min_age"] <= age)
            and (s["max_age"] is None or age <= s["max_age"])
        ),
        not for_ or for_ in s["client_groups"] or "everyone" in s["client_groups"],
        not cost or bool(cost & set(s["cost_kinds"])),
        not delivery or bool(delivery & set(s["delivery"])),
        not referral or bool(referral & set(s["referral_routes"])),
        not open_
        or (open_ == "now" and now is not None and open_at(s, now))
        or (open_ in DAYS and bool(s["hours"].get(open_))),
    ]
    return all(checks)


def expected(summaries: list[dict[str, Any]], **filters: Any) -> list[str]:
    return [s["name"] for s in summaries if matches(s, **filters)]
