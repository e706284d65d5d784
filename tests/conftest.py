"""Shared fixtures: build the site once, serve it on 127.0.0.1, drive Debian's Chromium.

Set FIRSTSTOP_SITE_DIR to reuse an already built site (it is not rebuilt).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.browser import RecordedPage, launch
from tests.support.server import serve_directory
from tests.support.site import build_site

# A fixed date keeps review dates and parameter years stable in tests.
TEST_TODAY = "2026-11-26"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo site, built once per test session with `mkdocs build --strict`."""
    reuse = os.environ.get("FIRSTSTOP_SITE_DIR")
    if reuse:
        return Path(reuse)
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(site_dir, env={"FIRSTSTOP_TODAY": TEST_TODAY})
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return site_dir


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL (ending in /) of the built site served on 127.0.0.1."""
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def site_page(browser: Any, site_url: str) -> Iterator[RecordedPage]:
    """A fresh browser context and page that records requests and console messages."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    recorded = RecordedPage(page=page, base_url=site_url).attach()
    yield recorded
    context.close()
