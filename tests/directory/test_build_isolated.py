"""Real MkDocs builds (identity + directory features only): the demo directory, and a
bad record that must leave the site folder untouched."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.directory.isolated import build, make_project

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "invalid"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("dirsite")
    site = base / "site"
    result = build(make_project(base), site)
    assert result.returncode == 0, result.stderr
    return site


def _article(html: str) -> str:
    start = html.index('<article')
    return html[start:html.index("</article>", start)]


def test_every_service_and_organisation_has_a_page(demo_site: Path) -> None:
    from build_tools.directory import load_directory

    directory = load_directory(ROOT)
    for slug in directory.services:
        assert (demo_site / "services" / slug / "index.html").is_file(), slug
    for slug in directory.organisations:
        assert (demo_site / "organisations" / slug / "index.html").is_file(), slug
    for slug in directory.categories:
        assert (demo_site / "categories" / slug / "index.html").is_file(), slug
    for slug in directory.areas:
        assert (demo_site / "localities" / slug / "index.html").is_file(), slug
    assert (demo_site / "services" / "a-z" / "index.html").is_file()
    assert (demo_site / "services" / "index.html").is_file()


def test_service_pages_stay_out_of_the_navigation(demo_site: Path) -> None:
    home = (demo_site / "index.html").read_text()
    nav = home[home.index('<nav class="md-nav md-nav--primary"'):]
    nav = nav[: nav.index("</nav>")]
    assert "services/" in nav  # the landing page is in the nav
    assert "organisations/" not in nav
    assert not re.search(r'href="[^"]*services/(?!a-z/|index)[a-z0-9-]+/"', nav)


def test_internal_links_resolve(demo_site: Path) -> None:
    broken = []
    kinds = {kind: sorted(demo_site.glob(f"{kind}/*/index.html"))
             for kind in ("services", "organisations", "categories", "localities")}
    assert all(kinds.values()), {kind: len(pages) for kind, pages in kinds.items()}
    checked = 0
    for page in [*(p for pages in kinds.values() for p in pages),
                 demo_site / "services" / "index.html",
                 demo_site / "help-at-home" / "index.html"]:
        for href in re.findall(r'href="([^"#:]+)/?"', _article(page.read_text())):
            checked += 1
            target = (page.parent / href).resolve()
            if not (target / "index.html").is_file() and not target.is_file():
                broken.append(f"{page.relative_to(demo_site)} -> {href}")
    assert checked > 500, "expected the directory pages to link to each other"
    assert not broken, broken[:10]


def test_service_page_content(demo_site: Path) -> None:
    html = _article((demo_site / "services" / "the-beeches-residential-care" /
                     "index.html").read_text())
    for text in ("Provided by", "Opening hours", "Costs", "£985.00 per week",
                 "Who it is for", "How to get it", "Where", "WY1 ", "Accessibility",
                 "Care Quality Commission rating", "Checked ",
                 "Report a problem with this listing", 'href="tel:+441632'):
        assert text in html, text
    assert 'href="mailto:' in html and "subject=Problem%20with%20a%20directory%20listing" in html


def test_advice_page_lists_local_services(demo_site: Path) -> None:
    html = _article((demo_site / "help-at-home" / "index.html").read_text())
    assert "Local services" in html
    assert 'href="../services/' in html
    assert 'href="../categories/meals/"' in html


def test_open_referral_exports_are_written(demo_site: Path) -> None:
    listing = json.loads((demo_site / "open-referral" / "services.json").read_text())
    assert listing["total_items"] >= 150
    first = listing["contents"][0]["id"]
    assert (demo_site / "open-referral" / "services" / f"{first}.json").is_file()
    assert (demo_site / "open-referral" / "datapackage" / "datapackage.json").is_file()


def test_bad_record_writes_no_site(tmp_path: Path) -> None:
    records = tmp_path / "records" / "organisations"
    records.mkdir(parents=True)
    shutil.copy(CORPUS / "23-cost-unreadable.yaml", records / "test-org.yaml")
    site = tmp_path / "site"
    site.mkdir()
    (site / "marker.txt").write_text("previous build")
    result = build(make_project(tmp_path), site, records=records.parent)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "test-org.yaml:45:9: services[0].costs[0]: cannot read the cost 'cheap'" in output
    assert "Traceback" not in output
    assert [p.name for p in site.iterdir()] == ["marker.txt"], "site folder must be untouched"


def test_published_prices_page(demo_site: Path) -> None:
    html = _article((demo_site / "services" / "prices" / "index.html").read_text())
    assert "Published prices" in html and "<caption>Help at home: prices per hour</caption>" in html
    assert "£24.50 per hour" in html and "per week" in html


@pytest.mark.browser
def test_directory_pages_pass_axe(demo_site: Path, browser: object) -> None:
    from tests.support.axe import describe, run_axe
    from tests.support.browser import RecordedPage
    from tests.support.server import serve_directory

    paths = ["services/", "services/a-z/", "services/prices/",
             "services/the-beeches-residential-care/", "services/wyvernshire-lifeline/",
             "organisations/wyvernshire-council-adult-social-care/", "categories/dementia/",
             "localities/hollowdale/", "help-at-home/"]
    with serve_directory(demo_site) as url:
        context = browser.new_context(service_workers="block")  # type: ignore[attr-defined]
        try:
            page = RecordedPage(page=context.new_page(), base_url=url).attach()
            for path in paths:
                page.goto(path)
                violations = run_axe(page.page)
                assert not violations, f"{path}:\n{describe(violations)}"
            assert page.external_requests() == []
        finally:
            context.close()
