"""Every file in invalid/ names, on its second line, the problem it must produce:
``# expect: LINE:COL field: message [warning]``. Each is checked on its own, then the
whole corpus is run through the CLI and the build's validation step."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from build_tools import pipeline
from build_tools.cli import main as cli_main
from build_tools.directory import load_directory, validate
from build_tools.directory.feature import FEATURE
from build_tools.features import BuildContext
from build_tools.identity import load_identity
from build_tools.problems import ProblemsFound, Severity, blocking

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((Path(__file__).parent / "invalid").glob("*.yaml"))
TODAY = date(2026, 11, 23)
EXPECT = re.compile(r"^# expect: (\d+):(\d+) (\S+): (.+?)( \[warning\])?$")


def _expectation(path: Path) -> tuple[int, int, str, str, bool]:
    second = path.read_text(encoding="utf-8").split("\n")[1]
    match = EXPECT.match(second)
    assert match, f"{path.name}: second line must be '# expect: LINE:COL field: message'"
    return int(match[1]), int(match[2]), match[3], match[4], bool(match[5])


def _records(tmp_path: Path, *files: Path) -> Path:
    folder = tmp_path / "records" / "organisations"
    folder.mkdir(parents=True)
    for index, source in enumerate(files):
        name = "test-org.yaml" if len(files) == 1 else f"test-org-{index}.yaml"
        shutil.copy(source, folder / name)
    return folder.parent


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 30


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_invalid_record_reports_expected_problem(path: Path, tmp_path: Path) -> None:
    line, column, field, message, warning = _expectation(path)
    records = _records(tmp_path, path)
    problems = validate(load_directory(ROOT, records), TODAY)
    matches = [p for p in problems if p.field == field and message in p.message]
    assert matches, f"expected {field}: {message!r}; got:\n" + "\n".join(
        p.format() for p in problems)
    problem = matches[0]
    assert (problem.line, problem.column) == (line, column), problem.format()
    assert problem.path.endswith("organisations/test-org.yaml")
    assert problem.severity is (Severity.WARNING if warning else Severity.ERROR)
    assert problem.hint, "every problem carries a hint on how to fix it"
    assert blocking(problems, strict=True), "under --strict every corpus file stops the build"
    text = problem.format()
    assert re.match(r"^\S+:\d+:\d+: \S+: .+ \(.+\)$", text), text


def test_cli_check_fails_on_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIRSTSTOP_TODAY", TODAY.isoformat())
    records = tmp_path / "records" / "organisations"
    records.mkdir(parents=True)
    for path in CORPUS:
        shutil.copy(path, records / path.name)
    code = cli_main(["--root", str(ROOT), "check", "--strict", "--directory",
                     str(records.parent)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("organisations/") >= len(CORPUS), "every file is reported at once"
    assert "error(s)" in err


def test_cli_check_passes_on_demo_data(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIRSTSTOP_TODAY", TODAY.isoformat())
    monkeypatch.delenv("FIRSTSTOP_DIRECTORY", raising=False)
    assert cli_main(["--root", str(ROOT), "check", "--strict"]) == 0
    assert "ok: " in capsys.readouterr().out


def test_build_validation_stops_before_writing(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline's check step raises with every problem; nothing is written."""
    monkeypatch.setenv("FIRSTSTOP_DIRECTORY", str(_records(tmp_path, *CORPUS[:5])))
    site = tmp_path / "site"
    ctx = BuildContext(project_root=ROOT, docs_dir=ROOT / "content", site_dir=site,
                       identity=load_identity(ROOT), today=TODAY, strict=True)
    with pytest.raises(ProblemsFound) as raised:
        pipeline.check(ctx, [FEATURE])
    assert len({p.path for p in raised.value.problems}) == 5
    assert not site.exists()
