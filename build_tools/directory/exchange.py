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
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from build_tools.directory import hsds_export as hx
from build_tools.directory import oruk_v1, tabular
from build_tools.directory.hsds_import import (
    MODELLED,
    ImportProblem,
    ImportReport,
    check_shapes,
    records_from_hsds,
)
from build_tools.directory.model import Directory
from build_tools.directory.records_io import read_import_text, write_record

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


MAX_JSON_BYTES = 200_000_000


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed (NaN and Infinity are not numbers)")


def _load_json(path: Path) -> Any:
    """Parse one JSON file; every failure is an :class:`ImportProblem` naming file and line."""
    text = read_import_text(path, MAX_JSON_BYTES, ImportProblem,
                            too_large="split the export into pages")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise ImportProblem(f"{path}:{error.lineno}: (file): not valid JSON: {error.msg} "
                            f"at column {error.colno} (check commas, quotes and brackets)") \
            from None
    except ValueError as error:
        raise ImportProblem(f"{path}:1: (file): {error} (leave the field out or use null)") \
            from None
    except RecursionError:
        raise ImportProblem(f"{path}:1: (file): nested far too deeply (HSDS objects nest "
                            "only a few levels)") from None


def _contents(value: Any, where: Path) -> list[Any]:
    if isinstance(value, dict) and isinstance(value.get("contents"), list):
        return value["contents"]
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and value.get("id") is not None:
        return [value]
    raise ImportProblem(f"{where}:1: (file): is not HSDS directory data (expected an "
                        "organisation or service object, a list of them, or a paginated "
                        "response with `contents`)")


def _ordered(source: Path, kind: str) -> list[Any]:
    """Full records from ``{kind}/{id}.json`` in the order of the ``{kind}.json`` list."""
    folder = source / kind
    if not folder.is_dir():
        return []
    by_id = {p.stem: p for p in folder.glob("*.json")}
    listing = source / f"{kind}.json"
    order = ([str(item.get("id")) for item in _contents(_load_json(listing), listing)
              if isinstance(item, dict)] if listing.is_file() else [])
    ids = [i for i in order if i in by_id] + sorted(set(by_id) - set(order))
    return [_load_json(by_id[i]) for i in ids]


_SERVICE_KEYS = {"organization", "organization_id", "service_at_locations", "cost_options",
                 "status", "eligibility_description", "application_process"}
_ORGANISATION_KEYS = {"website", "legal_status", "year_incorporated", "tax_status",
                      "organization_identifiers", "locations", "services", "logo",
                      "parent_organization_id"}
_LOCATION_KEYS = {"location_type", "addresses", "latitude", "longitude", "accessibility"}
_TAXONOMY_KEYS = {"code", "taxonomy_id", "parent_id", "taxonomy", "version", "term_uri"}


def kind_of(item: dict[str, Any]) -> str:
    """What an unlabelled HSDS object is, from the fields it has."""
    keys = set(item)
    if isinstance(item.get("service"), dict) and (
            isinstance(item.get("location"), dict) or "location_id" in keys):
        return "service_at_location"
    if keys & _SERVICE_KEYS:
        return "service"
    if keys & _ORGANISATION_KEYS - {"locations"} or "locations" in keys:
        return "organization"
    if keys & _LOCATION_KEYS:
        return "location"
    if keys & _TAXONOMY_KEYS:
        return "taxonomy"
    return "organization" if "name" in keys else "unknown"


