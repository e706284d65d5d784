"""Fixtures for the estimator browser tests: one Pyodide load per test module."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.estimator_browser.driver import wait_for_engine
from tests.support.browser import RecordedPage


@pytest.fixture(scope="module")
def engine_page(browser: Any, site_url: str) -> Iterator[RecordedPage]:
    """The person flow's start page with the engine loaded, shared by a module's tests."""
    context = browser.new_context(service_workers="block", accept_downloads=True)
    page = context.new_page()
    recorded = RecordedPage(page=page, base_url=site_url).attach()
    recorded.goto("estimator/")
    wait_for_engine(page)
    yield recorded
    context.close()
