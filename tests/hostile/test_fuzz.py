"""Property-based fuzzing (hypothesis, derandomised so CI runs the same inputs each time).

2,000 generated inputs each for the record loader, the JSON importer (HSDS 3.0 and Open
Referral UK 1.0), the CSV importer and ``estimate_json``: none may raise anything but the
documented problem types, and a failed import writes nothing.
"""

from __future__ import annotations

import json
import string
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.directory import load_directory
from build_tools.directory.exchange import ImportProblem, import_source, read_source
from build_tools.directory.hsds_import import ImportReport, records_from_hsds
from build_tools.directory.loader import load_record_file
from build_tools.directory.model import Directory
from build_tools.directory.tabular import TABLES
from build_tools.directory.yaml_lines import DuplicateKey, UnsafeYaml, load_with_positions

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "services_directory" / "schema" / "organisation.schema.json"
TEMPLATE = load_directory(ROOT, ROOT / "services_directory")
RECORD_FILE = Path(tempfile.mkdtemp(prefix="firststop-fuzz-")) / "test-org.yaml"
BASE_RECORD = (Path(__file__).parent / "base_record.yaml").read_text(encoding="utf-8")
TODAY = date(2026, 11, 23)
FUZZ = settings(max_examples=2000, derandomize=True, deadline=None, database=None,
                suppress_health_check=list(HealthCheck))

YAML_BITS = ["&a ", "*a ", "<<: ", "!!binary ", "!!python/name:os.system ", "? ", "- ", ": ",
             "[", "]", "{", "}", "'", '"', "\t", "\n", "  ", "#", "|", ">", "%YAML 1.1\n",
             "---\n", "...\n", "2027-02-30", ".nan", ".inf", "0x1F", "017", "1:30", "~",
             "yes", "9" * 50, "\ufeff", "\x00", "\x85", "é", "\\u0000"]
HSDS_KEYS = ["id", "name", "description", "organization", "organization_id", "services",
             "service", "location", "locations", "service_at_locations", "phones", "number",
             "schedules", "byday", "opens_at", "closes_at", "valid_from", "valid_to",
             "cost_options", "amount", "amount_description", "attributes", "taxonomy_term",
             "addresses", "postal_code", "latitude", "languages", "contents", "funding",
             "extension", "year_incorporated", "accreditations", "service_areas"]


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                        st.text(max_size=20), st.sampled_from(["MO,TU", "09:00", "2026-01-01",
                                                               "per hour", "../x", "-1"]))
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(HSDS_KEYS), inner, max_size=6)), max_leaves=25)


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=8)), max_size=30),
       st.integers(min_value=0, max_value=len(BASE_RECORD)))
def test_record_loader_never_raises_anything_else(bits: list[str], cut: int) -> None:
    """The whole record loader (YAML, schema, field checks) on a mangled record file."""
    text = BASE_RECORD[:cut] + "".join(bits) + BASE_RECORD[cut:]
    RECORD_FILE.write_bytes(text.encode("utf-8", "surrogatepass"))
    directory = Directory(categories=TEMPLATE.categories, areas=TEMPLATE.areas,
                          client_groups=TEMPLATE.client_groups,
                          referral_routes=TEMPLATE.referral_routes,
                          delivery_modes=TEMPLATE.delivery_modes)
    load_record_file(directory, RECORD_FILE, ROOT, SCHEMA)
    for problem in directory.problems:
        assert problem.line >= 1 and problem.message, problem
    try:
        data, _ = load_with_positions(text)
    except (yaml.YAMLError, DuplicateKey, UnsafeYaml):
        return
    json.dumps(data)  # whatever loads is plain JSON-ready data


def _check_import(orgs: Any, services: Any) -> None:
    report = ImportReport()
    try:
        records = records_from_hsds(orgs, services, TODAY.isoformat(), report)
    except ImportProblem:
        return
    for record in records:
        yaml.safe_dump(record)


