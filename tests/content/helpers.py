"""Shared helpers for the content tests: the real content folder and fixture pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from build_tools.content_checks.checked import stamp

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONTENT_DIR = PROJECT_ROOT / "content"
TODAY = date(2026, 11, 26)

GOOD_FRONT_MATTER = """\
---
title: A test page
summary: A short summary.
audience: [adults]
owner: advice-team@example.org
last_reviewed: 2026-06-01
review_due: {review_due}
sources:
  - id: care-act
    title: Care Act 2014
    url: https://www.legislation.gov.uk/ukpga/2014/23/contents
services: [{services}]
---

# A test page

You can ask us for help.[^care-act]
"""


def page_text(review_due: str = "2027-06-01", services: str = "help-at-home",
              extra: str = "") -> str:
    """A valid advice page, with the review date, services and extra body text given,
    stamped as checked on 1 June 2026 (so a later edit shows as unchecked)."""
    text = GOOD_FRONT_MATTER.format(review_due=review_due, services=services) + extra
    return stamp(text, date(2026, 6, 1))


def write(root: Path, relative: str, text: str) -> Path:
    """Write ``text`` to ``root/relative``, making folders."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
