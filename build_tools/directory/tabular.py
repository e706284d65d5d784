"""HSDS objects ⇄ tables: flatten nested records into CSV rows and nest them back."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from build_tools.directory.hsds_tables import NUMERIC, TABLES
from build_tools.directory.records_io import read_import_text

# Which nested list of which object goes into which table.
CHILDREN: dict[str, dict[str, str]] = {
    "organization": {"phones": "phone", "contacts": "contact", "funding": "funding",
                     "organization_identifiers": "organization_identifier",
                     "locations": "location", "attributes": "attribute"},
    "service": {"phones": "phone", "schedules": "schedule", "service_areas": "service_area",
                "service_at_locations": "service_at_location", "languages": "language",
                "funding": "funding", "cost_options": "cost_option",
                "required_documents": "required_document", "contacts": "contact",
                "attributes": "attribute"},
    "location": {"addresses": "address", "accessibility": "accessibility", "phones": "phone",
                 "schedules": "schedule", "languages": "language", "contacts": "contact",
                 "attributes": "attribute"},
    "contact": {"phones": "phone"},
    "service_at_location": {"phones": "phone", "schedules": "schedule", "contacts": "contact",
                            "service_areas": "service_area", "attributes": "attribute"},
    "phone": {"languages": "language"},
}
PARENT_KEY = {"organization": "organization_id", "service": "service_id",
              "location": "location_id", "contact": "contact_id",
              "service_at_location": "service_at_location_id", "phone": "phone_id"}

Tables = dict[str, dict[str, dict[str, Any]]]  # table → id → row


def _row(table: str, obj: dict[str, Any]) -> dict[str, Any]:
    columns = TABLES[table][1]
    return {c: obj[c] for c in columns if c in obj and not isinstance(obj[c], dict | list)}


def _flatten(table: str, obj: dict[str, Any], tables: Tables) -> None:
    tables[table].setdefault(obj["id"], _row(table, obj))
    for key, child_table in CHILDREN.get(table, {}).items():
        for child in obj.get(key) or []:
            _flatten(child_table, child, tables)
    if table == "attribute" and isinstance(obj.get("taxonomy_term"), dict):
        _flatten("taxonomy_term", obj["taxonomy_term"], tables)


class Flattener:
    """Collects rows one record at a time (so a large export need not be held nested)."""

    def __init__(self) -> None:
        self.tables: Tables = defaultdict(dict)

    def add(self, table: str, obj: dict[str, Any]) -> None:
        if table == "service":
            obj = {k: v for k, v in obj.items() if k != "organization"}
        _flatten(table, obj, self.tables)

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        """Rows per HSDS table (only tables with rows), ids unique within each table."""
        return {name: list(rows.values()) for name, rows in self.tables.items() if rows}


def flatten(organizations: list[dict[str, Any]], services: list[dict[str, Any]],
            taxonomies: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rows per HSDS table for whole lists of records."""
    flattener = Flattener()
    for table, items in (("organization", organizations), ("service", services),
                         ("taxonomy", taxonomies)):
        for item in items:
            flattener.add(table, item)
    return flattener.rows()


# OWASP CSV injection: a cell a spreadsheet would read as a formula gets a leading "'".
# Import strips exactly one, so text that really starts with "'=" survives the round trip.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")
MAX_CSV_BYTES = 200_000_000


def neutralise(text: str) -> str:
    """``=1+1`` → ``'=1+1``; ``'=x`` → ``''=x``; anything else unchanged."""
    if text.startswith(FORMULA_START) or _ESCAPED.match(text):
        return "'" + text
    return text


def restore(text: str) -> str:
    """The inverse of :func:`neutralise`."""
    return text[1:] if _ESCAPED.match(text) else text


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)  # a number is never a formula, and -1.5 must stay a number
    return "" if value is None else neutralise(str(value))


