"""Shared helpers for the content tests: the real content folder and fixture pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONTENT_DIR = PROJECT_ROOT / "content"
TODAY = date(2026, 11, 23)

GOOD_FRONT_MATTER = """\
---
title: A test page
summary: A short summary.
audience: [adults]
owner: advice-team@example.org
last_reviewed: 2026-06-01
review_due: {review_due}
sources:
  - title: Care Act 2014
    url: https://www.legislation.gov.uk/ukpga/2014/23/contents
services: [{services}]
---

# A test page

You can ask us for help.
"""


def page_text(review_due: str = "2027-06-01", services: str = "help-at-home") -> str:
    """A valid advice page, with the review date and services given."""
    return GOOD_FRONT_MATTER.format(review_due=review_due, services=services)


def write(root: Path, relative: str, text: str) -> Path:
    """Write ``text`` to ``root/relative``, making folders."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
