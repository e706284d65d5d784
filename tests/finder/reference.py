"""An independent reference filter over the directory summaries, for checking the finder."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from build_tools.finder.search_terms import load_search_terms, normalise, stem

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ROOT = Path(__file__).resolve().parents[2]
STOP_WORDS = {"a", "an", "and", "at", "for", "i", "in", "me", "my", "near", "need", "of", "on",
              "or", "the", "to", "with"}


@cache
def _vocabulary() -> tuple[Any, Any]:
    from build_tools.directory import load_directory

    return load_directory(ROOT), load_search_terms(ROOT)


def _search_words(s: dict[str, Any]) -> set[str]:
    """Every word (and its stem) a service can be found by: name, organisation, summary,
    categories, who it is for, languages and its venues' accessibility features."""
    directory, terms = _vocabulary()
    access = [f.name for f in terms.access
              if any(f.found_in(v["accessibility"]) for v in s.get("venues") or [])]
    text = normalise(" ".join([
        s["name"], s["organisation"]["name"], s["summary"], *s["category_names"],
        *(directory.client_groups.get(g, "") for g in s["client_groups"]),
        *s.get("languages", []), *access]))
    words = set(text.split())
    return words | {stem(w) for w in words}


def words_match(s: dict[str, Any], q: str) -> bool:
    """The finder's word search, simply: every word (stop words aside) starts a word of
    the service, or its stem or a synonym is one, or it names a place the service covers
    (typos and phrases are left to the unit tests)."""
    directory, terms = _vocabulary()
    words = _search_words(s)
    tokens = normalise(q).split()
    meaningful = [t for t in tokens if t not in STOP_WORDS] or tokens
    for token in meaningful:
        alternatives = {stem(token)}
        for group in terms.synonyms:
            forms = {stem(normalise(m)) for m in group if " " not in normalise(m)}
            if stem(token) in forms:
                alternatives |= forms
        places = [a for a in directory.areas.values() if normalise(a.name) == token]
        found = (any(w.startswith(token) for w in words) or bool(alternatives & words)
                 or any(a.slug in s["localities"] for a in places)
                 or token.upper() in s["postcode_districts"])
        if not found:
            return False
    return True


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
    cost, delivery, referral = set(cost), set(delivery), set(referral)
    checks = [
        not q or words_match(s, q),
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
