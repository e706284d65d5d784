"""Turn the loaded directory into HSDS 3.0 objects (Open Referral UK).

Fields HSDS has no place for travel as ``attributes`` whose taxonomy terms come from
firststop's own taxonomies (``FIRSTSTOP_TAXONOMIES``); free-text lists are joined with
newlines. Every id is a UUIDv5 from slugs (:func:`build_tools.directory.ids.stable_id`).
"""

from __future__ import annotations

import json
from typing import Any

from build_tools.directory.costs import COUNCIL_FUNDED_TEXT, Cost
from build_tools.directory.hours import ICAL, OpeningHours, format_exception, format_line
from build_tools.directory.ids import stable_id
from build_tools.directory.model import Directory, Location, Organisation, Service

# taxonomy key → (name, description)
FIRSTSTOP_TAXONOMIES: dict[str, tuple[str, str]] = {
    "category": ("firststop need categories", "Adult social care need categories."),
    "locality": ("firststop localities", "Localities of the council area ('all' = county)."),
    "delivery": ("firststop delivery modes", "Where or how a service is delivered."),
    "client_group": ("firststop client groups", "Who a service is for."),
    "referral_route": ("firststop referral routes", "How people get the service."),
    "record": ("firststop record fields", "Fields without an HSDS home; see `value`."),
}
RECORD_FIELDS = {
    "slug": "The record's slug (page address).",
    "summary": "One-line summary.",
    "kind": "Kind of organisation.",
    "cqc_location_id": "Care Quality Commission location id.",
    "cqc_rating": "Care Quality Commission rating.",
    "cqc_inspected": "Date of the last CQC inspection.",
    "last_reviewed": "Date the record was last checked.",
    "review_due": "Date the record is next due a check.",
    "record_owner_name": "Person who keeps the record current.",
    "record_owner_email": "Email of the person who keeps the record current.",
}
LIST_SEPARATOR = "\n"


def taxonomy_id(key: str) -> str:
    return stable_id("taxonomy", key)


def term_id(key: str, code: str) -> str:
    return stable_id("taxonomy_term", key, code)


def taxonomy_objects() -> list[dict[str, Any]]:
    return [{"id": taxonomy_id(key), "name": name, "description": description,
             "version": "1"} for key, (name, description) in FIRSTSTOP_TAXONOMIES.items()]


def term(key: str, code: str, name: str, description: str | None = None) -> dict[str, Any]:
    return {"id": term_id(key, code), "code": code, "name": name,
            "description": description or name, "taxonomy": FIRSTSTOP_TAXONOMIES[key][0],
            "taxonomy_id": taxonomy_id(key)}


def taxonomy_terms(directory: Directory) -> list[dict[str, Any]]:
    """Every term of firststop's taxonomies, for ``taxonomy_terms.json``."""
    terms = [term("category", c.slug, c.name, c.description)
             for c in directory.categories.values()]
    terms += [term("locality", a.slug, a.name, a.description or a.name)
              for a in directory.areas.values()]
    terms.append(term("locality", "all", "All localities", "Available across the county."))
    for key, table in (("delivery", directory.delivery_modes),
                       ("client_group", directory.client_groups),
                       ("referral_route", directory.referral_routes)):
        terms += [term(key, code, label) for code, label in table.items()]
    terms += [term("record", code, code.replace("_", " "), text)
              for code, text in RECORD_FIELDS.items()]
    return terms


