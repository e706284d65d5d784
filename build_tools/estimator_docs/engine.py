"""The rules' date range, for the build date (the engine is loaded by estimator_site)."""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path

from build_tools.estimator_site.engine import load_engine


def date_in_range(project_root: Path, on: date) -> tuple[date, str | None]:
    """``on`` if a parameter set covers it, else the nearest set's edge and a warning."""
    load_engine(project_root)
    sets = importlib.import_module("care_estimator.parameters").available_sets()
    first, last = date.fromisoformat(sets[0]["from"]), date.fromisoformat(sets[-1]["to"])
    if on < first:
        return first, f"the build date {on} is before the first parameter set ({first})"
    if on > last:
        return last, f"the build date {on} is after the last parameter set (ends {last})"
    return on, None
