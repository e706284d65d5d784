"""Checks for ``council.yaml``: safe YAML, required keys, phones, emails and web addresses.

Every value in ``council.yaml`` is printed on every page, so it is read with the same
safe loader as the directory records (no aliases, no impossible dates) and each phone
(phonenumbers, Ofcom drama ranges allowed), email and web address is checked.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from build_tools.directory import fields
from build_tools.directory.yaml_lines import (
    DuplicateKey,
    Path_,
    Positions,
    UnsafeYaml,
    load_with_positions,
)
from build_tools.problems import Problem

IDENTITY_FILE = "council.yaml"
PHONE_KEYS = frozenset({"phone", "textphone", "telephone", "sms", "minicom"})
EMAIL_KEYS = frozenset({"email"})
WEB_KEYS = frozenset({"website", "url", "homepage"})
SHORT_NUMBERS = frozenset({"999", "112", "111", "101", "105", "119"})
TEXT_KEYS = ("name", "short_name", "site_name")
MAX_TEXT = 2000


def _name(path: Path_) -> str:
    return ".".join(str(p) for p in path) or "(file)"


def read_identity(path: Path) -> tuple[Any, Positions, list[Problem]]:
    """The file's data and positions, or the problems that stop it being read."""
    rel = IDENTITY_FILE
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        return None, Positions(), [Problem(rel, 1, 1, "(file)", f"cannot read: {error.strerror}",
                                           f"create {IDENTITY_FILE} in the project folder")]
    except UnicodeDecodeError as error:
        return None, Positions(), [Problem(rel, 1, 1, "(file)",
                                           f"is not UTF-8 text (byte {error.start})",
                                           "save the file as UTF-8")]
    try:
        data, positions = load_with_positions(text)
    except (UnsafeYaml, DuplicateKey) as error:
        line, column = getattr(error, "line", 1), getattr(error, "column", 1)
        hint = getattr(error, "hint", "keep one and delete the other")
        return None, Positions(), [Problem(rel, line, column, _name(error.path), str(error),
                                           hint)]
    except Exception as error:  # yaml.YAMLError and its marks
        mark = getattr(error, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        return None, Positions(), [Problem(rel, line, column, "(file)", f"YAML syntax: {reason}",
                                           "check indentation, colons and quotes")]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, positions, [Problem(rel, 1, 1, "(file)", "must be a mapping of keys to "
                                          "values", "start with `name: Your Council`")]
    return data, positions, []


def value_problems(data: dict[str, Any], positions: Positions) -> list[Problem]:
    """Phones, emails and web addresses anywhere in the file; text where text is needed."""
    problems: list[Problem] = []

    def add(path: Path_, message: str, hint: str) -> None:
        line, column = positions.at(path)
        problems.append(Problem(IDENTITY_FILE, line, column, _name(path), message, hint))

    def walk(value: Any, path: Path_) -> None:
        key = str(path[-1]) if path else ""
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, (*path, k))
            return
        if isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, (*path, i))
            return
        if value is None:
            return
        text = str(value)
        if len(text) > MAX_TEXT:
            add(path, f"is {len(text)} characters long", f"keep it under {MAX_TEXT}")
        if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text):
            add(path, "contains control characters", "retype the value as plain text")
        if key in PHONE_KEYS or key == "emergency":
            if text.strip() in SHORT_NUMBERS:
                return
            reason = fields.phone_problem(text)
            if reason:
                add(path, reason, "write a full UK number with area code, e.g. 01632 960000")
        elif key in EMAIL_KEYS:
            reason = fields.email_problem(text)
            if reason:
                add(path, reason, "write it like care@example.org")
        elif key in WEB_KEYS:
            if not re.match(r"^https?://[^\s/?#<>\"']+\.[^\s<>\"']*$", text, re.I):
                add(path, f"{text[:60]!r} is not a web address",
                    "write it like https://www.example.org")
        elif key == "site_url" and not path[:-1]:
            if not re.match(r"^https://[^\s/?#<>\"']+\.[^\s?#<>\"']*/$", text, re.I):
                add(path, f"{text[:60]!r} is not the site's public https address ending in /",
                    "write it like https://care.example.org/ or https://www.example.org/care/")
        elif key == "logo" and re.match(r"^[a-z][a-z0-9+.\-]*:|^//", text, re.I):
            add(path, "must be a file inside the site, not a link",
                "write a path like assets/images/logo.svg")

    walk(data, ())
    for key in TEXT_KEYS:
        if key in data and not isinstance(data[key], str):
            add((key,), "must be text", f"write `{key}: Your Council` (in quotes if needed)")
    if "localities" in data and not (isinstance(data["localities"], list) and all(
            isinstance(x, str) for x in data["localities"])):
        add(("localities",), "must be a list of place names", "write `- Town` lines")
    return problems


def identity_problems(project_root: Path) -> list[Problem]:
    """Every problem in ``council.yaml``."""
    data, positions, problems = read_identity(project_root / IDENTITY_FILE)
    if problems:
        return problems
    return value_problems(data, positions)
