"""When a listing was last checked, in words, and whether that is over a year ago.

The browser side is ``build_tools/finder/assets/trust.js`` (same rules).
"""

from __future__ import annotations

import os
from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
STALE_AFTER_DAYS = 365


def build_date() -> date:
    """The date the site is built as: ``$FIRSTSTOP_TODAY`` (tests, previews) or today."""
    text = os.environ.get("FIRSTSTOP_TODAY")
    return date.fromisoformat(text) if text else date.today()


def _as_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def checked_month(value: object) -> str:
    """``2026-03-14`` → ``"March 2026"``; ``""`` for no date."""
    day = _as_date(value)
    return f"{MONTHS[day.month - 1]} {day.year}" if day else ""


def is_stale(value: object, today: date, days: int = STALE_AFTER_DAYS) -> bool:
    """Whether a listing last checked on ``value`` was checked over ``days`` before
    ``today`` (a listing with no date counts as not checked)."""
    day = _as_date(value)
    return day is None or (today - day).days > days
