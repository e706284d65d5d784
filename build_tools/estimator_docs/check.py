"""Check the rules YAML an editor changed: every parameter dated, sourced and well formed.

Problems name the file, line and field, with a fix, and are reported all at once.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from build_tools.problems import Problem

RULES = Path("widgets") / "care_estimator" / "rules"
UNITS = ("gbp", "gbp_week", "gbp_hour", "weeks", "years", "days", "hours", "percent",
         "basis_points")
REQUIRED = ("description", "unit", "value", "from", "reference")


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    return None


def _check_value(rel: str, line: int, field: str, unit: Any, value: Any) -> list[Problem]:
    if unit in ("gbp", "gbp_week", "gbp_hour"):
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            amount = None
        if amount is None or amount < 0 or amount != amount.quantize(Decimal("0.01")):
            return [Problem(rel, line, 1, field, f"{value!r} is not an amount in pounds",
                            'write pounds with up to two decimals, quoted: "23250.00"')]
    elif not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return [Problem(rel, line, 1, field, f"{value!r} is not a whole number",
                        "write a whole number such as 12")]
    return []


def _check_parameter(rel: str, name: str, spec: Any, node: yaml.Node | None) -> list[Problem]:
    where = f"parameters.{name}"
    if not isinstance(spec, dict):
        return [Problem(rel, _line(node), 1, where, "must be a mapping",
                        "give description, unit, value, from and reference")]
    problems = [Problem(rel, _line(node), 1, f"{where}.{key}", "is required",
                        f"add `{key}:` (see the other parameters)")
                for key in REQUIRED if key not in spec]
    unit = spec.get("unit")
    if unit is not None and unit not in UNITS:
        problems.append(Problem(rel, _line(_child(node, "unit")), 1, f"{where}.unit",
                                f"unknown unit {unit!r}", f"use one of {', '.join(UNITS)}"))
    if "value" in spec and unit in UNITS:
        problems += _check_value(rel, _line(_child(node, "value")), f"{where}.value", unit,
                                 spec["value"])
    reference = spec.get("reference")
    if reference is not None and not str(reference).startswith("https://"):
        problems.append(Problem(rel, _line(_child(node, "reference")), 1, f"{where}.reference",
                                "must be an https:// link to the source",
                                "link the legislation, DHSC circular or council page"))
    if "unconfirmed" in spec and not isinstance(spec["unconfirmed"], bool):
        problems.append(Problem(rel, _line(_child(node, "unconfirmed")), 1,
                                f"{where}.unconfirmed", "must be true or false", ""))
    if spec.get("unconfirmed") and not spec.get("note"):
        problems.append(Problem(rel, _line(node), 1, f"{where}.note",
                                "an unconfirmed figure needs a note",
                                "say how the figure was estimated and what to check"))
    return problems


def _check_history(rel: str, name: str, data: dict[str, Any],
                   root: yaml.Node | None) -> list[Problem]:
    """A parameter file: each dated value checked as a parameter of its own."""
    problems = [Problem(rel, 1, 1, key, "is required", f"add `{key}:`")
                for key in ("description", "unit") if key not in data]
    values = data.get("values")
    if not isinstance(values, list) or not values:
        return [*problems, Problem(rel, _line(_child(root, "values")), 1, "values",
                                   "must list at least one dated value",
                                   "add `- {from: ..., value: ..., reference: ...}`")]
    value_nodes = getattr(_child(root, "values"), "value", [])
    for index, entry in enumerate(values):
        node = value_nodes[index] if index < len(value_nodes) else None
        spec = {**{k: data[k] for k in ("description", "unit") if k in data},
                **(entry if isinstance(entry, dict) else {})}
        problems += [replace(p, field=p.field.replace(f"parameters.{name}", f"values[{index}]"))
                     for p in _check_parameter(rel, name, spec, node)]
    return problems


def check_parameter_file(project_root: Path, path: Path) -> list[Problem]:
    """Every problem in one ``rules/parameters/*.yaml`` file."""
    rel = path.relative_to(project_root).as_posix()
    text = path.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [Problem(rel, mark.line + 1 if mark else 1, 1, "(file)", f"not valid YAML: "
                        f"{getattr(error, 'problem', error)}", "fix the YAML syntax")]
    if not isinstance(data, dict):
        return [Problem(rel, 1, 1, "(file)", "must be a mapping", "start with `set:`")]
    if path.stem == "_years":  # the charging years: set, label, from, to each
        if isinstance(data.get("years"), list):
            return []
        return [Problem(rel, 1, 1, "years", "is required", "list the charging years")]
    if "values" in data:  # one file per parameter: description, unit, values: [...]
        return _check_history(rel, path.stem, data, root)
    problems = [Problem(rel, 1, 1, key, "is required", f"add `{key}:`")
                for key in ("set", "label", "from", "to", "parameters") if key not in data]
    params_node = _child(root, "parameters")
    for name, spec in (data.get("parameters") or {}).items():
        problems += _check_parameter(rel, str(name), spec, _child(params_node, str(name)))
    return problems


def check_rules(project_root: Path) -> list[Problem]:
    """Problems in every parameter set under ``widgets/care_estimator/rules/parameters``."""
    problems: list[Problem] = []
    for path in sorted((project_root / RULES / "parameters").glob("*.yaml")):
        problems += check_parameter_file(project_root, path)
    return problems
