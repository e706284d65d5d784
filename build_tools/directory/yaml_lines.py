"""Read YAML while remembering the line and column of every key and value.

``load_with_positions(text)`` returns the data (dates become ISO strings, so the
result is JSON-ready) and a :class:`Positions` map from a path such as
``("services", 0, "name")`` to where that value starts in the file.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]
# LibYAML's parser is several times faster and gives the same marks; fall back if absent.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 40  # records nest about 6 deep; anything far deeper is a mistake or an attack
MAX_CHARS = 5_000_000  # a record file of this size is not something an editor wrote


class DuplicateKey(ValueError):
    """A mapping names the same key twice (YAML would silently keep the last)."""

    def __init__(self, key: str, line: int, column: int, path: Path_) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key, self.line, self.column, self.path = key, line, column, path


class UnsafeYaml(ValueError):
    """Valid YAML that firststop refuses: aliases, impossible dates, huge or non-finite
    numbers, deep nesting, types JSON cannot hold. Carries where and a fix."""

    def __init__(self, message: str, line: int, column: int, path: Path_, hint: str) -> None:
        super().__init__(message)
        self.message, self.line, self.column, self.path, self.hint = (
            message, line, column, path, hint)


@dataclass
class Positions:
    """Where each value (and each mapping key) starts: 1-based line and column."""

    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def at(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """The position of ``path`` or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (1, 1))


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_PLAIN_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


def _refuse(node: yaml.Node, path: Path_, message: str, hint: str) -> UnsafeYaml:
    return UnsafeYaml(message, *_mark(node), path, hint)


def _scalar(loader: Any, node: yaml.Node, path: Path_ = ()) -> Any:
    try:
        value = loader.construct_object(node)
    except (ValueError, OverflowError) as error:
        text = str(getattr(node, "value", ""))[:40]
        if node.tag.endswith(":timestamp"):
            raise _refuse(node, path, f"{text!r} is not a real date ({error})",
                          "write a date that exists, like 2027-02-28") from None
        if node.tag.endswith(":int"):
            raise _refuse(node, path, f"the number {text}… is far too long",
                          "put it in quotes if it is text, or correct the number") from None
        raise _refuse(node, path, f"cannot read {text!r}: {error}",
                      "put the value in quotes") from None
    raw = str(node.value).strip().lstrip("+-").replace("_", "")
    if isinstance(value, int | float) and not isinstance(value, bool) and (
            ":" in raw or (len(raw) > 1 and raw.startswith("0") and raw[1:2] not in (".", ""))):
        raise _refuse(node, path, f"{node.value!r} would be read as the number {value} "
                      "(YAML 1.1 sexagesimal or octal)", "put it in quotes if it is text or a "
                      "time, or remove the leading zero")
    if isinstance(value, float) and not math.isfinite(value):
        raise _refuse(node, path, f"{node.value!r} (not a number or infinite) is not allowed",
                      "write a real number, or put the value in quotes if it is text")
    if not isinstance(value, str | int | float | bool | dt.date | type(None)):
        raise _refuse(node, path, f"a {type(value).__name__} value ({node.tag}) is not allowed",
                      "use plain text, numbers, lists and mappings only")
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _walk(loader: Any, node: yaml.Node, path: Path_, pos: Positions,
          seen: set[int] | None = None) -> Any:
    seen = set() if seen is None else seen
    if id(node) in seen:  # the composer hands an alias back as the anchored node itself
        raise _refuse(node, path, "YAML aliases (&anchor / *alias) are not allowed",
                      "write the value out in full instead of referring to it")
    seen.add(id(node))
    if len(path) > MAX_DEPTH:
        raise _refuse(node, path, f"nested more than {MAX_DEPTH} levels deep",
                      "records nest only a few levels; check the indentation and brackets")
    pos.values[path] = _mark(node)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
        raise _refuse(node, path, f"the tag {node.tag} is not allowed",
                      "remove the !! tag; write plain lists and mappings")
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            scalar = isinstance(key_node, yaml.ScalarNode)
            if not scalar:
                raise _refuse(key_node, path, "a key must be plain text",
                              "write `name: value`")
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _refuse(key_node, path, "YAML merge keys (<<) are not allowed",
                              "write the keys out in full")
            seen.add(id(key_node))
            key = str(_scalar(loader, key_node, path))
            child = (*path, key)
            if key in result:
                line, col = _mark(key_node)
                raise DuplicateKey(key, line, col, child)
            pos.keys[child] = _mark(key_node)
            result[key] = _walk(loader, value_node, child, pos, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(loader, item, (*path, i), pos, seen) for i, item in enumerate(node.value)]
    return _scalar(loader, node, path)


def load_with_positions(text: str) -> tuple[Any, Positions]:
    """Parse one YAML document; raise ``yaml.YAMLError``, :class:`DuplicateKey` or
    :class:`UnsafeYaml`. A leading byte-order mark is accepted."""
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_CHARS:
        raise UnsafeYaml(f"the file is {len(text):,} characters long", 1, 1, (),
                         f"split it; record files stay under {MAX_CHARS:,} characters")
    loader = Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except RecursionError:
            raise UnsafeYaml("nested far too deeply", 1, 1, (),
                             "check the indentation and brackets") from None
        positions = Positions()
        if node is None:
            return None, positions
        try:
            return _walk(loader, node, (), positions), positions
        except RecursionError:
            raise UnsafeYaml("nested far too deeply", 1, 1, (),
                             "check the indentation and brackets") from None
    finally:
        loader.dispose()
