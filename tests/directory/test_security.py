"""Hostile text in every field: escaped or sanitised on the page, and nothing runs.

A record (and taxonomy/areas files) is generated with attack strings in every free-text
field. The pages are checked as HTML, then a real MkDocs build is opened in Chromium with
the Content-Security-Policy *bypassed*, so any escaping failure would actually execute.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml

from build_tools.directory import load_directory, validate
from build_tools.directory.feature import DirectoryFeature
from build_tools.directory.records_io import write_record
from build_tools.features import BuildContext
from tests.directory.isolated import build, make_project

ROOT = Path(__file__).resolve().parents[2]
BASE = Path(__file__).parent / "invalid" / "09-review-overdue.yaml"
PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    '"><svg onload="window.__xss=1">',
    "[click me](javascript:window.__xss=1)",
    '<a href="javascript:window.__xss=1">link</a>',
    "Name {: onclick=\"window.__xss=1\" }",
    "</p><iframe src=\"javascript:window.__xss=1\"></iframe>",
    "' onmouseover='window.__xss=1' x='",
    "<style>body{display:none}</style>",
    "{{ council.name }} {% if true %}x{% endif %}",
]
SKIP_KEYS = {"slug", "kind", "status", "email", "website", "url", "number", "postal_code",
             "last_reviewed", "review_due", "rating", "location_id", "inspected", "type",
             "categories", "localities", "delivery", "client_groups", "referral_routes",
             "locations", "opening_hours", "hours_exceptions", "scheme", "identifier",
             "cost", "minimum_age", "maximum_age", "valid_from", "valid_to", "extension",
             "postcode_districts", "rural", "costs"}


def _poison(value: Any, key: str, counter: Iterator[int]) -> Any:
    if isinstance(value, dict):
        return {k: _poison(v, k, counter) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, key, counter) for v in value]
    if isinstance(value, str) and key not in SKIP_KEYS:
        return f"{value} {PAYLOADS[next(counter) % len(PAYLOADS)]}"
    return value


def _counter() -> Iterator[int]:
    n = 0
    while True:
        yield n
        n += 1


def hostile_directory(folder: Path) -> Path:
    """Write a records folder whose every text field carries an attack string."""
    data = yaml.safe_load("\n".join(BASE.read_text().splitlines()[2:]))
    data["organization"]["review_due"] = "2027-06-01"
    service = data["services"][0]
    service.update({
        "summary": "Summary", "alternate_name": "Alt", "eligibility_description": "Elig",
        "application_process": "Apply", "fees_description": "Fees", "languages": ["English"],
        "interpretation_services": "Interp", "accreditations": ["Accredited"],
        "required_documents": ["Document"], "funding": ["Grant"], "wait_time": "A week",
        "alert": "Alert", "costs": [{"cost": "£6.50 per meal", "label": "Label"}, "free"],
        "hours_exceptions": ["2026-12-25 closed (Christmas <script>window.__xss=1</script>)"],
        "description": "Intro **bold**\n\n<script>window.__xss=1</script>\n\n"
                       "[bad](javascript:window.__xss=1) <img src=x onerror=window.__xss=1>",
        "contacts": [{"name": "Contact", "title": "Title", "department": "Dept",
                      "phones": [{"number": "01632 960501", "description": "Direct"}]}],
        "cqc": {"location_id": "1-123456789", "rating": "Good"},
    })
    data["organization"].update({"alternate_name": "Alt", "legal_status": "Charity",
                                 "funding": ["Lottery"],
                                 "contacts": [{"name": "Boss", "title": "Chair"}]})
    data["locations"][0].update({"description": "Hall", "transportation": "Bus",
                                 "accessibility": ["Ramp"]})
    data["locations"][0]["address"]["address_2"] = "Upstairs"
    poisoned = _poison(data, "", _counter())
    records = folder / "organisations"
    write_record(records, poisoned)
    for name in ("taxonomy.yaml", "areas.yaml"):
        shared = yaml.safe_load((ROOT / "services_directory" / name).read_text())
        (folder / name).write_text(yaml.safe_dump(_poison(shared, "", _counter()),
                                                  allow_unicode=True))
    return folder


class _Audit(HTMLParser):
    """Collects anything in rendered HTML that could run script."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "iframe", "svg", "style", "object", "embed"}:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag}[{name}]")
            if name in {"href", "src"} and value and not value.strip().lower().startswith(
                    ("http://", "https://", "mailto:", "tel:", "#", "../", "./")) \
                    and ":" in value.split("/")[0]:
                self.found.append(f"{tag}[{name}={value}]")


def _render(markdown_text: str) -> str:
    return markdown.markdown(markdown_text, extensions=["md_in_html", "attr_list", "admonition",
                                                        "toc", "meta"])


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_directory(tmp_path_factory.mktemp("hostile") / "records")


def test_hostile_record_is_valid_so_it_reaches_the_pages(hostile: Path) -> None:
    from datetime import date

    directory = load_directory(ROOT, hostile)
    assert [p.format() for p in validate(directory, date(2026, 11, 23))] == []
    text = (hostile / "organisations" / "test-org.yaml").read_text()
    assert text.count("window.__xss") >= 25  # ~40 text fields, 8 of 10 payloads use it


def test_generated_markdown_renders_to_inert_html(hostile: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    monkeypatch.setenv("FIRSTSTOP_DIRECTORY", str(hostile))
    docs = tmp_path / "content"
    docs.mkdir()
    ctx = BuildContext(project_root=ROOT, docs_dir=docs, site_dir=tmp_path / "site",
                       identity={"name": "<b>Council</b>"}, today=date(2026, 11, 23))
    feature = DirectoryFeature()
    assert feature.validate(ctx) == []
    pages = feature.pages(ctx)
    advice = feature.page_markdown(ctx, "advice.md", {"services": ["meals"]}, "# Advice\n")
    for source, text in [(p.src_uri, p.markdown) for p in pages] + [("advice.md", advice)]:
        front, body = text.split("\n---\n", 1) if text.startswith("---") else ("", text)
        assert "<" not in front and "{" not in front.split("title:", 1)[-1], source
        audit = _Audit()
        audit.feed(_render(body))
        assert audit.found == [], f"{source}: {audit.found}"
        shows_no_record_text = ("localities", "services/index", "open-referral")
        assert "window.__xss" in body or source.startswith(shows_no_record_text) \
            or source == "advice.md" or "categories" in source


@pytest.mark.browser
@pytest.mark.slow
def test_nothing_executes_in_the_browser(hostile: Path, tmp_path: Path, browser: Any) -> None:
    from tests.support.scripts import FORBIDDEN, scripts_that_ran

    site = tmp_path / "site"
    result = build(make_project(tmp_path, advice="---\ntitle: Advice\nservices: [meals]\n---\n"
                                "\n# Advice\n"), site, records=hostile)
    assert result.returncode == 0, result.stderr
    paths = ["services/test-org-lunch-club/", "organisations/test-org/", "categories/meals/",
             "localities/wyvernton/", "services/a-z/", "services/", "help-at-home/"]
    run = scripts_that_ran(browser, site, paths, scope="article",
                           forbidden=FORBIDDEN + ", script, svg, style")
    assert run.found == []
    for path, html in run.html.items():
        assert "window.__xss" in html or path in {"services/", "localities/wyvernton/"}, path
