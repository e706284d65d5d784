"""The need-category slugs that ``services:`` front matter may name."""

from __future__ import annotations

from pathlib import Path

import yaml

TAXONOMY_FILE = Path("services_directory") / "taxonomy.yaml"


def category_slugs(project_root: Path) -> frozenset[str] | None:
    """Slugs from ``services_directory/taxonomy.yaml``; ``None`` if there is no taxonomy."""
    path = project_root / TAXONOMY_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return None
    categories = data.get("categories", []) if isinstance(data, dict) else []
    return frozenset(
        str(item["slug"]) for item in categories if isinstance(item, dict) and "slug" in item
    )
