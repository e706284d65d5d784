"""Import ``care_estimator`` from the project's ``widgets/`` folder (installed or not)."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path
from types import ModuleType


def load_engine(project_root: Path) -> ModuleType:
    """The ``care_estimator`` package, importable from a checkout without installing it."""
    widgets = str(project_root / "widgets")
    if widgets not in sys.path:
        sys.path.insert(0, widgets)
    return importlib.import_module("care_estimator")


def date_in_range(project_root: Path, on: date) -> tuple[date, str | None]:
    """``on`` if a parameter set covers it, else the nearest set's edge and a warning."""
    engine = load_engine(project_root)
    sets = importlib.import_module("care_estimator.parameters").available_sets()
    first, last = date.fromisoformat(sets[0]["from"]), date.fromisoformat(sets[-1]["to"])
    if on < first:
        return first, f"the build date {on} is before the first parameter set ({first})"
    if on > last:
        return last, f"the build date {on} is after the last parameter set (ends {last})"
    del engine
    return on, None
