"""Finder and search markup lives in templates: no tags in their Python, no scripts in
content/, and the result macro gives the same HTML for a page item and its template."""

from __future__ import annotations

import re
from pathlib import Path

from build_tools.finder.pages import PROTO_FIELDS, TEMPLATES
from build_tools.rendering import Renderer

ROOT = Path(__file__).resolve().parents[2]
TAG = re.compile(r"<[a-zA-Z/][a-zA-Z0-9]*[\s>]")


def test_no_html_tags_in_finder_or_search_python() -> None:
    files = sorted((ROOT / "build_tools" / "finder").glob("*.py")) + sorted(
        (ROOT / "build_tools" / "search").glob("*.py"))
    assert len(files) >= 8
    tagged = [f"{f.name}:{n}" for f in files
              for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
              if TAG.search(line)]
    assert tagged == []


def test_no_finder_or_search_scripts_under_content() -> None:
    scripts = [p.relative_to(ROOT).as_posix() for p in (ROOT / "content").rglob("*")
               if p.suffix in {".js", ".mjs"} and ("finder" in p.parts or "search" in p.parts)]
    assert scripts == []


def test_a_filled_prototype_is_the_rendered_item() -> None:
    """The macro with proto=true keeps every optional part (with hooks); rendered for a
    result without a link or organisation, those parts are left out."""
    results = Renderer([TEMPLATES]).env.get_template("finder/results.html").module
    proto = str(results.dense_result(dict.fromkeys(PROTO_FIELDS, ""), True))
    for hook in ('data-optional="org"', 'data-optional="phone"', 'data-optional="email"',
                 'data-optional="website"', 'data-slot="hours"'):
        assert hook in proto
    view = {**dict.fromkeys(PROTO_FIELDS, ""), "id": "3", "name": "A <b>", "href": "../x/",
            "phone": "01632 960000", "phone_href": "tel:01632960000"}
    item = str(results.dense_result(view))
    assert 'data-optional="org"' not in item and 'data-optional="email"' not in item
    assert 'data-service="3"' in item and "A &lt;b&gt;" in item
    assert ('<a data-slot="phone" data-href="phone_href" data-optional="phone" '
            'href="tel:01632960000">') in item
