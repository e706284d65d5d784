"""Every internal link in content/ resolves; unsafe schemes are refused."""

from __future__ import annotations

import pytest

from build_tools.content_checks.frontmatter import parse_page
from build_tools.content_checks.links import Link, check_link, find_links
from build_tools.content_checks.pages import display_path
from tests.content.helpers import CONTENT_DIR

EXISTING = frozenset({"index.md", "carers/index.md", "paying/benefits.md"})


def broken(target: str, page: str = "paying/index.md") -> str | None:
    result = check_link(Link(1, 1, target), page, EXISTING)
    return None if result is None else result.message


def test_find_links_in_markdown_html_and_references() -> None:
    text = 'See [a](one.md) and ![img](pic.png "t").\n<a href="two.md">x</a>\n[ref]: three.md\n'
    assert [(lnk.line, lnk.target) for lnk in find_links(text, first_line=5)] == [
        (5, "one.md"), (5, "pic.png"), (6, "two.md"), (7, "three.md")]


@pytest.mark.parametrize("target", [
    "benefits.md", "../carers/index.md", "benefits.md#pip", "../index.md", "#top",
    "../finder/index.md", "../services/categories/help-at-home.md", "../estimator/index.md",
    "https://www.gov.uk/pip", "mailto:{{ council.contact_centre.email }}", "tel:01632960000",
])
def test_good_links(target: str) -> None:
    assert broken(target) is None


@pytest.mark.parametrize(("target", "message"), [
    ("benefit.md", "paying/benefit.md does not exist"),
    ("../carers/", "is not a file in content/"),
    ("/carers/index.md", "absolute path"),
    ("../../outside.md", "outside content/"),
    ("javascript:alert(1)", "javascript: links are not allowed"),
    ("data:text/html,x", "data: links are not allowed"),
])
def test_bad_links(target: str, message: str) -> None:
    found = broken(target)
    assert found is not None and message in found


def test_every_internal_link_in_content_resolves() -> None:
    existing = frozenset(
        p.relative_to(CONTENT_DIR).as_posix() for p in CONTENT_DIR.rglob("*") if p.is_file())
    failures = []
    for path in sorted(CONTENT_DIR.rglob("*.md")):
        if path.relative_to(CONTENT_DIR).parts[0] == "assets":
            continue
        page = parse_page(path.read_text(encoding="utf-8"))
        uri = path.relative_to(CONTENT_DIR).as_posix()
        for link in find_links(page.body, first_line=page.body_line):
            result = check_link(link, uri, existing)
            if result is not None:
                failures.append(f"{display_path(path, CONTENT_DIR)}:{link.line}: "
                                f"{link.target} {result.message}")
    assert failures == []
