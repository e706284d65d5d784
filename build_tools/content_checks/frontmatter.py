"""Split a Markdown page into its YAML front matter and body, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from build_tools.directory.yaml_lines import DuplicateKey, UnsafeYaml, load_with_positions

FENCE = "---"


@dataclass(frozen=True)
class Page:
    """One Markdown page: its front matter, the line each key is on, and its body."""

    meta: dict[str, Any]
    body: str
    body_line: int
    key_lines: dict[str, int] = field(default_factory=dict)
    error: str = ""
    error_line: int = 1

    def line_of(self, key: str) -> int:
        """The line a front-matter key is on, or line 1 if the key is missing."""
        return self.key_lines.get(key, 1)


def parse_page(text: str) -> Page:
    """Read front matter between ``---`` fences; a page without any has empty ``meta``."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FENCE:
        return Page(meta={}, body=text, body_line=1, error="has no front matter")
    for index in range(1, len(lines)):
        if lines[index].strip() == FENCE:
            break
    else:
        return Page(meta={}, body=text, body_line=1, error="front matter is not closed by ---")
    yaml_text = "".join(lines[1:index])
    body = "".join(lines[index + 1 :])
    body_line = index + 2
    try:
        # Refuses aliases, impossible dates and huge numbers before PyYAML sees them.
        load_with_positions(yaml_text)
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
        meta = yaml.safe_load(yaml_text) or {}
    except (UnsafeYaml, DuplicateKey) as error:
        return Page(meta={}, body=body, body_line=body_line,
                    error=f"front matter: {error}", error_line=getattr(error, "line", 0) + 1)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        return Page(meta={}, body=body, body_line=body_line,
                    error=f"front matter is not valid YAML: {error}", error_line=line)
    if not isinstance(meta, dict):
        return Page(meta={}, body=body, body_line=body_line,
                    error="front matter must be a mapping of keys to values", error_line=2)
    return Page(meta=meta, body=body, body_line=body_line, key_lines=_key_lines(node))


def _key_lines(node: Any) -> dict[str, int]:
    """File line of every top-level key (the fence is line 1, so YAML line 0 is line 2)."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        str(key.value): key.start_mark.line + 2
        for key, _value in node.value
        if isinstance(key, yaml.ScalarNode)
    }
