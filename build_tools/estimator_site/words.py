"""The estimator pages' words that are data rather than template prose (``text/*.yaml``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

TEXT_DIR = Path(__file__).parent / "text"


@lru_cache(maxsize=8)
def words(name: str) -> dict[str, Any]:
    """The parsed ``text/NAME.yaml`` for ``name``."""
    return yaml.safe_load((TEXT_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
