"""The ``search`` CSP profile: WebAssembly for Pagefind on the search page, nothing else."""

from __future__ import annotations

from pathlib import Path

from build_tools import csp
from build_tools.search.page import SEARCH_SRC, search_markdown


def directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def test_search_profile_allows_wasm_only_on_script_src() -> None:
    search = directives(csp.policy("search"))
    default = directives(csp.policy("default"))
    assert search["script-src"] == ["'self'", "'wasm-unsafe-eval'"]
    assert "'unsafe-inline'" not in search["script-src"]
    assert "'unsafe-eval'" not in search["script-src"]
    changed = {name for name in default if default[name] != search[name]}
    assert changed == {"script-src"}


def test_default_profile_has_no_wasm() -> None:
    assert "'wasm-unsafe-eval'" not in directives(csp.policy("default"))["script-src"]


def test_search_page_uses_search_profile() -> None:
    markdown = search_markdown()
    assert SEARCH_SRC == "search/index.md"
    assert "\ncsp: search\n" in markdown.split("---")[1] + "\n"
    assert 'method="get"' in markdown and 'name="q"' in markdown
    assert "<script>" not in markdown and "style=" not in markdown


def test_built_search_page_carries_search_policy(built_site: Path) -> None:
    html = (built_site / "search" / "index.html").read_text(encoding="utf-8")
    assert csp.policy("search") in html.replace("&#39;", "'")
    other = (built_site / "paying" / "index.html").read_text(encoding="utf-8")
    assert "wasm-unsafe-eval" not in other
