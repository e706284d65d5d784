"""Open Referral UK 1.0 files (the older UK API) import through the HSDS importer.

The fixture ``fixtures/oruk_v1/council_page.json`` is a fictional council feed page in the
shape Porism's reference API writes: three services of one organisation, two of them at
one location. Every mapped field is checked against the fixture itself.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from build_tools.directory import load_directory
from build_tools.directory.exchange import ImportProblem, import_records, import_source
from build_tools.directory.hsds_import import ImportReport
from build_tools.directory.oruk_v1 import is_oruk_v1
from build_tools.directory.scaffold import slugify

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "oruk_v1" / "council_page.json"
TODAY = date(2026, 11, 23)


def _source() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _import(data: Any, tmp_path: Path) -> tuple[list[dict[str, Any]], ImportReport]:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    report = ImportReport()
    return import_records(path, TODAY, report), report


def _services(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for r in records for s in r["services"]}


def test_every_mapped_field_of_a_council_feed(tmp_path: Path) -> None:
    src = _source()
    records, report = _import(src, tmp_path)
    assert "format: Open Referral UK 1.0 JSON (paginated response)" in report.format()
    services = _services(records)
    assert list(services) == [s["name"] for s in src["content"]]
    for item in src["content"]:
        service = services[item["name"]]
        assert service["description"] == item["description"]
        assert service["status"] == item["status"]
        for key in ("url", "email"):
            assert service.get(key) == item[key], key
        assert service.get("fees_description") == item["fees"]
        if item.get("accreditations"):
            assert service["accreditations"] == [item["accreditations"]]
        # service areas (free text) become localities for `firststop check` to map
        assert service["localities"] == [slugify(a["service_area"])
                                         for a in item["service_areas"]] or ["all"]
        assert service.get("funding", []) == [f["source"] for f in item["fundings"]]
        assert service.get("languages", []) == [lang["language"] for lang in item["languages"]]
        assert [c["name"] for c in service.get("contacts", [])] == [
            c["name"] for c in item["contacts"]]
        assert [p["number"] for c in service.get("contacts", []) for p in c["phones"]] == [
            p["number"] for c in item["contacts"] for p in c["phones"]]
        # taxonomy terms become category slugs (checked against firststop's list later)
        assert service["categories"] == [slugify(t["taxonomy"]["name"])
                                         for t in item["service_taxonomys"]] or [
            "uncategorised"]
        delivery = {"venue": "venue", "home visit": "at-home"}[item["attending_type"]]
        assert service["delivery"] == [delivery]
        route = {"drop-in": "self-referral", "appointment": "self-referral",
                 "referral": "professional-referral"}[item["attending_access"]]
        assert service["referral_routes"] == [route]
        for option, cost in zip(item["cost_options"], service["costs"], strict=False):
            assert cost["cost"] == f"£{option['amount']:.2f} {option['amount_description']}"
            assert cost["label"] == option["option"]
            assert (cost["valid_from"], cost["valid_to"]) == (option["valid_from"],
                                                              option["valid_to"])
    organisation = records[0]["organization"]
    org_src = src["content"][0]["organization"]
    for key, source_key in (("name", "name"), ("description", "description"),
                            ("email", "email"), ("website", "url")):
        assert organisation[key] == org_src[source_key], key
    # eligibility: the widest age range; a maximum of 0 means none (and is reported)
    cafe, sitting = services["Carers Cafe"], services["Carers Sitting Service"]
    assert (cafe["minimum_age"], cafe.get("maximum_age")) == (18, None)
    assert cafe["eligibility_description"] == "adult"
    assert any("maximum age 0 not imported" in note for note in report.notes)
    assert (sitting["minimum_age"], sitting["maximum_age"]) == (16, 120)
    assert sitting["eligibility_description"] == "adult, family"


def test_location_fields(tmp_path: Path) -> None:
    src = _source()
    records, _ = _import(src, tmp_path)
    hall_src = src["content"][0]["service_at_locations"][0]["location"]
    [hall] = records[0]["locations"]
    assert hall["name"] == hall_src["name"] and hall["description"] == hall_src["description"]
    assert (hall["latitude"], hall["longitude"]) == (hall_src["latitude"],
                                                     hall_src["longitude"])
    address = hall_src["physical_addresses"][0]
    assert hall["address"] == {"address_1": address["address_1"],
                               "address_2": address["address_2"], "city": address["city"],
                               "region": address["state_province"],
                               "postal_code": address["postal_code"]}
    assert hall["accessibility"] == ["Step-free entrance",
                                     "Hearing loop: Ask at reception for the portable loop."]


def test_a_page_sharing_one_organisation_and_location_gives_one_file(tmp_path: Path) -> None:
    into = tmp_path / "records" / "organisations"
    written = import_source(FIXTURE, into, today=TODAY)
    assert [p.name for p in written] == ["wyvernshire-carers-network.yaml"]
    assert len(list(into.iterdir())) == 1
    loaded = load_directory(ROOT, into.parent)
    assert len(loaded.organisations) == 1 and len(loaded.locations) == 1
    assert len(loaded.services) == 3
    at_hall = [s.slug for s in loaded.services.values() if s.location_slugs]
    assert at_hall == ["carers-cafe", "carers-wellbeing-walk"]
    # Whatever is left is vocabulary for an editor to map, never an unreadable file.
    assert {p.field.split(".")[-1].split("[")[0] for p in loaded.problems} <= {
        "categories", "localities", "minimum_age"}, [p.format() for p in loaded.problems]


def test_holiday_and_regular_schedules_become_hours(tmp_path: Path) -> None:
    records, _ = _import(_source(), tmp_path)
    services = _services(records)
    cafe = services["Carers Cafe"]
    assert cafe["opening_hours"] == ["Tue 10:00-12:30", "Thu 14:00-16:00"]
    assert cafe["hours_exceptions"] == ["2026-12-24 to 2027-01-02 closed",
                                        "2027-04-06 10:00-11:30"]
    # a service_at_location's own `regular_schedule` (Porism's key) is the service's hours
    assert services["Carers Wellbeing Walk"]["opening_hours"] == ["Sat 09:30-10:30"]


def test_schedule_edge_cases_are_reported_not_guessed(tmp_path: Path) -> None:
    src = _source()
    service = src["content"][0]
    service["regular_schedules"] = [
        {"id": "r1", "weekday": 2, "opens_at": "09:00", "closes_at": "17:00"},
        {"id": "r2", "byday": "MO", "opens_at": "9am", "closes_at": "5pm"},
        {"id": "r3", "byday": "WE", "opens_at": "9:30 am", "closes_at": "1:00 PM"}]
    service["cost_options"] = [{"id": "c1", "amount": 3, "amount_description": "per session",
                                "valid_from": 1798761600000, "valid_to": "31/03/2027"}]
    service["holiday_schedules"] = [
        {"id": "h1", "closed": "true", "start_date": "25/12/2026", "end_date": "26/12/2026"},
        {"id": "h2", "closed": False, "start_date": "2027-01-01", "end_date": "2027-01-01"},
        {"id": "h3", "closed": True, "start_date": 1798761600000}]
    records, report = _import(src, tmp_path)
    cafe = _services(records)["Carers Cafe"]
    assert cafe["opening_hours"] == ["Wed 09:30-13:00"]
    assert cafe["hours_exceptions"] == ["2026-12-25 to 2026-12-26 closed", "2027-01-01 closed"]
    assert cafe["costs"] == [{"cost": "£3.00 per session", "valid_from": "2027-01-01",
                              "valid_to": "2027-03-31"}]
    notes = "\n".join(report.notes)
    assert "regular schedule 'r1' has no byday (weekday 2); not imported" in notes
    assert "schedule r2 has times '9am to 5pm' that cannot be read" in notes
    assert "holiday schedule 'h2' is open with no times; not imported" in notes


def test_unknown_fields_are_reported_by_name(tmp_path: Path) -> None:
    src = _source()
    service = src["content"][0]
    service["pc_metadata"] = {"last_updated": "2026-01-01"}
    service["pc_targetAudience"] = [{"id": "t1", "name": "Carers"}]
    service["service_at_locations"][0]["location"]["physical_addresses"][0]["uprn"] = "100000"
    service["attending_type"] = "by post"
    _, report = _import(src, tmp_path)
    text = report.format()
    for expected in ("service.pc_metadata: 1", "service.pc_targetAudience: 1",
                     "address.uprn: 1", "service.attending_type: 1", "service.reviews: 1",
                     "service.deliverable_type: 2", "service.assured_date: 2",
                     "organization.logo: 1", "taxonomy_term.vocabulary: 3"):
        assert expected in text, expected


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(data)
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


WRONG = [
    (("content", 0, "regular_schedules"), "Tue 10:00",
     "content[0].regular_schedules: expected a list, found str (write [ ... ] even for one "
     "item)"),
    (("content", 0, "holiday_schedules", 0, "closed"), "sometimes",
     "content[0].holiday_schedules[0].closed: expected true or false, found 'sometimes' "
     "(write true or false)"),
    (("content", 0, "eligibilitys", 0, "minimum_age"), "eighteen",
     "content[0].eligibilitys[0].minimum_age: expected a number, found 'eighteen'"),
    (("content", 0, "service_at_locations", 0, "location", "latitude"), "north",
     "content[0].service_at_locations[0].location.latitude: expected a number, found "
     "'north'"),
    (("content", 0, "service_at_locations", 0, "location", "physical_addresses"),
     {"address_1": "12 Market Street"},
     "location.physical_addresses: expected a list, found dict"),
    (("content", 0, "service_taxonomys", 0, "taxonomy"), "Carers",
     "content[0].service_taxonomys[0].taxonomy: expected an object, found str"),
    (("content", 1, "organization"), "Wyvernshire Carers Network",
     "content[1].organization: expected an object, found str"),
    (("content", 1, "languages", 0, "language"), ["English"],
     "content[1].languages[0].language: expected text, found list (write a single value)"),
    (("content", 1, "cost_options", 0, "amount"), "twelve",
     "content[1].cost_options[0].amount: expected a number, found 'twelve'"),
]


@pytest.mark.parametrize(("path", "value", "message"), WRONG,
                         ids=[".".join(map(str, w[0][2:])) for w in WRONG])
def test_wrong_types_in_modelled_fields_are_refused(path: tuple[Any, ...], value: Any,
                                                    message: str, tmp_path: Path) -> None:
    into = tmp_path / "records"
    source = tmp_path / "feed.json"
    source.write_text(json.dumps(_set(_source(), path, value)), encoding="utf-8")
    with pytest.raises(ImportProblem) as raised:
        import_source(source, into, today=TODAY)
    assert f"{source}:1: " in str(raised.value)
    assert message in str(raised.value)
    assert not into.exists() or not list(into.iterdir())


def test_single_objects_and_bare_lists(tmp_path: Path) -> None:
    src = _source()
    first = src["content"][0]
    # /services/{id}
    records, report = _import(first, tmp_path)
    assert [s["name"] for r in records for s in r["services"]] == ["Carers Cafe"]
    assert report.source_format == "Open Referral UK 1.0 JSON"
    # a plain list of services
    records, _ = _import(src["content"], tmp_path)
    assert len(_services(records)) == 3
    # /organizations/{id}: the organisation with its services (no `organization` in them)
    org = {**first["organization"], "services": [
        {k: v for k, v in s.items() if k != "organization"} for s in src["content"]]}
    records, _ = _import(org, tmp_path)
    assert len(records) == 1 and len(records[0]["services"]) == 3
    assert records[0]["organization"]["website"] == org["url"]
    # /locations/{id}: the location with each service at it
    location = {**first["service_at_locations"][0]["location"], "service_at_locations": [
        {"id": "sal-1", "service": first}]}
    records, _ = _import(location, tmp_path)
    [service] = records[0]["services"]
    assert service["locations"] == ["kingsford-community-hall"]


def test_one_page_of_many_says_so(tmp_path: Path) -> None:
    src = {**_source(), "totalElements": 120, "totalPages": 40}
    _, report = _import(src, tmp_path)
    assert any("holds 3 of 120 services" in note and "import the folder" in note
               for note in report.notes)


def test_a_folder_of_pages_imports_as_one_feed(tmp_path: Path) -> None:
    """Pages share organisations and venues: imported together, each written once."""
    src = _source()
    folder = tmp_path / "feed"
    folder.mkdir()
    for number, service in enumerate(src["content"], start=1):
        page = {"totalElements": 3, "totalPages": 3, "number": number, "size": 1,
                "first": number == 1, "last": number == 3, "content": [service]}
        (folder / f"page-{number * 5}.json").write_text(json.dumps(page), encoding="utf-8")
    into = tmp_path / "records" / "organisations"
    written = import_source(folder, into, today=TODAY)
    assert [p.name for p in written] == ["wyvernshire-carers-network.yaml"]
    records, report = import_records(folder, TODAY, ImportReport()), written.report
    assert [s["name"] for s in records[0]["services"]] == [s["name"] for s in src["content"]]
    assert report.source_format == "Open Referral UK 1.0 JSON (paginated response), 3 file(s)"
    assert not any("page" in note for note in report.notes)
    (folder / "page-15.json").unlink()
    _, report = _import_folder(folder)
    assert any("these files hold 2 of the 3 services" in note for note in report.notes)
    # a wrong type is refused naming the page it is in
    (folder / "page-10.json").write_text(json.dumps({"totalElements": 3, "content": [
        {"id": "x", "name": "X", "regular_schedules": "Mondays"}]}), encoding="utf-8")
    with pytest.raises(ImportProblem, match=r"page-10\.json:1: content\[0\]\.regular_schedules"):
        _import_folder(folder)


def _import_folder(folder: Path) -> tuple[list[dict[str, Any]], ImportReport]:
    report = ImportReport()
    return import_records(folder, TODAY, report), report


def test_hsds_3_files_are_not_taken_for_oruk_1() -> None:
    service = {"id": "s1", "name": "S", "organization": {"id": "o1", "name": "O"},
               "schedules": [{"byday": "MO", "attending_type": "in person"}],
               "service_at_locations": [{"location": {"addresses": []}}]}
    assert not is_oruk_v1({"contents": [service], "total_items": 1, "page_number": 1})
    assert is_oruk_v1({"content": [], "totalElements": 0})
    assert is_oruk_v1([{**service, "regular_schedules": []}])


def test_a_paginated_hsds_3_response_of_services_with_nested_organisations(
        tmp_path: Path) -> None:
    org = {"id": "o1", "name": "Kingsford Good Neighbours", "website": "https://example.org"}
    services = [{"id": f"s{i}", "name": f"Service {i}", "status": "active",
                 "organization": org} for i in range(3)]
    page = {"total_items": 3, "total_pages": 1, "page_number": 1, "size": 3,
            "first_page": True, "last_page": True, "empty": False, "contents": services}
    records, report = _import(page, tmp_path)
    assert len(records) == 1 and len(records[0]["services"]) == 3
    assert report.source_format.startswith("HSDS 3.0 JSON")


def test_a_venue_and_a_service_name_shared_by_two_organisations(tmp_path: Path) -> None:
    """Council feeds: many groups meet at one hall, and two groups may both run a
    'Carers Cafe'. Both organisations are written; the later one's slugs say whose."""
    src = _source()
    other = {"id": "org-2", "name": "Kingsford Good Neighbours",
             "url": "https://www.goodneighbours.example.org/"}
    twin = {**copy.deepcopy(src["content"][0]), "id": "svc-2", "organization": other}
    src["content"].append(twin)
    into = tmp_path / "records" / "organisations"
    written = import_source(_write(src, tmp_path), into, today=TODAY)
    assert sorted(p.name for p in written) == ["kingsford-good-neighbours.yaml",
                                               "wyvernshire-carers-network.yaml"]
    loaded = load_directory(ROOT, into.parent)
    assert not [p for p in loaded.problems if p.severity == "error"], [
        p.format() for p in loaded.problems]
    assert sorted(loaded.locations) == ["kingsford-community-hall",
                                        "kingsford-community-hall-kingsford-good-neighbours"]
    assert loaded.services["carers-cafe-kingsford-good-neighbours"].location_slugs == [
        "kingsford-community-hall-kingsford-good-neighbours"]
    notes = "\n".join(written.report.notes)
    assert "location 'Kingsford Community Hall' is also in wyvernshire-carers-network.yaml" \
        in notes


