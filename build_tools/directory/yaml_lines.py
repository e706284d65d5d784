"""Read YAML while remembering the line and column of every key and value.

``load_with_positions(text)`` returns the data (dates become ISO strings, so the
result is JSON-ready) and a :class:`Positions` map from a path such as
``("services", 0, "name")`` to where that value starts in the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]
# LibYAML's parser is several times faster and gives the same marks; fall back if absent.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKey(ValueError):
    """A mapping names the same key twice (YAML would silently keep the last)."""

    def __init__(self, key: str, line: int, column: int, path: Path_) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key, self.line, self.column, self.path = key, line, column, path


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


def _scalar(loader: Any, node: yaml.ScalarNode) -> Any:
    value = loader.construct_object(node)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _walk(loader: Any, node: yaml.Node, path: Path_, pos: Positions) -> Any:
    pos.values[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            scalar = isinstance(key_node, yaml.ScalarNode)
            key = str(_scalar(loader, key_node) if scalar else key_node)
            child = (*path, key)
            if key in result:
                line, col = _mark(key_node)
                raise DuplicateKey(key, line, col, child)
            pos.keys[child] = _mark(key_node)
            result[key] = _walk(loader, value_node, child, pos)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(loader, item, (*path, i), pos) for i, item in enumerate(node.value)]
    return _scalar(loader, node)


def load_with_positions(text: str) -> tuple[Any, Positions]:
    """Parse one YAML document; raise ``yaml.YAMLError`` or :class:`DuplicateKey`."""
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        positions = Positions()
        if node is None:
            return None, positions
        return _walk(loader, node, (), positions), positions
    finally:
        loader.dispose()
