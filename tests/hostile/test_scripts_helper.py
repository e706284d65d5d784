"""The hostile-page helper can fail: it reports each kind of script that gets through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.scripts import scripts_that_ran

PAGES = {
    "clean": "<title>Clean</title><article><p>Nothing here</p></article>",
    "inline": "<title>Inline</title><article><script>window.__xss=1</script></article>",
    "handler": '<article><p onmouseover="window.__xss=2">Hover</p></article>',
    "dialog": "<article><details ontoggle=\"alert('x')\" open><summary>S</summary></details>"
              "</article>",
    "link": '<article><a href="javascript:window.__xss=3">Go</a></article>',
    "frame": "<article><iframe srcdoc='<p>x</p>'></iframe></article>",
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("scripts-helper")
    for name, body in PAGES.items():
        (site / name).mkdir()
        (site / name / "index.html").write_text(f"<!doctype html><html><body>{body}</body>"
                                                "</html>", encoding="utf-8")
    return site


@pytest.mark.browser
def test_a_clean_page_reports_nothing(pages: Path, browser: Any) -> None:
    run = scripts_that_ran(browser, pages, ["clean/"])
    assert run.found == []
    assert run.titles == {"clean/": "Clean"}


@pytest.mark.browser
@pytest.mark.parametrize(("path", "expected"), [
    ("inline/", "inline/: window.__xss = 1"),
    ("handler/", "handler/: window.__xss = 2"),
    ("handler/", "handler/: handler p.onmouseover"),
    ("dialog/", "dialog: alert"),
    ("link/", "link/: link javascript:window.__xss=3"),
    ("frame/", "frame/: <iframe> in body"),
])
def test_each_kind_of_injected_script_is_caught(pages: Path, browser: Any, path: str,
                                                 expected: str) -> None:
    assert expected in scripts_that_ran(browser, pages, [path]).found


@pytest.mark.browser
def test_forbidden_elements_are_looked_for_in_scope(pages: Path, browser: Any) -> None:
    run = scripts_that_ran(browser, pages, ["inline/"], scope="article",
                           forbidden="script")
    assert run.found == ["inline/: window.__xss = 1", "inline/: <script> in article"]