@FUZZ
@given(_json_values())
def test_json_importer_never_raises_anything_else(value: Any) -> None:
    from build_tools.directory.exchange import _split_items

    items = value if isinstance(value, list) else [value]
    try:
        orgs, services = _split_items(items, Path("fuzz.json"), ImportReport())
    except ImportProblem:
        return
    _check_import(orgs, services)


ORUK1_KEYS = ["id", "name", "organization", "url", "services", "service_at_locations",
              "location", "service", "regular_schedules", "regular_schedule",
              "holiday_schedules", "closed", "start_date", "end_date", "opens_at", "closes_at",
              "byday", "weekday", "eligibilitys", "minimum_age", "maximum_age", "eligibility",
              "languages", "language", "service_areas", "service_area", "service_taxonomys",
              "taxonomy", "fundings", "source", "physical_addresses", "address_3",
              "accessibility_for_disabilities", "accessibility", "attending_type",
              "attending_access", "fees", "cost_options", "amount", "contacts", "phones",
              "number", "latitude", "reviews"]


def _oruk1_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                        st.text(max_size=12), st.sampled_from(
                            ["MO,TU", "09:00:00", "2026-12-25", "25/12/2026", "true",
                             "home visit", "drop-in", "../x", "0", "1e300"]))
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(ORUK1_KEYS), inner, max_size=6)), max_leaves=25)


@FUZZ
@given(_oruk1_values(), st.booleans())
def test_oruk1_importer_never_raises_anything_else(value: Any, paged: bool) -> None:
    """Open Referral UK 1.0 objects, bare or in a page, through conversion and import."""
    from build_tools.directory import oruk_v1
    from build_tools.directory.exchange import _split_items

    data = {"totalElements": 1, "content": value if isinstance(value, list) else [value]
            } if paged else value
    report = ImportReport()
    try:
        items = oruk_v1.hsds_items(data, Path("fuzz.json"), report)
        if items is None:
            return
        orgs, services = _split_items(items, Path("fuzz.json"), report)
    except ImportProblem:
        return
    _check_import(orgs, services)


