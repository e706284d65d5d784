"""Organisation records in and out: read an import file's text safely, and write records as
tidy YAML (used by import, scaffolding and the benchmarks)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from build_tools.directory.loader import SCHEMA_LINE

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "services_directory" / "schema" / \
    "organisation.schema.json"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the order given, list items indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _schema_order() -> dict[str, list[str]]:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    defs = schema["$defs"]
    return {name: list(defs[name]["properties"]) for name in
            ("organization", "location", "service", "address", "phone", "contact", "cqc")}


def ordered(data: dict[str, Any]) -> dict[str, Any]:
    """The record with keys in the schema's order, so files diff cleanly."""
    order = _schema_order()

    def sort(obj: dict[str, Any], kind: str) -> dict[str, Any]:
        keys = order[kind]
        result = {k: obj[k] for k in keys if k in obj}
        result.update({k: v for k, v in obj.items() if k not in result})
        for key, child in (("address", "address"), ("cqc", "cqc")):
            if isinstance(result.get(key), dict):
                result[key] = sort(result[key], child)
        for key, child in (("phones", "phone"), ("contacts", "contact")):
            if isinstance(result.get(key), list):
                result[key] = [sort(i, child) if isinstance(i, dict) else i
                               for i in result[key]]
        return result

    out: dict[str, Any] = {"organization": sort(data["organization"], "organization")}
    if data.get("locations"):
        out["locations"] = [sort(loc, "location") for loc in data["locations"]]
    out["services"] = [sort(svc, "service") for svc in data.get("services") or []]
    return out


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if _DATE.match(value):  # read back as a date, which the loader turns into this text
        return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value)
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def read_import_text(path: Path, limit: int, problem: type[ValueError] = ValueError, *,
                     too_large: str = "split the export",
                     unreadable: str = "check the path") -> str:
    """The UTF-8 text of one import file (a leading BOM is dropped).

    A file over ``limit`` bytes, one that cannot be read, or one that is not UTF-8 raises
    ``problem`` with a message naming ``path`` at line 1; ``too_large`` and ``unreadable``
    are the fixes those messages suggest."""
    try:
        if path.stat().st_size > limit:
            raise problem(f"{path}:1: (file): larger than {limit:,} bytes ({too_large})")
        return path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise problem(f"{path}:1: (file): cannot read: {error.strerror} ({unreadable})") \
            from None
    except UnicodeDecodeError as error:
        raise problem(f"{path}:1: (file): is not UTF-8 text (byte {error.start}; "
                      "save it as UTF-8)") from None


def dump_record(data: dict[str, Any], comment: str = "") -> str:
    """The YAML text of one organisation file, starting with the schema line."""
    body = yaml.dump(ordered(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)
    head = SCHEMA_LINE + "\n" + "".join(f"# {line}\n" for line in comment.splitlines())
    return head + body


def write_record(folder: Path, data: dict[str, Any], comment: str = "",
                 overwrite: bool = True) -> Path:
    """Write ``{slug}.yaml`` into ``folder``."""
    slug = str(data["organization"]["slug"])
    if not _SLUG.match(slug) or len(slug) > 100:
        raise ValueError(f"slug {slug[:60]!r} is not lower-case words joined by hyphens")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug}.yaml"
    if path.exists() and not overwrite:
        raise FileExistsError(path)
    path.write_text(dump_record(data, comment), encoding="utf-8")
    return path
