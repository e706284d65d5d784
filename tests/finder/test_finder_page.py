"""The public finder in real Chromium: filters against a reference, counts, URL state,
keyboard use, no-JavaScript fallback, accessibility and privacy."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

import pytest

from tests.finder.conftest import open_finder, result_names, shown_names
from tests.finder.reference import expected
from tests.support.axe import describe, run_axe


def most_common(values: list[str]) -> str:
    return Counter(values).most_common(1)[0][0]


def combos(summaries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Filter combinations picked from the demo data, so each one narrows the list."""
    category = most_common([c for s in summaries for c in s["categories"]])
    return [
        {"category": category},
        {"category": category, "area": "northmoor"},
        {"cost": ["free"], "delivery": ["phone"]},
        {"cost": ["charged", "council-funded"], "delivery": ["at-home"]},
        {"for_": "carers", "referral": ["self-referral"]},
        {"area": "WY5", "open_": "sat"},
        {"age": 17},
        {"q": "dementia"},
        {"q": "lunch", "area": "eastbridge"},
        {"referral": ["professional-referral", "via-council"], "open_": "sun"},
    ]


def query(filters: dict[str, Any]) -> str:
    params: list[tuple[str, str]] = []
    for key, value in filters.items():
        name = key.rstrip("_")
        for item in value if isinstance(value, list) else [value]:
            params.append((name, str(item)))
    return "?" + urlencode(params)


def wait_for_search(page: Any, text: str) -> None:
    """Wait until the address bar's query string holds ``text``."""
    page.wait_for_function("(text) => location.search.includes(text)", arg=text)


def test_filter_combinations_match_the_reference(site_page: Any, summaries: list[dict]) -> None:
    total = len(summaries)
    narrowed = 0
    for filters in combos(summaries):
        page = open_finder(site_page, "finder/" + query(filters))
        want = expected(summaries, **filters)
        got = result_names(page)
        assert sorted(got) == sorted(want), filters
        assert page.locator(".fs-finder__summary").inner_text().startswith(f"{len(want)} service")
        assert shown_names(page) == got[: len(shown_names(page))]
        narrowed += 0 < len(want) < total
    assert narrowed >= 6, "the demo data should make most combinations narrow the list"
    assert site_page.external_requests() == []
    assert site_page.console_errors() == []


def test_option_counts_say_how_many_would_be_left(site_page: Any, summaries: list[dict]) -> None:
    page = open_finder(site_page, "finder/?cost=free")
    options = page.locator("#fs-category option").evaluate_all(
        "(os) => os.map((o) => [o.value, o.textContent])"
    )
    for value, text in options[1:]:
        want = len(expected(summaries, category=value, cost=["free"]))
        assert text.endswith(f"({want})"), (value, text)
    assert options[0][1].endswith(f"({len(expected(summaries, cost=['free']))})")
    # A checkbox's count keeps the other filters but not its own group's choices.
    charged = page.locator("label[for=fs-cost-charged]").inner_text()
    assert charged.endswith(f"({len(expected(summaries, cost=['charged']))})")


def test_open_now_uses_the_clock(site_page: Any, summaries: list[dict]) -> None:
    moment = datetime(2026, 11, 28, 10, 30)  # a Saturday morning
    site_page.page.clock.set_fixed_time(moment)
    page = open_finder(site_page, "finder/?open=now")
    want = expected(summaries, open_="now", now=moment)
    assert 0 < len(want) < len(summaries)
    assert sorted(result_names(page)) == sorted(want)


def test_typing_updates_results_and_announces_the_count(
    site_page: Any, summaries: list[dict]
) -> None:
    page = open_finder(site_page, "finder/")
    page.locator("#fs-q").focus()
    page.keyboard.type("memory")
    want = expected(summaries, q="memory")
    assert sorted(result_names(page)) == sorted(want)
    status = page.locator(".fs-finder__status")
    assert status.get_attribute("aria-live") == "polite"
    noun = "service" if len(want) == 1 else "services"
    page.wait_for_function(
        "(text) => document.querySelector('.fs-finder__status').textContent === text",
        arg=f"{len(want)} {noun} found",
    )
    wait_for_search(page, "q=memory")


def test_url_state_survives_reload_and_history(site_page: Any, summaries: list[dict]) -> None:
    category = most_common([c for s in summaries for c in s["categories"]])
    page = open_finder(site_page, "finder/")
    page.locator("#fs-category").focus()
    page.locator("#fs-category").select_option(category)
    wait_for_search(page, f"category={category}")
    page.locator("#fs-cost-free").focus()
    page.keyboard.press("Space")
    wait_for_search(page, "cost=free")
    both = sorted(expected(summaries, category=category, cost=["free"]))
    assert sorted(result_names(page)) == both

    page.reload()
    page.wait_for_selector("html[data-finder-ready='true']")
    assert page.locator("#fs-category").input_value() == category
    assert page.locator("#fs-cost-free").is_checked()
    assert sorted(result_names(page)) == both

    page.go_back()
    page.wait_for_function("() => !location.search.includes('cost=')")
    assert not page.locator("#fs-cost-free").is_checked()
    assert sorted(result_names(page)) == sorted(expected(summaries, category=category))

    page.go_forward()
    page.wait_for_function("() => location.search.includes('cost=free')")
    assert page.locator("#fs-cost-free").is_checked()
    assert sorted(result_names(page)) == both


def test_results_show_name_summary_place_cost_and_next_step(site_page: Any) -> None:
    page = open_finder(site_page, "finder/")
    first = page.locator(".fs-finder__list > li").first
    assert first.locator("h3 a").get_attribute("href").endswith("/")
    text = first.inner_text()
    for word in ("Area", "Cost", "Next step"):
        assert word in text
    hrefs = page.locator(".fs-result__step a").evaluate_all("(as) => as.map((a) => a.href)")
    assert hrefs and all(h.split(":")[0] in {"tel", "mailto", "http", "https"} for h in hrefs)


def test_finder_has_no_axe_violations(site_page: Any) -> None:
    page = open_finder(site_page, "finder/?cost=free")
    violations = run_axe(page)
    assert violations == [], describe(violations)


def test_without_javascript_the_page_links_to_every_list(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "finder/")
    assert page.locator(".fs-finder__nojs").is_visible()
    assert not page.locator(".fs-finder__form").is_visible()
    categories = page.locator(".fs-finder__browse a[href*='categories/']").count()
    localities = page.locator(".fs-finder__browse a[href*='localities/']").count()
    context.close()
    assert categories >= 20 and localities == 6


@pytest.mark.parametrize("path", ["finder/", "finder/contact-centre/"])
def test_no_inline_scripts_or_styles(built_site: Any, path: str) -> None:
    html = (built_site / path / "index.html").read_text(encoding="utf-8")
    assert 'type="module" async src=' in html
    assert " style=" not in html.split('<div class="fs-finder', 1)[1]
    assert " onclick=" not in html
