"""Every official HSDS example (3.0 and 3.1-dev, JSON and the CSV datapackage) and every
Open Referral UK 3.0 profile example imports faithfully, checked field by field against
the source file itself.

The reference files live outside the repository (``../shared/reference``); the tests are
skipped when they are absent.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from build_tools.directory import load_directory
from build_tools.directory.exchange import ImportProblem, import_records, import_source
from build_tools.directory.hsds_import import ImportReport
from build_tools.directory.scaffold import slugify

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = next((p for p in (ROOT.parent / "shared" / "reference",
                              ROOT.parents[1] / "shared" / "reference") if p.is_dir()), None)
TODAY = date(2026, 11, 23)
VERSIONS = ["hsds-3.0", "hsds-3.1-dev", "oruk-profile"]
WITH_SERVICE = ["service_full.json", "service_list.json", "organization_full.json",
                "service_at_location_full.json", "service_at_location_list.json"]
NOT_DIRECTORY = ["base.json", "tabular.json", "taxonomy.json", "taxonomy_list.json",
                 "taxonomy_term.json", "taxonomy_term_list.json", "location.json"]

pytestmark = pytest.mark.skipif(REFERENCE is None, reason="../shared/reference is absent")


def _examples(version: str) -> Path:
    assert REFERENCE is not None
    return REFERENCE / version / "examples"


def _service_source(version: str) -> dict[str, Any]:
    return json.loads((_examples(version) / "service_full.json").read_text(encoding="utf-8"))


def _import(path: Path) -> tuple[list[dict[str, Any]], ImportReport]:
    report = ImportReport()
    return import_records(path, TODAY, report), report


def _csv_folder(version: str, tmp_path: Path) -> Path:
    folder = _examples(version) / "csv"
    if not folder.is_dir():
        pytest.skip(f"{version} has no CSV example")
    copy = tmp_path / "csv"
    shutil.copytree(folder, copy)
    return copy


SOURCES = [(v, name) for v in VERSIONS for name in WITH_SERVICE] + [("hsds-3.1-dev", "csv")]


@pytest.mark.parametrize(("version", "name"), SOURCES, ids=[f"{v}/{n}" for v, n in SOURCES])
def test_service_fields_one_by_one(version: str, name: str, tmp_path: Path) -> None:
    src = _service_source(version)
    path = _csv_folder(version, tmp_path) if name == "csv" else _examples(version) / name
    records, report = _import(path)
    services = [s for r in records for s in r["services"]]
    assert len(services) == 1
    service = services[0]
    full = name in ("service_full.json", "organization_full.json", "csv",
                    "service_at_location_full.json")
    for key in ("name", "description"):
        assert service[key] == src[key], key
    for key in ("alternate_name", "url", "email", "status", "interpretation_services",
                "application_process", "eligibility_description", "wait_time", "alert"):
        if key in service or full:
            assert service.get(key) == src.get(key), key
    # Open Referral UK 3.0 keeps HSDS's older `fees` instead of `fees_description`
    if "fees_description" in service or full:
        assert service["fees_description"] == src.get("fees_description", src.get("fees"))
    if "minimum_age" in service or full:
        assert service["minimum_age"] == src["minimum_age"]
        assert service["maximum_age"] == src["maximum_age"]
    assert service["accreditations"] == [src["accreditations"]]
    if not full:
        return
    # cost options in any unit: "per 1 hour session" is a session price, never "one-off"
    option = src["cost_options"][0]
    cost = service["costs"][0]
    assert cost["cost"] == f"£{option['amount']:.2f} per session"
    assert "one-off" not in json.dumps(service["costs"])
    assert option["option"] in cost["label"] and option["amount_description"] in cost["label"]
    assert (cost["valid_from"], cost["valid_to"]) == (option["valid_from"], option["valid_to"])
    # the weekly schedule (byday TH,FR) ended in 2005: reported, not made a one-off date
    schedule = src["schedules"][0]
    assert "opening_hours" not in service
    assert schedule["valid_to"] not in json.dumps(service.get("hours_exceptions", []))
    assert any("expired" in note and schedule["valid_to"] in note for note in report.notes)
    # languages, required documents, funding
    assert service.get("languages", []) == [lang["name"] for lang in src["languages"]
                                            if lang.get("name")]
    assert service.get("required_documents", []) == [
        d["document"] for d in src.get("required_documents", [])]
    assert service["funding"] == [f["source"] for f in src["funding"]]
    # service areas become localities (for `firststop check` to map)
    assert service["localities"] == [slugify(a.get("name") or a["service_area"])
                                     for a in src["service_areas"]]
    # nested service_at_locations with their location
    sal = src["service_at_locations"][0]
    location_src = sal["location"]
    org = next(r for r in records if r["services"])
    locations = {loc["slug"]: loc for loc in org.get("locations", [])}
    assert service["locations"] == [slugify(location_src["name"])]
    location = locations[service["locations"][0]]
    assert location["name"] == location_src["name"]
    assert location.get("transportation") == location_src.get("transportation")
    address = location_src["addresses"][0]
    for key in ("address_1", "address_2", "city", "region", "postal_code"):
        assert location["address"].get(key) == address.get(key), key
    access = location_src["accessibility"][0]
    assert access["description"] in location["accessibility"][0]
    assert access["details"] in location["accessibility"][0]
    assert access.get("accessibility", "") in location["accessibility"][0]
    assert (location["latitude"], location["longitude"]) == (location_src["latitude"],
                                                            location_src["longitude"])
    # contacts and phones given for the service at the location are kept on the service
    contact_names = {c["name"] for c in service["contacts"]}
    assert {c["name"] for c in sal.get("contacts", [])} <= contact_names
    assert {c["name"] for c in src["contacts"]} <= contact_names
    numbers = {p["number"] for p in service.get("phones", [])}
    for phone in sal.get("phones", [])[:1]:
        assert phone["number"].strip('"') in numbers


@pytest.mark.parametrize(("version", "name"), SOURCES, ids=[f"{v}/{n}" for v, n in SOURCES])
def test_unmodelled_tables_and_fields_are_reported_by_name(version: str, name: str,
                                                           tmp_path: Path) -> None:
    path = _csv_folder(version, tmp_path) if name == "csv" else _examples(version) / name
    _, report = _import(path)
    text = report.format()
    assert "read (HSDS kind: count)" in text and "written (firststop: count)" in text
    assert report.counts_out["services"] == 1
    src = _service_source(version)
    if name in ("service_full.json", "csv"):
        for field in ("assured_date", "assurer_email", "licenses", "last_modified"):
            if src.get(field):
                assert f"service.{field}: 1" in text, field
    if name == "csv":
        for table in ("units", "url", "service_capacity", "metadata"):
            assert f"{table}" in text


@pytest.mark.parametrize("version", VERSIONS)
def test_organisation_fields_one_by_one(version: str) -> None:
    src = json.loads((_examples(version) / "organization_full.json").read_text())
    records, _ = _import(_examples(version) / "organization_full.json")
    org = records[0]["organization"]
    for key in ("name", "alternate_name", "description", "email", "website", "legal_status",
                "year_incorporated"):
        assert org.get(key) == src.get(key), key
    assert org["identifiers"] == [{"scheme": i["identifier_scheme"], "identifier":
                                   i["identifier"]} for i in src["organization_identifiers"]]
    assert org.get("funding", []) == [f["source"] for f in src.get("funding", [])]
    assert [c["name"] for c in org.get("contacts", [])] == [
        c["name"] for c in src.get("contacts", [])]


@pytest.mark.parametrize(("version", "name"), [
    (v, n) for v in VERSIONS for n in NOT_DIRECTORY
    if REFERENCE is None or (REFERENCE / v / "examples" / n).is_file()])
def test_files_that_are_not_directory_data_are_refused_clearly(version: str, name: str) -> None:
    if not (_examples(version) / name).is_file():
        pytest.skip(f"{version} has no {name}")
    with pytest.raises(ImportProblem, match=r":1: \(file\): "):
        import_records(_examples(version) / name, TODAY)


def test_a_current_weekly_schedule_stays_weekly(tmp_path: Path) -> None:
    src = _service_source("hsds-3.1-dev")
    src["schedules"][0]["valid_to"] = "2099-12-31"
    src["service_at_locations"][0]["schedules"] = []
    path = tmp_path / "service.json"
    path.write_text(json.dumps(src))
    records, report = _import(path)
    service = records[0]["services"][0]
    assert service["opening_hours"] == ["Thu-Fri 10:00-18:00"]
    assert "hours_exceptions" not in service
    assert any("imported as weekly hours" in note for note in report.notes)


@pytest.mark.parametrize("source", ["hsds-3.0/examples/organization_full.json", "csv"])
def test_imported_examples_load_as_records(source: str, tmp_path: Path) -> None:
    path = _csv_folder("hsds-3.1-dev", tmp_path) if source == "csv" else REFERENCE / source
    into = tmp_path / "records" / "organisations"
    written = import_source(path, into, today=TODAY)
    assert len(written) == 1
    loaded = load_directory(ROOT, into.parent)
    # The example is American test data: what remains is for an editor to fix, field by
    # field, never a file that cannot be read.
    fields = {p.field for p in loaded.problems}
    assert fields <= {"locations[0].address.postal_code", "locations[0].latitude",
                      "locations[0].longitude", "services[0].minimum_age"}, fields


@pytest.mark.parametrize("version", VERSIONS)
def test_organisation_lists_import_as_organisations(version: str) -> None:
    src = json.loads((_examples(version) / "organization_list.json").read_text())
    records, report = _import(_examples(version) / "organization_list.json")
    assert [r["organization"]["name"] for r in records] == [o["name"] for o in
                                                           src["contents"]]
    assert report.counts_out["services"] == 0
