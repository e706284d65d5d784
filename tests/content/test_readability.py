"""Every advice page is plain English: Flesch reading ease >= 60, <= 20 words a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.content_checks.pages import advice_pages
from build_tools.content_checks.prose import markdown_to_prose
from build_tools.content_checks.readability import (
    MAX_SENTENCE_LENGTH,
    MIN_READING_EASE,
    format_report,
    main,
    score_page,
    score_pages,
    score_text,
)
from tests.content.helpers import CONTENT_DIR, page_text, write

HARD = ("Notwithstanding the aforementioned considerations, the local authority's determination "
        "regarding eligibility necessitates comprehensive consideration of multidimensional "
        "circumstances, including organisational responsibilities and intergenerational "
        "interdependencies affecting individualised commissioning arrangements. ")


def test_prose_drops_markup_and_keeps_words() -> None:
    body = (
        "# Paying for care\n\n"
        "You pay **{{ rules.capital_upper_limit }}**. See [the guide](https://example.org/x).\n\n"
        "| Savings | Result |\n| --- | --- |\n| Over | Full cost |\n\n"
        "- a grab rail\n- a key safe:\n\n"
        '!!! danger "In an emergency"\n    Call 999.\n\n'
        "```\ncode here\n```\n<span>Tag</span> text\n"
    )
    prose = markdown_to_prose(body)
    assert prose.splitlines() == [
        "Paying for care.", "You pay this. See the guide.", "a grab rail.", "a key safe.",
        "In an emergency.", "Call 999.", "Tag text.",
    ]


def test_scores_separate_easy_from_hard_text() -> None:
    easy = score_text("easy", "You can ask us for help. We will call you back. It is free.")
    hard = score_text("hard", HARD)
    assert easy.passes and easy.reading_ease >= MIN_READING_EASE
    assert not hard.passes and hard.sentence_length > MAX_SENTENCE_LENGTH


def test_report_lists_hardest_pages_first(tmp_path: Path) -> None:
    write(tmp_path, "easy.md", page_text())
    write(tmp_path, "hard.md", page_text(extra="\n" + HARD + "\n"))
    scores = score_pages(tmp_path)
    assert [s.path.rsplit("/", 1)[1] for s in scores] == ["hard.md", "easy.md"]
    report = format_report(scores, limit=1)
    assert "hard.md  <- too hard" in report and "easy.md" not in report
    assert "2 page(s); 1 below" in report


def test_cli_check_fails_on_a_hard_page(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    write(tmp_path, "hard.md", page_text(extra="\n" + HARD + "\n"))
    assert main(["--content", str(tmp_path), "--check"]) == 1
    assert main(["--content", str(tmp_path)]) == 0
    assert main(["--content", str(tmp_path / "nope")]) == 2
    assert "hard.md" in capsys.readouterr().out


@pytest.mark.parametrize("path", advice_pages(CONTENT_DIR),
                         ids=lambda p: p.relative_to(CONTENT_DIR).as_posix())
def test_every_advice_page_is_plain_english(path: Path) -> None:
    score = score_page(path, CONTENT_DIR)
    assert score.words > 50, score
    assert score.reading_ease >= MIN_READING_EASE, score
    assert score.sentence_length <= MAX_SENTENCE_LENGTH, score
