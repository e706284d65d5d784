"""Find the rules: the compiled JSON inside a wheel, or the YAML in a checkout."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from care_estimator.compile_rules import COMPILED_NAME, load_yaml_tree

RULES_DIR = Path(__file__).resolve().parent / "rules"


def load_compiled() -> dict[str, Any] | None:
    """The rules from ``rules_compiled.json`` if the package carries it, else ``None``."""
    resource = resources.files("care_estimator").joinpath(COMPILED_NAME)
    if not resource.is_file():
        return None
    return json.loads(resource.read_text(encoding="utf-8"))


def load_from_yaml(rules_dir: Path = RULES_DIR) -> dict[str, Any]:
    """The rules parsed from YAML (needs PyYAML)."""
    return load_yaml_tree(rules_dir)


@lru_cache(maxsize=1)
def rules_tree() -> dict[str, Any]:
    """All rules files as ``{"format": 1, "files": {relative_name: data}}`` (cached)."""
    compiled = load_compiled()
    return compiled if compiled is not None else load_from_yaml()


def rules_file(name: str) -> Any:
    """One rules file by its name without ``.yaml``, e.g. ``"parameters/2026-27"``."""
    files = rules_tree()["files"]
    if name not in files:
        raise KeyError(f"no rules file {name!r}; have {sorted(files)}")
    return files[name]


def rules_names(prefix: str = "") -> list[str]:
    """Names of the rules files whose name starts with ``prefix``."""
    return sorted(name for name in rules_tree()["files"] if name.startswith(prefix))
