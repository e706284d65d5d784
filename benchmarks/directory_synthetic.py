"""Synthetic service records for the directory benchmark: as many as you ask for, spread
over the council's real localities and postcode districts (read from
``services_directory/areas.yaml`` through the directory's API) and a handful of need
categories. Everything is made up: drama-range phone numbers, example.org addresses.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from build_tools.directory import localities
from build_tools.directory.records_io import write_record

CATEGORIES = ["help-at-home", "carers-support", "meals", "transport", "dementia",
              "befriending-and-loneliness", "equipment-and-adaptations", "advocacy"]
OFFICE = ["Mon-Fri 09:00-17:00"]


def synthetic_records(services: int, project_root: Path, per_org: int = 10,
                      seed: int = 11) -> Iterator[dict[str, Any]]:
    """``services`` services in organisations of ``per_org``, one locality per organisation."""
    rng = random.Random(seed)
    areas = localities(project_root)
    if not areas:
        raise SystemExit(f"no localities in {project_root}/services_directory/areas.yaml")
    made = 0
    org_index = 0
    while made < services:
        org_index += 1
        slug = f"synthetic-org-{org_index:05d}"
        area = areas[org_index % len(areas)]
        count = min(per_org, services - made)
        loc = {"slug": f"{slug}-base", "name": f"Base {org_index}",
               "address": {"address_1": f"{org_index} High Street", "city": area.name,
                           "postal_code": f"{area.postcode_districts[0]} {org_index % 9 + 1}AB"},
               "accessibility": ["Step-free entrance"]}
        svcs = [{
            "slug": f"{slug}-service-{i:02d}", "name": f"Synthetic service {org_index}-{i}",
            "status": "active",
            "description": f"A synthetic service number {made + i} for benchmarking. " * 3,
            "categories": [rng.choice(CATEGORIES)], "localities": [area.slug],
            "delivery": ["venue", "phone"], "referral_routes": ["self-referral"],
            "costs": [f"£{rng.randint(5, 40)}.{rng.randint(0, 99):02d} per hour"],
            "locations": [loc["slug"]], "opening_hours": OFFICE,
            "phones": [{"number": f"01632 960{(made + i) % 1000:03d}"}],
        } for i in range(count)]
        made += count
        yield {"organization": {
            "slug": slug, "name": f"Synthetic Organisation {org_index}", "kind": "charity",
            "description": "Made up for the benchmark.", "last_reviewed": "2026-10-01",
            "review_due": "2027-10-01",
            "record_owner": {"name": "Bench Mark", "email": "bench@example.org"}},
            "locations": [loc], "services": svcs}


def write_records(folder: Path, records: Iterable[dict[str, Any]], clean: bool = True) -> int:
    """Write records into ``folder`` (emptied first when ``clean``); returns the count."""
    if clean and folder.exists():
        shutil.rmtree(folder)
    count = 0
    for data in records:
        write_record(folder, data, "Synthetic benchmark record: every detail is made up.")
        count += 1
    return count
