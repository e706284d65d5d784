"""The contact-centre view by keyboard alone: copy a contact block, build and copy an
information prescription; accessibility and privacy (the list stays in this tab only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from tests.finder.conftest import READY
from tests.support.axe import describe, run_axe
from tests.support.browser import RecordedPage

MOMENT = datetime(2026, 11, 23, 11, 0)


@pytest.fixture
def cc_page(browser: Any, site_url: str) -> Any:
    """The contact-centre view with clipboard access granted and a fixed clock."""
    context = browser.new_context(service_workers="block")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.clock.set_fixed_time(MOMENT)
    recorded = RecordedPage(page=page, base_url=site_url).attach()
    recorded.goto("finder/contact-centre/?category=dementia")
    page.wait_for_selector(READY)
    yield recorded
    context.close()


def clipboard(page: Any) -> str:
    return page.evaluate("() => navigator.clipboard.readText()")


def test_copy_contact_by_keyboard(cc_page: RecordedPage) -> None:
    page = cc_page.page
    first = page.locator(".fs-dense").first
    name = first.locator("h3 a").inner_text()
    first.locator("h3 a").focus()
    for _ in range(6):  # tab past the phone, email and web links to "Copy contact"
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent").startswith("Copy contact"):
            break
    assert page.evaluate("document.activeElement.textContent") == f"Copy contact: {name}"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.fs-cc__copied').value !== ''")
    text = clipboard(page)
    assert text.splitlines()[0] == name
    assert "Phone: 01632 " in text or "Email: " in text
    assert "Opening hours:" in text and "More details: http://127.0.0.1" in text
    assert page.locator(".fs-cc__copied").input_value() == text
    page.wait_for_function(
        "(n) => document.querySelector('.fs-cc__message').textContent.includes(n)", arg=name
    )
    message = page.locator(".fs-cc__message")
    assert message.is_visible() and message.inner_text() == f"Copied contact details for {name}."
    assert page.locator(".fs-cc__fallback").is_hidden(), "no second copy of the text on screen"


def test_single_keys_do_nothing(cc_page: RecordedPage) -> None:
    """No single-character shortcuts (WCAG 2.1.4): "a" and "c" on a result do nothing."""
    page = cc_page.page
    first = page.locator(".fs-dense").first
    first.locator("h3 a").focus()
    page.keyboard.press("a")
    page.keyboard.press("c")
    page.wait_for_timeout(200)
    assert page.locator(".fs-rx__items li").count() == 0
    assert page.locator(".fs-cc__copied").input_value() == ""
    assert "press" not in page.locator(".fs-finder, .fs-lead").all_inner_texts()[0].lower()


def test_information_prescription_by_keyboard(cc_page: RecordedPage) -> None:
    page = cc_page.page
    rows = page.locator(".fs-dense")
    names = [rows.nth(i).locator("h3 a").inner_text() for i in range(2)]
    rows.nth(0).locator(".fs-add").focus()
    page.keyboard.press("Enter")
    rows.nth(1).locator(".fs-add").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # twice: still listed once
    assert page.locator(".fs-rx__items li").count() == 2
    assert rows.nth(0).locator(".fs-add").get_attribute("aria-pressed") == "true"

    page.locator("#rx-note").focus()
    page.keyboard.type("Ring them <today> & ask about Tuesdays.")
    page.locator(".fs-rx__copy").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.fs-cc__message').textContent"
                           " === 'Copied the list.'")
    text = clipboard(page)
    assert text.startswith("Information prescription\nDate: 23 November 2026")
    assert "Ring them <today> & ask about Tuesdays." in text
    assert text.index(names[0]) < text.index(names[1])
    assert "Opening hours:" in text
    assert page.locator("#rx-text").count() == 0, "no preview duplicating the list"
    printed = page.locator(".fs-rx__printout").text_content()
    assert "Ring them <today> & ask about Tuesdays." in printed
    assert printed.index(names[0]) < printed.index(names[1])

    # Remove the first by keyboard; the list and the printout follow.
    page.locator(".fs-rx__remove").first.focus()
    page.keyboard.press("Enter")
    assert page.locator(".fs-rx__items li").count() == 1
    assert names[0] not in page.locator(".fs-rx__print-items").text_content()

    violations = run_axe(page)
    assert violations == [], describe(violations)
    assert cc_page.external_requests() == []
    assert cc_page.console_errors() == []


def test_nothing_leaves_the_tab(cc_page: RecordedPage) -> None:
    """The list is kept in this tab's session storage only: no local storage, no cookie,
    nothing sent; "Clear the list" forgets it."""
    page = cc_page.page
    page.wait_for_load_state("networkidle")
    before = page.evaluate("() => [localStorage.length, sessionStorage.length, document.cookie]")
    assert before == [0, 0, ""]
    cc_page.clear()
    page.locator(".fs-add").first.focus()
    page.keyboard.press("Enter")
    page.locator(".fs-copy").first.focus()
    page.keyboard.press("Enter")
    page.locator("#rx-note").focus()
    page.keyboard.type("private note")
    page.wait_for_timeout(300)
    after = page.evaluate(
        "() => [localStorage.length, Object.keys(sessionStorage), document.cookie]")
    assert after == [0, ["firststop:prescription"], ""]
    assert cc_page.requests == [], "building the list must not send anything"
    page.locator(".fs-rx__clear").click()
    assert page.evaluate("() => sessionStorage.length") == 0


def test_contact_centre_has_no_axe_violations(cc_page: RecordedPage) -> None:
    violations = run_axe(cc_page.page)
    assert violations == [], describe(violations)
