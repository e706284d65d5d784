"""Third-person words: every text that speaks to "you" has an *_other form when asked for."""

from __future__ import annotations

from pathlib import Path

from build_tools.estimator_site.other_wording import (
    asks_who_for,
    check_other_wording,
    missing_other,
    speaks_to_you,
)

QUESTIONNAIRE = """\
flow: person
pages_before_outcomes:
  - id: who-for
    title: Who this is for
    questions:
      - id: who_for
        type: choice
        label: Who are you answering for?
        label_other: Who are you answering for?
        options:
          - {value: myself, label: Myself, label_other: Myself}
          - {value: someone_else, label: Someone else}
  - id: about-you
    title: About you
    title_other: About them
    questions:
      - id: age
        type: number
        label: How old are you?
        validation:
          messages:
            required: Enter your age
            required_other: Enter their age
            invalid: Enter a whole number, like 67
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "person.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_text_without_a_third_person_form_is_named_with_its_line(tmp_path: Path) -> None:
    problems = check_other_wording(_write(tmp_path, QUESTIONNAIRE), shown_as="person.yaml")
    fields = [(p.field, p.line) for p in problems]
    assert fields == [("pages_before_outcomes.1.questions.0.label", 19)]
    assert problems[0].message == ("speaks to the person answering ('How old are you?') but "
                                   "has no label_other")
    assert "label_other:" in problems[0].hint


def test_a_questionnaire_that_does_not_ask_who_it_is_for_is_not_checked(tmp_path: Path) -> None:
    text = QUESTIONNAIRE.replace("id: who_for", "id: who_is_it")
    assert check_other_wording(_write(tmp_path, text)) == []


def test_missing_other_looks_at_options_messages_and_scales() -> None:
    data = {"scales": {"help": [{"value": "none", "label": "I can do this on my own"}]},
            "questions": [{"id": "x", "label": "Which area?", "validation": {"messages": {
                "required": "Select your area"}}}]}
    found = [(path, key) for path, key, _ in missing_other(data)]
    assert found == [(("scales", "help", 0), "label"),
                     (("questions", 0, "validation", "messages"), "required")]
    assert asks_who_for({"pages": [{"questions": [{"id": "who_for"}]}]})


def test_speaks_to_you() -> None:
    assert speaks_to_you("Do you own your home?")
    assert speaks_to_you("I need help every day")
    assert not speaks_to_you("Does the person own their home?")
    assert not speaks_to_you("Young carers")
    assert not speaks_to_you(None)


def test_a_project_without_its_own_questionnaire_file_is_not_checked(tmp_path: Path) -> None:
    assert check_other_wording(tmp_path / "missing.yaml") == []
