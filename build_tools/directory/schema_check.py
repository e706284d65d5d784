"""Check one record file against ``organisation.schema.json``; map errors to lines."""

from __future__ import annotations

import difflib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from build_tools.directory.yaml_lines import Path_, Positions
from build_tools.problems import Problem

SCHEMA_FILE = "organisation.schema.json"


def field_name(path: Path_) -> str:
    """``("services", 2, "name")`` → ``services[2].name``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(file)"


@lru_cache(maxsize=4)
def _validator(schema_path: str) -> Draft202012Validator:
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _subschema_properties(error: ValidationError) -> list[str]:
    return sorted((error.schema or {}).get("properties", {}))


def _problems_for(error: ValidationError, rel: str, pos: Positions) -> list[Problem]:
    path = tuple(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = [k for k in error.validator_value if k not in (error.instance or {})]
        line, col = pos.at(path, key=True) if path else (1, 1)
        return [Problem(rel, line, col, field_name((*path, key)), "is required",
                        f"add `{key}:` here") for key in missing]
    if kind == "additionalProperties":
        known = _subschema_properties(error)
        found = []
        for key in error.instance:
            if key in known:
                continue
            line, col = pos.at((*path, key), key=True)
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean `{close[0]}`?" if close else f"known fields: {', '.join(known)}"
            found.append(Problem(rel, line, col, field_name((*path, key)),
                                 "is not a field of this record", hint))
        return found
    line, col = pos.at(path)
    value = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    described = schema.get("description", "")
    if kind == "type":
        expected = error.validator_value
        message = f"should be {'a list' if expected == 'array' else 'a ' + str(expected)}"
        hint = f"found {json.dumps(value)[:60]}"
        if expected == "array":
            hint = "write each item on its own line starting with '- '"
        elif expected == "string":
            hint = "put the value in quotes"
        return [Problem(rel, line, col, field_name(path), message, hint)]
    if kind == "enum":
        options = ", ".join(str(v) for v in error.validator_value)
        return [Problem(rel, line, col, field_name(path), f"{value!r} is not allowed",
                        f"use one of: {options}")]
    if kind == "pattern":
        return [Problem(rel, line, col, field_name(path), f"{value!r} is not in the right form",
                        described or f"must match {error.validator_value}")]
    if kind == "format":
        return [Problem(rel, line, col, field_name(path),
                        f"{value!r} is not a valid {error.validator_value}",
                        described or f"write a valid {error.validator_value}")]
    if kind == "minItems":
        return [Problem(rel, line, col, field_name(path), "needs at least one entry",
                        "add an item or remove the field")]
    if kind == "minLength":
        return [Problem(rel, line, col, field_name(path), "must not be empty",
                        "write some text or remove the field")]
    if kind == "maxLength":
        return [Problem(rel, line, col, field_name(path),
                        f"is longer than {error.validator_value} characters", "shorten it")]
    if kind in {"minimum", "maximum"}:
        return [Problem(rel, line, col, field_name(path), f"{value!r} is out of range",
                        f"{kind} is {error.validator_value}")]
    if kind == "oneOf":
        return [Problem(rel, line, col, field_name(path), "is not a cost this site can read",
                        "write text such as '£18.50 per hour', or a mapping with `cost:` "
                        "and `label:`")]
    return [Problem(rel, line, col, field_name(path), error.message, described)]


def check_schema(data: Any, rel: str, pos: Positions, schema_path: Path) -> list[Problem]:
    """Every schema problem in one record file, each at its line."""
    validator = _validator(str(schema_path))
    problems: list[Problem] = []
    for error in validator.iter_errors(data):
        problems.extend(_problems_for(error, rel, pos))
    return sorted(set(problems))