def to_csv(table: str, rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    # CRLF (RFC 4180) also makes the writer quote a bare carriage return inside a value.
    writer = csv.DictWriter(out, fieldnames=list(TABLES[table][1]), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def datapackage(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """A Frictionless tabular data package descriptor for the CSV files."""
    resources = []
    for table in tables:
        path, columns = TABLES[table]
        resources.append({
            "name": table, "path": path, "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "schema": {"fields": [{"name": c, "type": "number" if c in NUMERIC else "string"}
                                  for c in columns], "primaryKey": "id"}})
    return {"name": "firststop-directory", "title": "Service directory (Open Referral UK)",
            "profile": "tabular-data-package", "licenses": [{"name": "OGL-UK-3.0"}],
            "resources": resources}


class TableProblem(ValueError):
    """A datapackage or CSV file that cannot be read; the message names file and line."""


def _number(text: str, where: str) -> int | float:
    cleaned = text.strip()
    if len(cleaned) > 40:
        raise TableProblem(f"{where}: {cleaned[:20]!r}… is too long for a number "
                           "(write the number, or leave the cell empty)")
    try:
        value = float(cleaned)
    except ValueError:
        raise TableProblem(f"{where}: {cleaned[:40]!r} is not a number "
                           "(write digits only, or leave the cell empty)") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise TableProblem(f"{where}: {cleaned!r} is not allowed (NaN and Infinity are not "
                           "numbers; leave the cell empty)")
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _descriptor(path: Path) -> tuple[Path, list[tuple[str, str]]]:
    """The package folder and its (table, file) pairs. A missing or unreadable
    ``datapackage.json`` falls back on the HSDS file names found in the folder."""
    descriptor = path if path.is_file() else path / "datapackage.json"
    folder = descriptor.parent
    package: Any = None
    if descriptor.is_file():
        try:
            package = json.loads(descriptor.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, ValueError):
            package = None
    if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
        by_file = {file: table for table, (file, _) in TABLES.items()}
        found = [(by_file.get(p.name, p.stem), p.name) for p in sorted(folder.glob("*.csv"))]
        if not found:
            raise TableProblem(f"{descriptor}:1: (file): is not a readable datapackage and "
                               "the folder has no CSV files (point at an HSDS export)")
        return folder, found
    pairs = []
    for index, resource in enumerate(package["resources"]):
        if not isinstance(resource, dict) or not isinstance(resource.get("path"), str):
            raise TableProblem(f"{descriptor}:1: resources[{index}]: needs a name and a path "
                               "(each resource is an object with \"path\": \"file.csv\")")
        name = str(resource.get("name") or Path(resource["path"]).stem)
        pairs.append((name, resource["path"]))
    return folder, pairs


def _inside(folder: Path, relative: str, descriptor: Path) -> Path:
    """A resource path, refused if it is absolute, a URL or leaves the package folder."""
    if "://" in relative or relative.startswith(("/", "\\")) or ":" in relative[:3]:
        raise TableProblem(f"{descriptor}:1: resources: path {relative!r} is not a file "
                           "inside the package folder (use a plain relative file name)")
    target = (folder / relative).resolve()
    if not target.is_relative_to(folder.resolve()):
        raise TableProblem(f"{descriptor}:1: resources: path {relative!r} leaves the "
                           "package folder (keep every CSV inside it)")
    return target


def read_datapackage(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read ``datapackage.json`` (or its folder) back into typed rows per table."""
    folder, pairs = _descriptor(path)
    descriptor = folder / "datapackage.json"
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, relative in pairs:
        file = _inside(folder, relative, descriptor)
        text = read_import_text(file, MAX_CSV_BYTES, TableProblem,
                                unreadable="check the resource path")
        tables.setdefault(name, []).extend(_rows(text, file))
    return tables


def _rows(text: str, file: Path) -> list[dict[str, Any]]:
    rows = []
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        for raw in reader:
            row: dict[str, Any] = {}
            for key, value in raw.items():
                if key is None:
                    raise TableProblem(f"{file}:{reader.line_num}: (row): has more cells "
                                       "than the header (quote cells that contain commas)")
                if value in ("", None):
                    continue
                where = f"{file}:{reader.line_num}: {key}"
                row[key] = _number(value, where) if key in NUMERIC else restore(value)
            rows.append(row)
    except csv.Error as error:
        raise TableProblem(f"{file}:{reader.line_num}: (row): {error} (check the quotes)") \
            from None
    return rows


class _Nester:
    """Rebuilds nested objects from rows using the foreign keys."""

    def __init__(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        self.by_id = {t: {r["id"]: r for r in rows if "id" in r} for t, rows in tables.items()}
        self.children: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for table, rows in tables.items():
            for row in rows:
                if table == "attribute":
                    self.children[("attribute", "link_id", row.get("link_id", ""))].append(row)
                    continue
                if table not in TABLES:
                    continue
                # A row naming several owners (as the official examples do) belongs to each.
                for owner in PARENT_KEY.values():
                    if owner in TABLES[table][1] and row.get(owner):
                        self.children[(table, owner, row[owner])].append(row)

    def build(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        obj = dict(row)
        key = PARENT_KEY.get(table)
        for field, child_table in CHILDREN.get(table, {}).items():
            if child_table == "attribute":
                found = self.children.get(("attribute", "link_id", obj.get("id", "")), [])
            else:
                found = self.children.get((child_table, key or "", obj.get("id", "")), [])
            if found:
                obj[field] = [self.build(child_table, r) for r in found]
        if table == "attribute" and obj.get("taxonomy_term_id"):
            term = self.by_id.get("taxonomy_term", {}).get(obj["taxonomy_term_id"])
            if term:
                obj["taxonomy_term"] = dict(term)
        if table == "service_at_location" and obj.get("location_id"):
            location = self.by_id.get("location", {}).get(obj["location_id"])
            if location:
                obj["location"] = self.build("location", location)
        return obj


def nest(tables: dict[str, list[dict[str, Any]]]) -> tuple[list[dict[str, Any]],
                                                          list[dict[str, Any]]]:
    """Full organisations (with locations) and full services (with their organisation)."""
    nester = _Nester(tables)
    organizations = [nester.build("organization", r) for r in tables.get("organization", [])]
    by_id = {o["id"]: o for o in organizations if "id" in o}
    services = []
    for row in tables.get("service", []):
        service = nester.build("service", row)
        if row.get("organization_id") in by_id:
            service["organization"] = by_id[row["organization_id"]]
        services.append(service)
    return organizations, services
