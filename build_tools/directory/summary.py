"""A JSON-ready summary of each service, for the finder's index and the pages."""

from __future__ import annotations

import re
from typing import Any

from build_tools.directory import fields
from build_tools.directory.model import Directory, Service
from build_tools.directory.urls import page_url

_MARKUP = re.compile(r"<[^>]*>|[*_`#>\[\]]|\(https?://[^)]*\)")


def plain_summary(service: Service, limit: int = 200) -> str:
    """The record's ``summary`` or the first sentence of its description, as plain text."""
    text = service.data.get("summary") or service.data["description"]
    text = " ".join(_MARKUP.sub("", text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return f"{cut}…"


def postcode_districts(directory: Directory, service: Service) -> list[str]:
    """Districts of every locality served plus those of its own venues."""
    districts: list[str] = []
    for slug in service.localities:
        area = directory.areas.get(slug)
        if area:
            districts.extend(area.postcode_districts)
    for slug in service.location_slugs:
        location = directory.locations.get(slug)
        if location and location.district:
            districts.append(location.district)
    return sorted(set(districts), key=_district_order)


def _district_order(district: str) -> tuple[str, int]:
    return re.sub(r"\d", "", district), int(re.sub(r"\D", "", district) or 0)


def _phones(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for phone in items:
        number = str(phone["number"])
        valid = fields.phone_problem(number) is None
        result.append({"number": number, "e164": fields.e164(number) if valid else None,
                       "description": phone.get("description"), "type": phone.get("type")})
    return result


def venues(directory: Directory, service: Service) -> list[dict[str, Any]]:
    """The service's venues: address in one line, postcode district, map position (when
    the record gives one) and accessibility lines."""
    result = []
    for slug in service.location_slugs:
        location = directory.locations.get(slug)
        if location is None:
            continue
        data = location.data
        address = data.get("address") or {}
        postcode = location.postcode or address.get("postal_code", "")
        parts = [address.get("address_1"), address.get("address_2"), address.get("city"),
                 postcode]
        result.append({"slug": slug, "name": location.name,
                       "address": ", ".join(str(p) for p in parts if p),
                       "district": location.district,
                       "latitude": data.get("latitude"), "longitude": data.get("longitude"),
                       "accessibility": list(data.get("accessibility") or [])})
    return result


def service_summary(directory: Directory, service: Service) -> dict[str, Any]:
    """The finder's view of one service; the keys are documented in README.md."""
    org = directory.organisation_of(service)
    data = service.data
    phones = data.get("phones") or org.data.get("phones") or []
    cqc = data.get("cqc")
    return {
        "id": service.id,
        "slug": service.slug,
        "name": service.name,
        "url": page_url("service", service.slug),
        "organisation": {"slug": org.slug, "name": org.name,
                         "url": page_url("organisation", org.slug)},
        "summary": plain_summary(service),
        "status": data.get("status", "active"),
        "categories": list(service.categories),
        "category_names": [directory.categories[c].name for c in service.categories
                           if c in directory.categories],
        "localities": list(service.localities),
        "postcode_districts": postcode_districts(directory, service),
        "min_age": data.get("minimum_age"),
        "max_age": data.get("maximum_age"),
        "client_groups": list(data.get("client_groups") or []),
        "cost_kinds": sorted({c.kind for c in service.costs}),
        "costs": [c.as_dict() for c in service.costs],
        "delivery": list(data["delivery"]),
        "referral_routes": list(data["referral_routes"]),
        "hours": service.hours.by_weekday(),
        "hours_text": service.hours.lines(),
        "hours_exceptions": service.hours.exception_lines(),
        "phones": _phones(phones),
        "email": data.get("email") or org.data.get("email"),
        "website": data.get("url") or org.data.get("website"),
        "languages": list(data.get("languages") or []),
        "venues": venues(directory, service),
        "cqc": {"rating": cqc["rating"], "location_id": cqc["location_id"]} if cqc else None,
        "last_reviewed": org.data["last_reviewed"],
        "review_due": org.data["review_due"],
    }


def service_summaries(directory: Directory) -> list[dict[str, Any]]:
    """Summaries of every service, sorted by name."""
    return [service_summary(directory, s)
            for s in sorted(directory.services.values(), key=lambda s: s.name.lower())]
