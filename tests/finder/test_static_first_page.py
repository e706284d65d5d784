"""The first page of the empty search, rendered at build time, in real Chromium: it is
what the script would render, the script keeps it, and it never misleads."""

from __future__ import annotations

from typing import Any

import pytest

from tests.finder.conftest import READY, open_finder, result_names
from tests.support.axe import describe, run_axe

# Every option or checkbox count on the form, as [facet, value, text].
COUNTS_JS = """
() => [
  ...[...document.querySelectorAll('.fs-finder__form option[data-label]')]
    .map((o) => [o.closest('select').name, o.value, o.textContent]),
  ...[...document.querySelectorAll('.fs-finder__form .fs-count')]
    .map((s) => { const i = s.closest('.fs-checkboxes__item').querySelector('input');
                  return [i.name, i.value, s.textContent]; }),
]
"""
LIST_HTML = "() => document.querySelector('.fs-finder__list').innerHTML"
# Count result items the page removes (the script must keep the build-time ones).
REMOVALS_INIT = """
window.__removedResults = 0;
new MutationObserver((records) => {
  for (const r of records) for (const n of r.removedNodes) {
    if (n.nodeType === 1 && n.matches('li')) window.__removedResults += 1;
  }
}).observe(document, {subtree: true, childList: true});
"""
VIEWS = [("finder/", 20), ("finder/contact-centre/", 50)]


def static_page(browser: Any, url: str) -> tuple[str, list[list[str]], str]:
    """The list's HTML, the counts and the summary as built (no JavaScript)."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url)
    found = page.evaluate(LIST_HTML), page.evaluate(COUNTS_JS)
    summary = page.locator(".fs-finder__summary").inner_text()
    context.close()
    return *found, summary


@pytest.mark.parametrize(("path", "size"), VIEWS)
def test_build_time_results_are_what_the_script_renders(
    browser: Any, site_url: str, site_page: Any, path: str, size: int
) -> None:
    static_list, static_counts, _ = static_page(browser, site_url + path)
    assert static_list.count("<li ") == size
    site_page.page.add_init_script(REMOVALS_INIT)
    page = open_finder(site_page, path)
    # Hydration keeps the build-time items: none removed, same HTML.
    assert page.evaluate("() => window.__removedResults") == 0
    assert page.evaluate(LIST_HTML) == static_list
    # Forced to render from the index, the script writes the same markup.
    rendered = page.evaluate(
        "() => { const f = window.firststopFinder; f.listKey = null;"
        " f.render({announce: false});"
        " return document.querySelector('.fs-finder__list').innerHTML; }"
    )
    assert page.evaluate("() => window.__removedResults") == size
    assert rendered == static_list
    names = page.locator(".fs-finder__list > li h3 a").all_inner_texts()
    assert names == result_names(page)[:size]
    # Same counts on every option, except "Open now" (it needs the visitor's clock).
    script_counts = page.evaluate(COUNTS_JS)
    assert len(script_counts) == len(static_counts)
    for built, live in zip(static_counts, script_counts, strict=True):
        if built[:2] == ["open", "now"]:
            assert built[2] == "Open now" and live[2].startswith("Open now (")
        else:
            assert built == live
            assert built[2].endswith(")")


def test_hydrating_the_empty_search_announces_nothing(site_page: Any) -> None:
    page = open_finder(site_page, "finder/")
    page.wait_for_timeout(1000)  # longer than the announcement delay
    assert page.locator(".fs-finder__status").text_content() == ""
    assert page.locator(".fs-finder__main").get_attribute("aria-busy") is None


def test_a_search_in_the_url_marks_the_build_time_results_as_loading(
    site_page: Any, summaries: list[dict]
) -> None:
    page = site_page.page
    held: list[Any] = []
    page.route("**/finder/services.json", lambda route: held.append(route))
    page.goto(site_page.base_url + "finder/?cost=free", wait_until="domcontentloaded")
    page.wait_for_selector(".fs-finder__main[aria-busy='true']")
    assert page.locator(".fs-finder__summary").inner_text() == "Loading results for your search…"
    assert not page.locator(".fs-finder__list").is_visible()
    page.wait_for_function("() => true")  # let the held requests reach the handler
    for route in held:
        route.continue_()
    page.unroute("**/finder/services.json")
    page.wait_for_selector(READY)
    assert page.locator(".fs-finder__main").get_attribute("aria-busy") is None
    assert page.locator(".fs-finder__list").is_visible()
    free = [s["name"] for s in summaries if "free" in s["cost_kinds"]]
    assert sorted(result_names(page)) == sorted(free)
    assert page.locator(".fs-finder__summary").inner_text().startswith(f"{len(free)} services")


def test_without_javascript_the_first_page_is_shown(
    browser: Any, site_url: str, summaries: list[dict]
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "finder/")
    items = page.locator(".fs-finder__list > li")
    assert items.count() == 20 and items.first.is_visible()
    summary = page.locator(".fs-finder__summary").inner_text()
    context.close()
    assert f"showing the first 20 of {len(summaries)}" in summary
    assert "need and area lists below" in summary


def test_contact_centre_buttons_wait_for_the_script(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "finder/contact-centre/")
    assert page.locator(".fs-dense").first.is_visible()
    assert not page.locator(".fs-dense .fs-copy").first.is_visible()
    context.close()


def test_build_time_results_have_no_axe_violations(site_page: Any) -> None:
    page = site_page.page
    page.route("**/finder/services.json", lambda route: route.abort())
    site_page.goto("finder/")
    page.wait_for_selector(".fs-finder__list > li")
    violations = run_axe(page)
    page.unroute("**/finder/services.json")
    assert violations == [], describe(violations)
