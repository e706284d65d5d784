"""A shared estimate, as a contact-centre adviser opens it: by keyboard, from the
contact-centre page to the results, with the date the link was made and, when the rules
have changed since, the figures as they were that day and one button for today's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from tests.estimator_browser import cpython
from tests.estimator_browser.driver import active, tab_until, wait_for_result
from tests.estimator_journey.test_four_journeys import CARE_HOME, SELF_FUNDER
from tests.support.axe import describe, run_axe

pytestmark = pytest.mark.browser

CONTACT = "finder/contact-centre/"
MADE_IN_MARCH = "2026-03-20"  # 2025 to 2026 rates; uprated on 6 April 2026


def share_link(site_page: Any, flow_path: str, flow: str, answers: dict[str, Any],
               on: str) -> str:
    """A link made by the estimator's own share module (as "Make a link to share" does)."""
    site_page.goto(flow_path)
    fragment = site_page.page.evaluate(
        """async ([module, flow, answers, on]) => {
            const share = await import(module);
            return share.encodeShare(flow, answers, on);
        }""", [site_page.url("assets/javascripts/estimator/share.js"), flow, answers, on])
    return site_page.url(flow_path) + "#" + fragment


def open_from_contact_centre(site_page: Any, pasted: str) -> None:
    """On the contact-centre page, paste the link and press the button, by keyboard."""
    page = site_page.page
    site_page.goto(CONTACT)
    page.wait_for_selector("[data-open-estimate]:not([hidden])")
    tab_until(page, lambda a: a["tag"] == "SUMMARY", "the 'Open an estimate' disclosure")
    assert page.evaluate("() => document.activeElement.textContent") == (
        "Open an estimate a caller has shared")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert (active(page) or {}).get("name") == "shared"
    if pasted:
        page.keyboard.insert_text(pasted)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Open the estimate"
    page.keyboard.press("Enter")


def axe_clean(page: Any) -> None:
    violations = run_axe(page)
    assert violations == [], describe(violations)


def test_a_shared_link_round_trips_through_the_contact_centre(site_page: Any) -> None:
    today = dt.date.today()
    link = share_link(site_page, "estimator/", "person", SELF_FUNDER, today.isoformat())
    open_from_contact_centre(site_page, link)
    page = site_page.page
    page.wait_for_url(re.compile(r"/estimator/$"), timeout=30_000)
    result = wait_for_result(page)
    assert "errors" not in result, result
    page.wait_for_selector("[data-results-body] .fs-est-headline")
    headline = page.inner_text("[data-results-body] .fs-est-headline")
    assert re.match(r"You will probably pay for your own care for about \d", headline)
    box = page.locator("[data-results-body] [data-shared-box]")
    assert box.inner_text().startswith(
        f"Shared estimate, made on {today.day} {today:%B %Y}"), box.inner_text()
    assert box.locator("[data-shared-rules]").count() == 0, "same rules: nothing to switch"
    answers = page.locator("#fs-est-answers")
    assert answers.is_visible(), "an adviser sees the answers given on screen"
    assert "£60000" in answers.inner_text()
    assert "About you" in answers.inner_text() or "About them" in answers.inner_text()
    axe_clean(page)
    assert site_page.external_requests() == []
    assert site_page.console_errors() == []


def test_a_bare_code_opens_the_estimator_it_was_made_for(site_page: Any) -> None:
    carer = {"age": "58", "locality": "northmoor", "caring_hours": "50_plus"}
    link = share_link(site_page, "estimator/carer/", "carer", carer,
                      dt.date.today().isoformat())
    open_from_contact_centre(site_page, link.split("#", 1)[1])
    site_page.page.wait_for_url(re.compile(r"/estimator/carer/$"), timeout=30_000)


