"""Write organisation records as tidy YAML (used by the demo generator and import)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from build_tools.directory.loader import SCHEMA_LINE

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the order given, list items indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if _DATE.match(value):  # read back as a date, which the loader turns into this text
        return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value)
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_record(data: dict[str, Any], comment: str = "") -> str:
    """The YAML text of one organisation file, starting with the schema line."""
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)
    head = SCHEMA_LINE + "\n" + "".join(f"# {line}\n" for line in comment.splitlines())
    return head + body


def write_record(folder: Path, data: dict[str, Any], comment: str = "",
                 overwrite: bool = True) -> Path:
    """Write ``<slug>.yaml`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['organization']['slug']}.yaml"
    if path.exists() and not overwrite:
        raise FileExistsError(path)
    path.write_text(dump_record(data, comment), encoding="utf-8")
    return path
