"""The framework-free pipeline: templating, problems and assets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from build_tools import pipeline
from build_tools.features import BuildContext, GeneratedAsset
from build_tools.identity import load_identity
from build_tools.problems import Problem, ProblemsFound, Severity
from build_tools.rendering import long_date

ROOT = Path(__file__).resolve().parents[2]


def context(tmp_path: Path, strict: bool = False) -> BuildContext:
    return BuildContext(ROOT, ROOT / "content", tmp_path, load_identity(ROOT), date(2026, 11, 23),
                        strict=strict)


def test_markdown_variables_are_escaped(tmp_path: Path) -> None:
    text = pipeline.render_markdown(
        context(tmp_path), [], {"council": {"name": "<b>Evil</b> & Co"}}, "x.md", {},
        "Welcome to {{ council.name }}.",
    )
    assert text == "Welcome to &lt;b&gt;Evil&lt;/b&gt; &amp; Co."


def test_unknown_variable_names_the_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(ProblemsFound) as caught:
        pipeline.render_markdown(context(tmp_path), [], {"council": {}}, "x.md", {},
                                 "# Title\n\nCall {{ council.phone_number }} now.\n")
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("content/x.md", 3)
    assert "phone_number" in problem.message


def test_template_syntax_error_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ProblemsFound) as caught:
        pipeline.render_markdown(context(tmp_path), [], {}, "y.md", {}, "a\n{{ oops\n")
    assert caught.value.problems[0].line == 2


class Warns:
    def validate(self, ctx: BuildContext) -> list[Problem]:
        return [Problem("f.yaml", 3, 1, "review_due", "is past", "review it",
                        Severity.WARNING)]


def test_warnings_stop_the_build_only_when_strict(tmp_path: Path) -> None:
    assert len(pipeline.check(context(tmp_path), [Warns()])) == 1
    with pytest.raises(ProblemsFound) as caught:
        pipeline.check(context(tmp_path, strict=True), [Warns()])
    assert "f.yaml:3:1: review_due: is past [warning] (review it)" in str(caught.value)


def test_assets_cannot_escape_the_site_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="leaves the site folder"):
        pipeline.write_asset(tmp_path, GeneratedAsset("../evil.txt", content=b"x"))
    written = pipeline.write_asset(tmp_path, GeneratedAsset("a/b.txt", content=b"ok"))
    assert written.read_bytes() == b"ok"


def test_dates_are_written_the_gov_uk_way() -> None:
    assert long_date(date(2026, 11, 3)) == "3 November 2026"
    assert long_date("2027-05-20") == "20 May 2027"
