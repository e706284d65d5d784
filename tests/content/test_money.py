"""No money amount is typed into content/: figures come from {{ rules.* }} variables."""

from __future__ import annotations

import pytest

from build_tools.content_checks.money import find_amounts
from tests.content.helpers import CONTENT_DIR

#: Amounts that may stay in content/, each with the reason. Keep this short: a typed
#: figure goes stale when the national rates change each April.
#: Format: (path relative to content/, exact text found) -> reason.
ALLOWED: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("text", [
    "It costs £23,250.", "£30.65 a week", "£ 5", "30p a day", "12 pounds", "GBP 40",
    "a £1k grant", "£1,000.", "{% if x %}£5{% endif %}",
])
def test_amounts_are_found(text: str) -> None:
    assert find_amounts(text), text


@pytest.mark.parametrize("text", [
    "{{ rules.capital_upper_limit }}", "up to {{ rules.reablement_weeks }} weeks",
    "12-week property disregard", "call 01632 960000", "aged 18 to 24", "35 hours a week",
    "a 2p3 code", "{# was £5 #}",
])
def test_non_amounts_are_not_found(text: str) -> None:
    assert find_amounts(text) == [], text


def test_amount_position_is_reported() -> None:
    [amount] = find_amounts("line one\nIt is £12 a week.", first_line=10)
    assert (amount.line, amount.column, amount.text) == (11, 7, "£12")


def test_no_typed_amounts_in_content() -> None:
    found = []
    for path in sorted(CONTENT_DIR.rglob("*.md")):
        relative = path.relative_to(CONTENT_DIR).as_posix()
        for amount in find_amounts(path.read_text(encoding="utf-8")):
            if (relative, amount.text) not in ALLOWED:
                found.append(f"content/{relative}:{amount.line}:{amount.column}: {amount.text}")
    assert found == [], "use {{ rules.* }} variables instead of typing amounts"


def test_allow_list_entries_are_still_needed() -> None:
    """An entry whose amount has gone from the page must be removed from ALLOWED."""
    for (relative, text), reason in ALLOWED.items():
        assert reason, f"{relative}: say why {text} is allowed"
        page = (CONTENT_DIR / relative).read_text(encoding="utf-8")
        assert any(a.text == text for a in find_amounts(page)), (relative, text)
