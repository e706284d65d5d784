"""Every page (or a sample of each page type on a large site): no other hosts,
no console errors, no axe violations, no storage."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pytest

from tests.support.axe import describe, run_axe
from tests.support.site import html_pages, page_path

pytestmark = pytest.mark.browser

SAMPLE_ABOVE = 300
PER_TYPE = 12
SKIP_FILES = {"404.html"}


def page_sample(site_dir: Path) -> list[str]:
    """All pages, or when there are more than 300, up to 12 of each page type (top folder)."""
    paths = [
        page_path(site_dir, html)
        for html in html_pages(site_dir)
        if html.name not in SKIP_FILES and not html.relative_to(site_dir).parts[0].startswith(
            ("assets", "open-referral", "pagefind", "pyodide")
        )
    ]
    assert paths, f"no pages in {site_dir}"
    if len(paths) <= SAMPLE_ABOVE:
        return paths
    by_type: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        by_type[path.split("/", 1)[0] if "/" in path else ""].append(path)
    chooser = random.Random(2026)
    sample: list[str] = []
    for group in by_type.values():
        sample.extend(group if len(group) <= PER_TYPE else chooser.sample(group, PER_TYPE))
    return sorted(sample)


def test_sample_covers_every_page_type(built_site: Path) -> None:
    sample = page_sample(built_site)
    assert "" in sample, "the home page must be checked"
    assert "accessibility/" in sample and "privacy/" in sample


def test_every_page_is_local_quiet_and_accessible(built_site: Path, site_page) -> None:
    failures: list[str] = []
    for path in page_sample(built_site):
        site_page.clear()
        response = site_page.goto(path)
        if response is None or response.status != 200:
            failures.append(f"/{path}: HTTP {response and response.status}")
            continue
        if external := site_page.external_requests():
            failures.append(f"/{path}: requests to other hosts: {external}")
        if errors := site_page.console_errors():
            failures.append(f"/{path}: console errors: {errors}")
        if violations := run_axe(site_page.page):
            failures.append(f"/{path}: axe violations:\n{describe(violations)}")
    assert not failures, "\n".join(failures)


def test_nothing_is_stored_in_the_browser(site_page) -> None:
    for path in ["", "accessibility/", "privacy/"]:
        site_page.goto(path)
    stored = site_page.page.evaluate(
        "() => ({local: localStorage.length, session: sessionStorage.length,"
        " cookies: document.cookie})"
    )
    assert stored == {"local": 0, "session": 0, "cookies": ""}
    assert site_page.page.context.cookies() == []


def test_skip_link_is_first_and_moves_focus_to_main_content(site_page) -> None:
    site_page.goto("accessibility/")
    site_page.page.keyboard.press("Tab")
    focused = site_page.page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    site_page.page.keyboard.press("Enter")
    assert site_page.page.evaluate("() => document.activeElement.id") == "main-content"


def test_demo_banner_and_footer_contacts_on_every_page(site_page) -> None:
    site_page.goto("privacy/")
    banner = site_page.page.locator(".fs-banner").inner_text()
    assert "fictional" in banner
    footer = site_page.page.locator("footer.fs-footer").inner_text()
    assert "01632 960000" in footer and "Accessibility statement" in footer
    assert site_page.page.locator("footer.fs-footer a[href='tel:+441632960000']").count() == 1
