"""The HSDS export carries when each service was last checked and where its venues are."""

from __future__ import annotations

from pathlib import Path

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
