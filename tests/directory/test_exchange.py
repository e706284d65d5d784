"""Open Referral UK exchange: round trips, stable ids and the official schemas."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from build_tools.directory import load_directory
from build_tools.directory.exchange import export_files, import_source, write_export
from build_tools.directory.ids import stable_id
from build_tools.directory.records_io import write_record

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = next((path for path in (Path(os.environ.get("FIRSTSTOP_REFERENCE", "/nonexistent")),
                                     ROOT.parent / "shared" / "reference",
                                     ROOT.parent.parent / "shared" / "reference")
                  if path.is_dir()), ROOT.parent / "shared" / "reference")
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def directory() -> Any:
    loaded = load_directory(ROOT, ROOT / "services_directory")
    assert not loaded.problems
    return loaded


@pytest.fixture(scope="module")
def exported(directory: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export")
    write_export(directory, out)
    return out


def _records(folder: Path) -> dict[str, Any]:
    loaded = load_directory(ROOT, folder)
    assert not loaded.problems, [p.format() for p in loaded.problems]
    return {f.data["organization"]["slug"]: f.data for f in loaded.files}


@pytest.mark.parametrize("source", ["json", "csv"])
def test_import_of_export_gives_back_the_same_records(exported: Path, tmp_path: Path,
                                                      source: str) -> None:
    into = tmp_path / "imported" / "organisations"
    path = exported if source == "json" else exported / "datapackage"
    written = import_source(path, into, today=TODAY)
    assert len(written) == len(list((ROOT / "services_directory" / "organisations").glob("*.yaml")))
    assert _records(into.parent) == _records(ROOT / "services_directory")


def test_import_writes_the_same_yaml_text(exported: Path, tmp_path: Path) -> None:
    into = tmp_path / "imported"
    import_source(exported, into, today=TODAY)
    originals = sorted((ROOT / "services_directory" / "organisations").glob("*.yaml"))
    assert len(originals) >= 60
    for original in originals:
        body = [line for line in original.read_text().splitlines() if not line.startswith("#")]
        again = [line for line in (into / original.name).read_text().splitlines()
                 if not line.startswith("#")]
        assert body == again, original.name


def test_import_refuses_to_overwrite(exported: Path, tmp_path: Path) -> None:
    from build_tools.directory.exchange import ImportError_

    import_source(exported, tmp_path, today=TODAY)
    with pytest.raises(ImportError_, match="already exists"):
        import_source(exported, tmp_path, today=TODAY)


def test_ids_are_stable_uuid5(directory: Any) -> None:
    first = export_files(directory, "json")
    second = export_files(load_directory(ROOT, ROOT / "services_directory"), "json")
    assert first == second
    service = next(iter(directory.services.values()))
    assert service.id == stable_id("service", service.slug)
    assert f"services/{service.id}.json" in first
    assert service.id[14] == "5"  # UUID version 5


def _validator(schema: dict[str, Any], registry: Any = None) -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    kwargs = {"registry": registry} if registry is not None else {}
    return Draft202012Validator(schema, format_checker=FormatChecker(), **kwargs)


def _oruk_validator() -> Any:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    folder = REFERENCE / "oruk-profile" / "schema"
    resources = [(p.name, Resource(contents=json.loads(p.read_text()),
                                   specification=DRAFT202012)) for p in folder.glob("*.json")]
    schema = {**json.loads((folder / "service.json").read_text()), "$id": "service.json"}
    return _validator(schema, Registry().with_resources(resources))


needs_reference = pytest.mark.skipif(
    not REFERENCE.is_dir(),
    reason=f"official HSDS/ORUK schemas not found at {REFERENCE} (../shared/reference)")


@needs_reference
def test_every_exported_service_validates_against_official_schemas(exported: Path) -> None:
    hsds = _validator(json.loads(
        (REFERENCE / "hsds-3.0" / "schema" / "compiled" / "service.json").read_text()))
    oruk = _oruk_validator()
    listing = _validator(json.loads(
        (REFERENCE / "hsds-3.0" / "schema" / "compiled" / "service_list.json").read_text()))
    files = sorted((exported / "services").glob("*.json"))
    assert len(files) >= 150
    for path in files:
        service = json.loads(path.read_text())
        for name, validator in (("HSDS 3.0", hsds), ("ORUK profile", oruk)):
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(
                service)]
            assert not errors, f"{path.name} fails {name}: {errors[:3]}"
    for item in json.loads((exported / "services.json").read_text())["contents"]:
        assert not list(listing.iter_errors(item))


@needs_reference
def test_official_schemas_catch_a_broken_service(exported: Path) -> None:
    """Negative control: the validators used above do reject bad records."""
    hsds = _validator(json.loads(
        (REFERENCE / "hsds-3.0" / "schema" / "compiled" / "service.json").read_text()))
    oruk = _oruk_validator()
    service = json.loads(next((exported / "services").glob("*.json")).read_text())
    broken = {**service, "id": "not-a-uuid", "status": "open"}
    del broken["name"]
    assert len(list(hsds.iter_errors(broken))) >= 3
    assert len(list(oruk.iter_errors(broken))) >= 3
    bad_schedule = {**service, "schedules": [{"id": service["id"], "freq": "DAILY"}]}
    assert list(oruk.iter_errors(bad_schedule))


@needs_reference
def test_csv_tables_validate_against_tabular_schema(exported: Path) -> None:
    from build_tools.directory.tabular import read_datapackage

    tabular = _validator(json.loads(
        (REFERENCE / "hsds-3.0" / "schema" / "compiled" / "tabular.json").read_text()))
    tables = read_datapackage(exported / "datapackage")
    assert {"organization", "service", "location", "attribute", "taxonomy_term"} <= set(tables)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in tabular.iter_errors(tables)]
    assert not errors, errors[:5]


def test_import_from_foreign_hsds_json(tmp_path: Path) -> None:
    """A minimal record from another directory (no firststop attributes) still imports."""
    service = {
        "id": "ac148810-d857-441c-9679-408f346de14b", "name": "Community Counselling",
        "description": "Counselling.", "status": "active", "email": "c@example.org",
        "organization": {"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
                         "name": "Example Organisation", "description": "An example."},
        "cost_options": [{"id": "1fdf4d39-3d80-484d-9f92-a8ffa08621e7", "amount": 35,
                          "amount_description": "per session", "option": "Adults"}],
        "schedules": [{"id": "48102e86-bb50-41c4-8f1e-e269368c41d1", "freq": "WEEKLY",
                       "byday": "TH,FR", "opens_at": "10:00:00", "closes_at": "18:00:00"}],
    }
    source = tmp_path / "services.json"
    source.write_text(json.dumps({"contents": [service]}))
    [path] = import_source(source, tmp_path / "out", today=TODAY)
    text = path.read_text()
    assert path.name == "example-organisation.yaml"
    assert "£35.00 per session" in text and "Thu-Fri 10:00-18:00" in text


def _tricky_copy(tmp_path: Path) -> Path:
    """The demo records plus one service with line breaks in list items and text that a
    spreadsheet would run as a formula."""
    records = tmp_path / "records"
    shutil.copytree(ROOT / "services_directory", records)
    path = sorted((records / "organisations").glob("*.yaml"))[0]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    service = data["services"][0]
    service["accreditations"] = ["Quality Mark\nrenewed yearly", "=HYPERLINK(\"x\")",
                                 '["not json"', "Plain"]
    service["description"] = "+44 first line\n-second line\n@third\ttab"
    service["required_documents"] = ["Proof of address,\nsuch as a bill"]
    write_record(path.parent, data, "tricky")
    return records


@pytest.mark.parametrize("source", ["json", "csv"])
def test_export_import_export_keeps_everything(tmp_path: Path, source: str) -> None:
    records = _tricky_copy(tmp_path)
    first = load_directory(ROOT, records)
    assert not first.problems, [p.format() for p in first.problems]
    out = tmp_path / "export1"
    write_export(first, out)
    into = tmp_path / "imported" / "organisations"
    for name in ("taxonomy.yaml", "areas.yaml"):
        (into.parent).mkdir(parents=True, exist_ok=True)
        shutil.copy(records / name, into.parent / name)
    import_source(out if source == "json" else out / "datapackage", into, today=TODAY)
    second = load_directory(ROOT, into.parent)
    assert not second.problems, [p.format() for p in second.problems]
    assert {f.data["organization"]["slug"]: f.data for f in second.files} == {
        f.data["organization"]["slug"]: f.data for f in first.files}
    assert export_files(second) == export_files(first)


def test_csv_export_neutralises_formulas_and_reads_them_back(tmp_path: Path) -> None:
    import csv
    import io

    directory = load_directory(ROOT, _tricky_copy(tmp_path))
    files = export_files(directory, "csv")
    for name, content in files.items():
        if not name.endswith(".csv"):
            continue
        for row in csv.reader(io.StringIO(content.decode("utf-8"), newline="")):
            for cell in row:
                if cell and not _is_number(cell):
                    assert cell[0] not in "=+-@\t\r", (name, cell)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_read_import_text_names_file_line_and_fix(tmp_path: Path) -> None:
    from build_tools.directory.records_io import read_import_text

    class Refused(ValueError):
        pass

    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf[1]")
    assert read_import_text(bom, 100, Refused) == "[1]"
    with pytest.raises(Refused, match=r"big\.csv:1: \(file\): larger than 3 bytes \(split it\)"):
        big = tmp_path / "big.csv"
        big.write_text("id,name\n")
        read_import_text(big, 3, Refused, too_large="split it")
    with pytest.raises(Refused, match=r"gone\.csv:1: \(file\): cannot read: .* \(look here\)"):
        read_import_text(tmp_path / "gone.csv", 100, Refused, unreadable="look here")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Caf\u00e9".encode("latin-1"))
    with pytest.raises(Refused, match=r"latin\.csv:1: \(file\): is not UTF-8 text \(byte 3; "
                                      r"save it as UTF-8\)"):
        read_import_text(latin, 100, Refused)
