"""The HSDS export carries when each service was last checked and where its venues are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_tools.directory import load_directory
from build_tools.directory.hsds_export import service_object

ROOT = Path(__file__).resolve().parents[2]


def test_assured_date_and_venue_positions_in_the_export() -> None:
    directory = load_directory(ROOT)
    service = directory.services["stroke-club"]
    org = directory.organisation_of(service)
    exported = service_object(service, directory)
    assert exported["assured_date"] == org.data["last_reviewed"] == "2026-04-27"
    assert exported["assurer_email"] == org.data["record_owner"]["email"]
    [at] = exported["service_at_locations"]
    location = at["location"]
    assert (location["latitude"], location["longitude"]) == (
        directory.locations["wyvernshire-stroke-club-office"].data["latitude"],
        directory.locations["wyvernshire-stroke-club-office"].data["longitude"])
    assert 52.1 < location["latitude"] < 52.3, "near the centre of WY15"


def test_every_demo_venue_has_a_position() -> None:
    directory = load_directory(ROOT)
    missing = [slug for slug, loc in directory.locations.items()
               if loc.data.get("latitude") is None or loc.data.get("longitude") is None]
    assert directory.locations and missing == []


def test_service_pages_say_when_checked_and_offer_a_prefilled_report(monkeypatch: Any) -> None:
    from urllib.parse import parse_qs, urlsplit

    from build_tools.directory.views import checked

    directory = load_directory(ROOT)
    service = directory.services["stroke-club"]
    org = directory.organisation_of(service)
    monkeypatch.setenv("FIRSTSTOP_TODAY", "2026-11-26")
    view = checked(org, service.name, {}, "services/stroke-club/")
    assert (view.month, view.stale) == ("April 2026", False)
    parts = urlsplit(view.change_href)
    assert parts.scheme == "mailto" and parts.path == org.data["record_owner"]["email"]
    query = parse_qs(parts.query)
    assert query["subject"] == ["Problem with a directory listing: Stroke club"]
    assert query["body"][0].startswith("Listing: Stroke club\r\nPage: services/stroke-club/\r\n")
    monkeypatch.setenv("FIRSTSTOP_TODAY", "2027-05-01")
    assert checked(org, service.name, {}).stale is True
