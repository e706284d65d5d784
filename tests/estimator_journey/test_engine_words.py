"""The build names every engine sentence without both forms, with its file and line."""

from __future__ import annotations

from pathlib import Path

import yaml

from build_tools.estimator_site.engine_words import check_engine_words, word_problems
from build_tools.problems import Problem, Severity

ROOT = Path(__file__).resolve().parents[2]
TRAIL = """\
ras:
  points:
    you: Your answers score {points} points.
    other: Their answers score {point} points.
charging:
  capital:
    you: Your savings count as capital.
  pea: In a care home you keep the Personal Expenses Allowance.
"""


def test_the_engine_sentences_of_this_project_have_both_forms() -> None:
    assert check_engine_words(ROOT) == []


def test_a_missing_form_and_different_placeholders_are_named_with_their_line(
        tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "trail.yaml").write_text(TRAIL, encoding="utf-8")
    problems = word_problems({"text/trail.yaml": yaml.safe_load(TRAIL)}, tmp_path)
    source = "widgets/care_estimator/rules/text/trail.yaml"
    assert problems == [
        Problem(source, 2, 3, "ras.points",
                "the placeholders differ between the forms (you: ['points'], other: "
                "['point'])", "use the same in both", Severity.ERROR),
        Problem(source, 6, 3, "charging.capital",
                "has no `other` form", "add it (`other` is the sentence about someone else: "
                "their, they)", Severity.ERROR),
        Problem(source, 8, 3, "charging.pea",
                "has one form only", "give it `you:` (for the person answering about "
                "themselves) and `other:` (for someone else)", Severity.ERROR),
    ]
