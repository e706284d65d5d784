"""Finder test helpers: the demo directory's summaries and a page opener."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
READY = "html[data-finder-ready='true']"


@pytest.fixture(scope="session")
def summaries() -> list[dict[str, Any]]:
    """Every active demo service, as the directory summarises it."""
    from build_tools.directory import load_directory, service_summaries

    items = [
        s
        for s in service_summaries(load_directory(ROOT))
        if s.get("status", "active") not in {"inactive", "defunct"}
    ]
    assert len(items) >= 20, "the demo directory should hold at least 20 services"
    return items


def open_finder(site_page: Any, path: str) -> Any:
    """Open a finder view and wait until its first results are shown."""
    site_page.goto(path)
    site_page.page.wait_for_selector(READY)
    return site_page.page


def result_names(page: Any) -> list[str]:
    """Names of every matching service (all pages of results), in order."""
    return page.evaluate("() => window.firststopFinder.results.map((s) => s.name)")


def shown_names(page: Any) -> list[str]:
    return page.locator(".fs-finder__list > li h3 a").all_inner_texts()
