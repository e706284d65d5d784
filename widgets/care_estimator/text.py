"""Words the engine returns (reasons, next steps, trail steps), read from ``rules/text/*.yaml``.

The engine decides which sentence applies; the sentences themselves are data, so an
adviser can reword them without touching Python. Works from the compiled rules too.

Every sentence has two forms: ``you`` (the person answers for themselves) and ``other``
(someone answers for them: "their savings", "they"). :func:`speaking_of` picks the form
for one estimate; :func:`form_problems` checks that every sentence has both, with the
same ``{placeholders}``.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from care_estimator.rules_loader import rules_file, rules_names

FORMS = ("you", "other")
BENEFIT_TEXTS = ("why", "how_to_claim")
_OTHER: ContextVar[bool] = ContextVar("care_estimator_other", default=False)


@contextmanager
def speaking_of(other: bool) -> Iterator[None]:
    """Within this block, sentences speak about someone else (``other``) or to ``you``."""
    token = _OTHER.set(other)
    try:
        yield
    finally:
        _OTHER.reset(token)


def sentence(file: str, key: str, values: dict[str, Any] | None = None) -> str:
    """One sentence of ``rules/text/<file>.yaml`` by its dotted key, filled in and on one
    line, in the form :func:`speaking_of` chose.

    ``sentence("reasons", "person.eligible", {"unable": 3})``.
    """
    node: Any = rules_file(f"text/{file}")
    for part in key.split("."):
        node = node[part]
    return " ".join(in_voice(node).split()).format_map({} if values is None else values)


def in_voice(node: Any) -> str:
    """The form of a ``{you: ..., other: ...}`` text that :func:`speaking_of` chose."""
    if isinstance(node, dict):
        node = node["other" if _OTHER.get() else "you"]
    return str(node)


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a sentence fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def form_issues(words: Any, prefix: str = "") -> list[tuple[str, str]]:
    """``(dotted key, what is wrong and the fix)`` for every sentence of one text file's
    data that lacks a form or whose forms fill in different placeholders."""
    issues: list[tuple[str, str]] = []
    if not isinstance(words, dict):
        return [(prefix.rstrip(".") or "(file)", "should be a mapping of sentences")]
    for name, node in words.items():
        key = f"{prefix}{name}"
        if isinstance(node, dict) and not set(node) & set(FORMS):
            issues += form_issues(node, f"{key}.")
        elif not isinstance(node, dict):
            issues.append((key, "has one form only; give it `you:` (for the person answering "
                                "about themselves) and `other:` (for someone else)"))
        elif missing := [form for form in FORMS if not isinstance(node.get(form), str)]:
            issues.append((key, f"has no `{'` or `'.join(missing)}` form; add it (`other` is "
                                "the sentence about someone else: their, they)"))
        elif (you := placeholders(node["you"])) != (other := placeholders(node["other"])):
            issues.append((key, f"the placeholders differ between the forms (you: "
                                f"{sorted(you)}, other: {sorted(other)}); use the same in "
                                "both"))
    return issues


def form_problems(words: Any, path: str, prefix: str = "") -> list[str]:
    """:func:`form_issues` as messages naming the file (``path``), e.g.
    ``rules/text/trail.yaml: ras.points has no `other` form; ...``."""
    return [f"{path}: {key}{'' if what.startswith('has ') else ':'} {what}"
            for key, what in form_issues(words, prefix)]


def text_files() -> dict[str, Any]:
    """Every file of sentences with two forms, by its path under ``rules/``: the
    ``text/*.yaml`` files and the benefits check's ``why`` and ``how_to_claim``."""
    files = {f"{name}.yaml": rules_file(name) for name in rules_names("text/")}
    files["benefits_check.yaml"] = {"benefits": {
        benefit_id: {part: words.get(part) for part in BENEFIT_TEXTS}
        for benefit_id, words in rules_file("benefits_check")["benefits"].items()}}
    return files


def all_form_problems() -> list[str]:
    """:func:`form_problems` for every file of :func:`text_files`."""
    return [problem for path, words in text_files().items()
            for problem in form_problems(words, f"rules/{path}")]
