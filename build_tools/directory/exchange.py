"""Open Referral UK files: what ``export`` writes and ``import`` reads.

Layout (the same under the site's ``open-referral/`` and ``firststop export DIR``)::

    services.json                 paginated list of services (HSDS list items)
    services/{id}.json            full HSDS 3.0 service records
    organizations.json            paginated list of organisations
    organizations/{id}.json       full organisations with their locations
    taxonomies.json, taxonomy_terms.json
    datapackage/datapackage.json  + one CSV per HSDS table
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from build_tools.directory import hsds_export as hx
from build_tools.directory import tabular
from build_tools.directory.hsds_import import ImportProblem, records_from_hsds
from build_tools.directory.model import Directory
from build_tools.directory.records_io import write_record

ImportError_ = ImportProblem


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def iter_export_files(directory: Directory, fmt: str = "both") -> Iterator[tuple[str, bytes]]:
    """Each export file's relative path and bytes, one service at a time."""
    json_too, csv_too = fmt in ("json", "both"), fmt in ("csv", "both")
    ordered = sorted(directory.organisations.values(), key=lambda o: o.slug)
    cache: dict[str, Any] = {}
    flattener = tabular.Flattener()
    orgs = []
    for org in ordered:
        obj = cache[f"organization:{org.slug}"] = hx.organisation_object(org, directory)
        orgs.append(obj)
        if csv_too:
            flattener.add("organization", obj)
    service_items = []
    for org in ordered:
        for slug in org.service_slugs:
            service = hx.service_object(directory.services[slug], directory, cache)
            if json_too:
                yield f"services/{service['id']}.json", _json(service)
                service_items.append(hx.list_item(service))
            if csv_too:
                flattener.add("service", service)
    taxonomies = hx.taxonomy_objects()
    terms = hx.taxonomy_terms(directory)
    if json_too:
        yield "services.json", _json(hx.paginated(service_items))
        yield "organizations.json", _json(hx.paginated([hx.list_item(o) for o in orgs]))
        yield "taxonomies.json", _json(hx.paginated(taxonomies))
        yield "taxonomy_terms.json", _json(hx.paginated(terms))
        for org_obj in orgs:
            yield f"organizations/{org_obj['id']}.json", _json(org_obj)
    if csv_too:
        for taxonomy in taxonomies:
            flattener.add("taxonomy", taxonomy)
        for term in terms:
            flattener.add("taxonomy_term", term)
        tables = flattener.rows()
        yield "datapackage/datapackage.json", _json(tabular.datapackage(tables))
        for table, rows in tables.items():
            yield f"datapackage/{tabular.TABLES[table][0]}", tabular.to_csv(
                table, rows).encode("utf-8")


def export_files(directory: Directory, fmt: str = "both") -> dict[str, bytes]:
    """Every export file's relative path and bytes."""
    return dict(iter_export_files(directory, fmt))


def write_export(directory: Directory, out: Path, fmt: str = "both") -> list[Path]:
    written = []
    for name, content in iter_export_files(directory, fmt):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ImportProblem(f"cannot read {path}: {error}") from error


def _contents(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict) and isinstance(value.get("contents"), list):
        return value["contents"]
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and value.get("id"):
        return [value]
    raise ImportProblem("expected an HSDS object, a list, or a paginated response")


def _ordered(source: Path, kind: str) -> list[dict[str, Any]]:
    """Full records from ``{kind}/{id}.json`` in the order of the ``{kind}.json`` list."""
    folder = source / kind
    if not folder.is_dir():
        return []
    by_id = {p.stem: p for p in folder.glob("*.json")}
    listing = source / f"{kind}.json"
    order = ([item["id"] for item in _contents(_load_json(listing))]
             if listing.is_file() else [])
    ids = [i for i in order if i in by_id] + sorted(set(by_id) - set(order))
    return [_load_json(by_id[i]) for i in ids]


def read_source(source: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Full organisations and services from an export folder, a JSON file or a datapackage."""
    if source.name == "datapackage.json" or (source / "datapackage.json").is_file():
        return tabular.nest(tabular.read_datapackage(source))
    if source.is_dir() and (source / "services").is_dir():
        return _ordered(source, "organizations"), _ordered(source, "services")
    if source.is_dir() and (source / "datapackage" / "datapackage.json").is_file():
        return tabular.nest(tabular.read_datapackage(source / "datapackage"))
    if source.is_file():
        items = _contents(_load_json(source))
        services = [i for i in items if "organization" in i or "organization_id" in i]
        orgs = [i for i in items if i not in services]
        return orgs, services
    raise ImportProblem(f"{source} is not an export folder, a JSON file or a datapackage")


def import_records(source: Path, today: date | None = None) -> list[dict[str, Any]]:
    """Records (as YAML-ready dicts) from any supported source."""
    orgs, services = read_source(source)
    if not orgs and not services:
        raise ImportProblem(f"found no organisations or services in {source}")
    return records_from_hsds(orgs, services, (today or date.today()).isoformat())


def import_source(source: Path, into: Path, overwrite: bool = False,
                  today: date | None = None) -> list[Path]:
    """Write one YAML file per organisation into ``into``."""
    records = import_records(source, today)
    written = []
    for record in records:
        try:
            written.append(write_record(into, record, "Imported from Open Referral data.",
                                        overwrite=overwrite))
        except FileExistsError as error:
            raise ImportProblem(f"{error} already exists; use --overwrite to replace it") \
                from error
    return written
