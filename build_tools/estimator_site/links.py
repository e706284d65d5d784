"""Where the estimator's results point: advice pages and the service directory.

The link texts are words, so they live in ``text/links.yaml``; this module only decides
which of them exist in this site.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from build_tools.estimator_site.words import words
from build_tools.rendering import page_url


@dataclass(frozen=True)
class Link:
    """A link to a site page, by its URL from the site root (``estimator/paper/``)."""

    path: str
    text: str


HOW_WE_ESTIMATE = "estimator/how-we-estimate/"
PAPER = "estimator/paper/"


def directory_slugs(project_root: Path) -> set[str]:
    """Need-category slugs in ``services_directory/taxonomy.yaml`` (empty if there is none)."""
    path = project_root / "services_directory" / "taxonomy.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return set()
    return {item.get("slug") for item in data.get("categories") or [] if isinstance(item, dict)}


def advice_links(flow: str, docs_dir: Path) -> list[Link]:
    """Advice pages for a flow that exist in the docs folder."""
    return [Link(page_url(item["page"]), item["text"]) for item in words("links")["advice"][flow]
            if (docs_dir / item["page"]).is_file()]


def directory_links(flow: str, project_root: Path) -> list[Link]:
    """The directory's front page and the need categories that exist in the taxonomy."""
    slugs = directory_slugs(project_root)
    if not slugs:
        return []
    text = words("links")["directory"]
    links = [Link("services/", text["front_page"])]
    links += [Link(f"categories/{item['category']}/", item["text"]) for item in text[flow]
              if item["category"] in slugs]
    return links
