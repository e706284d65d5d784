"""Open Referral UK 1.0 (the older UK API most UK directories still publish) read into
the HSDS 3.0 shapes :mod:`build_tools.directory.hsds_import` consumes.

Sources for the 1.0 data model (read, not copied):

- the ORUK 1.0 OpenAPI, ``public/specifications/1.0/openapi.json`` in
  ``tpximpact/mhclg-oruk`` (the Open Referral UK website): ``service``,
  ``organization_details``, ``location_details`` and the paging envelope
  (``totalElements totalPages number size first last``);
- the reference API behind it, Porism's ``WebApp`` in ``OpenReferralUK/human-services``
  (``utilities/ServiceSerializer.java`` and ``models/*.java``): the real key names
  (``content``, ``eligibilitys``, ``service_taxonomys``, ``fundings``, ``regular_schedules``,
  ``holiday_schedules``, ``physical_addresses``, ``accessibility_for_disabilities``, and
  ``regular_schedule`` inside a service_at_location);
- the extended data package in the same repository
  (``SchemaGenerator/Generator/ExtendedDataPackage.json``): each table's fields and types
  (``holiday_schedule.closed`` boolean, ``physical_address.address_1``–``address_4``,
  ``uprn``, ``eligibility.gender``, ``regular_schedule.weekday``).

Mapping (ORUK 1.0 → HSDS 3.0):

- ``fees`` → ``fees_description``; ``organization.url`` → ``website``;
- ``physical_addresses`` → ``addresses`` (``address_2``–``4`` joined; ``state_province``
  read as the region unless it names a country);
- ``accessibility_for_disabilities`` → ``accessibility``;
- ``regular_schedules`` → weekly ``schedules``; ``holiday_schedules`` → dated
  ``schedules`` (closed, or open with times);
- ``eligibilitys`` → the widest age range and ``eligibility_description``;
- ``languages[].language`` → ``name``; ``fundings`` → ``funding``;
- ``service_taxonomys`` → category attributes (slugs of the term names, for
  ``firststop check`` to map);
- ``attending_type`` → delivery and ``attending_access`` → referral route, where
  firststop has an equivalent.

Every other field is passed through unchanged, so the import report lists it as not
modelled; nothing is dropped silently.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from build_tools.directory.hsds_import import (
    SHAPES,
    ImportProblem,
    ImportReport,
    check_shapes,
)
from build_tools.directory.scaffold import slugify

FORMAT = "Open Referral UK 1.0 JSON"
PAGE_KEYS = frozenset({"totalElements", "totalPages", "number", "size", "first", "last",
                       "empty", "numberOfElements"})
# Keys found only in ORUK 1.0 objects (never in HSDS 3.0 ones at the same level).
SIGNS = frozenset({"regular_schedules", "holiday_schedules", "eligibilitys", "eligibilities",
                   "service_taxonomys", "service_taxonomies", "fundings", "physical_addresses",
                   "accessibility_for_disabilities", "deliverable_type", "attending_type",
                   "attending_access", "regular_schedule"})
DELIVERY = {"phone": "phone", "online": "online", "venue": "venue", "home visit": "at-home",
            "home": "at-home"}
ROUTES = {"referral": "professional-referral", "appointment": "self-referral",
          "drop-in": "self-referral", "drop in": "self-referral",
          "membership": "self-referral"}
_TAXONOMY_NAMES = {"category": "firststop need categories", "delivery": "firststop delivery modes",
                   "referral_route": "firststop referral routes"}

Shape = tuple[str, str]


def _with(kind: str, extra: dict[str, Shape]) -> dict[str, Shape]:
    return {**SHAPES.get(kind, {}), **extra}


_TEXT: Shape = ("text", "")
_NUMBER: Shape = ("number", "")
# ORUK 1.0 kinds: HSDS's shapes plus the 1.0 fields this module reads.
V1_SHAPES: dict[str, dict[str, Shape]] = {
    **SHAPES,
    "service": _with("service", {
        "organization": ("object", "organization"),
        "service_at_locations": ("list", "service_at_location"),
        "regular_schedules": ("list", "schedule"), "holiday_schedules": ("list", "holiday"),
        "eligibilitys": ("list", "eligibility"), "eligibilities": ("list", "eligibility"),
        "fundings": ("list", "funding"), "languages": ("list", "language"),
        "service_taxonomys": ("list", "service_taxonomy"),
        "service_taxonomies": ("list", "service_taxonomy"),
        "attending_type": _TEXT, "attending_access": _TEXT}),
    "organization": _with("organization", {"url": _TEXT, "services": ("list", "service")}),
    "service_at_location": _with("service_at_location", {
        "regular_schedule": ("list", "schedule"), "regular_schedules": ("list", "schedule"),
        "holiday_schedule": ("list", "holiday"), "holiday_schedules": ("list", "holiday"),
        "holidayScheduleCollection": ("list", "holiday"),
        "location": ("object", "location"), "service": ("object", "service")}),
    "location": _with("location", {
        "physical_addresses": ("list", "address"),
        "accessibility_for_disabilities": ("list", "accessibility"),
        "service_at_locations": ("list", "service_at_location")}),
    "address": _with("address", {"address_3": _TEXT, "address_4": _TEXT}),
    "schedule": _with("schedule", {"weekday": _NUMBER}),
    "holiday": {"id": _TEXT, "closed": ("flag", ""), "opens_at": _TEXT, "closes_at": _TEXT,
                "start_date": _TEXT, "end_date": _TEXT},
    "eligibility": {"id": _TEXT, "eligibility": _TEXT, "gender": _TEXT,
                    "minimum_age": _NUMBER, "maximum_age": _NUMBER},
    "language": _with("language", {"language": _TEXT}),
    "service_taxonomy": {"id": _TEXT, "taxonomy": ("object", "v1_taxonomy")},
    "v1_taxonomy": {"id": _TEXT, "name": _TEXT, "vocabulary": _TEXT},
}


# --- detection ----------------------------------------------------------------------------

def _items(data: Any) -> tuple[list[Any], str] | None:
    """The objects in ``data`` and the path name of their list ('' for a bare list)."""
    if isinstance(data, list):
        return data, ""
    if isinstance(data, dict):
        for key in ("content", "contents"):
            if isinstance(data.get(key), list):
                return data[key], key
        return [data], "(top)"
    return None


def _signed(item: Any) -> bool:
    if not isinstance(item, dict):
        return False
    if set(item) & SIGNS:
        return True
    nested = [s.get("location") for s in _objects(item.get("service_at_locations"))]
    return any(isinstance(n, dict) and set(n) & SIGNS for n in nested) or any(
        set(s) & SIGNS for s in _objects(item.get("services")))


def is_oruk_v1(data: Any) -> bool:
    """An ORUK 1.0 page (``content`` with ``totalElements`` …) or 1.0 objects."""
    if isinstance(data, dict) and isinstance(data.get("content"), list) and set(
            data) & PAGE_KEYS:
        return True
    found = _items(data)
    return found is not None and any(_signed(item) for item in found[0])


def kind_of(item: dict[str, Any]) -> str:
    """service, organization (``/organizations/{id}``) or location (``/locations/{id}``)."""
    keys = set(item)
    if "organization" in keys or keys & (SIGNS - {"physical_addresses",
                                                  "accessibility_for_disabilities"}):
        return "service"
    if "services" in keys:
        return "organization"
    if keys & {"physical_addresses", "accessibility_for_disabilities"} or any(
            isinstance(s.get("service"), dict) for s in _objects(
                item.get("service_at_locations"))):
        return "location"
    return "organization" if keys & {"logo", "uri", "url"} and "status" not in keys else (
        "service")


# --- conversion ---------------------------------------------------------------------------

def hsds_items(data: Any, where: Path, report: ImportReport,
               one_file: bool = True) -> list[dict[str, Any]] | None:
    """HSDS 3.0 objects from an ORUK 1.0 file, or None when it is not ORUK 1.0.

    Wrong types in the 1.0 fields firststop reads are refused by file and 1.0 path.
    ``one_file``: say in the report when the file is one page of several.
    """
    if not is_oruk_v1(data):
        return None
    found = _items(data)
    assert found is not None
    items, key = found
    problems: list[str] = []
    for index, item in enumerate(items):
        path: tuple[str | int, ...] = (key, index) if key not in ("", "(top)") else (
            (f"[{index}]",) if key == "" and len(items) > 1 else ())
        check_shapes(item, path, problems, None,
                     kind_of(item) if isinstance(item, dict) else "item", V1_SHAPES)
    if problems:
        raise ImportProblem("\n".join(f"{where}:1: {p}" for p in problems))
    report.source_format = FORMAT + (" (paginated response)" if key == "content" else "")
    if one_file:
        page_note(declared_total(data), len(items), report)
    result: list[dict[str, Any]] = []
    for item in items:
        kind = kind_of(item)
        if kind == "organization":
            result.append(organization(item, report))
        elif kind == "location":
            result.extend(_located_services(item, report))
        else:
            result.append(service(item, report))
    return result


def declared_total(data: Any) -> tuple[int, Any, Any] | None:
    """A page's ``totalElements``, ``number`` and ``totalPages``, if it says."""
    total = data.get("totalElements") if isinstance(data, dict) else None
    if isinstance(total, int) and not isinstance(total, bool):
        return total, data.get("number"), data.get("totalPages")
    return None


