"""HSDS objects ⇄ tables: flatten nested records into CSV rows and nest them back."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from build_tools.directory.hsds_tables import NUMERIC, TABLES

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
}
# For tables shared by several parents: the foreign keys in order of precedence.
OWNER_KEYS: dict[str, tuple[str, ...]] = {
    "phone": ("contact_id", "service_at_location_id", "service_id", "location_id",
              "organization_id"),
    "contact": ("service_at_location_id", "service_id", "location_id", "organization_id"),
    "schedule": ("service_at_location_id", "service_id", "location_id"),
    "language": ("phone_id", "service_id", "location_id"),
    "funding": ("service_id", "organization_id"),
}
PARENT_KEY = {"organization": "organization_id", "service": "service_id",
              "location": "location_id", "contact": "contact_id"}

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


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def to_csv(table: str, rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(TABLES[table][1]), lineterminator="\n")
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


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


def read_datapackage(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read ``datapackage.json`` (or its folder) back into typed rows per table."""
    descriptor = path if path.is_file() else path / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    tables: dict[str, list[dict[str, Any]]] = {}
    for resource in package.get("resources", []):
        name = resource["name"]
        text = (descriptor.parent / resource["path"]).read_text(encoding="utf-8")
        rows = []
        for raw in csv.DictReader(io.StringIO(text)):
            row: dict[str, Any] = {}
            for key, value in raw.items():
                if value in ("", None):
                    continue
                row[key] = _number(value) if key in NUMERIC else value
            rows.append(row)
        tables[name] = rows
    return tables


class _Nester:
    """Rebuilds nested objects from rows using the foreign keys."""

    def __init__(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        self.by_id = {t: {r["id"]: r for r in rows} for t, rows in tables.items()}
        self.children: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for table, rows in tables.items():
            for row in rows:
                if table == "attribute":
                    self.children[("attribute", "link_id", row.get("link_id", ""))].append(row)
                    continue
                keys = OWNER_KEYS.get(table) or tuple(k for k in PARENT_KEY.values()
                                                      if k in TABLES[table][1])
                owner = next((k for k in keys if row.get(k)), None)
                if owner:
                    self.children[(table, owner, row[owner])].append(row)

    def build(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        obj = dict(row)
        key = PARENT_KEY.get(table)
        for field, child_table in CHILDREN.get(table, {}).items():
            if child_table == "attribute":
                found = self.children.get(("attribute", "link_id", obj["id"]), [])
            else:
                found = self.children.get((child_table, key or "", obj["id"]), [])
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
    by_id = {o["id"]: o for o in organizations}
    services = []
    for row in tables.get("service", []):
        service = nester.build("service", row)
        if row.get("organization_id") in by_id:
            service["organization"] = by_id[row["organization_id"]]
        services.append(service)
    return organizations, services
