"""Save and resume, remember on this device, start again, errors, Back, and no JavaScript."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.estimator_browser import cpython
from tests.estimator_browser.driver import (
    active,
    complete_flow,
    current_step,
    error_summary,
    press_continue,
    tab_until,
    wait_for_engine,
    wait_for_result,
)
from tests.support.axe import describe, run_axe

pytestmark = pytest.mark.browser

EXAMPLE = cpython.EXAMPLES[0]
STORAGE = """() => Object.keys(localStorage).filter((k) => k.startsWith('firststop-estimator'))"""


def press_action(page: Any, action: str) -> None:
    step = current_step(page)
    tab_until(page, lambda a: a["action"] == action and a["step"] == step, f"the {action} button")
    page.keyboard.press("Enter")


def test_save_start_again_and_resume_from_file(site_page: Any, tmp_path: Any) -> None:
    example = cpython.example(EXAMPLE)
    page = site_page.page
    site_page.goto("estimator/" if example["flow"] == "person" else "estimator/carer/")
    wait_for_engine(page)
    complete_flow(page, example["answers"])
    first = wait_for_result(page)
    with page.expect_download() as download_info:
        press_action(page, "save")
    saved_path = tmp_path / "answers.json"
    download_info.value.save_as(saved_path)
    saved = json.loads(saved_path.read_text(encoding="utf-8"))
    assert saved["format"] == "firststop-estimator-answers/1"
    assert saved["flow"] == example["flow"]
    assert set(saved["answers"]) <= set(example["answers"])

    press_action(page, "restart")
    assert current_step(page) == "start"
    assert page.evaluate("() => window.firststopEstimator.lastResult") is None
    assert page.evaluate("() => document.querySelectorAll('#fs-est input:checked').length") == 0

    page.set_input_files("[data-load-file]", str(saved_path))
    page.wait_for_function("() => !document.querySelector('[data-step=check]').hidden")
    summary = page.inner_text("[data-summary]")
    assert example["answers"]["age"] in summary
    press_continue(page)
    assert wait_for_result(page) == first
    assert site_page.external_requests() == []
    assert site_page.console_errors() == []


def test_wrong_file_gives_an_error(site_page: Any, tmp_path: Any) -> None:
    site_page.goto("estimator/carer/")
    bad = tmp_path / "not-answers.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    site_page.page.set_input_files("[data-load-file]", str(bad))
    message = site_page.page.locator("#fs-est-load-file-error")
    message.wait_for(state="visible")
    assert "not a saved answers file" in message.inner_text()
    assert current_step(site_page.page) == "start"


def test_remember_is_off_by_default_and_start_again_forgets(site_page: Any) -> None:
    example = cpython.example(EXAMPLE)
    page = site_page.page
    site_page.goto("estimator/")
    complete_flow(page, example["answers"])
    assert page.evaluate(STORAGE) == [], "nothing may be stored unless the person chooses"
    press_action(page, "to-check")
    assert current_step(page) == "check"
    tab_until(page, lambda a: a["type"] == "checkbox" and a["step"] == "check", "remember box")
    page.keyboard.press("Space")
    assert page.evaluate(STORAGE) == ["firststop-estimator:person"]

    site_page.goto("estimator/")
    banner = page.locator("[data-remembered]")
    assert banner.is_visible()
    press_action(page, "resume-remembered")
    assert current_step(page) == "check"
    assert example["answers"]["savings"] in page.inner_text("[data-summary]")

    press_action(page, "restart")
    assert page.evaluate(STORAGE) == []
    assert current_step(page) == "start"
    assert not banner.is_visible()


def test_errors_follow_the_gov_uk_pattern(site_page: Any) -> None:
    page = site_page.page
    site_page.goto("estimator/")
    press_continue(page)  # Start now
    first_step = current_step(page)
    press_continue(page)  # nothing answered
    assert current_step(page) == first_step
    assert error_summary(page), "an error summary lists the problems"
    assert page.title().startswith("Error: ")
    focused = page.evaluate("() => document.activeElement.hasAttribute('data-error-summary')")
    assert focused, "the error summary takes focus"
    violations = run_axe(page)
    assert not violations, describe(violations)
    # the summary's first link moves focus to the question
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    now = active(page)
    assert now is not None and now["tag"] == "INPUT" and now["step"] == first_step


def test_back_link_and_browser_back_return_to_the_previous_step(site_page: Any) -> None:
    page = site_page.page
    site_page.goto("estimator/carer/")
    press_continue(page)
    first = current_step(page)
    page.keyboard.press("Tab")
    page.keyboard.type("54")
    press_continue(page)
    second = current_step(page)
    assert second != first
    page.go_back()
    page.wait_for_function(f"() => !document.querySelector('[data-step=\"{first}\"]').hidden")
    assert page.evaluate("() => document.activeElement.classList.contains('fs-heading')")
    page.go_forward()
    page.wait_for_function(f"() => !document.querySelector('[data-step=\"{second}\"]').hidden")
    press_action(page, "back")
    page.wait_for_function(f"() => !document.querySelector('[data-step=\"{first}\"]').hidden")


def test_without_javascript_everything_is_readable(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "estimator/")
    text = page.inner_text("main, article, body")
    assert "This estimator needs JavaScript" in text
    assert "How old are you?" in text and "Check your answers" in text
    assert page.locator("a[href$='estimator/paper/']").count() >= 1
    assert page.locator("a[href^='tel:']").count() >= 1
    assert not page.locator("button:has-text('Continue')").first.is_visible()
    page.goto(site_url + "estimator/paper/")
    assert "How old are you?" in page.inner_text("body")
    context.close()


@pytest.mark.parametrize("path", ["estimator/paper/", "estimator/carer/"])
def test_other_pages_pass_axe(site_page: Any, path: str) -> None:
    site_page.goto(path)
    violations = run_axe(site_page.page)
    assert not violations, describe(violations)
    assert site_page.console_errors() == []
