"""A compact JSON index of services for the finder and contact-centre pages.

The index is positional to stay small at 10,000 services: vocabularies are listed
once and services refer to them by number. ``build_tools/finder/assets/core.js``
decodes it; :data:`FIELDS` names each position (keep the two in step). The index also
carries what the pages and the script share: the page sizes and the weekdays.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from build_tools.finder.search_terms import SearchTerms

FORMAT_VERSION = 1

#: Positions of a service row, in order (documented for core.js).
FIELDS = (
    "name", "url", "organisation", "summary", "categories", "areas", "extra_districts",
    "min_age", "max_age", "client_groups", "cost_bits", "cost_text", "delivery_bits",
    "route_bits", "schedule", "phone", "website", "email", "closed",
    "languages", "venues", "checked",
)

COST_KINDS = (
    ("free", "Free"),
    ("charged", "Charged"),
    ("council-funded", "Can be funded by the council"),
)
HIDDEN_STATUSES = frozenset({"inactive", "defunct"})
#: The weekdays, Monday first: (slug, name). Shared with the script through the index.
WEEKDAYS = (
    ("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday"), ("thu", "Thursday"),
    ("fri", "Friday"), ("sat", "Saturday"), ("sun", "Sunday"),
)
DAYS = tuple(slug for slug, _ in WEEKDAYS)
#: Results per page for each view. Shared with the script through the index.
PAGE_SIZE = {"public": 20, "contact-centre": 50}
_CLOSED = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\s+to\s+(\d{4}-\d{2}-\d{2}))?\s+closed\b", re.I)


@dataclass(frozen=True)
class Vocabulary:
    """The labels the finder's filters offer, in display order."""

    categories: tuple[tuple[str, str], ...]
    areas: tuple[tuple[str, str, tuple[str, ...]], ...]
    client_groups: tuple[tuple[str, str], ...]
    referral_routes: tuple[tuple[str, str], ...]
    delivery_modes: tuple[tuple[str, str], ...]

    @classmethod
    def from_directory(cls, directory: Any) -> Vocabulary:
        """Read the vocabularies of a loaded :class:`build_tools.directory.Directory`."""
        return cls(
            categories=tuple((c.slug, c.name) for c in directory.categories.values()),
            areas=tuple((a.slug, a.name, tuple(a.postcode_districts))
                        for a in directory.areas.values()),
            client_groups=tuple(directory.client_groups.items()),
            referral_routes=tuple(directory.referral_routes.items()),
            delivery_modes=tuple(directory.delivery_modes.items()),
        )

    def districts(self) -> list[str]:
        """Every postcode district, area by area."""
        return [d for _, _, districts in self.areas for d in districts]


def minutes(text: str) -> int:
    """``"09:30"`` → ``570``."""
    hours, _, mins = text.partition(":")
    return int(hours) * 60 + int(mins)


def weekly_hours(hours: Mapping[str, list[list[str]]] | None) -> list[list[int]] | int:
    """Seven flat lists of ``[start, end, …]`` minutes, or ``0`` when no hours are given."""
    if not hours or not any(hours.get(day) for day in DAYS):
        return 0
    return [[minutes(t) for period in hours.get(day) or [] for t in period] for day in DAYS]


def closed_dates(exceptions: Iterable[str]) -> list[list[str]]:
    """``["2026-12-25", "2026-12-25"]`` ranges from exception lines that say ``closed``."""
    ranges = []
    for line in exceptions:
        match = _CLOSED.match(line.strip())
        if match:
            ranges.append([match.group(1), match.group(2) or match.group(1)])
    return ranges


def _bits(values: Iterable[str], order: Iterable[str]) -> int:
    wanted = set(values)
    return sum(1 << i for i, slug in enumerate(order) if slug in wanted)


def _indices(values: Iterable[str], order: list[str]) -> list[int]:
    position = {slug: i for i, slug in enumerate(order)}
    return sorted({position[v] for v in values if v in position})


def one_line(text: object) -> str:
    """Text with runs of white space (line breaks too) as single spaces: names and
    summaries show on one line, and the page's HTML and the script then agree exactly."""
    return " ".join(str(text or "").split())


def cost_text(summary: Mapping[str, Any]) -> str:
    """The costs as one short line, e.g. ``Free; £18.50 per hour``."""
    texts = [str(c.get("text") or c.get("label") or c.get("kind"))
             for c in summary.get("costs") or []]
    line = one_line("; ".join(dict.fromkeys(texts)))
    return line[:1].upper() + line[1:] if line else "Ask about costs"


