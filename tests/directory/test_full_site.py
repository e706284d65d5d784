"""The directory inside the real demo site (built once per session by tests/conftest.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_directory_pages_and_exports_are_in_the_site(built_site: Path) -> None:
    assert (built_site / "services" / "index.html").is_file()
    assert (built_site / "services" / "the-beeches-residential-care" / "index.html").is_file()
    assert (built_site / "assets" / "stylesheets" / "directory.css").is_file()
    listing = json.loads((built_site / "open-referral" / "services.json").read_text())
    assert listing["total_items"] >= 150


def test_advice_pages_with_services_front_matter_list_local_services(built_site: Path) -> None:
    content = Path(__file__).resolve().parents[2] / "content"
    from build_tools.directory.feature import front_matter_services

    pages = [p for p in content.rglob("*.md") if (front_matter_services(p) or ([], 0))[0]]
    assert pages, "expected some advice pages to ask for local services"
    for page in pages:
        rel = page.relative_to(content).with_suffix("")
        if rel.name == "index":
            rel = rel.parent
        html = (built_site / rel / "index.html").read_text()
        assert 'id="local-services"' in html, rel
        for href in re.findall(r'href="(\.\./[^"#]*services/[a-z0-9-]+/)"', html):
            assert ((built_site / rel) / href / "index.html").resolve().is_file(), (rel, href)
