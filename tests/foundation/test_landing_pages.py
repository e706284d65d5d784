"""Pages people land on: page not found (at the root and under a sub-path), sitemap.xml
and robots.txt, the Open Referral data page, tappable phone numbers, printing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from build_tools.hosting import robots_txt
from build_tools.identity_checks import value_problems
from build_tools.links import link_phone_numbers
from tests.support.axe import run_axe
from tests.support.browser import RecordedPage
from tests.support.server import serve_like_a_host
from tests.support.site import build_site, html_pages

SITE_URL = "https://care.wyvernshire.example.org/"  # council.yaml's site_url
SUB_PATH_URL = "https://www.wyvernshire.example.org/care-and-support/"
PHONE_TEXT = re.compile(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b")


# --- units ---------------------------------------------------------------------------

def test_phone_numbers_in_text_become_links_but_not_inside_links_or_prices() -> None:
    html = ("<p>Call <strong>01632 960100</strong> or <a href='x'>01632 960999</a>, "
            "or 999. It costs £999 or 111.50.</p><pre>01632 960000</pre>")
    linked = link_phone_numbers(html)
    assert '<strong><a href="tel:+441632960100">01632 960100</a></strong>' in linked
    assert "<a href='x'>01632 960999</a>" in linked
    assert '<a href="tel:999">999</a>' in linked
    assert "£999" in linked and "111.50" in linked and '"tel:111"' not in linked
    assert "<pre>01632 960000</pre>" in linked


def test_robots_names_the_sitemap_only_when_the_address_is_known() -> None:
    assert robots_txt(SITE_URL) == f"User-agent: *\nAllow: /\nSitemap: {SITE_URL}sitemap.xml\n"
    assert "Sitemap" not in robots_txt("")


@pytest.mark.parametrize(("value", "message"), [
    ("http://care.example.org/", "is not the site's public https address ending in /"),
    ("https://care.example.org", "is not the site's public https address ending in /"),
    ("care.example.org/", "is not the site's public https address ending in /"),
])
def test_a_bad_site_address_is_a_problem(value: str, message: str) -> None:
    class Positions:
        def at(self, path: Any) -> tuple[int, int]:
            return (7, 11)

    problems = value_problems({"site_url": value}, Positions())
    assert [(p.line, p.field) for p in problems] == [(7, "site_url")]
    assert message in problems[0].message


# --- the built site --------------------------------------------------------------------

def test_sitemap_lists_every_public_page_at_the_public_address(built_site: Path) -> None:
    tree = ET.parse(built_site / "sitemap.xml")
    locs = {el.text for el in tree.iter() if el.tag.endswith("loc")}
    pages = {SITE_URL + p.relative_to(built_site).as_posix().removesuffix("index.html")
             for p in html_pages(built_site) if p.name != "404.html"}
    assert len(pages) > 300
    assert locs == pages
    assert f"Sitemap: {SITE_URL}sitemap.xml" in (built_site / "robots.txt").read_text()


def test_open_referral_page_links_every_export_file(built_site: Path) -> None:
    folder = built_site / "open-referral"
    page = (folder / "index.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'href="([^"]+)"', page))
    linked = {urljoin("open-referral/", h) for h in hrefs}
    listed = {f"open-referral/{p.relative_to(folder).as_posix()}" for p in folder.iterdir()
              if p.is_file() and p.name != "index.html"}
    listed |= {f"open-referral/datapackage/{p.name}" for p in (folder / "datapackage").iterdir()}
    assert len(listed) >= 10
    assert listed <= linked, sorted(listed - linked)
    for needed in ("Open Government Licence", "HSDS", "3.0", "How often it changes",
                   "How to check the data", "Who to contact", "services/"):
        assert needed in page, needed
    size = (folder / "services.json").stat().st_size
    assert f"{round(size / 1000)} KB" in page


@pytest.mark.browser
def test_every_phone_number_on_the_home_page_can_be_tapped(site_page: RecordedPage) -> None:
    site_page.goto("")
    untapped = site_page.page.evaluate("""(pattern) => {
      const re = new RegExp(pattern);
      const walker = document.createTreeWalker(document.querySelector("article"),
                                               NodeFilter.SHOW_TEXT);
      const found = [];
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (re.test(node.textContent) && !node.parentElement.closest("a[href^='tel:']"))
          found.push(node.textContent.trim());
      }
      return found;
    }""", PHONE_TEXT.pattern)
    assert untapped == []
    danger = site_page.page.locator(".admonition.danger a[href^='tel:']")
    assert danger.count() >= 3  # 999, safeguarding and out of hours


@pytest.mark.browser
def test_printing_an_advice_page_keeps_its_context(site_page: RecordedPage) -> None:
    site_page.goto("paying/financial-assessment/")
    page = site_page.page
    assert not page.locator(".fs-print-context").is_visible()
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    context = page.locator(".fs-print-context")
    assert context.is_visible()
    text = " ".join(context.inner_text().split())
    today = date.today()
    assert "Wyvernshire Council" in text
    assert f"This page: {SITE_URL}paying/financial-assessment/" in text
    assert f"Printed on {today.day} {today:%B %Y}" in text
    internal = page.evaluate("""() => [...document.querySelectorAll('article a[href]')]
      .filter(a => !/^(#|https?:|mailto:|tel:)/.test(a.getAttribute('href')))
      .map(a => getComputedStyle(a, '::after').content)""")
    assert internal, "the page links to other pages of the site"
    assert all(re.match(r'^" \(http://127\.0\.0\.1:\d+/.+\)"$', c) for c in internal), internal


@pytest.mark.browser
def test_page_not_found_at_the_root(browser: Any, built_site: Path) -> None:
    with serve_like_a_host(built_site, "/") as base:
        check_not_found(browser, base, "no/such/page/")


@pytest.mark.browser
@pytest.mark.slow
def test_page_not_found_under_a_sub_path(browser: Any, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = build_site(site, env={"FIRSTSTOP_SITE_URL": SUB_PATH_URL,
                                   "FIRSTSTOP_TODAY": "2026-11-26"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"<loc>{SUB_PATH_URL}</loc>" in (site / "sitemap.xml").read_text()
    mount = urlsplit(SUB_PATH_URL).path
    with serve_like_a_host(site, mount) as base:
        check_not_found(browser, base, "paying/no-such-page/deeper/")


def check_not_found(browser: Any, base: str, missing: str) -> None:
    """The GOV.UK page-not-found content, styled, with working links and no axe issues."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    recorded = RecordedPage(page=page, base_url=base).attach()
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 and
            not r.url.endswith(missing) else None)
    response = page.goto(base + missing, wait_until="networkidle")
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    body = page.locator("article").inner_text()
    assert "check it is correct" in body and "copied the entire address" in body
    assert failed == [], "every stylesheet, script and image loads"
    # The theme's stylesheet applied: the header has its colour.
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header'))"
                         ".backgroundColor") != "rgba(0, 0, 0, 0)"
    links = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        'article a')].map(e => [e.textContent.trim(), e.href]))""")
    assert links["go to the home page"] == base
    assert links["find a local service"] == base + "finder/"
    assert page.evaluate("document.querySelector('article form').action") == base + "search/"
    assert links["01632 960000"] == "tel:+441632960000"
    assert run_axe(page) == []
    assert recorded.external_requests() == []
    context.close()
