"""The hostile corpus: every case in cases/*.yaml names the message it expects.

Kinds: ``record`` (a directory record file), ``import`` (HSDS JSON or CSV), ``new``
(``firststop new`` names), ``estimate`` (``estimate_json`` and the estimator CLI),
``page`` (raw HTML in an advice page), ``template`` (template errors in an advice page),
``council`` (``council.yaml``) and ``csv`` (formula injection in exports).

For each case: no traceback, the expected ``file:line: field: message (hint)`` (or the
expected outcome), a non-zero exit where the input is refused, and no file written
outside the target folder.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml

from build_tools import pipeline
from build_tools.cli import main as cli_main
from build_tools.content_checks.sanitise import FEATURE as SANITISE
from build_tools.content_checks.sanitise import clean_html
from build_tools.directory import load_directory, tabular, validate
from build_tools.directory.exchange import ImportProblem, import_source
from build_tools.features import BuildContext
from build_tools.identity import load_identity
from build_tools.problems import Problem, ProblemsFound

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
BASE_RECORD = (HERE / "base_record.yaml").read_text(encoding="utf-8")
TODAY = date(2026, 11, 23)
FORMAT = re.compile(r"^\S+:\d+:\d+: \S.*?: .+ \(.+\)( \[warning\])?$|^\S+:\d+:\d+: \S.*?: .+$")
EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "def_list", "footnotes",
              "tables", "toc", "pymdownx.details"]
DANGEROUS = re.compile(r"<script|<iframe|<object|<embed|<meta|<style|<form|<base|<link|"
                       r"\son\w+\s*=|javascript:|vbscript:|srcdoc|http-equiv", re.I)


def _load_cases() -> list[dict[str, Any]]:
    cases = []
    for path in sorted((HERE / "cases").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            case.setdefault("kind", path.stem.split("-", 1)[-1])
            cases.append(case)
    return cases


CASES = _load_cases()


def test_corpus_size_and_classes() -> None:
    assert len(CASES) >= 120
    kinds = {c["kind"] for c in CASES}
    assert kinds >= {"record", "import", "new", "estimate", "page", "template", "council",
                     "csv"}
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    for case in CASES:
        assert case.get("expect") or case.get("ok"), f"{case['id']} names no expectation"


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def _expand(text: str, case: dict[str, Any]) -> str:
    for old, new in case.get("replace") or []:
        assert old in text, f"{case['id']}: {old!r} is not in the base text"
        text = text.replace(old, new, 1)
    text += case.get("append") or ""
    for key in ("repeat", "close"):
        if case.get(key):
            piece, count = case[key]
            text = text.replace("{" + key + "}", piece * count)
    return text


def _encode(text: str, encoding: str | None) -> bytes:
    if encoding == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode(encoding or "utf-8")


def _matches(problems: list[Problem], case: dict[str, Any]) -> Problem:
    text = "\n".join(p.format() for p in problems)
    for problem in problems:
        if case["expect"] in problem.format():
            if "line" in case:
                assert problem.line == case["line"], f"{case['id']}: {problem.format()}"
            if "field" in case:
                assert problem.field == case["field"], f"{case['id']}: {problem.format()}"
            return problem
    raise AssertionError(f"{case['id']}: expected {case['expect']!r} in:\n{text}")


# --- kinds --------------------------------------------------------------------------------

def run_record(case: dict[str, Any], tmp_path: Path) -> None:
    records = tmp_path / "records"
    folder = records / "organisations"
    folder.mkdir(parents=True)
    text = _expand(case.get("text", BASE_RECORD), case)
    target = folder / case.get("filename", "test-org.yaml")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_encode(text, case.get("encoding")))
    before = _tree(tmp_path)
    directory = load_directory(ROOT, records)
    problems = directory.problems + (validate(directory, TODAY) if not directory.problems
                                     else [])
    errors = [p for p in problems if p.severity == "error"]
    if case.get("ok"):
        assert not errors, [p.format() for p in errors]
        assert len(directory.organisations) == 1
    else:
        problem = _matches(problems, case)
        assert FORMAT.match(problem.format()), problem.format()
        assert problem.hint, f"{case['id']}: no hint in {problem.format()}"
        strict = ["--strict"] if problem.severity == "warning" else []
        code = cli_main(["--root", str(ROOT), "check", "--directory", str(records), *strict])
        assert code != 0
    assert _tree(tmp_path) == before


def run_import(case: dict[str, Any], tmp_path: Path) -> None:
    source_dir = tmp_path / "source"
    source_dir.mkdir()
    files = case["files"] if "files" in case else {"source.json": case["json"]}
    for name, content in files.items():
        path = source_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = content if isinstance(content, str) else json.dumps(content)
        path.write_bytes(_encode(_expand(text, case), case.get("encoding")))
    source = source_dir / case.get("source", "source.json" if "json" in case else "")
    into = tmp_path / "site" / "services_directory" / "organisations"
    into.mkdir(parents=True)
    for name, content in (case.get("existing") or {}).items():
        (into / name).write_text(content, encoding="utf-8")
    (tmp_path / "site" / "council.yaml").write_text("name: Sentinel\n", encoding="utf-8")
    outside_before = _tree(tmp_path) - {p for p in _tree(tmp_path) if p.startswith(
        "site/services_directory/organisations/")}
    into_before = {p.name: p.read_bytes() for p in into.iterdir()}
    kwargs = {k: case[k] for k in ("overwrite", "orphans_into") if k in case}
    if case.get("ok"):
        written = import_source(source, into, today=TODAY, **kwargs)
        assert len(written) == case.get("written", len(written))
        report = written.report.format()
        for expected in case.get("report") or []:
            assert expected in report, f"{case['id']}: {expected!r} not in\n{report}"
        for path in written:
            assert path.resolve().parent == into.resolve()
        loaded = load_directory(ROOT, into.parent)
        assert not [p for p in loaded.problems if "YAML" in p.message or p.field == "(file)"]
    else:
        with pytest.raises(ImportProblem) as raised:
            import_source(source, into, today=TODAY, **kwargs)
        assert case["expect"] in str(raised.value), str(raised.value)
        assert {p.name: p.read_bytes() for p in into.iterdir()} == into_before, \
            "a failed import must write nothing"
        args = ["--root", str(tmp_path / "site"), "import", str(source), "--into", str(into)]
        args += ["--overwrite"] if case.get("overwrite") else []
        args += ["--orphans-into", case["orphans_into"]] if case.get("orphans_into") else []
        assert cli_main(args) == 1
    assert (tmp_path / "site" / "council.yaml").read_text() == "name: Sentinel\n"
    outside_after = {p for p in _tree(tmp_path) if not p.startswith(
        "site/services_directory/organisations/")}
    assert outside_after == outside_before, outside_after ^ outside_before


def run_new(case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "records"
    (records / "organisations").mkdir(parents=True)
    before = _tree(tmp_path)
    code = cli_main(["--root", str(ROOT), "new", "organisation", case["name"],
                     "--directory", str(records)])
    out = capsys.readouterr()
    if case.get("ok"):
        assert code == 0, out.err
        made = records / "organisations" / f"{case['slug']}.yaml"
        data = yaml.safe_load(made.read_text(encoding="utf-8"))
        assert data["organization"]["name"] == " ".join(case["name"].split())
        assert data["organization"]["slug"] == case["slug"]
        loaded = load_directory(ROOT, records)
        assert not [p for p in loaded.problems if p.severity == "error"], \
            [p.format() for p in loaded.problems]
    else:
        assert code == 1
        assert case["expect"] in out.err, out.err
        assert _tree(tmp_path) == before


def run_estimate(case: dict[str, Any], tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> None:
    from care_estimator.api import estimate_json
    from care_estimator.cli import main as estimator_main

    answers = _expand(case.get("answers", "{repeat}"), case)
    on = case.get("date", "2026-05-01")
    result = json.loads(estimate_json(answers, on))
    assert "errors" in result, result
    text = json.dumps(result)
    assert case["expect"] in text, text[:500]
    assert len(text) < 20_000, "echoed values must be cut short"
    path = tmp_path / "answers.json"
    path.write_text(answers, encoding="utf-8")
    assert estimator_main(["estimate", "--date", on, str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err) < 20_000


def _page_ctx(tmp_path: Path, text: str, name: str = "page.md") -> BuildContext:
    docs = tmp_path / "content"
    docs.mkdir(exist_ok=True)
    (docs / name).write_text(text, encoding="utf-8")
    return BuildContext(project_root=tmp_path, docs_dir=docs, site_dir=tmp_path / "site",
                        identity={}, today=TODAY)


PAGE_HEAD = "---\ntitle: Test page\nlast_reviewed: 2026-10-01\n---\n\n# Test page\n\n"


def run_page(case: dict[str, Any], tmp_path: Path) -> None:
    text = case.get("text") or PAGE_HEAD + case["body"] + "\n"
    ctx = _page_ctx(tmp_path, text)
    problems = SANITISE.validate(ctx)
    if case.get("ok"):
        assert not problems, [p.format() for p in problems]
    else:
        problem = _matches(problems, case)
        assert FORMAT.match(problem.format()), problem.format()
        with pytest.raises(ProblemsFound):
            pipeline.check(ctx, [SANITISE])
    body = text.split("---", 2)[-1] if text.startswith("---") else text
    html = clean_html(markdown.markdown(body, extensions=EXTENSIONS))
    assert not DANGEROUS.search(html), f"{case['id']}: {html[:300]}"


def run_template(case: dict[str, Any], tmp_path: Path) -> None:
    text = case["text"]
    ctx = _page_ctx(tmp_path, text)
    body = re.sub(r"\A---\n.*?\n---[ \t]*\n", "", text, flags=re.S).lstrip("\n")
    variables = {"council": {"name": "Wyvernshire Council"}}
    with pytest.raises(ProblemsFound) as raised:
        pipeline.render_template(ctx, variables, "page.md", {}, body)
    _matches(raised.value.problems, case)


def run_council(case: dict[str, Any], tmp_path: Path) -> None:
    original = (ROOT / "council.yaml").read_text(encoding="utf-8")
    text = _expand(case.get("text") or original, case)
    (tmp_path / "council.yaml").write_bytes(_encode(text, case.get("encoding")))
    if case.get("ok"):
        load_identity(tmp_path)
        return
    with pytest.raises(ProblemsFound) as raised:
        load_identity(tmp_path)
    _matches(raised.value.problems, case)


def run_csv(case: dict[str, Any], tmp_path: Path) -> None:
    value = case["value"]
    text = tabular.to_csv("service", [{"id": "s1", "name": value, "description": value}])
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    cell = row["name"]
    assert cell[:1] not in tabular.FORMULA_START, f"{cell!r} would run as a formula"
    assert case["expect"] == cell[:len(case["expect"])]
    assert tabular.restore(cell) == value
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "services.csv").write_text(text, encoding="utf-8")
    assert tabular.read_datapackage(package)["service"][0]["name"] == value


RUNNERS = {"record": run_record, "import": run_import, "page": run_page,
           "template": run_template, "council": run_council, "csv": run_csv}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIRSTSTOP_DIRECTORY", raising=False)
    monkeypatch.setenv("FIRSTSTOP_TODAY", TODAY.isoformat())
    kind = case["kind"]
    if kind == "new":
        run_new(case, tmp_path, capsys)
    elif kind == "estimate":
        run_estimate(case, tmp_path, capsys)
    else:
        RUNNERS[kind](case, tmp_path)
