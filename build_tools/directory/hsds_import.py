"""Turn HSDS 3.0 objects (ours or another directory's) back into firststop records.

firststop's own exports carry everything in ``attributes``; for other directories the
importer falls back on HSDS fields and slugs made from names, and leaves vocabulary
values it cannot map for ``firststop check`` to point out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from build_tools.directory.costs import COUNCIL_FUNDED_TEXT, UNITS, format_pence
from build_tools.directory.hours import (
    DAYS,
    ICAL,
    ExceptionLine,
    HoursError,
    WeeklyLine,
    format_exception,
    format_line,
    parse_exception,
)
from build_tools.directory.hsds_export import FIRSTSTOP_TAXONOMIES, LIST_SEPARATOR
from build_tools.directory.scaffold import slugify

_TAXONOMY_KEYS = {name: key for key, (name, _) in FIRSTSTOP_TAXONOMIES.items()}
_FROM_ICAL = {v: k for k, v in ICAL.items()}


class ImportProblem(ValueError):
    """The source cannot be turned into records; the message says why."""


def _attributes(obj: dict[str, Any]) -> dict[str, list[tuple[str, str | None]]]:
    """Attributes grouped by firststop taxonomy key: key → [(code, value)]."""
    found: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for attribute in obj.get("attributes") or []:
        term = attribute.get("taxonomy_term") or {}
        key = _TAXONOMY_KEYS.get(term.get("taxonomy", "")) or attribute.get("link_type")
        code = term.get("code") or term.get("name")
        if key in FIRSTSTOP_TAXONOMIES and code:
            found[key].append((str(code), attribute.get("value")))
    return found


def _record_values(attrs: dict[str, list[tuple[str, str | None]]]) -> dict[str, str]:
    return {code: value for code, value in attrs.get("record", []) if value is not None}


def _codes(attrs: dict[str, list[tuple[str, str | None]]], key: str) -> list[str]:
    return [code for code, _ in attrs.get(key, [])]


def _time(value: str | None) -> str | None:
    if not value:
        return None
    if value.startswith("23:59"):
        return "24:00"
    return value[:5]


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", []):
        target[key] = value


def phones(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    result = []
    for phone in items or []:
        entry: dict[str, Any] = {"number": str(phone["number"])}
        for key in ("extension", "type", "description"):
            _put(entry, key, phone.get(key))
        if "extension" in entry:
            entry["extension"] = int(entry["extension"])
        result.append(entry)
    return result


def contacts(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    result = []
    for contact in items or []:
        entry: dict[str, Any] = {"name": contact.get("name") or "Contact"}
        for key in ("title", "department", "email"):
            _put(entry, key, contact.get(key))
        _put(entry, "phones", phones(contact.get("phones")))
        result.append(entry)
    return result


def hours(schedules: list[dict[str, Any]] | None) -> tuple[list[str], list[str]]:
    """Weekly lines and exception lines from HSDS schedules (grouped by days)."""
    weekly: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    exceptions: dict[str, ExceptionLine] = {}
    for schedule in schedules or []:
        opens, closes = _time(schedule.get("opens_at")), _time(schedule.get("closes_at"))
        period = [(opens, closes)] if opens and closes else []
        if schedule.get("byday") and not schedule.get("valid_from"):
            days = tuple(d for d in DAYS if ICAL[d] in str(schedule["byday"]).split(","))
            weekly.setdefault(days, []).extend(period)
            continue
        description = str(schedule.get("description") or "")
        try:
            parsed = parse_exception(description)
            key = format_exception(parsed.__class__(parsed.start, parsed.end, (), parsed.note))
        except HoursError:
            start = schedule.get("valid_from")
            if not start:
                continue
            end = schedule.get("valid_to")
            parsed = ExceptionLine(start, end if end != start else None, (), None)
            key = f"{start}/{end}"
        existing = exceptions.get(key)
        merged = tuple(sorted((existing.periods if existing else ()) + tuple(period)))
        exceptions[key] = ExceptionLine(parsed.start, parsed.end, merged, parsed.note)
    weekly_lines = [format_line(WeeklyLine(days, tuple(sorted(set(periods)))))
                    for days, periods in weekly.items()]
    return weekly_lines, [format_exception(e) for e in exceptions.values()]


def _cost(option: dict[str, Any]) -> Any:
    description = str(option.get("amount_description") or "").strip()
    amount = option.get("amount")
    if description.lower() == COUNCIL_FUNDED_TEXT or (amount is None and "council" in
                                                      description.lower()):
        text = COUNCIL_FUNDED_TEXT
    elif amount in (0, 0.0) or description.lower() == "free":
        text = "free"
    elif amount is not None:
        unit = description.lower() if description.lower() in UNITS else "one-off"
        text = f"{format_pence(round(float(amount) * 100))} {unit}"
    else:
        text = description or "free"
    extra = {k: option[k] for k in ("valid_from", "valid_to") if option.get(k)}
    if option.get("option") or extra:
        return {"cost": text, **({"label": option["option"]} if option.get("option") else {}),
                **extra}
    return text


def _split(text: str | None) -> list[str]:
    return [line for line in (text or "").split(LIST_SEPARATOR) if line.strip()]


def location_record(obj: dict[str, Any]) -> dict[str, Any]:
    attrs = _record_values(_attributes(obj))
    address = (obj.get("addresses") or [{}])[0]
    record: dict[str, Any] = {"slug": attrs.get("slug") or slugify(obj.get("name") or obj["id"]),
                              "name": obj.get("name") or "Location"}
    _put(record, "description", obj.get("description"))
    postal: dict[str, Any] = {"address_1": address.get("address_1", ""),
                              "city": address.get("city", "")}
    _put(postal, "address_2", address.get("address_2"))
    _put(postal, "region", address.get("region"))
    postal["postal_code"] = address.get("postal_code", "")
    record["address"] = postal
    _put(record, "transportation", obj.get("transportation"))
    _put(record, "accessibility", [a.get("description") or a.get("details")
                                   for a in obj.get("accessibility") or []
                                   if a.get("description") or a.get("details")])
    _put(record, "phones", phones(obj.get("phones")))
    weekly, exceptions = hours(obj.get("schedules"))
    _put(record, "opening_hours", weekly)
    _put(record, "hours_exceptions", exceptions)
    _put(record, "latitude", obj.get("latitude"))
    _put(record, "longitude", obj.get("longitude"))
    return record


def organisation_record(obj: dict[str, Any], today: str) -> dict[str, Any]:
    attrs = _record_values(_attributes(obj))
    record: dict[str, Any] = {"slug": attrs.get("slug") or slugify(obj["name"]),
                              "name": obj["name"]}
    _put(record, "alternate_name", obj.get("alternate_name"))
    record["description"] = obj.get("description") or obj["name"]
    record["kind"] = attrs.get("kind") or "charity"
    for key in ("website", "email"):
        _put(record, key, obj.get(key))
    _put(record, "phones", phones(obj.get("phones")))
    _put(record, "legal_status", obj.get("legal_status"))
    if obj.get("year_incorporated") is not None:
        record["year_incorporated"] = int(obj["year_incorporated"])
    _put(record, "identifiers", [{"scheme": i.get("identifier_scheme") or i["identifier_type"],
                                  "identifier": i["identifier"]}
                                 for i in obj.get("organization_identifiers") or []])
    _put(record, "funding", [f["source"] for f in obj.get("funding") or [] if f.get("source")])
    _put(record, "contacts", contacts(obj.get("contacts")))
    record["last_reviewed"] = attrs.get("last_reviewed") or today
    record["review_due"] = attrs.get("review_due") or today
    record["record_owner"] = {"name": attrs.get("record_owner_name") or "Imported record",
                              "email": attrs.get("record_owner_email") or obj.get("email")
                              or "directory@example.org"}
    return record


def service_record(obj: dict[str, Any], location_slugs: dict[str, str]) -> dict[str, Any]:
    attributes = _attributes(obj)
    attrs = _record_values(attributes)
    record: dict[str, Any] = {"slug": attrs.get("slug") or slugify(obj["name"]),
                              "name": obj["name"]}
    _put(record, "alternate_name", obj.get("alternate_name"))
    record["status"] = obj.get("status") or "active"
    _put(record, "summary", attrs.get("summary"))
    record["description"] = obj.get("description") or obj["name"]
    record["categories"] = _codes(attributes, "category") or ["uncategorised"]
    localities = _codes(attributes, "locality") or [
        slugify(a["name"]) for a in obj.get("service_areas") or [] if a.get("name")]
    record["localities"] = localities or ["all"]
    located = [location_slugs.get(s.get("location_id") or "", "")
               for s in obj.get("service_at_locations") or []]
    record["delivery"] = _codes(attributes, "delivery") or (["venue"] if located else ["phone"])
    _put(record, "client_groups", _codes(attributes, "client_group"))
    _put(record, "minimum_age", _int(obj.get("minimum_age")))
    _put(record, "maximum_age", _int(obj.get("maximum_age")))
    _put(record, "eligibility_description", obj.get("eligibility_description"))
    record["referral_routes"] = _codes(attributes, "referral_route") or ["self-referral"]
    _put(record, "application_process", obj.get("application_process"))
    record["costs"] = [_cost(o) for o in obj.get("cost_options") or []] or ["free"]
    _put(record, "fees_description", obj.get("fees_description"))
    _put(record, "locations", [slug for slug in located if slug])
    weekly, exceptions = hours(obj.get("schedules"))
    _put(record, "opening_hours", weekly)
    _put(record, "hours_exceptions", exceptions)
    _put(record, "phones", phones(obj.get("phones")))
    _put(record, "email", obj.get("email"))
    _put(record, "url", obj.get("url"))
    _put(record, "languages", [lang.get("name") for lang in obj.get("languages") or []
                               if lang.get("name")])
    _put(record, "interpretation_services", obj.get("interpretation_services"))
    if attrs.get("cqc_location_id"):
        cqc = {"location_id": attrs["cqc_location_id"],
               "rating": attrs.get("cqc_rating", "Not yet rated")}
        _put(cqc, "inspected", attrs.get("cqc_inspected"))
        record["cqc"] = cqc
    _put(record, "accreditations", _split(obj.get("accreditations")))
    _put(record, "required_documents", [d["document"] for d in obj.get("required_documents")
                                        or [] if d.get("document")])
    _put(record, "funding", [f["source"] for f in obj.get("funding") or [] if f.get("source")])
    _put(record, "contacts", contacts(obj.get("contacts")))
    _put(record, "wait_time", obj.get("wait_time"))
    _put(record, "alert", obj.get("alert"))
    return record


def _int(value: Any) -> int | None:
    return None if value in (None, "") else int(float(value))


def records_from_hsds(organizations: list[dict[str, Any]], services: list[dict[str, Any]],
                      today: str) -> list[dict[str, Any]]:
    """One record (organization, locations, services) per organisation, in source order."""
    orgs: dict[str, dict[str, Any]] = {}
    for org in organizations:
        orgs.setdefault(org["id"], org)
    for service in services:
        nested = service.get("organization")
        if isinstance(nested, dict) and nested.get("id"):
            orgs.setdefault(nested["id"], nested)
    by_org: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for service in services:
        org_id = service.get("organization_id") or (service.get("organization") or {}).get("id")
        if org_id not in orgs:
            raise ImportProblem(f"service {service.get('name')!r} has no organisation in the "
                                "source")
        by_org[org_id].append(service)
    records = []
    for org_id, org in orgs.items():
        locations: dict[str, dict[str, Any]] = {}
        for location in org.get("locations") or []:
            locations.setdefault(location["id"], location)
        for service in by_org.get(org_id, []):
            for sal in service.get("service_at_locations") or []:
                if isinstance(sal.get("location"), dict):
                    locations.setdefault(sal["location"]["id"], sal["location"])
        location_records = {lid: location_record(loc) for lid, loc in locations.items()}
        slugs = {lid: rec["slug"] for lid, rec in location_records.items()}
        record: dict[str, Any] = {"organization": organisation_record(org, today)}
        if location_records:
            record["locations"] = list(location_records.values())
        record["services"] = [service_record(s, slugs) for s in by_org.get(org_id, [])]
        records.append(record)
    return records
