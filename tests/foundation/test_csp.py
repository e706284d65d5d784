"""A strict Content-Security-Policy is on every page, first in <head>, and it works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from build_tools import csp
from tests.support.site import html_pages

CSP_META = re.compile(
    r'<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">', re.S
)


def test_default_policy_allows_only_this_site() -> None:
    policy = csp.policy()
    assert "script-src 'self';" in policy
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "http" not in policy


def test_pyodide_profile_adds_only_wasm_unsafe_eval() -> None:
    policy = csp.policy("pyodide")
    assert "script-src 'self' 'wasm-unsafe-eval';" in policy
    assert "worker-src 'self'" in policy
    assert "'unsafe-eval'" not in policy.replace("'wasm-unsafe-eval'", "")


def test_live_reload_relaxation_is_only_for_mkdocs_serve() -> None:
    assert "unsafe-inline" in csp.policy(serving=True)
    assert "unsafe-inline" not in csp.policy(serving=False)


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(csp.UnknownProfile):
        csp.policy("anything-goes")


def test_every_built_page_starts_with_the_csp_meta_tag(built_site: Path) -> None:
    missing = []
    pages = list(html_pages(built_site))
    assert len(pages) >= 100, "expected the whole demo site"
    for html in pages:
        text = html.read_text(encoding="utf-8")
        match = CSP_META.search(text)
        if not match or "script-src 'self'" not in match.group(1):
            missing.append(html.relative_to(built_site).as_posix())
        elif re.search(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", text):
            missing.append(f"{html.relative_to(built_site)}: has an inline script")
    assert not missing, f"pages without a strict CSP or with inline scripts: {missing[:20]}"


@pytest.mark.browser
def test_injected_inline_script_does_not_run(built_site: Path, site_page) -> None:
    original = (built_site / "privacy" / "index.html").read_text(encoding="utf-8")
    probe = original.replace(
        "</body>",
        '<script>window.__injected = true;</script>'
        '<img src="data:," alt="" onload="window.__handler = true"></body>',
    )
    probe_path = built_site / "csp-probe.html"
    probe_path.write_text(probe, encoding="utf-8")
    try:
        site_page.goto("csp-probe.html")
        ran = site_page.page.evaluate(
            "() => [window.__injected === true, window.__handler === true]"
        )
        assert ran == [False, False]
        assert any("Content Security Policy" in text for text in site_page.console_errors())
    finally:
        probe_path.unlink()
