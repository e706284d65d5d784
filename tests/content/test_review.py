"""Stale pages appear in the editors' report; the build feature checks every page."""

from __future__ import annotations

from pathlib import Path

from build_tools.content_checks.review import FEATURE, stale_pages
from build_tools.features import BuildContext
from build_tools.problems import Severity
from build_tools.registry import FEATURE_PATHS
from tests.content.helpers import CONTENT_DIR, PROJECT_ROOT, TODAY, page_text, write


def context(docs_dir: Path, project_root: Path = PROJECT_ROOT) -> BuildContext:
    return BuildContext(project_root=project_root, docs_dir=docs_dir, site_dir=docs_dir / "_site",
                        identity={}, today=TODAY)


def test_page_past_review_due_is_in_the_stale_report(tmp_path: Path) -> None:
    write(tmp_path, "fresh.md", page_text(review_due="2027-06-01"))
    write(tmp_path, "paying/old.md", page_text(review_due="2026-11-01"))
    write(tmp_path, "assets/ignored.md", page_text(review_due="2020-01-01"))
    [stale] = stale_pages(tmp_path, TODAY)
    assert stale.path == f"{tmp_path.name}/paying/old.md"
    assert stale.title == "A test page"
    assert stale.owner == "advice-team@example.org"
    assert stale.days_overdue == 25
    assert "review due 2026-11-01" in str(stale)


def test_page_without_review_date_is_reported_as_stale(tmp_path: Path) -> None:
    write(tmp_path, "no-date.md", page_text().replace("review_due: 2027-06-01\n", ""))
    [stale] = stale_pages(tmp_path, TODAY)
    assert stale.review_due is None


def test_stale_pages_are_oldest_first(tmp_path: Path) -> None:
    write(tmp_path, "a.md", page_text(review_due="2026-10-01"))
    write(tmp_path, "b.md", page_text(review_due="2026-09-01"))
    assert [p.path.rsplit("/", 1)[1] for p in stale_pages(tmp_path, TODAY)] == ["b.md", "a.md"]


def test_real_content_has_nothing_stale_on_the_test_date() -> None:
    assert stale_pages(CONTENT_DIR, TODAY) == []


def test_feature_reports_problems_with_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "ok.md", page_text())
    body = page_text(review_due="2026-11-01", extra="\nIt costs £12 a week. See [x](missing.md).\n")
    write(tmp_path, "bad.md", body)
    problems = FEATURE.validate(context(tmp_path))
    by_field = {p.field: p for p in problems}
    assert set(by_field) == {"review_due", "(text)", "(link)"}
    assert by_field["review_due"].severity is Severity.WARNING
    assert by_field["(text)"].line == 20 and "£12" in by_field["(text)"].message
    assert by_field["(link)"].line == 20 and all(p.path.endswith("bad.md") for p in problems)


def test_feature_validates_slugs_against_the_taxonomy(tmp_path: Path) -> None:
    write(tmp_path, "services_directory/taxonomy.yaml",
          "categories:\n  - slug: help-at-home\n    name: Help at home\n")
    docs = tmp_path / "content"
    write(docs, "page.md", page_text(services="help-at-home, meals-on-wheels"))
    [problem] = FEATURE.validate(context(docs, project_root=tmp_path))
    assert problem.field == "services[1]" and problem.line == 12


def test_real_content_passes_every_build_check() -> None:
    problems = FEATURE.validate(context(CONTENT_DIR))
    assert [p.format() for p in problems] == []


def test_feature_is_registered() -> None:
    assert "build_tools.content_checks.review:FEATURE" in FEATURE_PATHS
