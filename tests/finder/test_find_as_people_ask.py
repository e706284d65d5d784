"""Finding a service the way people ask, in the browser: word forms, synonyms, typos,
places, postcodes and distances, zero-result suggestions, the phone and contact-centre
layouts, and the information prescription kept across opening a service and Back."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote_plus

import pytest

from tests.finder.conftest import READY, open_finder, result_names, shown_names
from tests.support.axe import describe, run_axe
from tests.support.browser import RecordedPage

LUNCH_CLUBS = {f"{town} lunch club" for town in
               ("Eastbridge", "Hollowdale", "Kingsford", "Northmoor", "Saltmarsh", "Wyvernton")}


def finder(site_page: RecordedPage, query: str, view: str = "finder/") -> Any:
    return open_finder(site_page, view + query)


@pytest.mark.parametrize("words", ["lunch club", "lunch clubs", "Lunch Clubs", "luncheon club",
                                   "luncheon clubs"])
def test_word_forms_and_synonyms_find_the_lunch_clubs(site_page: RecordedPage,
                                                      words: str) -> None:
    page = finder(site_page, "?q=" + quote_plus(words))
    assert set(result_names(page)) == LUNCH_CLUBS
    assert page.locator(".fs-finder__summary").inner_text() == "6 services found."


def test_every_word_narrows(site_page: RecordedPage) -> None:
    page = finder(site_page, "?q=dementia+lunch+club")
    assert result_names(page) == ["Hollowdale lunch club", "Northmoor lunch club",
                                  "Saltmarsh lunch club"]


@pytest.mark.parametrize("words", ["alzheimers", "Alzheimer's", "demntia"])
def test_alzheimers_and_a_typo_find_dementia_services(site_page: RecordedPage,
                                                      words: str) -> None:
    page = finder(site_page, "?q=" + quote_plus(words))
    names = result_names(page)
    assert {f"{town} memory café" for town in ("Eastbridge", "Northmoor")} <= set(names)
    assert names == result_names(finder(site_page, "?q=dementia"))


def test_a_postcode_district_in_the_search_box(site_page: RecordedPage) -> None:
    page = finder(site_page, "?q=WY6")
    names = result_names(page)
    assert "Northmoor lunch club" in names and "Eastbridge lunch club" not in names
    assert names.index("Northmoor lunch club") < names.index("Adult safeguarding team"), \
        "Northmoor's own services before county-wide ones"
    lunch = result_names(finder(site_page, "?q=wy6+lunch+club"))
    assert lunch == ["Northmoor lunch club"]


def test_ranked_name_then_category_then_description(site_page: RecordedPage) -> None:
    names = result_names(finder(site_page, "?q=dementia"))
    assert names.index("Northmoor memory café") < names.index("Northmoor lunch club"), \
        "the Dementia category ranks above a mention in the description"


def miles(text: str) -> float:
    match = re.match(r"([\d.]+) miles?", text)
    assert match, text
    return float(match.group(1))


def test_postcode_sorts_by_distance_and_shows_miles(site_page: RecordedPage) -> None:
    page = finder(site_page, "?q=lunch+club&postcode=WY6+3AB")
    assert shown_names(page)[0] == "Northmoor lunch club"
    distances = page.locator(".fs-result__distance").all_inner_texts()
    assert len(distances) == 6
    values = [miles(d) for d in distances]
    assert values == sorted(values) and values[0] < 5 < values[-1]
    assert re.fullmatch(r"\d+(\.\d)? miles?", distances[0])
    # The same search from Eastbridge puts Eastbridge's club first.
    east = finder(site_page, "?q=lunch+club&postcode=wy8")
    assert shown_names(east)[0] == "Eastbridge lunch club"


def test_services_at_home_cover_your_area(site_page: RecordedPage) -> None:
    page = finder(site_page, "?category=help-at-home&postcode=WY6+3AB")
    texts = page.locator(".fs-finder__list > li").all_inner_texts()
    covering = [t for t in texts if "Covers your area" in t]
    assert covering, "home care that serves Northmoor covers WY6"
    assert all("miles" not in t.split("\n")[1] for t in covering)


@pytest.mark.parametrize(("postcode", "message"), [
    ("hello", "Enter a postcode like WY6 3AB, or its first half like WY6"),
    ("ZZ9 9ZZ", "ZZ9 is not a postcode district we list services for."),
])
def test_a_postcode_the_finder_cannot_use_says_why(site_page: RecordedPage, postcode: str,
                                                   message: str) -> None:
    page = finder(site_page, "?postcode=" + quote_plus(postcode))
    error = page.locator("#fs-postcode-error")
    assert error.is_visible() and message in error.inner_text()
    assert page.locator("#fs-postcode").get_attribute("aria-invalid") is not None
    assert page.locator(".fs-result__distance").count() == 0


def test_language_access_and_open_at_filters(site_page: RecordedPage) -> None:
    polish = finder(site_page, "?lang=Polish")
    assert 0 < len(result_names(polish)) < 20
    loop = finder(site_page, "?q=lunch+club&access=hearing-loop&access=step-free")
    assert set(result_names(loop)) == LUNCH_CLUBS, "their halls are step-free with a loop"
    wednesday = finder(site_page, "?q=lunch+club&open=wed&at=12%3A30")
    assert set(result_names(wednesday)) == {"Hollowdale lunch club", "Northmoor lunch club",
                                            "Saltmarsh lunch club"}
    late = finder(site_page, "?q=lunch+club&open=wed&at=3pm")
    assert result_names(late) == []


def test_zero_results_say_what_to_remove(site_page: RecordedPage) -> None:
    page = finder(site_page, "?q=dementia+lunch+club&lang=Polish")
    assert result_names(page) == []
    zero = page.locator(".fs-finder__zero")
    assert zero.is_visible()
    buttons = zero.locator("button")
    assert buttons.first.inner_text() == "Remove the filter “Polish” (3 services)"
    buttons.first.click()
    page.wait_for_function("() => !location.search.includes('lang=')")
    assert len(result_names(page)) == 3
    assert zero.is_hidden()
    assert page.evaluate("document.activeElement.id") == "results-heading"
    words = finder(site_page, "?q=lunch+club+zumba")
    assert words.locator(".fs-finder__zero button").first.inner_text() == \
        "Remove “zumba” from your search (6 services)"
    violations = run_axe(page)
    assert violations == [], describe(violations)


def test_listings_say_when_they_were_checked(site_page: RecordedPage) -> None:
    page = finder(site_page, "?q=lunch+club")
    checked = page.locator(".fs-result__checked").all_inner_texts()
    assert len(checked) == 6
    assert all(re.fullmatch(r"Checked [A-Z][a-z]+ 20\d\d", c) for c in checked)


def test_contact_centre_two_panes_at_1280_by_900(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    recorded = RecordedPage(page=page, base_url=site_url).attach()
    recorded.goto("finder/contact-centre/")
    page.wait_for_selector(READY)
    box = {name: page.locator(selector).bounding_box() for name, selector in (
        ("form", ".fs-finder__form"), ("main", ".fs-finder__main"), ("side", ".fs-cc__side"),
        ("first", ".fs-finder__list > li >> nth=0"))}
    assert box["form"]["x"] + box["form"]["width"] <= box["main"]["x"], "filters left of results"
    assert box["main"]["x"] + box["main"]["width"] <= box["side"]["x"], "prescription beside them"
    assert box["form"]["width"] < box["main"]["width"], "filters in a narrow column"
    assert box["first"]["y"] + box["first"]["height"] <= 900, "first result on the first screen"
    assert box["side"]["y"] < 900
    page.mouse.wheel(0, 2500)
    page.wait_for_timeout(300)
    side = page.locator(".fs-cc__side").bounding_box()
    assert 0 <= side["y"] < 900, "the prescription panel stays in view"
    # The skip link is first and goes to the results.
    page.evaluate("window.scrollTo(0, 0)")
    page.locator(".fs-skip").focus()
    assert page.locator(".fs-skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results-heading"
    violations = run_axe(page)
    assert violations == [], describe(violations)
    assert recorded.console_errors() == []
    context.close()


def test_public_finder_results_beside_the_filters_at_1280_by_900(browser: Any,
                                                                 site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    RecordedPage(page=page, base_url=site_url).attach().goto("finder/?q=zumba+lunch+club")
    page.wait_for_selector(READY)
    form = page.locator(".fs-finder__form").bounding_box()
    zero = page.locator(".fs-finder__zero").bounding_box()
    assert form["x"] + form["width"] <= zero["x"], "filters beside the results"
    assert zero["y"] + zero["height"] <= 900, "what to remove is on the first screen"
    context.close()


def test_prescription_kept_across_a_service_page_and_back(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    recorded = RecordedPage(page=page, base_url=site_url).attach()
    recorded.goto("finder/contact-centre/?q=lunch+club")
    page.wait_for_selector(READY)
    rows = page.locator(".fs-dense")
    names = [rows.nth(i).locator("h3 a").inner_text() for i in range(2)]
    rows.nth(0).locator(".fs-add").click()
    rows.nth(1).locator(".fs-add").click()
    page.locator("#rx-note").fill("Ask about transport")
    rows.nth(0).locator("h3 a").click()
    page.wait_for_url(re.compile(r"/services/"))
    page.go_back()
    page.wait_for_selector(READY)
    assert page.locator(".fs-rx__items .fs-rx__name").all_inner_texts() == names
    assert page.locator("#rx-note").input_value() == "Ask about transport"
    assert page.locator(".fs-dense .fs-add[aria-pressed='true']").count() == 2
    # Printed: the council's heading, each venue's address and access, hours in words.
    page.emulate_media(media="print")
    printout = page.locator(".fs-rx__printout")
    assert printout.is_visible()
    text = printout.inner_text()
    assert "From Wyvernshire" in text and "Information prescription" in text
    assert re.search(r"Date: \d{1,2} [A-Z][a-z]+ 20\d\d", text)
    assert re.search(r"\d+ [A-Z][a-z]+ [A-Za-z]+, [A-Z][a-z]+, WY\d+ \d[A-Z]{2}", text), text
    assert "Step-free entrance" in text
    assert re.search(r"(Mondays and Thursdays|Wednesdays), 12 noon to 2pm", text)
    assert "£6.50 per meal" in text
    assert page.locator(".fs-finder__form").is_hidden()
    page.emulate_media(media="screen")
    # Clear the list forgets it, also after a reload.
    page.locator(".fs-rx__clear").click()
    page.reload()
    page.wait_for_selector(READY)
    assert page.locator(".fs-rx__items li").count() == 0
    assert recorded.external_requests() == []
    context.close()


def test_phone_results_first_with_a_filters_button(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    recorded = RecordedPage(page=page, base_url=site_url).attach()
    recorded.goto("finder/?q=lunch+club&cost=charged")
    page.wait_for_selector(READY)
    toggle = page.locator(".fs-finder__toggle")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert toggle.inner_text() == "Filters (1 chosen)"
    assert page.locator("#fs-category").is_hidden()
    form_bottom = page.locator(".fs-finder__form").bounding_box()
    first = page.locator(".fs-finder__list > li").first.bounding_box()
    assert first["y"] >= form_bottom["y"] + form_bottom["height"] - 1
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    page.locator("#fs-category").select_option("dementia")
    apply = page.locator(".fs-finder__apply")
    page.wait_for_function("() => location.search.includes('category=dementia')")
    count = len(result_names(page))
    assert apply.inner_text() == f"Show {count} services" if count != 1 else "Show 1 service"
    apply.click()
    assert page.locator("#fs-category").is_hidden()
    assert page.evaluate("document.activeElement.id") == "results-heading"
    violations = run_axe(page)
    assert violations == [], describe(violations)
    context.close()


def test_service_page_says_when_checked_and_how_to_report(site_page: RecordedPage) -> None:
    site_page.goto("services/stroke-club/")
    page = site_page.page
    checked = page.locator(".fs-dir-checked")
    assert re.search(r"Checked [A-Z][a-z]+ 20\d\d", checked.inner_text())
    link = checked.get_by_role("link", name="Report a problem with this listing")
    href = link.get_attribute("href")
    assert href.startswith("mailto:") and "subject=" in href and "body=" in href
    violations = run_axe(page)
    assert violations == [], describe(violations)


@pytest.mark.parametrize(("path", "query"), [("categories/dementia/", "category=dementia"),
                                             ("localities/northmoor/", "area=northmoor")])
def test_category_and_locality_pages_open_the_finder_with_the_filter_set(
        site_page: RecordedPage, path: str, query: str) -> None:
    site_page.goto(path)
    page = site_page.page
    page.get_by_role("link", name="Search these services in the finder").click()
    page.wait_for_selector(READY)
    assert page.evaluate("location.search") == "?" + query
    listed = site_page.page.evaluate("window.firststopFinder.results.length")
    assert listed > 0
