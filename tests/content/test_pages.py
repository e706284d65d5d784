"""The advice pages as a whole: enough of them, all in the nav, all render, all connected."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml

from build_tools.content_checks.frontmatter import parse_page
from build_tools.content_checks.pages import advice_pages
from build_tools.identity import load_identity
from build_tools.pipeline import markdown_environment
from tests.content.helpers import CONTENT_DIR, PROJECT_ROOT, TODAY

PAGES = advice_pages(CONTENT_DIR)
IDS = [p.relative_to(CONTENT_DIR).as_posix() for p in PAGES]


def rules_figures() -> dict[str, Any]:
    """The ``rules`` variables for the test date, with the unconfirmed note (as the site has)."""
    from build_tools.estimator_docs.variables import rules_variables

    return rules_variables(PROJECT_ROOT, TODAY)


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold !!python or !ENV tags; the nav does not need them."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_paths(items: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(items, str):
        found.add(items)
    elif isinstance(items, list):
        for item in items:
            found |= nav_paths(item)
    elif isinstance(items, dict):
        for value in items.values():
            found |= nav_paths(value)
    return found


def test_there_are_at_least_thirty_advice_pages() -> None:
    assert len(PAGES) >= 30


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_page_renders_with_the_real_council_and_rules(path: Path) -> None:
    env = markdown_environment()
    env.undefined = jinja2.StrictUndefined
    page = parse_page(path.read_text(encoding="utf-8"))
    text = env.from_string(page.body).render(
        council=load_identity(PROJECT_ROOT), rules=rules_figures(), page_meta=page.meta)
    assert "{{" not in text and "Undefined" not in text


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_page_has_one_heading_and_related_pages(path: Path) -> None:
    body = parse_page(path.read_text(encoding="utf-8")).body
    assert len(re.findall(r"^# ", body, re.MULTILINE)) == 1
    if path != CONTENT_DIR / "index.md":
        assert "\n## Related pages\n" in body


def test_every_advice_page_is_in_the_nav() -> None:
    config = yaml.load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
                       Loader=_IgnoreTags)
    in_nav = nav_paths(config["nav"])
    assert sorted(set(IDS) - in_nav) == []
    advice_dirs = {Path(i).parts[0] for i in IDS if "/" in i}
    missing = [p for p in in_nav if Path(p).parts[0] in advice_dirs
               and not (CONTENT_DIR / p).exists()]
    assert missing == []


def test_home_page_leads_to_the_main_tasks_in_one_click() -> None:
    body = (CONTENT_DIR / "index.md").read_text(encoding="utf-8")
    for target in ("(get-help/help-for-me.md)", "(carers/index.md)", "(estimator/index.md)",
                   "(finder/index.md)", "(get-help/urgent-help-and-safeguarding.md)"):
        assert target in body
    assert "{{ council.safeguarding.phone }}" in body


def test_every_advice_page_links_to_the_estimator_or_finder_or_a_section() -> None:
    """No dead ends: every page offers a next step beyond the page itself."""
    for path in PAGES:
        body = path.read_text(encoding="utf-8")
        assert re.search(r"\]\([^)]*\.md", body), path
