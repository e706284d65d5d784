"""The four journeys of the estimator, by keyboard, as new users take them.

A self-funder at home, a homeowner moving to a care home, a daughter answering for her
mother with dementia, and a carer. For each: no engine download before Start, axe on every
step, the headline sentence, the chart with its table, the care-home phases, answers kept
across a reload, a share link that round-trips, a printed summary with the answers and
the date, no single-key navigation, and no request leaving 127.0.0.1.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from tests.estimator_browser.driver import (
    complete_flow,
    current_step,
    press_continue,
    tab_until,
    wait_for_result,
)
from tests.support.axe import describe, run_axe

pytestmark = pytest.mark.browser

ACTIVITIES = ["nutrition", "hygiene", "toilet", "dressing", "home_safety", "habitable_home",
              "relationships", "community"]


def person(**changes: Any) -> dict[str, Any]:
    """Answers for the person flow: daily help with personal care, living alone."""
    answers: dict[str, Any] = {
        "who_for": "myself", "age": "78", "couple": "no", "locality": "wyvernton",
        "setting": "home", "condition": "yes", "wellbeing": "significant",
        "living_with": "alone", "unpaid_help": "none", "savings": "0",
        "weekly_pensions": "250", "disability_benefit": "none", "carers_allowance": "no",
        "work_learning_help": "not_applicable", "child_care_help": "not_applicable",
    }
    for activity in ACTIVITIES:
        answers[f"{activity}_help"] = "daily" if activity in {"nutrition", "hygiene",
                                                              "dressing"} else "none"
        answers[f"{activity}_difficulty"] = ["none"]
    answers.update(changes)
    return answers


SELF_FUNDER = person(age="78 years", savings="60000", weekly_care_hours="7.5")
CARE_HOME = person(age="85", setting="care_home", savings="10000", owns_home="yes",
                   home_value="200000", home_occupants=["none"], care_home_type="residential",
                   weekly_pensions="220", living_with="alone", wellbeing="severe")
DEMENTIA = person(who_for="someone_else", age="86", savings="8000", weekly_pensions="210",
                  unpaid_help="a_lot", community_help="daily", home_safety_help="some",
                  nutrition_difficulty=["risk"])
CARER = {
    "age": "58", "locality": "northmoor", "provides_necessary_care": "yes",
    "caring_hours": "50_plus", "carers_allowance": "no", "carer_earnings_over_limit": "no",
    "carer_child_care_impact": "not_applicable", "carer_other_caring_impact": "no",
    "carer_home_impact": "some", "carer_nutrition_impact": "no",
    "carer_relationships_impact": "cannot", "carer_work_learning_impact": "cannot",
    "carer_community_impact": "some", "carer_recreation_impact": "cannot",
    "carer_health": "getting_worse", "wellbeing": "severe",
}

JOURNEYS = {
    "self-funder at home": ("estimator/", SELF_FUNDER,
                            r"^You will probably pay for your own care for about \d"),
    "homeowner moving to a care home": ("estimator/", CARE_HOME,
                                        r"^For the first 12 weeks the council may help"),
    "answering for a parent with dementia": (
        "estimator/", DEMENTIA, r"^The council may (help pay for|pay for all of) their care"),
    "a carer": ("estimator/carer/", CARER,
                r"^You could probably get support as a carer, roughly £[\d,]+ a year"),
}
ENGINE_FILES = re.compile(r"\.(wasm|whl)$|pyodide|snapshot")


def engine_requests(site_page: Any) -> list[str]:
    return [url for url in site_page.requests if ENGINE_FILES.search(url)]


def press_action(page: Any, action: str) -> None:
    step = current_step(page)
    tab_until(page, lambda a: a["action"] == action and a["step"] == step, f"the {action} button")
    page.keyboard.press("Enter")


def headline(page: Any) -> str:
    page.wait_for_selector("[data-results-body] .fs-est-headline")
    return page.inner_text("[data-results-body] .fs-est-headline").strip()


@pytest.mark.parametrize("name", list(JOURNEYS))
def test_journey(site_page: Any, name: str) -> None:
    path, answers, expected = JOURNEYS[name]
    page = site_page.page
    site_page.goto(path)
    page.wait_for_timeout(500)
    assert engine_requests(site_page) == [], "the start page must not download the engine"

    violations_by_step: dict[str, str] = {}

    def check_step(step: str) -> None:
        violations = run_axe(page)
        if violations:
            violations_by_step[step] = describe(violations)
        if step == "who-for":
            return
        if answers.get("who_for") == "someone_else" and step == "about-you":
            label = page.inner_text('[data-step="about-you"] [data-question="age"] label')
            assert label == "How old is the person you are answering for?"
        if step == "dressing" and answers.get("who_for") == "someone_else":
            hint = page.inner_text("#fs-q-dressing_help-hint")
            assert "prompt them, remind them or keep an eye on them" in hint

    steps = complete_flow(page, answers, on_step=check_step)
    assert engine_requests(site_page), "pressing Start loads the engine"
    if path == "estimator/":
        assert "work-learning" in steps
        shown = page.evaluate("""() => Array.from(document.querySelectorAll(
            '[data-question="work_learning_difficulty"]')).map((g) => g.hidden)""")
        assert shown == [True], "'This does not apply to me' hides its follow-up question"
    result = wait_for_result(page)
    assert "errors" not in result, result
    text = headline(page)
    assert re.search(expected, text), text
    runway = (result.get("self_funder") or {}).get("weeks_until_upper_limit")
    if runway:
        assert f"{runway} weeks" not in page.inner_text("[data-results-body]"), \
            "how long savings last is never a count of weeks"
    check_step("results")
    assert violations_by_step == {}, violations_by_step

    body = page.locator("[data-results-body]")
    if name in {"self-funder at home", "homeowner moving to a care home"}:
        chart = body.locator("svg.fs-chart[role=img]")
        assert chart.count() == 1
        assert chart.locator("title").text_content()
        assert "upper limit" in chart.locator("desc").text_content()
        rows = body.locator("[data-chart-table] tbody tr")
        assert rows.count() >= 3
        assert rows.first.inner_text().startswith("Now")
        assert "the council may help" in rows.last.inner_text()
        assert re.search(r"until about [A-Z][a-z]+ 20\d\d", body.inner_text())
    if name == "homeowner moving to a care home":
        phases = body.locator(".fs-est-phase")
        assert phases.count() == 2
        assert "£188.20" in phases.nth(0).inner_text()
        assert "Deferred each week" in body.inner_text()
        # Both phases wherever the figures are, never the later one alone.
        assert "About £188.20 a week for the first 12 weeks, then the full cost" in \
            body.locator("[data-figure='contribution']").inner_text()
        assert "for the first 12 weeks" in body.locator("[data-figure='council']").inner_text()
        assert "the home counts from here" in body.locator("[data-chart-table]").inner_text()
    if name == "self-funder at home":
        # Paying for themselves: 7.5 hours at the local market price, with its range.
        shown = body.inner_text()
        assert "What care at home costs if you pay for it yourself" in shown
        assert "about £25 an hour, for about 7.5 hours a week" in shown
        assert "about £187.50 a week" in shown
        assert "£23.95 to £28.50 an hour on weekdays" in shown
        assert "Weekend and bank holiday rates are higher" in shown
    if name == "a carer":
        assert re.search(r"About £[\d,]+ a year", body.inner_text())
        assert "Carer's Allowance" in body.inner_text()
    if name == "answering for a parent with dementia":
        assert "Attendance Allowance" in body.inner_text()
        assert "What they might pay" in body.inner_text()
        assert "What you might pay" not in body.inner_text()

    # Answers kept across a reload: the same results come back, nothing lost.
    page.reload(wait_until="networkidle")
    assert headline(page) == text
    assert current_step(page) == "results"

    # A share link round-trips into a fresh browser with nothing stored.
    press_action(page, "share")
    link = page.input_value("[data-share-link]")
    assert re.search(r"#answers-v1\.[A-Za-z0-9_-]+$", link)
    other = page.context.browser.new_context(service_workers="block").new_page()
    requests: list[str] = []
    other.on("request", lambda request: requests.append(request.url))
    other.goto(link, wait_until="networkidle")
    other.wait_for_selector("[data-results-body] .fs-est-headline", timeout=60_000)
    assert other.inner_text("[data-results-body] .fs-est-headline").strip() == text
    if "weekly_care_hours" in answers:  # the hours question round-trips too
        assert f"{answers['weekly_care_hours']} hours a week" in other.inner_text(
            "[data-results-body]")
    assert "#" not in other.url, "the answers leave the address bar once opened"
    assert all(url.startswith(site_page.base_url) or url.startswith(("data:", "blob:"))
               for url in requests)
    other.context.close()

    # The printed summary stands alone: council, date, answers, figures, address.
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    printed = page.inner_text("body")
    page.emulate_media(media="screen")
    today = dt.date.today()
    assert f"Printed on {today.day} {today:%B %Y}" in printed
    assert "Wyvernshire Council" in printed
    assert "The answers given" in printed
    assert re.search(r"This page: \S*estimator/", printed)
    assert text in printed
    answer = f"£{answers['savings']}" if "savings" in answers else f"{answers['age']} years"
    assert answer in printed.split("The answers given", 1)[1], "the answers are printed"
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")

    assert site_page.external_requests() == []
    assert site_page.console_errors() == []


def test_leaving_mid_way_asks_first_and_a_reload_keeps_the_step(site_page: Any) -> None:
    page = site_page.page
    site_page.goto("estimator/")
    press_continue(page)
    assert current_step(page) == "who-for"
    tab_until(page, lambda a: a["name"] == "who_for", "the who_for radios")
    page.keyboard.press("ArrowDown")  # Someone else
    press_continue(page)
    assert current_step(page) == "about-you"
    tab_until(page, lambda a: a["name"] == "age", "the age box")
    page.keyboard.type("78 years")
    page.reload(wait_until="networkidle")
    assert "beforeunload" in site_page.dialogs, "leaving mid-way asks first"
    assert current_step(page) == "about-you"
    assert page.input_value('[name="age"]') == "78"
    assert page.inner_text('[data-question="age"] label') == (
        "How old is the person you are answering for?")
    progress = page.inner_text('[data-step="about-you"] [data-progress]')
    assert progress == "Section 1 of 4: About them"


def test_single_keys_do_nothing_on_a_question_page(site_page: Any) -> None:
    page = site_page.page
    site_page.goto("estimator/")
    press_continue(page)
    tab_until(page, lambda a: a["name"] == "who_for", "the who_for radios")
    for key in ["n", "p", ".", ","]:
        page.keyboard.press(key)
    page.wait_for_timeout(300)
    assert current_step(page) == "who-for"
    assert page.url.rstrip("/").endswith("estimator")


def test_a_tampered_share_link_is_refused_with_a_message(site_page: Any) -> None:
    page = site_page.page
    site_page.goto("estimator/#answers-v1.AAAA")
    message = page.locator("[data-share-open-error]")
    message.wait_for(state="visible")
    assert "answers we can read" in message.inner_text()
    assert current_step(page) == "start"
