"""The one home of link rules (build_tools/links.py) and the core's front-matter writer."""

from __future__ import annotations

import pytest

from build_tools import links
from build_tools.rendering import front_matter, render_string


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.org/a?b=1", "https://www.example.org/a?b=1"),
    ("  http://example.org  ", "http://example.org"),
    ("mailto:a@example.org", "mailto:a@example.org"),
    ("tel:+441632960000", "tel:+441632960000"),
    ("javascript:alert(1)", None), ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,x", None), ("ftp://example.org", None), ("/relative", None),
    ('https://example.org/"onmouseover=x', None), ("https://example.org/a b", None),
    ("", None), (None, None),
])
def test_safe_url_allows_only_web_mail_and_phone(url: object, expected: str | None) -> None:
    assert links.safe_url(url) == expected


def test_mailto_encodes_the_subject_and_refuses_non_addresses() -> None:
    assert links.mailto_url("a.b@example.org", "Change: A & B") == \
        "mailto:a.b@example.org?subject=Change%3A%20A%20%26%20B"
    assert links.mailto_url("not an address") is None
    assert links.mailto_url('x"@example.org') is None
    assert links.email_problem("a@example") == "'a@example' is not an email address"


def test_phone_numbers_become_e164_tel_links() -> None:
    assert links.tel_url("01632 960000") == "tel:+441632960000"
    assert links.tel_url("020 7946 0123") == "tel:+442079460123"
    assert links.tel_url("999") == "tel:999" and links.tel_url("116 123") == "tel:116123"
    assert links.tel_url("call us") is None and links.tel_url("") is None
    assert links.phone_problem("0123") is not None


def test_link_problem_wants_a_whole_web_address() -> None:
    assert links.link_problem("https://www.example.org/") is None
    assert links.link_problem("ftp://example.org") == "'ftp://example.org' is not an http(s) link"
    assert links.link_problem("https://localhost") is not None


def test_templates_get_the_same_rules() -> None:
    html = render_string(
        '{% set u = safe_url(x) %}<a href="{{ u or "" }}">{{ tel_url("01632 960001") }}</a>',
        {"x": "javascript:alert(1)"})
    assert html == '<a href="">tel:+441632960001</a>'


def test_front_matter_is_one_safe_title() -> None:
    assert str(front_matter('Tea & "cake" <b>{x}</b>')) == \
        '---\ntitle: "Tea and cake bx/b"\n---\n\n'