@pytest.mark.parametrize(("pasted", "message"), [
    ("", "Enter the link or code the caller shared"),
    ("https://evil.example.com/estimator/#answers-v1.abc", "Enter a link to this site’s estimator"),
    ("javascript:alert(document.domain)//#answers-v1.abc",
     "Enter a link to this site’s estimator"),
    ("{base}finder/#answers-v1.abc", "Enter a link to this site’s estimator"),
    ("{base}estimator/", "This link has no answers in it"),
    ("{base}estimator/#answers-v1.AAAA", "This link or code is not complete"),
])
def test_what_cannot_be_opened_is_named_and_nothing_is_opened(site_page: Any, pasted: str,
                                                             message: str) -> None:
    page = site_page.page
    open_from_contact_centre(site_page, pasted.replace("{base}", site_page.base_url))
    summary = page.locator("[data-open-estimate] .fs-error-summary")
    summary.wait_for(state="visible")
    assert message in summary.inner_text()
    inline = page.locator("#fs-open-estimate-error")
    assert " ".join(inline.text_content().split()).startswith("Error: " + message)
    assert "fs-open-estimate-error" in page.get_attribute("#fs-open-estimate", "aria-describedby")
    assert page.evaluate("() => document.activeElement.classList.contains('fs-error-summary')")
    assert page.url == site_page.url(CONTACT), "nothing was opened"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the summary's link goes to the box
    assert (active(page) or {}).get("name") == "shared"
    axe_clean(page)
    assert site_page.external_requests() == []


def shown_first_phase(page: Any) -> str:
    return page.inner_text("[data-results-body] [data-phase='first']")


def test_an_older_link_shows_that_days_figures_and_offers_todays(site_page: Any) -> None:
    page = site_page.page
    link = share_link(site_page, "estimator/", "person", CARE_HOME, MADE_IN_MARCH)
    open_from_contact_centre(site_page, link)
    page.wait_for_url(re.compile(r"/estimator/$"), timeout=30_000)
    result = wait_for_result(page)
    payload = page.evaluate("() => window.firststopEstimator.lastResult.payload")
    then = cpython.estimate(payload, MADE_IN_MARCH)
    today = cpython.estimate(payload, dt.date.today().isoformat())
    assert result == then, "the figures are the engine's for the day the link was made"
    assert result["parameter_set"] == "2025-26"
    first_then = then["charging"]["phases"][0]["weekly_contribution"]
    first_now = today["charging"]["phases"][0]["weekly_contribution"]
    assert first_then != first_now, "pick a case whose figures changed with the rates"
    page.wait_for_selector("[data-results-body] [data-shared-box]")
    box = page.locator("[data-results-body] [data-shared-box]")
    assert "Shared estimate, made on 20 March 2026" in box.inner_text()
    assert "These figures are as they were on 20 March 2026" in box.inner_text()
    assert "Rates and rules changed on" in box.inner_text()
    assert f"£{first_then}" in shown_first_phase(page)
    axe_clean(page)

    # One button, by keyboard, for today's figures; and back again.
    tab_until(page, lambda a: a["action"] == "shared-today", "the today's figures button")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "(on) => window.firststopEstimator.lastResult.json.includes(`\"date\": \"${on}\"`)",
        arg=dt.date.today().isoformat())
    page.wait_for_selector("[data-shared-rules='today']")
    assert f"£{first_now}" in shown_first_phase(page)
    assert page.evaluate("() => document.activeElement.matches('[data-shared-box]')")
    tab_until(page, lambda a: a["action"] == "shared-then", "the figures-then button")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-shared-rules='then']")
    assert f"£{first_then}" in shown_first_phase(page)
    axe_clean(page)

    # A reload keeps it a shared estimate, with the figures chosen.
    page.reload(wait_until="networkidle")
    page.wait_for_selector("[data-results-body] [data-shared-rules='then']", timeout=60_000)
    assert f"£{first_then}" in shown_first_phase(page)
    assert site_page.external_requests() == []
    assert site_page.console_errors() == []
