"""Drive the estimator pages with the keyboard alone (Tab, Space, arrows, typing, Enter)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

MAX_TABS = 250

CURRENT_STEP = "() => document.querySelector('#fs-est [data-step]:not([hidden])').dataset.step"
ACTIVE = """() => {
  const a = document.activeElement;
  return a ? {tag: a.tagName, type: a.type || null, name: a.name || null, value: a.value || null,
              action: a.dataset ? a.dataset.action || null : null, checked: !!a.checked,
              step: a.closest('[data-step]') ? a.closest('[data-step]').dataset.step : null} : null;
}"""
SHOWN_GROUPS = """(step) => Array.from(document.querySelectorAll(
  `[data-step="${step}"] [data-question]`)).filter((g) => !g.hidden).map((g) => ({
    id: g.dataset.question, type: g.dataset.type,
    options: Array.from(g.querySelectorAll('input')).map((i) => i.value)}))"""


def current_step(page: Any) -> str:
    return page.evaluate(CURRENT_STEP)


def active(page: Any) -> dict[str, Any] | None:
    return page.evaluate(ACTIVE)


def tab_until(page: Any, wanted: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
    """Press Tab until the focused element matches; fail after MAX_TABS presses."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        now = active(page)
        if now and wanted(now):
            return now
    raise AssertionError(f"could not reach {what} with the Tab key")


def answer_group(page: Any, group: dict[str, Any], value: Any) -> None:
    """Answer one shown question from the keyboard."""
    qid, kind = group["id"], group["type"]
    if kind in {"number", "money"}:
        tab_until(page, lambda a: a["name"] == qid, f"the {qid} box")
        if value not in (None, ""):
            page.keyboard.type(str(value))
        return
    if kind == "checkboxes":
        wanted = set(value or [])
        focused = tab_until(page, lambda a: a["name"] == qid, f"the {qid} checkboxes")
        while focused and focused["name"] == qid:
            if (focused["value"] in wanted) != focused["checked"]:
                page.keyboard.press("Space")
            page.keyboard.press("Tab")
            focused = active(page)
        page.keyboard.press("Shift+Tab")
        return
    if value is None:
        return
    tab_until(page, lambda a: a["name"] == qid, f"the {qid} radios")
    index = group["options"].index(str(value))
    if index == 0:
        page.keyboard.press("Space")
    for _ in range(index):
        page.keyboard.press("ArrowDown")


def answer_step(page: Any, step: str, answers: dict[str, Any]) -> None:
    """Answer every shown question on a step, including ones an answer reveals."""
    done: set[str] = set()
    while True:
        todo = [g for g in page.evaluate(SHOWN_GROUPS, step) if g["id"] not in done]
        if not todo:
            return
        answer_group(page, todo[0], answers.get(todo[0]["id"]))
        done.add(todo[0]["id"])


def press_continue(page: Any) -> None:
    step = current_step(page)
    tab_until(page, lambda a: a["tag"] == "BUTTON" and a["step"] == step
              and a["action"] in {"continue", "start"}, f"the Continue button on {step}")
    page.keyboard.press("Enter")


def complete_flow(
    page: Any,
    answers: dict[str, Any],
    on_step: Callable[[str], None] | None = None,
) -> list[str]:
    """From the start page to the results, answering by keyboard; returns the steps seen.

    "Who are you answering for?" is answered "Myself" unless ``answers`` says otherwise
    (the engine's worked examples leave it out: it changes only the words)."""
    answers = {"who_for": "myself", **answers}
    seen = [current_step(page)]
    if on_step:
        on_step(seen[-1])
    press_continue(page)
    for _ in range(60):
        step = current_step(page)
        seen.append(step)
        if on_step:
            on_step(step)
        if step == "results":
            return seen
        if step != "check":
            answer_step(page, step, answers)
        press_continue(page)
        if current_step(page) == step and step != "check":
            raise AssertionError(f"stuck on {step}: {error_summary(page)}")
    raise AssertionError("never reached the results")


def error_summary(page: Any) -> list[str]:
    return page.evaluate("""() => Array.from(document.querySelectorAll(
        '[data-step]:not([hidden]) [data-error-summary] li')).map((li) => li.textContent)""")


def wait_for_result(page: Any, timeout: float = 60_000) -> dict[str, Any]:
    """The engine's JSON for the estimate shown on the results page."""
    page.wait_for_function("() => window.firststopEstimator.lastResult !== null", timeout=timeout)
    return json.loads(page.evaluate("() => window.firststopEstimator.lastResult.json"))


def wait_for_engine(page: Any, timeout: float = 60_000) -> None:
    """Start the engine as the Start button does (it never loads on the start page by itself)
    and wait until it is ready."""
    page.wait_for_function("() => window.firststopEstimator !== undefined", timeout=timeout)
    page.evaluate("() => { window.firststopEstimator.start(); }")
    page.wait_for_function(
        "() => window.firststopEstimator.engine && window.firststopEstimator.engine.isReady",
        timeout=timeout)
