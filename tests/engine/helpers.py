"""Shared helpers for the estimator engine tests: worked-example cases and answer builders."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

CASES_DIR = Path(__file__).resolve().parents[2] / "widgets" / "care_estimator" / "examples"
ROOT = Path(__file__).resolve().parents[2]
WIDGETS = ROOT / "widgets"


def bases() -> dict[str, Any]:
    """The starting answers named in cases (``home``, ``care_home``, ``carer``)."""
    return yaml.safe_load((CASES_DIR / "bases.yaml").read_text(encoding="utf-8"))


def payload(base: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """A fresh answers payload from a base, with answers changed (``None`` removes one)."""
    data = copy.deepcopy(bases()[base])
    for key, value in (overrides or {}).items():
        if value is None:
            data["answers"].pop(key, None)
        else:
            data["answers"][key] = value
    return data


def load_cases() -> list[dict[str, Any]]:
    """Every worked example from ``cases/*.yaml`` (not ``bases.yaml``)."""
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        if path.name == "bases.yaml":
            continue
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            case["file"] = path.name
            cases.append(case)
    return cases


def case_date(case: dict[str, Any]) -> dt.date:
    value = case["date"]
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def lookup(result: Any, dotted: str) -> Any:
    """Follow ``a.b.c`` into nested dicts (a number indexes a list); a final ``__len__``
    gives a list's length."""
    value = result
    for part in dotted.split("."):
        if part == "__len__":
            return len(value)
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value
