"""headlines.yaml: one sentence per situation the chooser knows, plain, with known placeholders."""

from __future__ import annotations

import re
from pathlib import Path

from build_tools.estimator_site.headlines import (
    HEADLINES_FILE,
    known_keys,
    known_placeholders,
    load_headlines,
)


def test_the_committed_sentences_cover_every_situation_without_problems() -> None:
    sentences, problems = load_headlines()
    assert problems == []
    assert sorted(sentences) == sorted(known_keys())
    assert all(set(entry) == {"you", "other"} for entry in sentences.values())


def test_sentences_are_plain_english() -> None:
    sentences, _ = load_headlines()
    for key, entry in sentences.items():
        for form, text in entry.items():
            assert "week" not in re.sub(r"a week|12 weeks", "", text), (key, form, "no weeks count")
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                words = len(re.sub(r"\{[a-z_]+\}", "x", sentence).split())
                assert words <= 20, (key, form, sentence)


def test_the_other_person_form_never_says_you_will_pay() -> None:
    sentences, _ = load_headlines()
    for key, entry in sentences.items():
        assert not re.search(r"\b(you|your)\b", entry["other"].lower()), key


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "headlines.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unknown_placeholder_is_named_with_its_line(tmp_path: Path) -> None:
    head, body = HEADLINES_FILE.read_text(encoding="utf-8").split("\nheadlines:\n")
    text = head + "\nheadlines:\n" + body.replace("{until}", "{untill}", 1)
    _, problems = load_headlines(_write(tmp_path, text), shown_as="headlines.yaml")
    assert len(problems) == 1
    problem = problems[0]
    assert problem.field == "headlines.home_self_funder_runway.you"
    assert problem.message == "uses the unknown placeholder {untill}"
    assert problem.line == text.splitlines().index("  home_self_funder_runway:") + 2
    assert "{until}" in problem.hint


def test_a_missing_situation_and_an_unknown_one_are_both_reported(tmp_path: Path) -> None:
    text = HEADLINES_FILE.read_text(encoding="utf-8").replace(
        "  council_helps_free:", "  council_helps_for_free:", 1)
    _, problems = load_headlines(_write(tmp_path, text), shown_as="headlines.yaml")
    messages = {(p.field, p.message) for p in problems}
    assert ("headlines.council_helps_free", "has no sentence") in messages
    assert ("headlines.council_helps_for_free",
            "is not a situation the estimator knows") in messages


def test_an_empty_form_a_duplicate_key_and_broken_yaml(tmp_path: Path) -> None:
    _, problems = load_headlines(_write(tmp_path, "headlines:\n  not_eligible:\n    you: ''\n"))
    assert ("headlines.not_eligible.you", "is missing or empty") in {
        (p.field, p.message) for p in problems}
    _, problems = load_headlines(_write(tmp_path, "headlines:\n  a: 1\n  a: 2\n"))
    assert [p.message for p in problems] == ["the key 'a' appears twice"]
    assert problems[0].line == 3
    _, problems = load_headlines(_write(tmp_path, "headlines: [\n"))
    assert problems[0].field == "(file)"
    _, problems = load_headlines(_write(tmp_path, "sentences: {}\n"))
    assert problems[0].message == "there is no `headlines:` mapping"


def test_the_placeholder_list_is_read_from_the_module() -> None:
    assert "duration" in known_placeholders()
    assert "not_eligible" in known_keys()
