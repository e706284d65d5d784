"""Every link on the built estimator pages leads to a page or file of the site itself."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

PAGES = ["estimator/index.html", "estimator/carer/index.html", "estimator/paper/index.html"]


@pytest.mark.parametrize("page", PAGES)
def test_internal_links_resolve(built_site: Path, page: str) -> None:
    html = (built_site / page).read_text(encoding="utf-8")
    base = "http://site/" + page
    missing = []
    for href in re.findall(r'(?:href|src)="([^"]+)"', html):
        parts = urlsplit(urljoin(base, href))
        if parts.scheme in {"tel", "mailto"} or parts.netloc != "site" or not parts.path:
            continue
        target = built_site / parts.path.lstrip("/")
        if not (target.is_file() or (target / "index.html").is_file()):
            missing.append(href)
    assert not missing, f"{page} links to missing pages: {sorted(set(missing))}"
    assert 'data-wheel="' in html or "paper" in page
