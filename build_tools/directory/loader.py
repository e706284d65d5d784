"""Load ``services_directory/`` into a :class:`Directory`, collecting every problem."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import yaml

from build_tools.directory import fields
from build_tools.directory.costs import CostError, parse_cost
from build_tools.directory.hours import HoursError, OpeningHours, parse_exception, parse_line
from build_tools.directory.model import (
    Area,
    Category,
    Directory,
    Location,
    Organisation,
    RecordFile,
    Service,
    SourceRef,
)
from build_tools.directory.schema_check import check_schema, field_name
from build_tools.directory.yaml_lines import (
    DuplicateKey,
    Path_,
    Positions,
    UnsafeYaml,
    load_with_positions,
)
from build_tools.problems import Problem, Severity

DIRECTORY_ENV = "FIRSTSTOP_DIRECTORY"
DEFAULT_DIR = "services_directory"
SCHEMA_LINE = "# yaml-language-server: $schema=../schema/organisation.schema.json"


def directory_root(project_root: Path, override: Path | None = None) -> Path:
    """The records folder: the argument, else ``$FIRSTSTOP_DIRECTORY``, else the default."""
    if override is not None:
        return Path(override)
    env = os.environ.get(DIRECTORY_ENV)
    return Path(env) if env else project_root / DEFAULT_DIR


def _rel(path: Path, project_root: Path) -> str:
    try:
        return path.resolve().relative_to(project_root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _read(path: Path, rel: str) -> tuple[Any, Positions, list[Problem]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, Positions(), [Problem(rel, 1, 1, "(file)", f"cannot read: {error}",
                                           "check the file exists and can be read")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, Positions(), [Problem(rel, line, column, "(file)",
                                           f"is not UTF-8 text (byte {raw[error.start]:#04x})",
                                           "save the file as UTF-8")]
    try:
        data, positions = load_with_positions(text)
    except DuplicateKey as error:
        return None, Positions(), [Problem(rel, error.line, error.column, field_name(error.path),
                                           f"{error.key!r} appears twice",
                                           "keep one and delete the other")]
    except UnsafeYaml as error:
        return None, Positions(), [Problem(rel, error.line, error.column,
                                           field_name(error.path) if error.path else "(file)",
                                           error.message, error.hint)]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error)
        context = getattr(error, "context_mark", None)
        if context is not None and (mark is None or "end of stream" in reason):
            mark = context  # point at where the unfinished thing started
            reason = f"{reason} {getattr(error, 'context', '')}".strip()
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, Positions(), [Problem(rel, line, col, "(file)", f"YAML syntax: {reason}",
                                           "check indentation, colons and quotes")]
    return data, positions, []


BUNDLED_DIR = Path(__file__).resolve().parents[2] / DEFAULT_DIR


def _shared_file(root: Path, project_root: Path, name: str) -> Path:
    """``name`` from the records folder, else the project's, else firststop's own copy."""
    for base in (root, project_root / DEFAULT_DIR, BUNDLED_DIR):
        if (base / name).exists():
            return base / name
    return project_root / DEFAULT_DIR / name


def load_taxonomy(directory: Directory, path: Path, rel: str) -> None:
    data, pos, problems = _read(path, rel)
    directory.problems.extend(problems)
    if not isinstance(data, dict):
        if not problems:
            directory.problems.append(Problem(rel, 1, 1, "(file)", "must be a mapping",
                                              "start with `categories:`"))
        return
    for index, item in enumerate(data.get("categories") or []):
        where = ("categories", index)
        line, col = pos.at(where)
        missing = [k for k in ("slug", "name", "description", "signposting")
                   if not isinstance(item, dict) or not item.get(k)]
        if missing:
            directory.problems.append(Problem(rel, line, col, field_name(where),
                                              f"missing {', '.join(missing)}",
                                              "every category needs slug, name, description "
                                              "and signposting"))
            continue
        directory.categories[item["slug"]] = Category(
            item["slug"], item["name"], item["description"], item["signposting"],
            SourceRef(rel, line, col))
    for key in ("client_groups", "referral_routes", "delivery_modes"):
        value = data.get(key) or {}
        if not isinstance(value, dict) or not value:
            directory.problems.append(Problem(rel, *pos.at((key,)), key,
                                              "must map slugs to labels", f"add `{key}:`"))
            continue
        setattr(directory, key, {str(k): str(v) for k, v in value.items()})


def load_areas(directory: Directory, path: Path, rel: str) -> None:
    data, pos, problems = _read(path, rel)
    directory.problems.extend(problems)
    items = data.get("areas") if isinstance(data, dict) else None
    if not isinstance(items, list):
        if not problems:
            directory.problems.append(Problem(rel, 1, 1, "areas", "must be a list",
                                              "start with `areas:`"))
        return
    for index, item in enumerate(items):
        where = ("areas", index)
        line, col = pos.at(where)
        if not isinstance(item, dict) or not all(item.get(k) for k in
                                                 ("slug", "name", "postcode_districts")):
            directory.problems.append(Problem(rel, line, col, field_name(where),
                                              "needs slug, name and postcode_districts",
                                              "copy another area's layout"))
            continue
        directory.areas[item["slug"]] = Area(
            item["slug"], item["name"], bool(item.get("rural")),
            [str(d).upper() for d in item["postcode_districts"]],
            str(item.get("description", "")), SourceRef(rel, line, col))


class _RecordReader:
    """Turns one schema-valid record file into model objects, noting field problems."""

    def __init__(self, directory: Directory, rel: str, pos: Positions) -> None:
        self.directory, self.rel, self.pos = directory, rel, pos

    def problem(self, path: Path_, message: str, hint: str = "",
                severity: Severity = Severity.ERROR) -> None:
        line, col = self.pos.at(path)
        self.directory.problems.append(
            Problem(self.rel, line, col, field_name(path), message, hint, severity))

    def ref(self, path: Path_) -> SourceRef:
        return SourceRef(self.rel, *self.pos.at(path))

    def hours(self, data: dict[str, Any], path: Path_) -> OpeningHours:
        weekly, exceptions = [], []
        for i, text in enumerate(data.get("opening_hours") or []):
            try:
                weekly.append(parse_line(text))
            except HoursError as error:
                self.problem((*path, "opening_hours", i), str(error),
                             "e.g. 'Mon-Fri 09:00-17:00' or 'Sat closed'")
        for i, text in enumerate(data.get("hours_exceptions") or []):
            try:
                exceptions.append(parse_exception(text))
            except HoursError as error:
                self.problem((*path, "hours_exceptions", i), str(error),
                             "e.g. '2026-12-25 closed (Christmas Day)'")
        return OpeningHours(tuple(weekly), tuple(exceptions))

    def phones(self, data: dict[str, Any], path: Path_) -> None:
        for i, phone in enumerate(data.get("phones") or []):
            reason = fields.phone_problem(str(phone.get("number", "")))
            if reason:
                self.problem((*path, "phones", i, "number"), reason,
                             "write a full UK number with area code, e.g. 01632 960123")
        for i, contact in enumerate(data.get("contacts") or []):
            self.phones(contact, (*path, "contacts", i))
            if contact.get("email"):
                self.email(contact["email"], (*path, "contacts", i, "email"))

    def email(self, value: str, path: Path_) -> None:
        reason = fields.email_problem(value)
        if reason:
            self.problem(path, reason, "write it like name@example.org")

    def link(self, value: str, path: Path_) -> None:
        reason = fields.link_problem(value)
        if reason:
            self.problem(path, reason, "only https:// or http:// web addresses are allowed")

    def common(self, data: dict[str, Any], path: Path_) -> None:
        self.phones(data, path)
        for key in ("email",):
            if data.get(key):
                self.email(data[key], (*path, key))
        for key in ("website", "url"):
            if data.get(key):
                self.link(data[key], (*path, key))

    def organisation(self, data: dict[str, Any]) -> Organisation:
        org = data["organization"]
        self.common(org, ("organization",))
        self.email(org["record_owner"]["email"], ("organization", "record_owner", "email"))
        if org["review_due"] < org["last_reviewed"]:
            self.problem(("organization", "review_due"), "is before last_reviewed",
                         "set the next review date after the last one")
        return Organisation(org["slug"], org["name"], org, self.ref(("organization",)))

    def location(self, data: dict[str, Any], index: int, org_slug: str) -> Location:
        path: Path_ = ("locations", index)
        self.common(data, path)
        loc = Location(data["slug"], data["name"], data, self.ref(path), org_slug,
                       self.hours(data, path))
        parsed = fields.normalise_postcode(data["address"]["postal_code"])
        if parsed is None:
            self.problem((*path, "address", "postal_code"),
                         f"{data['address']['postal_code']!r} is not a UK postcode",
                         "write it like WY1 2AB")
        else:
            loc.postcode, loc.district = parsed
            area = self.directory.district_area(loc.district)
            if area is None:
                self.problem((*path, "address", "postal_code"),
                             f"postcode district {loc.district} is not in any area",
                             "check the postcode, or add the district to areas.yaml")
            else:
                loc.area_slug = area.slug
        return loc

    def service(self, data: dict[str, Any], index: int, org_slug: str) -> Service:
        path: Path_ = ("services", index)
        self.common(data, path)
        service = Service(data["slug"], data["name"], data, self.ref(path), org_slug,
                          self.hours(data, path))
        for i, item in enumerate(data["costs"]):
            spec = item if isinstance(item, dict) else {"cost": item}
            try:
                service.costs.append(parse_cost(str(spec["cost"]), spec.get("label"),
                                                spec.get("valid_from"), spec.get("valid_to")))
            except CostError as error:
                self.problem((*path, "costs", i), str(error),
                             "e.g. '£18.50 per hour', 'free' or "
                             "'funded by the council if eligible'")
        low, high = data.get("minimum_age"), data.get("maximum_age")
        for key, age in (("minimum_age", low), ("maximum_age", high)):
            if age is not None and not 0 <= age <= 120:
                self.problem((*path, key), f"{age} is not a sensible age", "use 0 to 120")
        if low is not None and high is not None and low > high:
            self.problem((*path, "maximum_age"), f"maximum age {high} is below minimum {low}",
                         "swap them or correct one")
        if low is not None and low < 18:
            self.problem((*path, "minimum_age"), f"{low} is under 18 in an adult directory",
                         "check the age; children's services belong in another directory",
                         Severity.WARNING)
        service.categories = list(dict.fromkeys(data["categories"]))
        localities = list(dict.fromkeys(data["localities"]))
        service.localities = (list(self.directory.areas) if localities == ["all"]
                              else localities)
        service.location_slugs = list(data.get("locations") or [])
        return service


def load_record_file(directory: Directory, path: Path, project_root: Path,
                     schema_path: Path) -> None:
    """Load one organisation file into ``directory``; schema-invalid files add problems only."""
    rel = _rel(path, project_root)
    data, pos, problems = _read(path, rel)
    if problems:
        directory.problems.extend(problems)
        return
    first = path.read_text(encoding="utf-8-sig").split("\n", 1)[0].strip()
    if first != SCHEMA_LINE:
        directory.problems.append(Problem(rel, 1, 1, "(file)",
                                          "the first line does not name the schema",
                                          f"make the first line `{SCHEMA_LINE}`",
                                          Severity.WARNING))
    if not isinstance(data, dict):
        directory.problems.append(Problem(rel, 1, 1, "(file)", "is not a record",
                                          "start with `organization:` and `services:`"))
        return
    schema_problems = check_schema(data, rel, pos, schema_path)
    if schema_problems:
        directory.problems.extend(schema_problems)
        directory.problems.extend(_field_problems_despite_schema(directory, path, rel, pos, data,
                                                                 schema_problems))
        return
    directory.files.append(RecordFile(rel, data, path))
    try:
        _read_records(directory, path, rel, pos, data)
    except (AttributeError, IndexError, KeyError, TypeError, ValueError) as error:
        # The schema should make this impossible; never let a record stop with a traceback.
        directory.problems.append(Problem(rel, 1, 1, "(file)",
                                          f"could not read this record: {error!r}",
                                          "check the record against the schema and another "
                                          "organisation's file"))


def _field_problems_despite_schema(directory: Directory, path: Path, rel: str, pos: Positions,
                                   data: dict[str, Any],
                                   schema_problems: list[Problem]) -> list[Problem]:
    """The field checks (phones, postcodes, hours …) of a record that failed the schema,
    so an editor sees every problem at once. The record itself is not kept: it is read
    into a scratch directory, and parts too malformed to read are left to the schema."""
    scratch = Directory(categories=directory.categories, areas=directory.areas,
                        client_groups=directory.client_groups,
                        referral_routes=directory.referral_routes,
                        delivery_modes=directory.delivery_modes)
    with contextlib.suppress(AttributeError, IndexError, KeyError, TypeError, ValueError):
        _read_records(scratch, path, rel, pos, data)
    reported = {(p.line, p.column, p.field) for p in schema_problems}
    return [p for p in scratch.problems if (p.line, p.column, p.field) not in reported]


def _read_records(directory: Directory, path: Path, rel: str, pos: Positions,
                  data: dict[str, Any]) -> None:
    """Turn one schema-valid file's organisation, locations and services into objects."""
    reader = _RecordReader(directory, rel, pos)
    org = reader.organisation(data)
    if path.stem != org.slug:
        reader.problem(("organization", "slug"), f"the file is named {path.name}",
                       f"rename the file to {org.slug}.yaml or change the slug")
    _add(directory.organisations, org, reader, ("organization", "slug"))
    for i, loc_data in enumerate(data.get("locations") or []):
        loc = reader.location(loc_data, i, org.slug)
        if _add(directory.locations, loc, reader, ("locations", i, "slug")):
            org.location_slugs.append(loc.slug)
    for i, svc_data in enumerate(data.get("services") or []):
        svc = reader.service(svc_data, i, org.slug)
        if _add(directory.services, svc, reader, ("services", i, "slug")):
            org.service_slugs.append(svc.slug)


