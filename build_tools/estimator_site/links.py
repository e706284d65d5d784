"""Where the estimator's results point: advice pages and the service directory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Link:
    """A link to a site page, by its path from the site root (a directory URL)."""

    path: str
    text: str


# Advice pages (Markdown files in the docs folder); only those that exist are linked.
ADVICE: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (
        ("assessments/needs-assessment.md", "Asking for a needs assessment"),
        ("assessments/eligibility-criteria.md", "Who can get care and support"),
        ("assessments/personal-budgets.md", "Personal budgets"),
        ("paying/financial-assessment.md", "The financial assessment: what you pay"),
        ("paying/capital-limits.md", "Savings and the capital limits"),
        ("paying/arranging-your-own-care.md", "Arranging and paying for your own care"),
        ("paying/deferred-payments.md", "Deferred payments if you own your home"),
        ("paying/benefits.md", "Benefits you may be able to get"),
    ),
    "carer": (
        ("carers/carers-assessment.md", "A carer's assessment"),
        ("carers/carers-budget.md", "Carer's budgets"),
        ("carers/breaks-for-carers.md", "Breaks for carers"),
        ("paying/benefits.md", "Benefits you may be able to get"),
    ),
}

# Need categories of the service directory, linked as ``categories/<slug>/``.
DIRECTORY: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (
        ("advocacy", "Advocacy: someone to speak up for you"),
        ("brokerage-and-support-planning", "Brokerage and support planning"),
        ("money-and-benefits-advice", "Money and benefits advice"),
        ("help-at-home", "Help at home"),
    ),
    "carer": (
        ("carers-support", "Support for carers"),
        ("money-and-benefits-advice", "Money and benefits advice"),
        ("advocacy", "Advocacy: someone to speak up for you"),
    ),
}

HOW_WE_ESTIMATE = "estimator/how-we-estimate/"
PAPER = "estimator/paper/"


def page_url(markdown_path: str) -> str:
    """The directory URL (relative to the site root) of a Markdown page."""
    stem = markdown_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


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
    return [Link(page_url(path), text) for path, text in ADVICE[flow]
            if (docs_dir / path).is_file()]


def directory_links(flow: str, project_root: Path) -> list[Link]:
    """The directory's front page and the need categories that exist in the taxonomy."""
    slugs = directory_slugs(project_root)
    if not slugs:
        return []
    links = [Link("services/", "Search the directory of local services")]
    links += [Link(f"categories/{slug}/", text) for slug, text in DIRECTORY[flow] if slug in slugs]
    return links
