"""The same engine in CPython, and the worked examples it is checked against."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from build_tools.estimator_site.engine import load_engine

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "widgets" / "examples").glob("*.json"))


def engine() -> Any:
    return load_engine(ROOT)


def estimate(payload: dict[str, Any], on: str) -> dict[str, Any]:
    """CPython's answer, through the same JSON entry point the browser uses."""
    return json.loads(engine().estimate_json(json.dumps(payload), on))


def example(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def questionnaire(flow: str, on: str) -> dict[str, Any]:
    import datetime as dt

    return engine().load_questionnaire(flow, dt.date.fromisoformat(on))