class _Attributes:
    """Builds the attribute list for one entity."""

    def __init__(self, directory: Directory, link_id: str, entity: str) -> None:
        self.directory, self.link_id, self.entity = directory, link_id, entity
        self.items: list[dict[str, Any]] = []

    def add(self, key: str, code: str, value: str | None = None) -> None:
        label = {
            "category": lambda c: self.directory.categories[c].name
            if c in self.directory.categories else c,
            "locality": lambda c: self.directory.areas[c].name
            if c in self.directory.areas else ("All localities" if c == "all" else c),
            "delivery": lambda c: self.directory.delivery_modes.get(c, c),
            "client_group": lambda c: self.directory.client_groups.get(c, c),
            "referral_route": lambda c: self.directory.referral_routes.get(c, c),
            "record": lambda c: c.replace("_", " "),
        }[key](code)
        index = len(self.items)
        item: dict[str, Any] = {
            "id": stable_id("attribute", self.entity, self.link_id, index),
            "link_id": self.link_id, "link_type": key, "link_entity": self.entity,
            "taxonomy_term_id": term_id(key, code),
            "taxonomy_term": term(key, code, label, RECORD_FIELDS.get(code) if key == "record"
                                  else None),
        }
        if value is not None:
            item["value"] = str(value)
        self.items.append(item)


def _clean(obj: dict[str, Any]) -> dict[str, Any]:
    """Drop keys whose value is None or an empty list/string."""
    return {k: v for k, v in obj.items() if v is not None and v != [] and v != ""}


def _joined(values: list[str] | None) -> str | None:
    """One text per line; a JSON array instead when an item itself has a line break."""
    if not values:
        return None
    if any(LIST_SEPARATOR in v for v in values) or values[0].startswith('["'):
        return json.dumps(values, ensure_ascii=False)
    return LIST_SEPARATOR.join(values)


def phones(items: list[dict[str, Any]], owner_key: str, owner_id: str) -> list[dict[str, Any]]:
    return [_clean({"id": stable_id("phone", owner_id, i), owner_key: owner_id,
                    "number": str(p["number"]), "extension": p.get("extension"),
                    "type": p.get("type"), "description": p.get("description")})
            for i, p in enumerate(items or [])]


def contacts(items: list[dict[str, Any]], owner_key: str, owner_id: str) -> list[dict[str, Any]]:
    result = []
    for i, c in enumerate(items or []):
        cid = stable_id("contact", owner_id, i)
        result.append(_clean({"id": cid, owner_key: owner_id, "name": c.get("name"),
                              "title": c.get("title"), "department": c.get("department"),
                              "email": c.get("email"),
                              "phones": phones(c.get("phones") or [], "contact_id", cid)}))
    return result


def _time(value: str) -> str:
    return "23:59:59" if value == "24:00" else f"{value}:00"


def schedules(hours: OpeningHours, owner_key: str, owner_id: str) -> list[dict[str, Any]]:
    """Weekly lines become WEEKLY rules (one per period); exceptions become dated entries."""
    result = []
    for line_index, line in enumerate(hours.weekly):
        byday = ",".join(ICAL[d] for d in line.days)
        periods = line.periods or ((None, None),)
        for period_index, (start, end) in enumerate(periods):
            result.append(_clean({
                "id": stable_id("schedule", owner_id, "weekly", line_index, period_index),
                owner_key: owner_id, "freq": "WEEKLY", "interval": 1, "byday": byday,
                "opens_at": _time(start) if start else None,
                "closes_at": _time(end) if end else None,
                "description": format_line(line),
                "notes": "closed" if not line.periods else None,
            }))
    for index, item in enumerate(hours.exceptions):
        dated = item.start != "bank holidays"
        periods = item.periods or ((None, None),)
        for period_index, (start, end) in enumerate(periods):
            result.append(_clean({
                "id": stable_id("schedule", owner_id, "exception", index, period_index),
                owner_key: owner_id,
                "valid_from": item.start if dated else None,
                "valid_to": (item.end or item.start) if dated else None,
                "opens_at": _time(start) if start else None,
                "closes_at": _time(end) if end else None,
                "description": format_exception(item),
                "notes": "closed" if not item.periods else None,
            }))
    return result


