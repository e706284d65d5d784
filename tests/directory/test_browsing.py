"""Browsing the directory: locality pages grouped by need with each service once, advice
pages' local services most relevant first, and published prices by kind and unit with
the council's usual rate (rendered from the real demo directory)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from build_tools.directory import render, views
from build_tools.directory.loader import load_directory
from build_tools.directory.model import Directory
from build_tools.directory.usual_rates import UsualRate, usual_rates
from tests.support.browser import RecordedPage

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 26)
SERVICE_LINK = re.compile(r'href="\.\./\.\./services/([a-z0-9-]+)/"')


@pytest.fixture(scope="module")
def demo() -> Directory:
    return load_directory(ROOT, ROOT / "services_directory")


def _sections(html: str) -> dict[str, str]:
    """The page's ``<h2 id=...>`` sections, by id."""
    parts = re.split(r'<h2 id="([^"]+)">', html)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize("area", ["hollowdale", "wyvernton", "saltmarsh"])
def test_locality_page_lists_each_service_once_under_its_main_need(
        demo: Directory, area: str) -> None:
    html = render.locality_page(area, demo, ROOT, finder=True)
    listed = SERVICE_LINK.findall(html)
    expected = {s.slug for s in demo.services_in_area(area)}
    assert set(listed) == expected
    twice = [slug for slug, n in Counter(listed).items() if n > 1]
    assert not twice, f"listed more than once: {twice}"
    sections = _sections(html)
    assert list(sections) == [c for c in demo.categories if c in sections], "taxonomy order"
    for slug in listed:
        main = views.main_category(demo.services[slug], demo)
        assert f'href="../../services/{slug}/"' in sections[main], (slug, main)


def test_locality_page_points_other_needs_to_the_one_listing(demo: Directory) -> None:
    area = "hollowdale"
    html = render.locality_page(area, demo, ROOT)
    sections = _sections(html)
    several = [s for s in demo.services_in_area(area) if len(set(s.categories)) > 1]
    assert several, "the demo data has services meeting several needs"
    for service in several:
        main = views.main_category(service, demo)
        assert f'id="service-{service.slug}"' in sections[main]
        for other in set(service.categories) - {main}:
            assert f'href="#service-{service.slug}"' in sections[other], (service.slug, other)
    assert "listed under another need" in html


def test_advice_page_local_services_most_relevant_first(demo: Directory) -> None:
    wanted = ["dementia", "help-at-home"]
    ranked = render.relevant_services(demo, wanted)
    slugs = [s.slug for s in ranked]
    assert len(slugs) == len(set(slugs)), "no service twice"
    assert set(slugs) == {s.slug for c in wanted for s in demo.services_in_category(c)}
    main_first = [views.main_category(s, demo) == "dementia" for s in ranked]
    assert main_first == sorted(main_first, reverse=True), "main need first"
    assert main_first[0]
    for flag in (True, False):
        block = [s for s, m in zip(ranked, main_first, strict=True) if m is flag]
        keys = [(-len(set(s.categories) & set(wanted)), s.name.lower()) for s in block]
        assert keys == sorted(keys), "then by categories matched, then by name"
    markdown = render.local_services_markdown(demo, "dementia.md", wanted, limit=5, root=ROOT)
    shown = re.findall(r'href="\.\./services/([a-z0-9-]+)/"', markdown)
    assert shown == slugs[:5]
    assert 'href="../categories/dementia/"' in markdown
    assert 'href="../categories/help-at-home/"' in markdown


def test_usual_rates_come_from_the_estimators_local_rules() -> None:
    rates = usual_rates(TODAY)
    assert rates["care-homes"] == UsualRate(88500, "per week", date(2026, 4, 6), rates[
        "care-homes"].reference)
    assert rates["nursing-homes"].pence == 103000
    assert usual_rates(date(2025, 1, 1))["care-homes"].pence == 85000
    assert rates["help-at-home"] == UsualRate(2310, "per hour", date(2026, 4, 6), rates[
        "help-at-home"].reference)
    assert usual_rates(date(2025, 1, 1))["help-at-home"].pence == 2240
    assert usual_rates(TODAY, ROOT / "nowhere.yaml") == {}


def test_prices_grouped_by_kind_and_unit_with_usual_rate(demo: Directory) -> None:
    tables = views.price_tables(demo, usual_rates(TODAY))
    keys = [(t.anchor, t.unit) for t in tables]
    assert len(keys) == len(set(keys))
    by_anchor = {t.anchor: t for t in tables}
    homes = by_anchor["care-homes-per-week"]
    assert homes.usual is not None and homes.usual.price == "£885.00 per week"
    assert homes.usual.valid_from == "6 April 2026"
    assert by_anchor["nursing-homes-per-week"].usual.price == "£1,030.00 per week"
    assert by_anchor["help-at-home-per-hour"].usual.price == "£23.10 per hour"
    # The hourly rate is never shown against weekly prices (live-in care).
    assert by_anchor["help-at-home-per-week"].usual is None
    for table in tables:
        assert all(row.price.endswith(table.unit) for row in table.rows), table.anchor
        assert all(row.areas for row in table.rows)
    charged = Counter((s.slug, c.text, c.label or "") for s in demo.services.values()
                      if views.main_category(s, demo) for c in s.costs if c.kind == "charged")
    shown = Counter((r.service.target.split("/")[1].removesuffix(".md"), r.price,
                     r.label) for t in tables for r in t.rows)
    assert shown == charged, "every charged price exactly once"
    html = render.prices_page(demo, ROOT, usual_rates(TODAY))
    assert "usual rate: <strong>£885.00 per week</strong>" in html
    assert 'data-label="Area served"' in html and "<table class=\"fs-dir-prices\">" in html
    contents = html[html.index('id="prices-contents"'):html.index("</nav>")]
    assert re.findall(r'href="#([^"]+)"', contents) == [t.anchor for t in tables]


@pytest.mark.slow
@pytest.mark.browser
def test_prices_page_fits_a_390px_phone(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844},
                                  service_workers="block")
    try:
        page = RecordedPage(page=context.new_page(), base_url=site_url).attach()
        page.goto("services/prices/")
        width = page.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the prices page scrolls sideways ({width}px wide)"
        assert page.page.locator("table.fs-dir-prices td[data-label]").first.is_visible()
    finally:
        context.close()
