"""Read and check headlines.yaml: the results page's first sentence for each situation.

The keys must be exactly the ones ``headline.mjs`` can choose (``HEADLINE_KEYS``), each
with a ``you:`` and an ``other:`` sentence using only the known placeholders. Problems
name the file, line and key, with a fix; the page gets the sentences as JSON.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from build_tools.directory.yaml_lines import DuplicateKey, load_with_positions
from build_tools.problems import Problem

HEADLINES_FILE = Path(__file__).parent / "text" / "headlines.yaml"
MODULE = Path(__file__).parent / "static" / "headline.js"
FORMS = ("you", "other")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _exported_list(name: str, source: str) -> list[str]:
    """A ``export const NAME = ["a", "b"];`` list of strings from the JS module."""
    match = re.search(rf"export const {name} = \[(.*?)\];", source, re.S)
    if match is None:
        raise ValueError(f"{MODULE.name} has no list {name}")
    return re.findall(r'"([a-z_]+)"', match.group(1))


def known_keys() -> list[str]:
    """The sentence keys the chooser can return (read from headline.mjs, its one home)."""
    return _exported_list("HEADLINE_KEYS", MODULE.read_text(encoding="utf-8"))


def known_placeholders() -> list[str]:
    """The placeholders the chooser fills."""
    return _exported_list("PLACEHOLDERS", MODULE.read_text(encoding="utf-8"))


def load_headlines(path: Path = HEADLINES_FILE,
                   shown_as: str | None = None) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """The sentences ``{key: {"you": ..., "other": ...}}`` and every problem found."""
    name = shown_as or str(path)
    try:
        data, pos = load_with_positions(path.read_text(encoding="utf-8"))
    except DuplicateKey as error:
        return {}, [Problem(name, error.line, error.column, ".".join(map(str, error.path)),
                            f"the key {error.key!r} appears twice", "keep one of them")]
    except (OSError, yaml.YAMLError) as error:
        return {}, [Problem(name, 1, 1, "(file)", f"cannot read the sentences: {error}",
                            "fix the YAML so it parses (check the indentation)")]
    if not isinstance(data, dict) or not isinstance(data.get("headlines"), dict):
        return {}, [Problem(name, 1, 1, "headlines", "there is no `headlines:` mapping",
                            "start the file with `headlines:` and one entry per situation")]
    wanted = known_keys()
    allowed = set(known_placeholders())
    headlines: dict[str, Any] = data["headlines"]
    problems: list[Problem] = []
    for key in wanted:
        if key not in headlines:
            line, col = pos.at(("headlines",), key=True)
            problems.append(Problem(name, line, col, f"headlines.{key}", "has no sentence",
                                    f"add `{key}:` with `you:` and `other:` sentences"))
    sentences: dict[str, dict[str, str]] = {}
    for key, entry in headlines.items():
        line, col = pos.at(("headlines", key), key=True)
        if key not in wanted:
            problems.append(Problem(name, line, col, f"headlines.{key}",
                                    "is not a situation the estimator knows",
                                    f"use one of: {', '.join(wanted)}"))
            continue
        if not isinstance(entry, dict):
            problems.append(Problem(name, line, col, f"headlines.{key}",
                                    "must have `you:` and `other:` sentences",
                                    "indent the two sentences under the key"))
            continue
        sentences[key] = {}
        for form in FORMS:
            text = entry.get(form)
            fline, fcol = pos.at(("headlines", key, form))
            if not isinstance(text, str) or not text.strip():
                problems.append(Problem(name, fline, fcol, f"headlines.{key}.{form}",
                                        "is missing or empty", f"write the `{form}:` sentence"))
                continue
            for placeholder in _PLACEHOLDER.findall(text):
                if placeholder not in allowed:
                    problems.append(Problem(
                        name, fline, fcol, f"headlines.{key}.{form}",
                        f"uses the unknown placeholder {{{placeholder}}}",
                        f"use one of: {', '.join('{' + p + '}' for p in sorted(allowed))}"))
            sentences[key][form] = " ".join(text.split())
    return sentences, problems


def segments(sentence: str) -> list[tuple[str, str]]:
    """A sentence as ``[(kind, text)]``: ``("text", words)`` and ``("field", name)`` parts,
    so a template can put each placeholder in its own element for the script to fill."""
    parts: list[tuple[str, str]] = []
    at = 0
    for match in _PLACEHOLDER.finditer(sentence):
        if match.start() > at:
            parts.append(("text", sentence[at:match.start()]))
        parts.append(("field", match.group(1)))
        at = match.end()
    if at < len(sentence):
        parts.append(("text", sentence[at:]))
    return parts