def cost_options(costs: list[Cost], service_id: str) -> list[dict[str, Any]]:
    result = []
    for i, cost in enumerate(costs):
        amount: float | int | None = None
        description = cost.unit
        if cost.kind == "free":
            amount, description = 0, "free"
        elif cost.kind == "council-funded":
            description = COUNCIL_FUNDED_TEXT
        else:
            pence = cost.amount_pence or 0
            amount = pence // 100 if pence % 100 == 0 else pence / 100
        result.append(_clean({"id": stable_id("cost_option", service_id, i),
                              "service_id": service_id, "option": cost.label,
                              "currency": "GBP", "amount": amount,
                              "amount_description": description,
                              "valid_from": cost.valid_from, "valid_to": cost.valid_to}))
    return result


def location_object(location: Location, directory: Directory) -> dict[str, Any]:
    data = location.data
    address = data["address"]
    attributes = _Attributes(directory, location.id, "location")
    attributes.add("record", "slug", location.slug)
    return _clean({
        "id": location.id, "location_type": "physical",
        "organization_id": stable_id("organization", location.organisation_slug),
        "name": location.name, "description": data.get("description"),
        "transportation": data.get("transportation"),
        "latitude": data.get("latitude"), "longitude": data.get("longitude"),
        "addresses": [_clean({
            "id": stable_id("address", location.slug), "location_id": location.id,
            "address_1": address["address_1"], "address_2": address.get("address_2"),
            "city": address["city"], "region": address.get("region"),
            "state_province": "England", "postal_code": location.postcode or address["postal_code"],
            "country": "GB", "address_type": "physical"})],
        "accessibility": [{"id": stable_id("accessibility", location.slug, i),
                           "location_id": location.id, "description": text}
                          for i, text in enumerate(data.get("accessibility") or [])],
        "phones": phones(data.get("phones") or [], "location_id", location.id),
        "schedules": schedules(location.hours, "location_id", location.id),
        "attributes": attributes.items,
    })


def organisation_object(org: Organisation, directory: Directory,
                        with_locations: bool = True) -> dict[str, Any]:
    data = org.data
    attributes = _Attributes(directory, org.id, "organization")
    for code in ("slug", "kind", "last_reviewed", "review_due"):
        attributes.add("record", code, data[code])
    attributes.add("record", "record_owner_name", data["record_owner"]["name"])
    attributes.add("record", "record_owner_email", data["record_owner"]["email"])
    obj = {
        "id": org.id, "name": org.name, "alternate_name": data.get("alternate_name"),
        "description": data["description"], "email": data.get("email"),
        "website": data.get("website"), "legal_status": data.get("legal_status"),
        "year_incorporated": data.get("year_incorporated"),
        "funding": [{"id": stable_id("funding", org.id, i), "organization_id": org.id,
                     "source": text} for i, text in enumerate(data.get("funding") or [])],
        "contacts": contacts(data.get("contacts") or [], "organization_id", org.id),
        "phones": phones(data.get("phones") or [], "organization_id", org.id),
        "organization_identifiers": [
            {"id": stable_id("organization_identifier", org.id, i), "organization_id": org.id,
             "identifier_scheme": ident["scheme"], "identifier_type": ident["scheme"],
             "identifier": ident["identifier"]}
            for i, ident in enumerate(data.get("identifiers") or [])],
        "attributes": attributes.items,
    }
    if with_locations:
        obj["locations"] = [location_object(directory.locations[s], directory)
                            for s in org.location_slugs]
    return _clean(obj)


