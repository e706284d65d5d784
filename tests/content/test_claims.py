"""Claims tied to sources, "Last checked" tied to a check, figures from the rules data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from build_tools.content_checks.checked import check_checked, checked_hash, main, stamp
from build_tools.content_checks.figures import (
    Figure,
    RulesFacts,
    find_typed_figures,
    number_words,
    rules_facts,
    scan_figures,
    shows_unconfirmed,
)
from build_tools.content_checks.frontmatter import parse_page
from build_tools.content_checks.review import FEATURE, page_problems
from build_tools.content_checks.sources import check_citations, footnotes
from tests.content.helpers import CONTENT_DIR, PROJECT_ROOT, TODAY, page_text, write

PATH = "content/x.md"
FIGURES = [Figure("property_disregard_weeks", "weeks", 12), Figure("reablement_weeks", "weeks", 6),
           Figure("disability_benefits_care_home_days", "days", 28),
           Figure("carers_allowance_hours", "hours", 35), Figure("pension_age", "years", 66)]


def messages(problems: list) -> list[str]:
    return [p.message for p in problems]


# --- sources -------------------------------------------------------------------------------

def test_a_good_page_cites_its_sources() -> None:
    assert check_citations(PATH, parse_page(page_text())) == []


def test_a_citation_that_names_no_source_fails() -> None:
    page = parse_page(page_text(extra="\nYou have rights.[^care-act-2015]\n"))
    [problem] = check_citations(PATH, page)
    assert problem.message == "[^care-act-2015] names no source"
    assert (problem.line, problem.column) == (20, 17)
    assert "care-act" in problem.hint


def test_a_source_never_cited_fails() -> None:
    text = page_text().replace("help.[^care-act]", "help.")
    [problem] = check_citations(PATH, parse_page(text))
    assert problem.message == "the source 'care-act' is never cited"
    assert problem.field == "sources[0]"


def test_a_source_without_an_id_fails() -> None:
    text = page_text().replace("  - id: care-act\n    title", "  - title")
    problems = check_citations(PATH, parse_page(text))
    assert "is missing" in messages(problems)
    assert "[^care-act] names no source" in messages(problems)


def test_two_sources_with_one_id_fail() -> None:
    text = page_text().replace(
        "services:", "  - id: care-act\n    title: Other\n    url: https://www.gov.uk/x\nservices:")
    assert "'care-act' is used by two sources" in messages(check_citations(PATH, parse_page(text)))


def test_a_section_with_a_figure_and_no_citation_fails() -> None:
    extra = "\n## Savings\n\nAbove {{ rules.capital_upper_limit }} you pay the full cost.\n"
    [problem] = check_citations(PATH, parse_page(page_text(extra=extra)))
    assert problem.message == ("the section 'Savings' shows a figure or names the law "
                               "but cites no source")
    assert problem.line == 22


def test_a_section_naming_the_law_and_no_citation_fails() -> None:
    extra = "\n## Advocacy\n\nThe Care Act 2014 gives you an advocate.\n"
    [problem] = check_citations(PATH, parse_page(page_text(extra=extra)))
    assert "the section 'Advocacy'" in problem.message


def test_a_hand_written_footnote_fails() -> None:
    extra = "\n[^care-act]: Care Act 2014\n"
    [problem] = check_citations(PATH, parse_page(page_text(extra=extra)))
    assert problem.message == "the footnote [^care-act] is written into the page"


def test_citations_in_code_are_ignored() -> None:
    extra = "\n```\n[^nothing]\n```\n"
    assert check_citations(PATH, parse_page(page_text(extra=extra))) == []


def test_footnotes_are_written_from_the_front_matter() -> None:
    page = parse_page(page_text())
    text = footnotes(page.meta, page.body)
    assert text.endswith("## Sources\n\n///Footnotes Go Here///\n\n"
                         "[^care-act]: [Care Act 2014](<https://www.legislation.gov.uk/ukpga/"
                         "2014/23/contents>)\n")


def test_footnote_titles_are_escaped_and_unsafe_urls_not_linked() -> None:
    meta = {"sources": [{"id": "a", "title": "<b>[x]</b>", "url": "javascript:alert(1)"}]}
    assert footnotes(meta, "Text.[^a]").endswith("[^a]: &lt;b&gt;\\[x\\]&lt;/b&gt;\n")


def test_footnotes_are_numbered_in_the_order_they_are_first_cited() -> None:
    meta = {"sources": [{"id": "a", "title": "A", "url": "https://www.gov.uk/a"},
                        {"id": "b", "title": "B", "url": "https://www.gov.uk/b"}]}
    text = footnotes(meta, "First.[^b] Then.[^a] Again.[^b]")
    assert text.index("[^b]: [B]") < text.index("[^a]: [A]")


def test_the_build_hook_renders_footnotes_on_advice_pages_only() -> None:
    meta = {"sources": [{"id": "a", "title": "T", "url": "https://www.gov.uk/"}]}
    assert "## Sources" in FEATURE.page_markdown(None, "paying/x.md", meta, "Text.[^a]")
    assert FEATURE.page_markdown(None, "services/x.md", meta, "Text.[^a]") == "Text.[^a]"


# --- checked_hash --------------------------------------------------------------------------

def test_a_stamped_page_is_checked() -> None:
    assert check_checked(PATH, parse_page(page_text())) == []


@pytest.mark.parametrize("change", [
    lambda t: t.replace("You can ask us for help.", "You must ask us for help."),
    lambda t: t.replace("last_reviewed: 2026-06-01", "last_reviewed: 2026-11-01"),
    lambda t: t.replace("title: Care Act 2014", "title: Care Act 2015"),
])
def test_a_page_changed_after_its_check_fails(change) -> None:
    [problem] = check_checked(PATH, parse_page(change(page_text())))
    assert problem.field == "checked_hash"
    assert problem.message.startswith("the page, its sources or its date changed after it was "
                                      "checked on ")
    assert "checked stamp content/x.md" in problem.hint


def test_a_page_without_a_hash_fails() -> None:
    text = "\n".join(x for x in page_text().splitlines() if not x.startswith("checked_hash"))
    [problem] = check_checked(PATH, parse_page(text))
    assert (problem.field, problem.message) == ("checked_hash", "is missing")


def test_stamp_sets_the_date_and_the_hash() -> None:
    text = page_text(extra="\nMore.\n")
    stamped = stamp(text, date(2026, 11, 20))
    page = parse_page(stamped)
    assert page.meta["last_reviewed"] == date(2026, 11, 20)
    assert page.meta["checked_hash"] == checked_hash(page)
    assert stamped.count("checked_hash:") == 1 and page.body == parse_page(text).body


def test_stamp_and_status_commands(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    page = write(tmp_path, "content/paying/x.md", page_text() + "Changed.\n")
    assert main(["status", "--content", str(tmp_path / "content")]) == 1
    assert "content/paying/x.md:" in capsys.readouterr().out
    assert main(["stamp", str(page), "--date", "2026-11-25"]) == 0
    assert main(["status", "--content", str(tmp_path / "content")]) == 0
    assert "last_reviewed: 2026-11-25" in page.read_text()


# --- figures typed by hand -----------------------------------------------------------------

def test_number_words() -> None:
    assert number_words(12) == ["12", "twelve"]
    assert number_words(28) == ["28", "twenty-eight", "twenty eight"]
    assert number_words(30) == ["30", "thirty"]


@pytest.mark.parametrize(("text", "name"), [
    ("the first 12 weeks", "property_disregard_weeks"),
    ("the 12-week disregard", "property_disregard_weeks"),
    ("for twelve weeks", "property_disregard_weeks"),
    ("up to six weeks", "reablement_weeks"),
    ("after 28 days in a care home", "disability_benefits_care_home_days"),
    ("after twenty-eight days", "disability_benefits_care_home_days"),
    ("at least 35 hours a week", "carers_allowance_hours"),
    ("people aged 66 or over", "pension_age"),
])
def test_rules_figures_typed_by_hand_are_found(text: str, name: str) -> None:
    [typed] = find_typed_figures(text, FIGURES)
    assert typed.name == name


@pytest.mark.parametrize("text", [
    "{{ rules.property_disregard_weeks }} weeks", "12 months", "within 6 months",
    "3 working days", "aged 18 to 24", "14 days", "{# 12 weeks #}", "112 weeks",
])
def test_other_numbers_are_not_rules_figures(text: str) -> None:
    assert find_typed_figures(text, FIGURES) == []


def test_a_typed_figure_fails_the_page_with_the_variable_to_use() -> None:
    page = parse_page(page_text(extra="\nThe first 12 weeks are free.[^care-act]\n"))
    rules = RulesFacts(FIGURES, frozenset())
    [problem] = page_problems(PATH, page, None, TODAY, frozenset(), rules)
    assert problem.message == "'12 weeks' is typed into the page"
    assert problem.hint == ("write {{ rules.property_disregard_weeks }} so it changes with the "
                            "rules, or, if this number is not that figure, put "
                            "{# not a rules figure #} in the sentence")
    assert (problem.line, problem.column) == (20, 11)


# --- the editors' escape: {# not a rules figure #} in the sentence ------------------------

ESCAPE = "{# not a rules figure #}"


@pytest.mark.parametrize("text", [
    f"A hospital stay of 28 days or more{ESCAPE} counts.",
    f"{ESCAPE}The Ombudsman allows up to 12 weeks.",
    f"A stay in hospital for 28 days\nor more {ESCAPE} counts.",
    "- in hospital for 28 days or more {#- not a rules figure -#}\n- in a care home",
    f"It says 28 days{ESCAPE}.[^reg] Then more.",
])
def test_the_escape_excuses_the_figures_in_its_sentence(text: str) -> None:
    assert scan_figures(text, FIGURES) == ([], [])


@pytest.mark.parametrize(("text", "left"), [
    (f"Law: 28 days{ESCAPE}. The disregard lasts 12 weeks.", "12 weeks"),
    (f"The disregard lasts 12 weeks. Law: 28 days{ESCAPE}.", "12 weeks"),
    (f"- 28 days {ESCAPE}\n- 12 weeks", "12 weeks"),
    (f"Law: 28 days {ESCAPE}\n\nThe disregard lasts 12 weeks", "12 weeks"),
    (f"Law: 28 days {ESCAPE}\n## The first 12 weeks", "12 weeks"),
    (f"Law: 28 days{ESCAPE}.[^reg] The disregard lasts 12 weeks.", "12 weeks"),
    (f"Law: 28 days.[^reg] {ESCAPE}The disregard lasts 12 weeks.", "28 days"),
])
def test_the_escape_reaches_no_further_than_its_sentence(text: str, left: str) -> None:
    assert [typed.text for typed in find_typed_figures(text, FIGURES)] == [left]


def test_an_escape_with_no_figure_in_its_sentence_fails_the_page() -> None:
    extra = f"\nThe first 12 weeks are free. Then you pay.{ESCAPE}[^care-act]\n"
    page = parse_page(page_text(extra=extra))
    rules = RulesFacts(FIGURES, frozenset())
    problems = page_problems(PATH, page, None, TODAY, frozenset(), rules)
    assert messages(problems) == ["'12 weeks' is typed into the page",
                                  "{# not a rules figure #} is in a sentence with no rules figure"]
    assert (problems[1].line, problems[1].column) == (20, 43)
    assert problems[1].hint == ("remove it, or move it into the sentence with the number it "
                                "is about")


def test_an_escaped_page_passes_and_the_escape_is_not_shown() -> None:
    from build_tools.pipeline import markdown_environment

    extra = f"\nA hospital stay of 28 days or more{ESCAPE} counts.[^care-act]\n"
    page = parse_page(page_text(extra=extra))
    rules = RulesFacts(FIGURES, frozenset())
    assert page_problems(PATH, page, None, TODAY, frozenset(), rules) == []
    rendered = markdown_environment().from_string(extra).render()
    assert rendered == "\nA hospital stay of 28 days or more counts.[^care-act]\n"


def test_rules_facts_come_from_the_rules_data() -> None:
    facts = rules_facts(PROJECT_ROOT, TODAY)
    names = {f.name for f in facts.figures}
    assert {"property_disregard_weeks", "reablement_weeks"} <= names
    assert "personal_expenses_allowance" in facts.unconfirmed


# --- unconfirmed means visible -------------------------------------------------------------

def test_an_unconfirmed_figure_without_the_note_fails() -> None:
    extra = "\nYou keep {{ rules.personal_expenses_allowance }} a week.[^care-act]\n"
    page = parse_page(page_text(extra=extra))
    rules = RulesFacts([], frozenset({"personal_expenses_allowance"}))
    [problem] = page_problems(PATH, page, None, TODAY, frozenset(), rules)
    assert problem.message == ("shows figures not yet confirmed (personal_expenses_allowance) "
                               "without saying so")
    assert problem.hint == "add {{ rules.unconfirmed_note }} to the page, near the figures"


def test_the_note_makes_an_unconfirmed_figure_visible() -> None:
    text = "{{ rules.personal_expenses_allowance }}\n\n{{ rules.unconfirmed_note }}"
    assert shows_unconfirmed(text, {"personal_expenses_allowance"}) == []
    assert shows_unconfirmed("{{ rules.tariff_step }}", {"personal_expenses_allowance"}) == []


def test_every_real_page_with_an_unconfirmed_figure_shows_the_note() -> None:
    facts = rules_facts(PROJECT_ROOT, TODAY)
    bad = [path.name for path in sorted(CONTENT_DIR.rglob("*.md"))
           if shows_unconfirmed(path.read_text(encoding="utf-8"), facts.unconfirmed)]
    assert bad == []


def test_the_escape_is_used_on_real_pages_and_never_reaches_the_site(built_site: Path) -> None:
    marked = [path.relative_to(CONTENT_DIR).as_posix() for path in sorted(CONTENT_DIR.rglob("*.md"))
              if "not a rules figure" in path.read_text(encoding="utf-8")]
    assert {"assessments/advocacy.md", "your-rights/complaints.md"} <= set(marked)
    assert [page for page in built_site.rglob("*.html")
            if "not a rules figure" in page.read_text(encoding="utf-8")] == []
    advocacy = (built_site / "assessments" / "advocacy" / "index.html").read_text(encoding="utf-8")
    assert "stay in hospital for 28 days or more, or in a care home" in advocacy
