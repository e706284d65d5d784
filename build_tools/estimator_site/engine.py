"""Import the estimator engine (``care_estimator``) from the project's ``widgets/`` folder."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

FLOWS = ("person", "carer")


def load_engine(project_root: Path) -> ModuleType:
    """The ``care_estimator`` package, importable from a checkout without installing it."""
    widgets = str(project_root / "widgets")
    if widgets not in sys.path:
        sys.path.insert(0, widgets)
    return importlib.import_module("care_estimator")


def questionnaires(project_root: Path, on: date) -> list[dict[str, Any]]:
    """Both flows' questionnaires as the engine publishes them (see QUESTIONNAIRE.md)."""
    engine = load_engine(project_root)
    return [engine.load_questionnaire(flow, on) for flow in FLOWS]