def test_copies_of_one_venue_with_their_own_ids_are_kept_once(tmp_path: Path) -> None:
    src = _source()
    copy_of_hall = copy.deepcopy(src["content"][2]["service_at_locations"][0])
    copy_of_hall["location"]["id"] = "another-id-for-the-same-hall"
    src["content"][2]["service_at_locations"] = [copy_of_hall]
    records, report = _import(src, tmp_path)
    assert [loc["slug"] for loc in records[0]["locations"]] == ["kingsford-community-hall"]
    assert _services(records)["Carers Wellbeing Walk"]["locations"] == [
        "kingsford-community-hall"]
    assert any("imported once" in note for note in report.notes)


def _write(data: Any, tmp_path: Path) -> Path:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_one_organisations_services_with_one_name_at_two_venues(tmp_path: Path) -> None:
    src = _source()
    walk = src["content"][2]
    other_hall = copy.deepcopy(walk["service_at_locations"][0])
    other_hall["location"].update(id="hall-2", name="Northmoor Village Hall")
    src["content"].append({**copy.deepcopy(walk), "id": "walk-2",
                           "service_at_locations": [other_hall]})
    into = tmp_path / "records" / "organisations"
    written = import_source(_write(src, tmp_path), into, today=TODAY)
    loaded = load_directory(ROOT, into.parent)
    assert loaded.services["carers-wellbeing-walk"].location_slugs == [
        "kingsford-community-hall"]
    assert loaded.services["carers-wellbeing-walk-northmoor-village-hall"].location_slugs == [
        "northmoor-village-hall"]
    assert any("its slug is 'carers-wellbeing-walk-northmoor-village-hall'" in note
               for note in written.report.notes)
    # the same name with nothing to tell them apart is still refused, by name
    src["content"][-1]["service_at_locations"] = []
    src["content"][2]["service_at_locations"] = []
    with pytest.raises(ImportProblem, match="service slug 'carers-wellbeing-walk' is used by"):
        import_source(_write(src, tmp_path), tmp_path / "other", today=TODAY)
