"""The loaded demo directory, the public API the finder uses, and the editor commands."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from build_tools.cli import main as cli_main
from build_tools.directory import (
    Directory,
    load_checked,
    load_directory,
    page_url,
    service_summaries,
    validate,
)
from build_tools.problems import ProblemsFound

ROOT = Path(__file__).resolve().parents[2]
STALE = Path(__file__).parent / "fixtures" / "stale"
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo() -> Directory:
    return load_directory(ROOT, ROOT / "services_directory")


def test_demo_data_is_big_varied_and_clean(demo: Directory) -> None:
    assert validate(demo, TODAY) == []
    assert len(demo.organisations) >= 60
    assert len(demo.services) >= 150
    kinds = {o.data["kind"] for o in demo.organisations.values()}
    assert {"charity", "user-led", "company", "council"} <= kinds
    used_categories = {c for s in demo.services.values() for c in s.categories}
    assert used_categories == set(demo.categories)
    assert len(demo.categories) >= 25
    used_areas = {a for s in demo.services.values() for a in s.localities}
    assert used_areas == set(demo.areas)
    assert len(demo.areas) >= 6 and any(a.rural for a in demo.areas.values())
    assert any(s.data.get("cqc") for s in demo.services.values())
    hourly = [c for s in demo.services.values() for c in s.costs if c.unit == "per hour"]
    weekly = [c for s in demo.services.values() if "care-homes" in s.categories
              for c in s.costs if c.unit == "per week"]
    assert hourly and weekly


def _values(data: object, key: str) -> list[str]:
    """Every value stored under ``key`` anywhere in a record."""
    if isinstance(data, dict):
        own = [str(v) for k, v in data.items() if k == key and isinstance(v, str | int)]
        return own + [x for v in data.values() for x in _values(v, key)]
    if isinstance(data, list):
        return [x for v in data for x in _values(v, key)]
    return []


def test_demo_data_is_fictional(demo: Directory) -> None:
    files = sorted((ROOT / "services_directory" / "organisations").glob("*.yaml"))
    assert len(files) == len(demo.files) >= 60
    for path in files:
        assert "# Fictional demo record" in path.read_text(encoding="utf-8"), path.name
    records = [f.data for f in demo.files]
    numbers = [n for r in records for n in _values(r, "number")]
    assert len(numbers) >= 80
    for number in numbers:
        assert number.replace(" ", "").startswith(("01632960", "02079460")), number
    emails = [e for r in records for key in ("email",) for e in _values(r, key)]
    webs = [w for r in records for key in ("website", "url") for w in _values(r, key)]
    assert len(emails) >= 60 and len(webs) >= 40
    hosts = [e.rsplit("@", 1)[1] for e in emails] + [w.split("/")[2] for w in webs]
    for host in hosts:
        assert re.search(r"(^|\.)example\.(org|com|net)$", host), host
    districts = {d for a in demo.areas.values() for d in a.postcode_districts}
    assert all(loc.district in districts for loc in demo.locations.values())


def test_service_summary_contract(demo: Directory) -> None:
    summaries = service_summaries(demo)
    assert len(summaries) == len(demo.services)
    item = next(s for s in summaries if s["slug"] == "the-beeches-residential-care")
    assert item["url"] == page_url("service", item["slug"]) == \
        "services/the-beeches-residential-care/"
    assert item["cost_kinds"] == ["charged", "council-funded"]
    assert item["costs"][0]["amount_pence"] == 98500
    assert item["cqc"]["rating"] in {"Good", "Outstanding", "Requires improvement"}
    assert item["localities"] == ["wyvernton"] and "WY1" in item["postcode_districts"]
    assert set(item["hours"]) == {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
    json.dumps(summaries)  # JSON-ready
    lifeline = next(s for s in summaries if s["slug"] == "wyvernshire-lifeline")
    assert lifeline["hours"]["sun"] == [["00:00", "24:00"]]
    assert lifeline["phones"][0]["e164"].startswith("+441632")


def test_records_keep_their_source_line(demo: Directory) -> None:
    service = demo.services["the-beeches-residential-care"]
    path = ROOT / service.source.path
    line = path.read_text().splitlines()[service.source.line - 1]
    assert "slug: the-beeches-residential-care" in line


def test_directory_env_var_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIRSTSTOP_DIRECTORY", str(STALE))
    loaded = load_directory(ROOT)
    assert list(loaded.organisations) == ["test-org"]


def test_review_due_in_past_is_warning_then_strict_error() -> None:
    problems = validate(load_directory(ROOT, STALE), TODAY)
    assert [p.field for p in problems] == ["organization.review_due"]
    load_checked(ROOT, TODAY, strict=False, directory_root_=STALE)
    with pytest.raises(ProblemsFound):
        load_checked(ROOT, TODAY, strict=True, directory_root_=STALE)


def test_stale_command_groups_by_owner(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIRSTSTOP_TODAY", TODAY.isoformat())
    assert cli_main(["--root", str(ROOT), "stale", "--directory", str(STALE)]) == 0
    out = capsys.readouterr().out
    assert "Test Owner <owner@test.example.org>" in out
    assert "review due 2026-06-30" in out
    assert "1 directory record(s) past review_due" in out
    assert "advice page" in out


def test_new_organisation_scaffold_is_valid(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--root", str(ROOT), "new", "organisation", "St Mary's Day Centre",
                     "--directory", str(tmp_path)]) == 0
    path = tmp_path / "organisations" / "st-marys-day-centre.yaml"
    assert path.read_text().startswith("# yaml-language-server: $schema=")
    assert validate(load_directory(ROOT, tmp_path), TODAY) == []
    assert cli_main(["--root", str(ROOT), "new", "organisation", "St Mary's Day Centre",
                     "--directory", str(tmp_path)]) == 1


def test_export_and_import_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIRSTSTOP_TODAY", TODAY.isoformat())
    assert cli_main(["--root", str(ROOT), "export", str(tmp_path / "out"),
                     "--directory", str(STALE)]) == 0
    assert (tmp_path / "out" / "services.json").is_file()
    assert cli_main(["--root", str(ROOT), "import", str(tmp_path / "out"),
                     "--into", str(tmp_path / "back" / "organisations")]) == 0
    assert (tmp_path / "back" / "organisations" / "test-org.yaml").is_file()
    assert cli_main(["--root", str(ROOT), "import", str(tmp_path / "nowhere"),
                     "--into", str(tmp_path / "x")]) == 1


def test_advice_page_front_matter_is_checked(tmp_path: Path) -> None:
    from build_tools.directory.feature import CONTENT_CHECKS, FEATURE
    from build_tools.features import BuildContext

    docs = tmp_path / "content"
    docs.mkdir()
    (docs / "page.md").write_text("---\ntitle: x\nservices: [meals, gardening]\n---\n\n# x\n")
    ctx = BuildContext(project_root=ROOT, docs_dir=docs, site_dir=tmp_path / "site",
                       identity={}, today=TODAY, feature_names=frozenset({"directory"}))
    problems = FEATURE.validate(ctx)
    assert [(p.path, p.line, p.message) for p in problems] == [
        ("content/page.md", 3, "unknown need category 'gardening'")]
    # With the content checks in the same build, they report it (once), not the directory.
    both = BuildContext(project_root=ROOT, docs_dir=docs, site_dir=tmp_path / "site",
                        identity={}, today=TODAY,
                        feature_names=frozenset({"directory", CONTENT_CHECKS}))
    assert FEATURE.validate(both) == []


def test_stale_command_lists_overdue_advice_pages(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("build_tools.content_checks.review",
                        reason="the content checks are not installed")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "old-advice.md").write_text(
        "---\ntitle: Old advice\nowner: Test Owner <owner@test.example.org>\n"
        "last_reviewed: 2025-01-01\nreview_due: 2026-01-01\n---\n\n# Old advice\n")
    monkeypatch.setenv("FIRSTSTOP_TODAY", TODAY.isoformat())
    assert cli_main(["--root", str(tmp_path), "stale", "--directory", str(STALE)]) == 0
    out = capsys.readouterr().out
    assert "content/old-advice.md: Old advice (review due 2026-01-01)" in out
    assert "1 advice page(s) past review_due" in out


def test_a_council_template_overrides_the_features(tmp_path: Path, demo: Directory) -> None:
    from build_tools.directory import render

    default = render.az_page(demo)
    assert "Services A to Z" in default and "href=\"../../services/" in default
    (tmp_path / "templates" / "directory").mkdir(parents=True)
    (tmp_path / "templates" / "directory" / "a-z.md").write_text(
        "{{ front_matter('Our services') }}{% for g in groups %}{{ g.title }} {% endfor %}")
    custom = render.az_page(demo, root=tmp_path)
    assert custom.startswith('---\ntitle: "Our services"\n---') and " B " in custom
