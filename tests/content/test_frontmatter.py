"""Front matter is parsed with line numbers and every mistake becomes a Problem."""

from __future__ import annotations

from build_tools.content_checks.frontmatter import parse_page
from build_tools.content_checks.metadata import check_metadata
from build_tools.problems import Severity
from tests.content.helpers import TODAY, page_text

SLUGS = frozenset({"help-at-home", "carers-support"})


def problems_for(text: str, slugs: frozenset[str] | None = SLUGS):
    return check_metadata("content/x.md", parse_page(text), slugs, TODAY)


def test_valid_page_has_no_problems() -> None:
    assert problems_for(page_text()) == []


def test_key_lines_and_body_line_count_the_opening_fence() -> None:
    page = parse_page(page_text())
    assert page.line_of("title") == 2
    assert page.line_of("services") == 12
    assert page.line_of("checked_hash") == 13
    assert page.body_line == 15
    assert page.body.splitlines()[1] == "# A test page"


def test_page_without_front_matter_is_one_problem() -> None:
    [problem] = problems_for("# Just a heading\n")
    assert problem.field == "(front matter)"
    assert "no front matter" in problem.message


def test_unclosed_front_matter_is_reported() -> None:
    [problem] = problems_for("---\ntitle: x\n")
    assert "not closed" in problem.message


def test_invalid_yaml_names_the_line() -> None:
    [problem] = problems_for("---\ntitle: x\nsummary: [oops\n---\n")
    assert problem.line >= 3
    assert "not valid YAML" in problem.message


def test_missing_keys_are_each_reported() -> None:
    text = page_text().replace("owner: advice-team@example.org\n", "").replace(
        "summary: A short summary.\n", "")
    fields = {p.field for p in problems_for(text)}
    assert fields == {"owner", "summary"}


def test_unknown_service_slug_names_file_line_and_suggestion() -> None:
    [problem] = problems_for(page_text(services="help-at-home, carer-support"))
    assert problem.path == "content/x.md"
    assert problem.line == 12
    assert problem.field == "services[1]"
    assert "carers-support" in problem.hint


def test_slugs_are_not_checked_without_a_taxonomy() -> None:
    assert problems_for(page_text(services="anything"), slugs=None) == []


def test_bad_dates_and_order() -> None:
    text = page_text(review_due="2026-05-01")
    messages = [p.message for p in problems_for(text)]
    assert any("not after last_reviewed" in m for m in messages)
    [bad] = problems_for(page_text(review_due="next spring"))
    assert bad.field == "review_due" and "not a date" in bad.message


def test_past_review_due_is_a_warning_not_an_error() -> None:
    problems = problems_for(page_text().replace("last_reviewed: 2026-06-01",
                                                "last_reviewed: 2025-01-01")
                            .replace("review_due: 2027-06-01", "review_due: 2026-11-01"))
    [problem] = problems
    assert problem.severity is Severity.WARNING
    assert problem.field == "review_due"


def test_audience_owner_and_sources_are_checked() -> None:
    text = (page_text()
            .replace("audience: [adults]", "audience: [everyone]")
            .replace("owner: advice-team@example.org", "owner: the advice team")
            .replace("https://www.legislation.gov.uk/ukpga/2014/23/contents",
                     "javascript:alert(1)"))
    fields = sorted(p.field for p in problems_for(text))
    assert fields == ["audience[0]", "owner", "sources[0].url"]


def test_unofficial_source_is_only_a_warning() -> None:
    text = page_text().replace("www.legislation.gov.uk", "blog.example.com")
    [problem] = problems_for(text)
    assert problem.severity is Severity.WARNING