def _oruk1_services() -> st.SearchStrategy[dict[str, Any]]:
    """Services of the right 1.0 shape with odd values at the leaves, so the conversion
    itself (not only the shape check) meets hostile data."""
    leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
                     st.floats(allow_nan=False), st.text(max_size=10), st.sampled_from(
                         ["MO,TU", "2MO", "09:00:00", "1:30 pm", "25:99", "2026-02-30",
                          "31/12/2026", "0", "99", "home visit", "drop-in", "true", "false",
                          "../../x", "Kingsford"]))
    ids = st.sampled_from(["a", "b", "c", "../x", ""])

    def obj(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
        return st.fixed_dictionaries({}, optional={"id": ids, **fields})

    schedule = obj(opens_at=leaf, closes_at=leaf, byday=leaf, freq=leaf, interval=leaf,
                   valid_from=leaf, valid_to=leaf, weekday=leaf, description=leaf)
    holiday = obj(closed=leaf, opens_at=leaf, closes_at=leaf, start_date=leaf, end_date=leaf)
    location = obj(name=leaf, latitude=leaf, longitude=leaf, physical_addresses=st.lists(obj(
        address_1=leaf, address_2=leaf, address_3=leaf, city=leaf, state_province=leaf,
        postal_code=leaf), max_size=2), accessibility_for_disabilities=st.lists(obj(
            accessibility=leaf, details=leaf), max_size=2))
    org = st.fixed_dictionaries({"id": st.sampled_from(["o1", "o2"])}, optional={
        "name": leaf, "url": leaf, "email": leaf, "description": leaf})
    return st.fixed_dictionaries({"id": ids, "organization": org}, optional=dict(
        name=leaf, status=leaf, fees=leaf, attending_type=leaf, attending_access=leaf,
        regular_schedules=st.lists(schedule, max_size=3),
        holiday_schedules=st.lists(holiday, max_size=2),
        eligibilitys=st.lists(obj(eligibility=leaf, minimum_age=leaf, maximum_age=leaf),
                              max_size=2),
        languages=st.lists(obj(language=leaf), max_size=2),
        service_areas=st.lists(obj(service_area=leaf), max_size=2),
        service_taxonomys=st.lists(obj(taxonomy=obj(name=leaf, vocabulary=leaf)), max_size=2),
        cost_options=st.lists(obj(amount=leaf, amount_description=leaf, valid_from=leaf),
                              max_size=2),
        contacts=st.lists(obj(name=leaf, phones=st.lists(obj(number=leaf), max_size=2)),
                          max_size=2),
        service_at_locations=st.lists(obj(location=location, regular_schedule=st.lists(
            schedule, max_size=2)), max_size=2)))


@FUZZ
@given(st.lists(_oruk1_services(), min_size=1, max_size=4, unique_by=lambda s: s["id"]))
def test_oruk1_pages_of_odd_services_never_raise_anything_else(
        services: list[dict[str, Any]]) -> None:
    from build_tools.directory import oruk_v1
    from build_tools.directory.exchange import _split_items

    report = ImportReport()
    try:
        items = oruk_v1.hsds_items({"totalElements": 9, "content": services},
                                   Path("fuzz.json"), report)
        assert items is not None
        orgs, found = _split_items(items, Path("fuzz.json"), report)
    except ImportProblem:
        return
    _check_import(orgs, found)
    report.format()


CSV_TABLES = ["organization", "service", "location", "service_at_location", "schedule",
              "cost_option", "phone", "address", "attribute", "taxonomy_term"]
CELLS = st.one_of(st.sampled_from(["o1", "s1", "l1", "x", "", "MO", "09:00", "1e5", "-3",
                                   "NaN", "=1+1", "'=x", "2026-02-30", "a,b", '"q"', "\r\n"]),
                  st.text(alphabet=string.printable, max_size=6))


@FUZZ
@given(st.dictionaries(st.sampled_from(CSV_TABLES),
                       st.lists(st.lists(CELLS, min_size=1, max_size=6), max_size=4),
                       min_size=1, max_size=4))
def test_csv_importer_never_raises_anything_else(tables: dict[str, list[list[str]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pkg"
        folder.mkdir()
        for table, rows in tables.items():
            file, columns = TABLES[table]
            lines = [",".join(columns[:6])] + [",".join(
                '"' + c.replace('"', '""') + '"' for c in row) for row in rows]
            (folder / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            orgs, services = read_source(folder, ImportReport())
        except ImportProblem:
            return
        _check_import(orgs, services)


@FUZZ
@given(st.one_of(_json_values().map(json.dumps), st.text(max_size=50),
                 st.builds(lambda n, c: c * n, st.integers(0, 3000), st.sampled_from(
                     ["[", "{\"a\":", "9", "]"]))),
       st.sampled_from(["2026-05-01", "2026-02-30", "", "x" * 100]))
def test_estimate_json_never_raises(answers: str, on: str) -> None:
    from care_estimator.api import estimate_json

    result = json.loads(estimate_json(answers, on))
    assert isinstance(result, dict)
    assert len(json.dumps(result)) < 50_000


def test_fuzzed_import_writes_only_into_the_target(tmp_path: Path) -> None:
    """One concrete end-to-end run: a hostile source, into a folder, nothing outside."""
    source = tmp_path / "source.json"
    source.write_text(json.dumps([{"id": "../../x", "name": "../../council"},
                                  {"id": "s", "name": "s", "organization_id": "../../x"}]))
    into = tmp_path / "out" / "organisations"
    written = import_source(source, into, today=TODAY)
    assert [p.parent for p in written] == [into]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "out", "out/organisations", "out/organisations/council.yaml", "source.json"]
