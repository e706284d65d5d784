"""``firststop new organisation "Name"``: write a valid record to fill in."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from build_tools.directory.loader import SCHEMA_LINE

TEMPLATE = """{schema_line}
# A new organisation. Replace every TODO, then run `firststop check`.
organization:
  slug: "{slug}"
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


MAX_NAME = 150
MAX_SLUG = 60


class BadName(ValueError):
    """A name ``firststop new`` cannot make a record from; the message says why."""


def slugify(name: str) -> str:
    """``St Mary's Day Centre`` → ``st-marys-day-centre``; accents are dropped."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['’]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "organisation"


def check_name(name: str) -> str:
    """The name tidied (spaces collapsed), or :class:`BadName` with a fix."""
    tidy = " ".join(name.split())
    if not tidy:
        raise BadName("the name is empty; give the organisation's name in quotes, "
                      'e.g. firststop new organisation "Age Well Wyvernshire"')
    if any(unicodedata.category(c).startswith("C") for c in tidy):
        raise BadName("the name contains control characters; type it in plain text")
    if len(tidy) > MAX_NAME:
        raise BadName(f"the name is {len(tidy)} characters long; keep it under {MAX_NAME} "
                      "(put the rest in the description)")
    if not re.search(r"[A-Za-z0-9]", unicodedata.normalize("NFKD", tidy)):
        raise BadName(f"{tidy[:40]!r} has no letters or digits to make a file name from; "
                      "use the organisation's written name")
    return tidy


def scaffold_organisation(records: Path, name: str, today: date) -> Path:
    """Write ``{slug}.yaml`` under ``records``; refuse to overwrite or a bad name.

    The name is written as a JSON (double-quoted YAML) string, so ``Yes``, ``123`` or
    ``null`` stay text."""
    name = check_name(name)
    slug = slugify(name)[:MAX_SLUG].strip("-")
    path = records / f"{slug}.yaml"
    if path.exists():
        raise FileExistsError(path)
    records.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.format(schema_line=SCHEMA_LINE, slug=slug, name=json.dumps(name),
                           today=today.isoformat(),
                           due=(today + timedelta(days=182)).isoformat())
    path.write_text(text, encoding="utf-8")
    return path