def service_object(service: Service, directory: Directory,
                   cache: dict[str, Any] | None = None) -> dict[str, Any]:
    """A full HSDS 3.0 service record with its organisation and locations nested.

    ``cache`` (optional, shared across calls) reuses organisation and location objects.
    """
    cache = {} if cache is None else cache
    data = service.data
    org = directory.organisation_of(service)

    def cached(key: str, make: Any) -> Any:
        if key not in cache:
            cache[key] = make()
        return cache[key]

    attributes = _Attributes(directory, service.id, "service")
    attributes.add("record", "slug", service.slug)
    if data.get("summary"):
        attributes.add("record", "summary", data["summary"])
    for code in data["categories"]:
        attributes.add("category", code)
    for code in data["localities"]:
        attributes.add("locality", code)
    for code in data["delivery"]:
        attributes.add("delivery", code)
    for code in data.get("client_groups") or []:
        attributes.add("client_group", code)
    for code in data["referral_routes"]:
        attributes.add("referral_route", code)
    cqc = data.get("cqc")
    if cqc:
        attributes.add("record", "cqc_location_id", cqc["location_id"])
        attributes.add("record", "cqc_rating", cqc["rating"])
        if cqc.get("inspected"):
            attributes.add("record", "cqc_inspected", cqc["inspected"])
    areas = [directory.areas[a] for a in service.localities if a in directory.areas]
    return _clean({
        "id": service.id, "organization_id": org.id, "name": service.name,
        "alternate_name": data.get("alternate_name"), "description": data["description"],
        "url": data.get("url"), "email": data.get("email"),
        "status": data.get("status", "active"),
        "interpretation_services": data.get("interpretation_services"),
        "application_process": data.get("application_process"),
        "fees_description": data.get("fees_description"), "wait_time": data.get("wait_time"),
        "accreditations": _joined(data.get("accreditations")),
        "eligibility_description": data.get("eligibility_description"),
        "minimum_age": data.get("minimum_age"), "maximum_age": data.get("maximum_age"),
        "assured_date": org.data["last_reviewed"],
        "assurer_email": org.data["record_owner"]["email"],
        "alert": data.get("alert"),
        "phones": phones(data.get("phones") or [], "service_id", service.id),
        "schedules": schedules(service.hours, "service_id", service.id),
        "service_areas": [_clean({
            "id": stable_id("service_area", service.slug, a.slug), "service_id": service.id,
            "name": a.name, "description": "Postcode districts: " + ", ".join(a.postcode_districts),
            "extent_type": "postcode_districts", "extent": ",".join(a.postcode_districts)})
            for a in areas],
        "service_at_locations": [{
            "id": stable_id("service_at_location", service.slug, slug),
            "service_id": service.id, "location_id": directory.locations[slug].id,
            "location": cached(f"location:{slug}", lambda slug=slug: location_object(
                directory.locations[slug], directory))}
            for slug in service.location_slugs],
        "languages": [{"id": stable_id("language", service.id, i), "service_id": service.id,
                       "name": name} for i, name in enumerate(data.get("languages") or [])],
        "organization": cached(f"organization:{org.slug}",
                               lambda: organisation_object(org, directory)),
        "funding": [{"id": stable_id("funding", service.id, i), "service_id": service.id,
                     "source": text} for i, text in enumerate(data.get("funding") or [])],
        "cost_options": cost_options(service.costs, service.id),
        "required_documents": [{"id": stable_id("required_document", service.id, i),
                                "service_id": service.id, "document": text}
                               for i, text in enumerate(data.get("required_documents") or [])],
        "contacts": contacts(data.get("contacts") or [], "service_id", service.id),
        "attributes": attributes.items,
    })


LIST_KEYS = ("phones", "schedules", "service_areas", "service_at_locations", "languages",
             "funding", "cost_options", "required_documents", "contacts", "attributes",
             "locations", "organization_identifiers", "programs", "metadata")


def list_item(full: dict[str, Any]) -> dict[str, Any]:
    """The summary form used in ``services.json`` / ``organizations.json`` lists."""
    item = {k: v for k, v in full.items() if k not in LIST_KEYS}
    if isinstance(item.get("organization"), dict):
        item["organization"] = list_item(item["organization"])
    return item


def paginated(contents: list[dict[str, Any]]) -> dict[str, Any]:
    """HSDS's paginated response wrapping, as one page."""
    return {"total_items": len(contents), "total_pages": 1, "page_number": 1,
            "size": len(contents), "first_page": True, "last_page": True,
            "empty": not contents, "contents": contents}
