"""Synthetic service summaries (the directory's ``service_summary`` shape) for benchmarks.

Deterministic for a seed; words are drawn from a care vocabulary so text compresses
about as well as real summaries do, not better.
"""

from __future__ import annotations

import random
from typing import Any

from build_tools.finder.index import Vocabulary

WORDS = [
    "support",
    "help",
    "home",
    "care",
    "visits",
    "meals",
    "company",
    "advice",
    "carers",
    "older",
    "people",
    "dementia",
    "memory",
    "club",
    "group",
    "lunch",
    "transport",
    "garden",
    "art",
    "music",
    "walking",
    "friendly",
    "volunteers",
    "weekly",
    "daily",
    "local",
    "village",
    "town",
    "centre",
    "hall",
    "church",
    "library",
    "online",
    "phone",
    "line",
    "befriending",
    "assessment",
    "equipment",
    "rails",
    "stairlift",
    "alarm",
    "pendant",
    "falls",
    "recovery",
    "hospital",
    "discharge",
    "benefits",
    "money",
    "debt",
    "housing",
    "repairs",
    "adaptations",
    "sight",
    "hearing",
    "deaf",
    "blind",
    "autism",
    "learning",
    "disability",
    "mental",
    "health",
    "wellbeing",
    "peer",
    "recovery",
    "respite",
    "short",
    "breaks",
    "nursing",
    "residential",
    "overnight",
    "sitting",
    "service",
    "shopping",
    "prescriptions",
    "cleaning",
    "laundry",
    "bathing",
    "personal",
    "washing",
    "dressing",
]
HOURS = (
    {
        "mon": [["09:00", "17:00"]],
        "tue": [["09:00", "17:00"]],
        "wed": [["09:00", "17:00"]],
        "thu": [["09:00", "17:00"]],
        "fri": [["09:00", "16:30"]],
        "sat": [],
        "sun": [],
    },
    {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
    {
        "mon": [],
        "tue": [["10:00", "14:00"]],
        "wed": [],
        "thu": [["10:00", "14:00"]],
        "fri": [],
        "sat": [],
        "sun": [],
    },
    {},
)
HOURS_TEXT = (
    ["Mon-Thu 09:00-17:00", "Fri 09:00-16:30"],
    ["Daily 24 hours"],
    ["Tue, Thu 10:00-14:00"],
    [],
)


ACCESS_LINES = (
    ["Step-free entrance", "Accessible toilet"],
    ["Step-free throughout", "Hearing loop in lounge", "Lift to all floors"],
    ["Hearing loop at reception"],
    ["Quiet room available", "Parking outside"],
    [],
)
LANGUAGES = (["English"], ["English"], ["English", "Polish"], ["English", "British Sign Language"])
STREETS = ("High Street", "Church Lane", "Station Road", "Mill Lane", "Market Place", "Moor Lane")


def synthetic_venue(org: int, area: tuple[str, str, tuple[str, ...]],
                    rng: random.Random) -> dict[str, Any]:
    """One venue per organisation: an address in the area, a position near the middle of
    Wyvernshire (a few miles either way) and a set of accessibility lines."""
    district = area[2][org % len(area[2])]
    postcode = f"{district} {1 + org % 9}{'ABDEFGHJLN'[org % 10]}{'PQRSTUWXYZ'[org // 10 % 10]}"
    return {"slug": f"venue-{org}", "name": f"Venue {org}",
            "address": f"{1 + org % 120} {STREETS[org % len(STREETS)]}, {area[1]}, {postcode}",
            "district": district, "latitude": round(52.4 + rng.uniform(-0.2, 0.2), 4),
            "longitude": round(-1.9 + rng.uniform(-0.3, 0.3), 4),
            "accessibility": ACCESS_LINES[org % len(ACCESS_LINES)]}


def synthetic_summaries(vocab: Vocabulary, count: int, seed: int = 4) -> list[dict[str, Any]]:
    """``count`` plausible services spread over every category, area and option."""
    rng = random.Random(seed)
    extra = random.Random(seed + 1)  # the fields added later, so the others stay the same
    venues: dict[int, dict[str, Any]] = {}
    cats = [slug for slug, _ in vocab.categories]
    areas = list(vocab.areas)
    groups = [slug for slug, _ in vocab.client_groups]
    routes = [slug for slug, _ in vocab.referral_routes]
    modes = [slug for slug, _ in vocab.delivery_modes]
    result = []
    for n in range(count):
        words = rng.sample(WORDS, 3)
        area = rng.choice(areas)
        served = [a[0] for a in areas] if rng.random() < 0.15 else [area[0]]
        districts = sorted({d for a in areas if a[0] in served for d in a[2]})
        kind = rng.choice(("free", "free", "charged", "council-funded"))
        pence = rng.randrange(500, 4000, 25)
        shape = rng.randrange(len(HOURS))
        name = f"{area[1]} {words[0]} {words[1]} {n}".capitalize()
        summary = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(10, 22))).capitalize()
        slug = name.lower().replace(" ", "-")
        org = n // 3
        if org not in venues:
            venues[org] = synthetic_venue(org, area, extra)
        checked = f"{extra.choice((2025, 2026, 2026, 2026))}-{extra.randint(1, 12):02d}-" \
                  f"{extra.randint(1, 28):02d}"
        result.append(
            {
                "id": f"id-{n}",
                "slug": slug,
                "name": name,
                "url": f"services/{slug}/",
                "organisation": {"slug": f"org-{n // 3}", "name": f"{area[1]} {words[2]} trust"},
                "summary": summary + ".",
                "status": "active",
                "categories": rng.sample(cats, rng.choice((1, 1, 2))),
                "localities": served,
                "postcode_districts": districts,
                "min_age": rng.choice((None, None, 18, 50, 65)),
                "max_age": rng.choice((None, None, 64)),
                "client_groups": rng.sample(groups, rng.choice((1, 2))),
                "cost_kinds": [kind],
                "costs": [
                    {
                        "kind": kind,
                        "amount_pence": 0 if kind == "free" else pence,
                        "text": "free"
                        if kind == "free"
                        else f"£{pence // 100}.{pence % 100:02d} per hour",
                    }
                ],
                "delivery": rng.sample(modes, rng.choice((1, 2))),
                "referral_routes": rng.sample(routes, rng.choice((1, 1, 2))),
                "hours": HOURS[shape],
                "hours_text": HOURS_TEXT[shape],
                "hours_exceptions": [],
                "phones": [{"number": f"01632 960{n % 1000:03d}"}],
                "email": f"hello{n}@example.org",
                "website": f"https://www.example.org/s/{n}",
                "languages": LANGUAGES[n % len(LANGUAGES)],
                "last_reviewed": checked,
                "review_due": checked,
            }
        )
        result[-1]["venues"] = [venues[org]] if "venue" in result[-1]["delivery"] else []
    return result