def _split_items(items: list[Any], where: Path, report: ImportReport
                 ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    problems: list[str] = []
    for index, item in enumerate(items):
        check_shapes(item, (f"[{index}]",) if len(items) > 1 else (), problems, None,
                     kind_of(item) if isinstance(item, dict) else "item")
    if problems:
        raise ImportProblem("\n".join(f"{where}:1: {p}" for p in problems))
    orgs: list[dict[str, Any]] = []
    services: list[dict[str, Any]] = []
    for item in items:
        kind = kind_of(item)
        if kind == "service":
            services.append(item)
        elif kind == "organization":
            orgs.append(item)
        elif kind == "service_at_location":
            service = dict(item["service"])
            sal = {k: v for k, v in item.items() if k != "service"}
            service["service_at_locations"] = [*(service.get("service_at_locations") or []),
                                               sal]
            services.append(service)
        else:
            report.unmodelled[f"{kind} (not directory data)"] += 1
    for item in orgs + services:
        check_shapes(item, (), [], report, "organization" if item in orgs else "service")
    return orgs, services


def read_source(source: Path, report: ImportReport | None = None
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Full organisations and services from an export folder, a JSON file or a datapackage."""
    report = report if report is not None else ImportReport()
    try:
        if source.name == "datapackage.json" or (source / "datapackage.json").exists() or (
                source.is_dir() and any((source / name).is_file()
                                        for name, _ in tabular.TABLES.values())):
            return _from_tables(tabular.read_datapackage(source), source, report)
        if source.is_dir() and (source / "services").is_dir():
            orgs = _ordered(source, "organizations")
            services = _ordered(source, "services")
            report.source_format = "HSDS 3.0 export folder (services/, organizations/)"
            return _split_items([*orgs, *services], source, report)
        if source.is_dir() and (source / "datapackage" / "datapackage.json").is_file():
            return _from_tables(tabular.read_datapackage(source / "datapackage"), source,
                                report)
        if source.is_dir() and (pages := sorted(source.glob("*.json"), key=_natural)):
            return _from_pages(pages, report)
        if source.is_file():
            data = _load_json(source)
            items = oruk_v1.hsds_items(data, source, report)
            if items is None:
                report.source_format = "HSDS 3.0 JSON (also Open Referral UK 3.0)"
                items = _contents(data, source)
            return _split_items(items, source, report)
    except tabular.TableProblem as error:
        raise ImportProblem(str(error)) from None
    raise ImportProblem(f"{source}:1: (file): is not an export folder, a JSON file or a "
                        "datapackage (point at one of those)")


def _natural(path: Path) -> list[Any]:
    """``page-2.json`` before ``page-10.json``."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path.name)]


def _from_pages(pages: list[Path], report: ImportReport
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A folder of JSON files, such as every page of a paginated feed: each file is read
    and checked on its own (problems name the file), then all are imported together."""
    orgs: list[dict[str, Any]] = []
    services: list[dict[str, Any]] = []
    formats: set[str] = set()
    totals = []
    for page in pages:
        data = _load_json(page)
        items = oruk_v1.hsds_items(data, page, report, one_file=False)
        if items is None:
            report.source_format = "HSDS 3.0 JSON (also Open Referral UK 3.0)"
            items = _contents(data, page)
        formats.add(report.source_format)
        totals.append(oruk_v1.declared_total(data))
        page_orgs, page_services = _split_items(items, page, report)
        orgs += page_orgs
        services += page_services
    report.source_format = f"{' + '.join(sorted(formats))}, {len(pages)} file(s)"
    declared = max((t for t in totals if t is not None), default=None)
    oruk_v1.page_note(declared, len(services), report, one_file=False)
    return orgs, services


def _from_tables(tables: dict[str, list[dict[str, Any]]], source: Path, report: ImportReport
                 ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    report.source_format = "HSDS CSV tables (datapackage)"
    for table, rows in tables.items():
        report.counts_in[table] += len(rows)
        modelled = MODELLED.get(table)
        for row in rows:
            if modelled is None:
                report.unmodelled[f"{table} (table not modelled)"] += 1
                continue
            for name, value in row.items():
                if value not in (None, "") and name not in modelled and name not in (
                        "organization_id", "service_id", "location_id"):
                    report.unmodelled[f"{table}.{name}"] += 1
    orgs, services = tabular.nest({t: r for t, r in tables.items() if t in tabular.TABLES})
    problems: list[str] = []
    for index, item in enumerate([*orgs, *services]):
        check_shapes(item, (index,), problems, None,
                     "organization" if index < len(orgs) else "service")
    if problems:
        raise ImportProblem("\n".join(f"{source}:1: {p}" for p in problems))
    return orgs, services


def import_records(source: Path, today: date | None = None,
                   report: ImportReport | None = None,
                   orphans_into: str | None = None) -> list[dict[str, Any]]:
    """Records (as YAML-ready dicts) from any supported source."""
    report = report if report is not None else ImportReport()
    orgs, services = read_source(source, report)
    if not orgs and not services:
        raise ImportProblem(f"{source}:1: (file): found no organisations or services "
                            "(is this an HSDS directory export?)")
    return records_from_hsds(orgs, services, (today or date.today()).isoformat(), report,
                             orphans_into)


class ImportResult(list[Path]):
    """The files written, with the :class:`ImportReport` of what was and was not imported."""

    def __init__(self, paths: list[Path], report: ImportReport) -> None:
        super().__init__(paths)
        self.report = report


def _duplicates(records: list[dict[str, Any]], into: Path, overwrite: bool) -> list[str]:
    """Every clash found before anything is written: slugs used twice in the import, or
    by a file already in ``into`` (unless overwriting that very file)."""
    problems = []
    seen: dict[tuple[str, str], str] = {}
    for record in records:
        org = record["organization"]
        for kind, items in (("organisation", [org]), ("location", record.get("locations", [])),
                            ("service", record.get("services", []))):
            for item in items:
                key = (kind, item["slug"])
                if key in seen:
                    problems.append(f"{kind} slug {item['slug']!r} is used by both "
                                    f"{seen[key]!r} and {item['name']!r} (give one a "
                                    "different name or id)")
                seen[key] = item["name"]
        if (into / f"{org['slug']}.yaml").exists() and not overwrite:
            problems.append(f"{into / (org['slug'] + '.yaml')} already exists (use "
                            "--overwrite to replace it)")
    return problems


def import_source(source: Path, into: Path, overwrite: bool = False,
                  today: date | None = None, orphans_into: str | None = None) -> ImportResult:
    """Write one YAML file per organisation into ``into``: all of them or none.

    Every file is written into a temporary folder inside ``into`` first and moved into
    place only when all are written; no path can leave ``into``.
    """
    report = ImportReport()
    records = import_records(source, today, report, orphans_into)
    clashes = _duplicates(records, into, overwrite)
    if clashes:
        raise ImportProblem("nothing was imported:\n" + "\n".join(clashes))
    into.mkdir(parents=True, exist_ok=True)
    root = into.resolve()
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=root))
    try:
        staged = []
        for record in records:
            path = write_record(staging, record, "Imported from Open Referral data.",
                                overwrite=False)
            if path.resolve().parent != staging.resolve():
                raise ImportProblem(f"refused to write {path}: it is outside {into}")
            staged.append(path)
        written = []
        for path in staged:
            target = root / path.name
            os.replace(path, target)
            written.append(into / path.name)
    except OSError as error:
        raise ImportProblem(f"{into}: could not write: {error} (check the folder can be "
                            "written)") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ImportResult(written, report)
