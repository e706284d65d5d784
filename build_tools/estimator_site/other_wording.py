"""Check a questionnaire has third-person words wherever it speaks to "you".

When a questionnaire asks who the estimate is for, someone answering for another person
sees every text's ``*_other`` form ("How old is the person you are answering for?").
A text that says "you", "your", "I" or "my" without an ``*_other`` beside it would read
wrongly to them, so the build names each one with its file and line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from build_tools.directory.yaml_lines import Positions, load_with_positions
from build_tools.problems import Problem, Severity

# Keys whose text is shown to the person answering (validation messages: every key).
WORDED_KEYS = {"title", "label", "hint", "text", "summary", "intro", "help_label",
               "difficulty_label", "difficulty_hint", "details", "help_hint"}
WHO_QUESTION = "who_for"
_SPEAKS_TO_YOU = re.compile(r"\b(you|your|yours|yourself|I|I'm|I've|me|my|mine|myself)\b")


def speaks_to_you(text: Any) -> bool:
    """True for text written to the person answering about themselves."""
    return isinstance(text, str) and bool(_SPEAKS_TO_YOU.search(text))


def _walk(node: Any, path: tuple[str | int, ...], in_messages: bool = False):
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and not key.endswith("_other") and (
                    in_messages or key in WORDED_KEYS):
                yield path, key, value, node
            else:
                yield from _walk(value, (*path, key), key == "messages")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*path, index))


def asks_who_for(data: Any) -> bool:
    """True when the questionnaire's pages include the "who is this for" question."""
    return any(key == "id" and value == WHO_QUESTION
               for _, key, value, _ in _walk_ids(data))


def _walk_ids(node: Any):
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                yield (), key, value, node
            else:
                yield from _walk_ids(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk_ids(item)


def missing_other(data: Any) -> list[tuple[tuple[str | int, ...], str, str]]:
    """(path, key, text) of every text that speaks to "you" with no ``key_other`` beside it."""
    return [(path, key, text) for path, key, text, parent in _walk(data, ())
            if speaks_to_you(text) and f"{key}_other" not in parent]


def check_other_wording(path: Path, shown_as: str | None = None) -> list[Problem]:
    """Problems for a questionnaire file that asks who it is for but lacks third-person text."""
    name = shown_as or str(path)
    if not path.is_file():  # a project without its own copy uses the engine's, checked there
        return []
    data, positions = load_with_positions(path.read_text(encoding="utf-8"))
    if not asks_who_for(data):
        return []
    return [_problem(name, positions, where, key, text) for where, key, text in missing_other(data)]


def _problem(name: str, positions: Positions, where: tuple[str | int, ...], key: str,
             text: str) -> Problem:
    line, column = positions.at((*where, key), key=True)
    field = ".".join(str(part) for part in (*where, key))
    return Problem(name, line, column, field,
                   f"speaks to the person answering ({text[:60]!r}) but has no {key}_other",
                   f"add `{key}_other:` with the words for someone answering for another "
                   "person, for example \"their\" for \"your\"", Severity.ERROR)
