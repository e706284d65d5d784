"""The search page in real Chromium: results, privacy, accessibility and keyboard use."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.axe import describe, run_axe
from tests.support.browser import RecordedPage

RESULTS = "#fs-search-results > li"
STATUS = "#fs-search-status"


def results(page: Any) -> list[str]:
    """The result links' paths, once the live region has announced a count."""
    page.wait_for_function(
        "() => /result/.test(document.getElementById('fs-search-status').textContent)"
    )
    return page.eval_on_selector_all(
        "#fs-search-results a", "links => links.map(a => new URL(a.href).pathname)"
    )


def test_advice_word_finds_advice_page(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=disregard")
    found = results(site_page.page)
    assert "/paying/property-disregard/" in found
    assert "for “disregard”" in site_page.page.inner_text(STATUS)


def test_service_name_finds_service_page(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=Bluebell%20night%20sitting")
    found = results(site_page.page)
    assert "/services/bluebell-domiciliary-care-night-sitting/" in found


def test_no_results_are_announced(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=qqqqqqqq")
    site_page.page.wait_for_function(
        "() => document.getElementById('fs-search-status').textContent.includes('No results')"
    )
    assert site_page.page.locator(RESULTS).count() == 0


def test_no_external_requests_or_console_errors(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=dementia")
    assert results(site_page.page)
    assert site_page.external_requests() == []
    assert site_page.console_errors() == []
    assert any("/pagefind/" in url for url in site_page.requests)


def test_axe_with_results(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=carer")
    assert results(site_page.page)
    violations = run_axe(site_page.page)
    assert violations == [], describe(violations)


def test_excerpts_keep_only_text_and_mark(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=assessment")
    assert results(site_page.page)
    tags = site_page.page.eval_on_selector_all(
        ".fs-search__excerpt *", "nodes => [...new Set(nodes.map(n => n.localName))]"
    )
    assert set(tags) <= {"mark"}
    assert "mark" in tags


def test_keyboard_query_and_enter(site_page: RecordedPage) -> None:
    page = site_page.page
    site_page.goto("search/")
    assert page.is_hidden("#fs-search-nojs")
    page.focus("#fs-search-q")
    page.keyboard.type("disregard")
    page.keyboard.press("Enter")
    assert "/paying/property-disregard/" in results(page)
    assert "q=disregard" in page.url


def test_header_form_opens_search_page(site_page: RecordedPage) -> None:
    page = site_page.page
    site_page.goto("paying/")
    assert page.locator("label[for='__search']").count() == 0
    page.fill("#fs-header-q", "disregard")
    page.press("#fs-header-q", "Enter")
    page.wait_for_url("**/search/?q=disregard")
    assert page.input_value("#fs-search-q") == "disregard"
    assert "/paying/property-disregard/" in results(page)
    assert site_page.console_errors() == []


@pytest.mark.parametrize("width", [320, 390])
def test_header_search_fits_a_narrow_phone(browser: Any, site_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 640})
    page = context.new_page()
    RecordedPage(page=page, base_url=site_url).attach().goto("")
    sizes = page.evaluate("""() => ({
        page: document.documentElement.clientWidth,
        scroll: document.documentElement.scrollWidth,
        form: document.querySelector('.fs-header-search').getBoundingClientRect().right,
        button: document.querySelector('.fs-header-search__button').getBoundingClientRect(),
    })""")
    assert sizes["button"]["right"] <= sizes["form"] <= sizes["page"], sizes
    assert sizes["button"]["width"] >= 60, "the button keeps its word, not squeezed"
    assert sizes["scroll"] <= sizes["page"], "nothing on the home page widens it sideways"
    context.close()


def test_without_javascript_points_to_a_z(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "search/?q=disregard")
    message = page.locator("#fs-search-nojs")
    assert message.is_visible()
    assert message.locator("a[href='../services/a-z/']").count() == 1
    context.close()


def test_index_holds_article_text_only(site_page: RecordedPage) -> None:
    """Header, navigation, banner and footer text are not in a page's indexed content."""
    page = site_page.page
    site_page.goto("search/")
    content = page.evaluate(
        """async () => {
          const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI
            .replace(/search\\/.*$/, '')).href);
          const search = await pagefind.search('disregard');
          const all = await Promise.all(search.results.map((r) => r.data()));
          const hit = all.find((d) => d.url.endsWith('/paying/property-disregard/'));
          return hit ? hit.content : null;
        }"""
    )
    assert content and "disregard" in content.lower()
    for outside in ("Skip to main content", "Out of hours", "About this site", "Demo"):
        assert outside not in content


def test_results_say_what_kind_of_page_and_page_on_past_twenty(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=care")
    page = site_page.page
    assert results(page)
    kinds = set(page.locator(".fs-search__kind").all_inner_texts())
    assert kinds & {"Advice", "Service"}, kinds
    status = page.inner_text(STATUS)
    assert ", showing the first 20" in status
    total = int(status.split()[0])
    more = page.locator("#fs-search-more")
    assert more.is_visible()
    more.click()
    page.wait_for_function("() => document.querySelectorAll('#fs-search-results > li').length > 20")
    assert page.locator(RESULTS).count() == min(40, total)
    assert page.evaluate("document.activeElement.closest('li') !== null")
    violations = run_axe(page)
    assert violations == [], describe(violations)


DIRECTORY_KINDS = {"Service", "Service provider", "Services by need", "Services by area"}


def kinds(page: Any) -> list[str]:
    """Each shown result's kind label, in order."""
    return page.locator(".fs-search__kind").all_inner_texts()


def test_natural_question_finds_advice_despite_a_word_found_nowhere(
    site_page: RecordedPage,
) -> None:
    """Pagefind wants every word; "mum" is on no page, so it is left out and said so."""
    site_page.goto("search/?q=mum%20dementia%20washing%20dressing")
    page = site_page.page
    found = results(page)
    assert kinds(page)[:3] == ["Advice"] * 3, found[:5]
    assert "/living-well/dementia/" in found[:2], found[:5]
    assert "/get-help/help-for-someone-else/" in found[:5]
    assert "/services/a-z/" not in found[:5]
    assert "Left out “mum”" in page.inner_text(STATUS)
    assert site_page.console_errors() == []


def test_topic_question_ranks_advice_above_directory_pages(site_page: RecordedPage) -> None:
    """Pagefind alone puts the dementia category page first; advice pages are boosted."""
    site_page.goto("search/?q=dementia%20washing%20dressing")
    page = site_page.page
    found = results(page)
    labels = kinds(page)
    assert labels[0] == "Advice", list(zip(labels, found, strict=True))[:5]
    assert "/living-well/dementia/" in found[:2], found[:5]  # the page, or its section first
    first_directory = next(i for i, kind in enumerate(labels) if kind in DIRECTORY_KINDS)
    assert labels[:first_directory].count("Advice") >= 2


def test_a_service_name_still_finds_the_service_first(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=Bluebell%20night%20sitting")
    assert results(site_page.page)[0] == "/services/bluebell-domiciliary-care-night-sitting/"


def test_results_with_the_same_title_show_what_tells_them_apart(site_page: RecordedPage) -> None:
    site_page.goto("search/?q=direct%20payments")
    page = site_page.page
    assert results(page)
    items = page.eval_on_selector_all(
        RESULTS,
        """items => items.map(li => [
             li.querySelector('.fs-search__result-title').textContent,
             new URL(li.querySelector('a').href).pathname,
             li.querySelector('.fs-search__context')?.textContent ?? null])""",
    )
    same = {path: context for title, path, context in items if title == "Direct payments"}
    assert len(same) == 2, items
    assert same["/services/direct-payments-team/"].startswith("Provided by ")
    assert same["/living-well/direct-payments/"]  # its section in the menu
    assert not same["/living-well/direct-payments/"].startswith("Provided by ")
    violations = run_axe(page)
    assert violations == [], describe(violations)
