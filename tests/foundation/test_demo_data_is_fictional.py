"""Demo data is fictional and says so: every phone link on the built site is in Ofcom's
drama ranges (or a national emergency line), every email is on example.org/.com/.net,
and links to other sites go only to example domains or named national public bodies."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.support.site import html_pages

DRAMA = re.compile(r"^(?:\+44|0)(?:1632960\d{3}|2079460\d{3})$")
NATIONAL_LINES = {"999", "111", "116123"}  # emergency, NHS 111, Samaritans: real on purpose
EXAMPLE = re.compile(r"(?:^|\.)example\.(?:org|com|net)$")
PUBLIC_BODIES = {  # sources and complaints routes named in the advice pages
    "www.gov.uk", "www.legislation.gov.uk", "www.nhs.uk", "www.cqc.org.uk", "ico.org.uk",
    "www.equalityadvisoryservice.com", "www.lgo.org.uk",
    # the Open Referral data page: the standard, its validator, the licence, the CSV format
    "openreferraluk.org", "validator.openreferraluk.org", "github.com", "datapackage.org",
    "www.nationalarchives.gov.uk",
}
HREF = re.compile(r'href="([^"]+)"')


def links(site: Path) -> list[tuple[str, str]]:
    found = []
    for html in html_pages(site):
        for href in HREF.findall(html.read_text(encoding="utf-8")):
            found.append((html.relative_to(site).as_posix(), unquote(href)))
    assert found, f"no links found in {site}"
    return found


def test_phone_links_are_drama_numbers(built_site: Path) -> None:
    found = links(built_site)
    assert sum(href.startswith("tel:") for _, href in found) >= 100
    bad = {
        (page, href)
        for page, href in found
        if href.startswith("tel:")
        and not DRAMA.match(number := href[4:].replace(" ", ""))
        and number not in NATIONAL_LINES
    }
    assert not bad, sorted(bad)[:20]


def test_email_links_are_on_example_domains(built_site: Path) -> None:
    found = links(built_site)
    assert sum(href.startswith("mailto:") for _, href in found) >= 100
    bad = {
        (page, href)
        for page, href in found
        if href.startswith("mailto:")
        and not EXAMPLE.search(href[7:].split("?")[0].rsplit("@", 1)[-1])
    }
    assert not bad, sorted(bad)[:20]


def test_other_sites_are_example_domains_or_public_bodies(built_site: Path) -> None:
    bad = set()
    for page, href in links(built_site):
        parts = urlsplit(href)
        if parts.scheme in {"http", "https"} and parts.hostname not in {"127.0.0.1", None}:
            host = parts.hostname
            if not EXAMPLE.search(host) and host not in PUBLIC_BODIES:
                bad.add((page, host))
    assert not bad, sorted(bad)[:20]


def test_only_safe_link_schemes(built_site: Path) -> None:
    schemes = {urlsplit(href).scheme for _, href in links(built_site)}
    assert schemes <= {"", "http", "https", "mailto", "tel"}, schemes
