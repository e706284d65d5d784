"""Read the rules YAML tree into plain JSON-ready data (and compile it to JSON).

Used twice: by ``setup.py`` at build time (writing ``rules_compiled.json`` into the
wheel) and by :mod:`care_estimator.rules_loader` in a development checkout that has
no compiled file. Both go through :func:`load_yaml_tree`, so the two paths give the
same data. PyYAML is imported lazily: the browser never reaches this module.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

COMPILED_NAME = "rules_compiled.json"
FORMAT_VERSION = 1


def normalise(value: Any) -> Any:
    """Turn YAML scalars into JSON ones: dates become ISO strings, keys become strings."""
    if isinstance(value, dict):
        return {str(normalise(k)): normalise(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalise(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def load_yaml_tree(rules_dir: Path) -> dict[str, Any]:
    """Every ``*.yaml`` under ``rules_dir`` keyed by its POSIX path without ``.yaml``."""
    import yaml  # lazy: only development checkouts and the build need PyYAML

    files: dict[str, Any] = {}
    for path in sorted(rules_dir.rglob("*.yaml")):
        key = path.relative_to(rules_dir).with_suffix("").as_posix()
        files[key] = normalise(yaml.safe_load(path.read_text(encoding="utf-8")))
    return {"format": FORMAT_VERSION, "files": files}


def compile_to_json(rules_dir: Path) -> str:
    """The compiled rules as a JSON string (sorted keys, so builds are reproducible)."""
    return json.dumps(load_yaml_tree(rules_dir), sort_keys=True, ensure_ascii=False, indent=1)
