"""Issue 6 acceptance: a first-time visitor on the home page or an advice page reaches
the estimator, the finder and local services in one click each."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGES = ["", "paying/", "carers/carers-assessment/", "living-well/dementia/"]
TARGETS = {
    "the estimator": lambda path: path.rstrip("/").endswith("/estimator"),
    "the finder": lambda path: path.rstrip("/").endswith("/finder"),
    # A service page, or a list of local services (all, by need or by area).
    "local services": lambda path: any(
        part in path for part in ("/services/", "/categories/", "/localities/")
    ),
}


def visible_link_paths(site_page) -> list[str]:
    """Paths of every link a sighted visitor can see and click on the current page."""
    hrefs = site_page.page.eval_on_selector_all(
        "a[href]",
        "links => links.filter(a => a.offsetParent !== null).map(a => a.getAttribute('href'))",
    )
    return [urlsplit(urljoin(site_page.page.url, href)).path for href in hrefs]


@pytest.mark.parametrize("path", PAGES)
def test_one_click_to_estimator_finder_and_local_services(site_page, path: str) -> None:
    site_page.page.set_viewport_size({"width": 1280, "height": 900})
    site_page.goto(path)
    paths = visible_link_paths(site_page)
    missing = [name for name, matches in TARGETS.items() if not any(map(matches, paths))]
    assert not missing, f"/{path} has no visible link to {missing}"
