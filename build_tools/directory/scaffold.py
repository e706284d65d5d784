"""``firststop new organisation "Name"``: write a valid record to fill in."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

from build_tools.directory.loader import SCHEMA_LINE

TEMPLATE = """{schema_line}
# A new organisation. Replace every TODO, then run `firststop check`.
organization:
  slug: {slug}
  name: {name}
  kind: charity  # charity, user-led, company, community-interest-company, council, nhs, ...
  description: >-
    TODO: what the organisation does, in one or two plain sentences.
  website: https://www.example.org/
  email: info@example.org
  phones:
    - number: "01632 960000"
      description: TODO main number
  last_reviewed: {today}
  review_due: {due}
  record_owner:
    name: TODO name of the person who keeps this record current
    email: directory@example.org

locations: []
  # - slug: {slug}-main-office
  #   name: Main office
  #   address: {{address_1: 1 High Street, city: Wyvernton, postal_code: WY1 1AA}}

services: []
  # - slug: {slug}-advice
  #   name: Advice line
  #   description: TODO
  #   categories: [money-and-benefits-advice]
  #   localities: [all]
  #   delivery: [phone]
  #   referral_routes: [self-referral]
  #   costs: [free]
  #   opening_hours: ["Mon-Fri 09:00-17:00"]
"""


def slugify(name: str) -> str:
    """``St Mary's Day Centre`` → ``st-marys-day-centre``."""
    text = re.sub(r"['’]", "", name.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "organisation"


def scaffold_organisation(records: Path, name: str, today: date) -> Path:
    """Write ``{slug}.yaml`` under ``records``; refuse to overwrite."""
    slug = slugify(name)
    path = records / f"{slug}.yaml"
    if path.exists():
        raise FileExistsError(path)
    records.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.format(schema_line=SCHEMA_LINE, slug=slug, name=json.dumps(name),
                           today=today.isoformat(),
                           due=(today + timedelta(days=182)).isoformat())
    path.write_text(text, encoding="utf-8")
    return path