def page_note(declared: tuple[int, Any, Any] | None, count: int, report: ImportReport,
              one_file: bool = True) -> None:
    """Say so when the feed declares more services than were read."""
    if declared is None or declared[0] <= count:
        return
    if one_file:
        report.note(f"this file is one page: it holds {count} of {declared[0]} services "
                    f"(page {declared[1]!r} of {declared[2]!r}); put every page in one "
                    "folder and import the folder")
    else:
        report.note(f"these files hold {count} of the {declared[0]} services the feed "
                    "declares; some pages are missing from the folder")


def _rest(obj: dict[str, Any], used: set[str]) -> dict[str, Any]:
    """Fields this module does not convert, passed through for the report to list."""
    return {k: v for k, v in obj.items() if k not in used}


def _objects(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> str | None:
    """ISO date from ``2026-01-31``, ``2026-01-31T00:00:00Z``, ``31/01/2026`` or epoch ms."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = _text(value)
    if text is None:
        return None
    british = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if british:
        day, month, year = british.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", text) else text


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1")
    return bool(value)


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", []):
        target[key] = value


def _attribute(key: str, code: str, name: str, ident: Any = None,
               extra: dict[str, Any] | None = None) -> dict[str, Any]:
    term: dict[str, Any] = {"code": code, "name": name, "taxonomy": _TAXONOMY_NAMES[key],
                            **(extra or {})}
    if ident is not None:
        term["id"] = ident
    return {"link_type": key, "taxonomy_term": term}


def organization(obj: dict[str, Any], report: ImportReport) -> dict[str, Any]:
    out = _rest(obj, {"url", "services"})
    if _text(obj.get("url")) and not _text(obj.get("website")):
        out["website"] = obj["url"]
    elif "url" in obj:
        out["url"] = obj["url"]  # both given: reported, not merged
    if isinstance(obj.get("services"), list):
        out["services"] = [service(s, report) for s in _objects(obj["services"])]
    return out


def service(obj: dict[str, Any], report: ImportReport) -> dict[str, Any]:
    used = {"fees", "organization", "service_at_locations", "regular_schedules", "cost_options",
            "holiday_schedules", "eligibilitys", "eligibilities", "fundings", "languages",
            "service_taxonomys", "service_taxonomies", "attending_type", "attending_access"}
    out = _rest(obj, used)
    name = _text(obj.get("name")) or f"(id {obj.get('id')})"
    owner = f"service {name!r}"
    if _text(obj.get("fees")):
        if _text(obj.get("fees_description")):
            out["fees"] = obj["fees"]
        else:
            out["fees_description"] = obj["fees"]
    if isinstance(obj.get("organization"), dict):
        out["organization"] = organization(obj["organization"], report)
    out["service_at_locations"] = [service_at_location(s, owner, report)
                                   for s in _objects(obj.get("service_at_locations"))]
    out["schedules"] = [*_objects(obj.get("schedules")),
                        *schedules(obj.get("regular_schedules"), obj.get("holiday_schedules"),
                                   owner, report)]
    _eligibility(obj, out, owner, report)
    out["funding"] = [*_objects(obj.get("funding")), *_objects(obj.get("fundings"))]
    out["cost_options"] = [{**c, **{k: _date(c[k]) for k in ("valid_from", "valid_to")
                                    if c.get(k) is not None}}
                           for c in _objects(obj.get("cost_options"))]
    out["languages"] = [{**_rest(lang, {"language"}),
                         "name": lang.get("name") or lang.get("language")}
                        for lang in _objects(obj.get("languages"))]
    attributes = _objects(obj.get("attributes"))
    for link in (_objects(obj.get("service_taxonomys")) + _objects(
            obj.get("service_taxonomies"))):
        taxonomy = link.get("taxonomy") if isinstance(link.get("taxonomy"), dict) else {}
        term = _text(taxonomy.get("name"))
        if term:
            attributes.append(_attribute("category", slugify(term), term, taxonomy.get("id"),
                                         _rest(taxonomy, {"id", "name"})))
        else:
            report.unmodelled["service_taxonomy (no taxonomy name)"] += 1
    for field, table, key in (("attending_type", DELIVERY, "delivery"),
                              ("attending_access", ROUTES, "referral_route")):
        value = _text(obj.get(field))
        if value and (code := table.get(value.lower())):
            attributes.append(_attribute(key, code, value))
        elif value:
            out[field] = obj[field]  # no firststop equivalent: reported
    out["attributes"] = attributes
    out = {k: v for k, v in out.items() if v not in ([], None)}
    if "organization" not in out:
        out.setdefault("organization_id", None)  # still a service, even with no organisation
    return out


def _eligibility(obj: dict[str, Any], out: dict[str, Any], owner: str,
                 report: ImportReport) -> None:
    """The widest age range of all eligibilities, and their words as the description."""
    items = _objects(obj.get("eligibilitys")) + _objects(obj.get("eligibilities"))
    if not items:
        return
    minimums = [float(i["minimum_age"]) for i in items if _number(i.get("minimum_age"))]
    maximums = [float(i["maximum_age"]) for i in items if _number(i.get("maximum_age"))]
    if minimums and "minimum_age" not in obj:
        out["minimum_age"] = int(min(minimums))
    if maximums and "maximum_age" not in obj:
        if max(maximums) > 0 and len(maximums) == len(items):
            out["maximum_age"] = int(max(maximums))
        else:
            report.note(f"{owner}: maximum age {max(maximums):g} not imported (0, or not "
                        "given for every eligibility, means no upper limit)")
    words = list(dict.fromkeys(w for i in items for k in ("eligibility", "gender")
                               if (w := _text(i.get(k)))))
    if words and not _text(obj.get("eligibility_description")):
        out["eligibility_description"] = ", ".join(words)
    elif words:
        report.note(f"{owner}: eligibility {', '.join(words)!r} not imported "
                    "(the service has an eligibility_description)")
    for item in items:
        for key in set(item) - {"id", "eligibility", "gender", "minimum_age", "maximum_age",
                                "service_id"}:
            if item[key] not in (None, "", [], {}):
                report.unmodelled[f"eligibility.{key}"] += 1


def _number(value: Any) -> bool:
    try:
        return not isinstance(value, bool) and value is not None and float(value) == float(
            value) and abs(float(value)) != float("inf")
    except (TypeError, ValueError):
        return False


def schedules(regular: Any, holiday: Any, owner: str,
              report: ImportReport) -> list[dict[str, Any]]:
    """HSDS schedules: weekly ones from regular schedules, dated ones from holidays."""
    result = []
    for item in _objects(regular):
        schedule = {**item}
        for key in ("valid_from", "valid_to", "dtstart"):
            _put(schedule, key, _date(item.get(key)))
        if not _text(item.get("byday")):
            report.note(f"{owner}: regular schedule {item.get('id')!r} has no byday "
                        f"(weekday {item.get('weekday')!r}); not imported (add byday, e.g. "
                        "MO,TU)")
            continue
        result.append(schedule)
    for item in _objects(holiday):
        start, end = _date(item.get("start_date")), _date(item.get("end_date"))
        closed = _flag(item.get("closed"))
        base = {k: v for k, v in item.items() if k not in (
            "closed", "start_date", "end_date", "opens_at", "closes_at")}
        if not start:
            report.note(f"{owner}: holiday schedule {item.get('id')!r} has no start_date; "
                        "not imported")
            continue
        schedule = {**base, "valid_from": start, "valid_to": end or start}
        if not closed:
            if not (_text(item.get("opens_at")) and _text(item.get("closes_at"))):
                report.note(f"{owner}: holiday schedule {item.get('id')!r} is open with no "
                            "times; not imported")
                continue
            schedule.update(opens_at=item["opens_at"], closes_at=item["closes_at"])
        result.append(schedule)
    return result


def service_at_location(obj: dict[str, Any], owner: str,
                        report: ImportReport) -> dict[str, Any]:
    used = {"location", "regular_schedule", "regular_schedules", "holiday_schedule",
            "holiday_schedules", "holidayScheduleCollection", "service"}
    out = _rest(obj, used)
    if isinstance(obj.get("location"), dict):
        out["location"] = location(obj["location"], report)
    out["schedules"] = [*_objects(obj.get("schedules")), *schedules(
        _objects(obj.get("regular_schedule")) + _objects(obj.get("regular_schedules")),
        _objects(obj.get("holiday_schedule")) + _objects(obj.get("holiday_schedules"))
        + _objects(obj.get("holidayScheduleCollection")), owner, report)]
    return {k: v for k, v in out.items() if v != []}


def location(obj: dict[str, Any], report: ImportReport) -> dict[str, Any]:
    out = _rest(obj, {"physical_addresses", "accessibility_for_disabilities",
                      "service_at_locations"})
    addresses = [*_objects(obj.get("addresses")),
                 *(address(a) for a in _objects(obj.get("physical_addresses")))]
    _put(out, "addresses", addresses)
    _put(out, "accessibility", [*_objects(obj.get("accessibility")), *(
        {**_rest(a, {"accessibility"}), "description": a.get("accessibility")}
        for a in _objects(obj.get("accessibility_for_disabilities")))])
    if not _text(obj.get("name")):
        first = addresses[0] if addresses else {}
        fallback = _text(first.get("address_1")) or _text(first.get("postal_code"))
        if fallback:
            out["name"] = fallback
            report.note(f"location {obj.get('id')!r} has no name; named {fallback!r} from "
                        "its address")
    return out


COUNTRIES = frozenset({"england", "scotland", "wales", "northern ireland", "united kingdom",
                       "uk", "gb", "great britain"})


def address(obj: dict[str, Any]) -> dict[str, Any]:
    """``address_2``–``4`` joined; ``state_province`` (the county) read as the region,
    unless it names a country (then it stays, and is reported)."""
    out = _rest(obj, {"address_2", "address_3", "address_4"})
    lines = [t for k in ("address_2", "address_3", "address_4") if (t := _text(obj.get(k)))]
    _put(out, "address_2", ", ".join(lines))
    state = _text(obj.get("state_province"))
    if state and not _text(obj.get("region")) and state.lower() not in COUNTRIES:
        out["region"] = out.pop("state_province")
    return out


def _located_services(obj: dict[str, Any], report: ImportReport) -> list[dict[str, Any]]:
    """``/locations/{id}``: each service at the location, with the location nested."""
    place = location(obj, report)
    result = []
    for sal in _objects(obj.get("service_at_locations")):
        if not isinstance(sal.get("service"), dict):
            report.unmodelled["service_at_location (no service)"] += 1
            continue
        converted = service(sal["service"], report)
        nested = service_at_location({k: v for k, v in sal.items() if k != "service"},
                                     f"service {converted.get('name')!r}", report)
        nested["location"] = place
        converted["service_at_locations"] = [*converted.get("service_at_locations", []),
                                             nested]
        result.append(converted)
    if not result:
        report.unmodelled["location (no services)"] += 1
    return result