class Table:
    """Values listed once and referred to by number (opening hours repeat a lot)."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._numbers: dict[str, int] = {}

    def number(self, value: Any) -> int:
        key = json.dumps(value, sort_keys=True)
        if key not in self._numbers:
            self._numbers[key] = len(self.values)
            self.values.append(value)
        return self._numbers[key]


class Places:
    """Languages, venues and venues' accessibility text, listed once (see ``build_index``)."""

    def __init__(self, vocab: Vocabulary, terms: SearchTerms) -> None:
        self.districts = {d: i for i, d in enumerate(vocab.districts())}
        self.terms = terms
        self.languages: list[str] = []
        self.venues = Table()
        self.access_texts = Table()

    def language_numbers(self, names: Iterable[str]) -> list[int]:
        numbers = []
        for name in names:
            if name not in self.languages:
                self.languages.append(name)
            numbers.append(self.languages.index(name))
        return sorted(set(numbers))

    def venue_numbers(self, venues: Iterable[Mapping[str, Any]]) -> list[int]:
        """``[address, latitude, longitude, district, access bits, access text]`` rows."""
        numbers = []
        for venue in venues:
            lines = list(venue.get("accessibility") or [])
            numbers.append(self.venues.number([
                venue.get("address", ""), venue.get("latitude"), venue.get("longitude"),
                self.districts.get(venue.get("district") or "", -1),
                self.terms.access_bits(lines), self.access_texts.number(lines)]))
        return numbers


def service_row(summary: Mapping[str, Any], vocab: Vocabulary, schedules: Table,
                places: Places | None = None) -> list[Any]:
    """One service as a positional row (see :data:`FIELDS`); hours go into ``schedules``,
    languages and venues into ``places``."""
    places = places or Places(vocab, SearchTerms())
    area_slugs = [slug for slug, _, _ in vocab.areas]
    districts = vocab.districts()
    served = set(summary.get("localities", []))
    implied = {d for slug, _, ds in vocab.areas if slug in served for d in ds}
    extra = [d for d in summary.get("postcode_districts", []) if d not in implied]
    phones = summary.get("phones") or []
    return [
        one_line(summary["name"]),
        summary["url"],
        one_line((summary.get("organisation") or {}).get("name", "")),
        one_line(summary.get("summary", "")),
        _indices(summary.get("categories", []), [s for s, _ in vocab.categories]),
        _indices(summary.get("localities", []), area_slugs),
        _indices(extra, districts),
        summary.get("min_age"),
        summary.get("max_age"),
        _indices(summary.get("client_groups", []), [s for s, _ in vocab.client_groups]),
        _bits(summary.get("cost_kinds", []), [k for k, _ in COST_KINDS]),
        cost_text(summary),
        _bits(summary.get("delivery", []), [s for s, _ in vocab.delivery_modes]),
        _bits(summary.get("referral_routes", []), [s for s, _ in vocab.referral_routes]),
        schedules.number([weekly_hours(summary.get("hours")),
                          list(summary.get("hours_text") or [])]),
        phones[0]["number"] if phones else "",
        summary.get("website") or "",
        summary.get("email") or "",
        closed_dates(summary.get("hours_exceptions") or []),
        places.language_numbers(summary.get("languages") or []),
        places.venue_numbers(summary.get("venues") or []),
        str(summary.get("last_reviewed") or ""),
    ]


def build_index(summaries: Iterable[Mapping[str, Any]], vocab: Vocabulary,
                identity: Mapping[str, Any], generated: str,
                terms: SearchTerms | None = None) -> dict[str, Any]:
    """The whole index as a JSON-ready mapping; hidden (inactive) services are counted.
    ``terms`` adds the synonyms, accessibility features and district centres."""
    terms = terms or SearchTerms()
    rows, hidden, schedules, places = [], 0, Table(), Places(vocab, terms)
    for summary in summaries:
        if summary.get("status", "active") in HIDDEN_STATUSES:
            hidden += 1
            continue
        rows.append(service_row(summary, vocab, schedules, places))
    contact = identity.get("contact_centre") or {}
    return {
        "v": FORMAT_VERSION,
        "generated": generated,
        "fields": list(FIELDS),
        "council": {"name": identity.get("name", ""), "phone": contact.get("phone", ""),
                    "hours": contact.get("hours", "")},
        "categories": [list(c) for c in vocab.categories],
        "areas": [[slug, name, list(ds)] for slug, name, ds in vocab.areas],
        "districts": vocab.districts(),
        "groups": [list(g) for g in vocab.client_groups],
        "routes": [list(r) for r in vocab.referral_routes],
        "delivery": [list(d) for d in vocab.delivery_modes],
        "costs": [list(c) for c in COST_KINDS],
        "days": [list(d) for d in WEEKDAYS],
        "page_size": dict(PAGE_SIZE),
        "schedules": schedules.values,
        "hidden": hidden,
        "synonyms": terms.synonyms,
        "access": [[f.slug, f.name] for f in terms.access],
        "centres": [list(terms.centres[d]) if d in terms.centres else 0
                    for d in vocab.districts()],
        "languages": places.languages,
        "venues": places.venues.values,
        "access_texts": places.access_texts.values,
        "services": rows,
    }


def dumps(index: Mapping[str, Any]) -> bytes:
    """Compact UTF-8 JSON (no spaces); ``<`` escaped so it is safe anywhere."""
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").encode("utf-8")
