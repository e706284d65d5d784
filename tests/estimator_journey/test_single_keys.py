"""No single-key shortcuts (WCAG 2.1.4): n, p, "." and "," never leave a page.

Material for MkDocs goes to the next or previous page on these keys. On an estimator
question page that wiped every answer. The theme's single-keys.js stops them; the
control test shows the keys do navigate when that script is blocked, so the test can fail.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.estimator_browser.driver import answer_group, current_step, press_continue

pytestmark = pytest.mark.browser

KEYS = ["n", "p", ".", ",", "N", "f", "s", "/"]


def _to_first_question(site_page: Any) -> None:
    page = site_page.page
    site_page.goto("estimator/")
    press_continue(page)
    assert current_step(page) != "start"


def _press_each(page: Any, keys: list[str]) -> None:
    for key in keys:
        page.keyboard.press(key)
        page.wait_for_timeout(150)


def test_single_keys_on_a_question_page_do_not_navigate(site_page: Any) -> None:
    page = site_page.page
    _to_first_question(site_page)
    step = current_step(page)
    url = page.url
    groups = page.evaluate("""(step) => Array.from(document.querySelectorAll(
        `[data-step="${step}"] [data-question]`)).filter((g) => !g.hidden).map((g) => ({
        id: g.dataset.question, type: g.dataset.type,
        options: Array.from(g.querySelectorAll('input')).map((i) => i.value)}))""", step)
    choice = next((g for g in groups if g["type"] in {"choice", "yesno"}), None)
    if choice:  # focus a radio button: Material counts it as "not editable" for letters
        answer_group(page, choice, choice["options"][0])
    _press_each(page, KEYS)
    page.evaluate("() => document.activeElement.blur()")
    _press_each(page, KEYS)
    assert page.url == url
    assert current_step(page) == step
    assert site_page.console_errors() == []


def test_single_keys_on_an_advice_page_do_not_navigate(site_page: Any) -> None:
    page = site_page.page
    site_page.goto("paying/capital-limits/")
    assert page.locator("link[rel=next]").count() == 1
    url = page.url
    page.evaluate("() => document.body.focus()")
    _press_each(page, KEYS)
    assert page.url == url


def test_control_without_the_guard_n_does_navigate(site_page: Any) -> None:
    """The same key press leaves the page when single-keys.js is blocked."""
    page = site_page.page
    page.route("**/single-keys.js", lambda route: route.abort())
    site_page.goto("paying/capital-limits/")
    url = page.url
    with page.expect_navigation():
        page.keyboard.press("n")
    assert page.url != url