def _add(table: dict[str, Any], record: Any, reader: _RecordReader, path: Path_) -> bool:
    existing = table.get(record.slug)
    if existing is not None:
        reader.problem(path, f"slug {record.slug!r} is already used in "
                       f"{existing.source.path}:{existing.source.line}",
                       "slugs must be unique across the directory; pick another")
        return False
    table[record.slug] = record
    return True


def load_directory(project_root: Path, directory_root_: Path | None = None) -> Directory:
    """Load taxonomy, areas and every organisation file; problems go in ``.problems``."""
    project_root = Path(project_root)
    root = directory_root(project_root, directory_root_)
    directory = Directory()
    taxonomy = _shared_file(root, project_root, "taxonomy.yaml")
    areas = _shared_file(root, project_root, "areas.yaml")
    load_taxonomy(directory, taxonomy, _rel(taxonomy, project_root))
    load_areas(directory, areas, _rel(areas, project_root))
    schema_path = _shared_file(root, project_root, "schema/organisation.schema.json")
    if not schema_path.is_file():
        directory.problems.append(Problem(_rel(schema_path, project_root), 1, 1, "(file)",
                                          "the record schema is missing",
                                          "restore services_directory/schema/"))
        return directory
    records = root / "organisations"
    if not records.is_dir():
        directory.problems.append(Problem(_rel(records, project_root), 1, 1, "(folder)",
                                          "the organisations folder is missing",
                                          f"create {DEFAULT_DIR}/organisations/"))
        return directory
    for path in sorted(records.iterdir()):
        if path.is_file() and path.suffix in RECORD_SUFFIXES:
            load_record_file(directory, path, project_root, schema_path)
        else:
            _ignored(directory, path, records, project_root)
    return directory


RECORD_SUFFIXES = (".yaml", ".yml")


def _ignored(directory: Directory, path: Path, records: Path, project_root: Path) -> None:
    """Files the loader does not read are reported, so nothing is dropped silently."""
    if path.name.startswith(".") or path.name.endswith("~"):
        return  # editor and version-control files
    rel = _rel(path, project_root)
    if path.is_dir():
        nested = sorted(p for p in path.rglob("*") if p.suffix.lower() in RECORD_SUFFIXES)
        for item in nested:
            directory.problems.append(Problem(
                _rel(item, project_root), 1, 1, "(file)",
                "is in a sub-folder, so it is not read",
                f"move it into {_rel(records, project_root)}/", Severity.WARNING))
        return
    if path.suffix.lower() in RECORD_SUFFIXES:
        hint = f"rename it to {path.stem}{path.suffix.lower()}"
    else:
        hint = "record files end in .yaml; move other files out of this folder"
    directory.problems.append(Problem(rel, 1, 1, "(file)", "is not read: only .yaml and .yml "
                                      "files are records", hint, Severity.WARNING))
