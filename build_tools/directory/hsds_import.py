"""Turn HSDS 3.0/3.1 objects (ours or another directory's, Open Referral UK 3.0 included;
ORUK 1.0 arrives here mapped by :mod:`build_tools.directory.oruk_v1`) back into firststop
records.

firststop's own exports carry everything in ``attributes``; for other directories the
importer falls back on HSDS fields and slugs made from names, and leaves vocabulary
values it cannot map for ``firststop check`` to point out.

Nothing is guessed silently: :func:`check_shapes` refuses wrong types before anything
is converted, every HSDS table and field firststop does not model is counted in the
:class:`ImportReport`, and so are expired schedules and services left without hours.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
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
from build_tools.directory.hsds_tables import NUMERIC
from build_tools.directory.scaffold import slugify

_TAXONOMY_KEYS = {name: key for key, (name, _) in FIRSTSTOP_TAXONOMIES.items()}
_FROM_ICAL = {v: k for k, v in ICAL.items()}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_SLUG = 80
MAX_DEPTH = 30
MAX_NUMBER = 1e12

# Nested lists of objects and the HSDS table (kind) each holds.
LIST_KINDS: dict[str, str] = {
    "phones": "phone", "contacts": "contact", "funding": "funding", "locations": "location",
    "organization_identifiers": "organization_identifier", "attributes": "attribute",
    "schedules": "schedule", "service_areas": "service_area", "languages": "language",
    "service_at_locations": "service_at_location", "cost_options": "cost_option",
    "required_documents": "required_document", "addresses": "address",
    "accessibility": "accessibility", "services": "service", "programs": "program",
    "metadata": "metadata", "additional_websites": "url", "additional_urls": "url",
    "capacities": "service_capacity", "taxonomy_terms": "taxonomy_term",
}
OBJECT_KINDS: dict[str, str] = {
    "organization": "organization", "location": "location", "service": "service",
    "taxonomy_term": "taxonomy_term", "program": "program", "unit": "unit",
    "taxonomy_detail": "taxonomy",
}
# Fields firststop reads, per kind; everything else with a value goes in the report.
# Open Referral UK 3.0 adds a few fields of its own, read as fallbacks: service ``fees``,
# accessibility ``accessibility``, service_area ``service_area`` and taxonomy_term ``term``.
MODELLED: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "organization": "id name alternate_name description email website phones legal_status "
                    "year_incorporated organization_identifiers funding contacts attributes "
                    "locations services",
    "service": "id name alternate_name status description organization organization_id url "
               "email interpretation_services application_process fees_description fees "
               "wait_time accreditations eligibility_description minimum_age maximum_age alert "
               "phones schedules service_areas service_at_locations languages funding "
               "cost_options required_documents contacts attributes",
    "location": "id name description transportation latitude longitude addresses "
                "accessibility phones schedules attributes organization_id",
    "service_at_location": "id service_id location_id location service schedules phones "
                           "contacts service_areas",
    "phone": "id number extension type description location_id service_id organization_id "
             "contact_id service_at_location_id",
    "contact": "id name title department email phones organization_id service_id location_id "
               "service_at_location_id",
    "schedule": "id service_id location_id service_at_location_id valid_from valid_to freq "
                "interval byday description opens_at closes_at wkst notes",
    "cost_option": "id service_id valid_from valid_to option currency amount "
                   "amount_description",
    "address": "id location_id address_1 address_2 city region postal_code country",
    "accessibility": "id location_id description details accessibility",
    "language": "id service_id location_id phone_id name code",
    "service_area": "id service_id name service_area",
    "funding": "id organization_id service_id source",
    "required_document": "id service_id document",
    "organization_identifier": "id organization_id identifier_scheme identifier_type "
                               "identifier",
    "attribute": "id link_id link_type link_entity taxonomy_term_id taxonomy_term value",
    "taxonomy_term": "id code name term taxonomy taxonomy_id description parent_id",
    "taxonomy": "id name description version",
}.items()}


def _shape(kind: str, name: str) -> tuple[str, str]:
    """The expected shape of a modelled field: list/object of a kind, number or text."""
    if (kind, name) == ("accessibility", "accessibility"):
        return ("text", "")  # ORUK 3.0's own text field, not the location's list
    if name in LIST_KINDS:
        return ("list", LIST_KINDS[name])
    if name in OBJECT_KINDS:
        return ("object", OBJECT_KINDS[name])
    return ("number", "") if name in NUMERIC else ("text", "")


# kind → field → shape, for the fields firststop reads; a field's shape depends on the
# object it is in (``accessibility`` is a list in a location and text in an accessibility).
SHAPES: dict[str, dict[str, tuple[str, str]]] = {
    kind: {name: _shape(kind, name) for name in names} for kind, names in MODELLED.items()}


class ImportProblem(ValueError):
    """The source cannot be turned into records; the message says why."""


@dataclass
class ImportReport:
    """What came in, what went out, and everything not carried across, by name."""

    counts_in: Counter[str] = field(default_factory=Counter)
    counts_out: Counter[str] = field(default_factory=Counter)
    unmodelled: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    source_format: str = ""
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def count_in(self, kind: str, obj: dict[str, Any]) -> None:
        key = (kind, str(obj.get("id") or id(obj)))
        if key in self._seen:
            return
        self._seen.add(key)
        self.counts_in[kind] += 1
        modelled = MODELLED.get(kind)
        if kind == "attribute" and (taxonomy := _foreign_taxonomy(obj)) is not None:
            self.unmodelled[f"attribute (taxonomy {taxonomy!r:.50})"] += 1
        for name, value in obj.items():
            if value in (None, "", [], {}):
                continue
            if modelled is None:
                self.unmodelled[f"{kind} (table not modelled)"] += 1
                return
            if name not in modelled:
                self.unmodelled[f"{kind}.{name}"] += 1

    def note(self, text: str) -> None:
        self.notes.append(text)

    def format(self) -> str:
        lines = ["import report"]
        if self.source_format:
            lines.append(f"  format: {self.source_format}")
        lines.append("  read (HSDS kind: count):")
        lines += [f"    {kind}: {n}" for kind, n in sorted(self.counts_in.items())]
        lines.append("  written (firststop: count):")
        lines += [f"    {kind}: {n}" for kind, n in sorted(self.counts_out.items())]
        if self.unmodelled:
            lines.append("  not modelled by firststop, so not imported (field: values):")
            lines += [f"    {name}: {n}" for name, n in sorted(self.unmodelled.items())]
        if self.notes:
            lines.append("  notes:")
            lines += [f"    {note}" for note in self.notes]
        return "\n".join(lines)


def _foreign_taxonomy(attribute: dict[str, Any]) -> str | None:
    """The taxonomy of an attribute firststop does not read (None for its own)."""
    term = attribute.get("taxonomy_term")
    term = term if isinstance(term, dict) else {}
    name = _text(term.get("taxonomy")) or ""
    if (_TAXONOMY_KEYS.get(name) or _text(attribute.get("link_type"))) in FIRSTSTOP_TAXONOMIES:
        return None
    return name or _text(attribute.get("link_type")) or "none"


# --- shape checks -------------------------------------------------------------------------

def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return False
        return number == number and abs(number) != float("inf")
    return False


def _where(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(top)"


def check_shapes(value: Any, path: tuple[str | int, ...], problems: list[str],
                 report: ImportReport | None = None, kind: str = "item",
                 shapes: dict[str, dict[str, tuple[str, str]]] | None = None) -> None:
    """Every wrong type found in ``value`` (an object of ``kind``) as ``path: message
    (hint)`` lines.

    Only fields firststop reads are type-checked, each by the shape it has in its own
    kind of object (``shapes``, HSDS by default). Any other field, whatever its type, is
    never fatal: :meth:`ImportReport.count_in` lists it as not modelled.
    """
    shapes = SHAPES if shapes is None else shapes
    if len(problems) > 50:
        return
    if len(path) > MAX_DEPTH:
        problems.append(f"{_where(path)}: nested more than {MAX_DEPTH} levels deep "
                        "(HSDS objects nest only a few levels)")
        return
    if not isinstance(value, dict):
        problems.append(f"{_where(path)}: expected an object, found {type(value).__name__} "
                        "(each item must be a JSON object)")
        return
    if report is not None and kind != "item":
        report.count_in(kind, value)
    fields = shapes.get(kind, {})
    for key, item in value.items():
        where = (*path, key)
        if item is None:
            continue
        shape, child_kind = fields.get(key, ("", ""))
        if not shape:
            _count_unmodelled_table(key, item, where, report, shapes)
        elif shape == "list":
            if not isinstance(item, list):
                problems.append(f"{_where(where)}: expected a list, found "
                                f"{type(item).__name__} (write [ ... ] even for one item)")
                continue
            for index, child in enumerate(item):
                check_shapes(child, (*where, index), problems, report, child_kind, shapes)
        elif shape == "object":
            check_shapes(item, where, problems, report, child_kind, shapes)
        elif shape == "number":
            if not _is_number(item):
                problems.append(f"{_where(where)}: expected a number, found {item!r:.40} "
                                "(write digits only, or leave it out)")
            elif abs(float(item)) > MAX_NUMBER:
                problems.append(f"{_where(where)}: {item!r:.40} is far too large (no "
                                "directory number is over a trillion; check the value)")
        elif shape == "flag":
            if _flag(item) is None:
                problems.append(f"{_where(where)}: expected true or false, found "
                                f"{item!r:.40} (write true or false)")
        elif isinstance(item, dict | list):
            problems.append(f"{_where(where)}: expected text, found "
                            f"{type(item).__name__} (write a single value)")
        elif isinstance(item, float) and not _is_number(item):
            problems.append(f"{_where(where)}: {item!r} is not allowed (NaN and Infinity "
                            "are not numbers; leave the field out)")


def _count_unmodelled_table(key: str, item: Any, where: tuple[str | int, ...],
                            report: ImportReport | None,
                            shapes: dict[str, dict[str, tuple[str, str]]]) -> None:
    """A field firststop does not read that holds a whole HSDS table firststop does not
    model (programs, metadata, …): count that table's objects too, never fatally."""
    kind = LIST_KINDS.get(key) or OBJECT_KINDS.get(key)
    if report is None or kind is None or kind in shapes:
        return
    children = item if isinstance(item, list) else [item]
    for index, child in enumerate(children):
        if isinstance(child, dict):
            check_shapes(child, (*where, index), [], report, kind, shapes)


def _flag(value: Any) -> bool | None:
    """``true``/``false`` as JSON, text or 0/1; None when it is neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no",
                                                             "1", "0"):
        return value.strip().lower() in ("true", "yes", "1")
    return None


# --- small helpers ------------------------------------------------------------------------

def _text(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).strip() if not isinstance(value, str) else value
    return text if text.strip() else None


def _objects(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _attributes(obj: dict[str, Any]) -> dict[str, list[tuple[str, str | None]]]:
    """Attributes grouped by firststop taxonomy key: key → [(code, value)]."""
    found: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for attribute in _objects(obj.get("attributes")):
        term = attribute.get("taxonomy_term") if isinstance(
            attribute.get("taxonomy_term"), dict) else {}
        key = _TAXONOMY_KEYS.get(_text(term.get("taxonomy")) or "") or _text(
            attribute.get("link_type"))
        code = _text(term.get("code")) or _text(term.get("name")) or _text(term.get("term"))
        if key in FIRSTSTOP_TAXONOMIES and code:
            found[key].append((code, _text(attribute.get("value"))))
    return found


def _record_values(attrs: dict[str, list[tuple[str, str | None]]]) -> dict[str, str]:
    return {code: value for code, value in attrs.get("record", []) if value is not None}


def _codes(attrs: dict[str, list[tuple[str, str | None]]], key: str) -> list[str]:
    return [code for code, _ in attrs.get(key, [])]


def safe_slug(candidate: str | None, name: str | None, fallback: str) -> str:
    """A slug that is safe as a file name: the given one if well formed, else made from
    the name. Never contains a path separator, a dot or anything but a-z, 0-9 and '-'."""
    if candidate and SLUG.match(candidate) and len(candidate) <= MAX_SLUG:
        return candidate
    made = slugify(name or "")[:MAX_SLUG].strip("-")
    return made if made and made != "organisation" else slugify(fallback)[:MAX_SLUG].strip(
        "-") or "record"


_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?", re.I)


def _time(value: Any) -> str | None:
    """``09:00``, ``9:00:00``, ``09:00Z`` or ``1:30 pm`` as 24-hour ``HH:MM``; else None."""
    match = _CLOCK.match(_text(value) or "")
    if not match:
        return None
    hours, minutes, half = int(match[1]), match[2], (match[3] or "").lower()[:1]
    if half and not 1 <= hours <= 12:
        return None
    if half:
        hours = hours % 12 + (12 if half == "p" else 0)
    if (hours, minutes) == (23, "59"):
        return "24:00"
    return f"{hours:02d}:{minutes}"


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", []):
        target[key] = value


def _int(value: Any) -> int | None:
    return None if not _is_number(value) else int(float(value))


def phones(items: Any) -> list[dict[str, Any]]:
    result = []
    for phone in _objects(items):
        number = _text(phone.get("number"))
        if not number:
            continue
        entry: dict[str, Any] = {"number": number.strip('"').strip()}
        for key in ("type", "description"):
            _put(entry, key, _text(phone.get(key)))
        _put(entry, "extension", _int(phone.get("extension")))
        result.append(entry)
    return result


def contacts(items: Any) -> list[dict[str, Any]]:
    result = []
    for contact in _objects(items):
        entry: dict[str, Any] = {"name": _text(contact.get("name")) or "Contact"}
        for key in ("title", "department", "email"):
            _put(entry, key, _text(contact.get(key)))
        _put(entry, "phones", phones(contact.get("phones")))
        result.append(entry)
    return result


def _merge(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items without repeats (the same phone often appears at several levels)."""
    unique: list[dict[str, Any]] = []
    for item in items:
        if item not in unique:
            unique.append(item)
    return unique


# --- schedules and costs ------------------------------------------------------------------

def hours(schedules: Any, today: str = "", owner: str = "",
          report: ImportReport | None = None) -> tuple[list[str], list[str]]:
    """Weekly lines and exception lines from HSDS schedules (grouped by days).

    A weekly rule (``byday``) stays weekly whatever its validity dates; one that ended
    before ``today`` is reported and left out, never turned into a one-off date.
    """
    weekly: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    exceptions: dict[str, ExceptionLine] = {}
    for schedule in _objects(schedules):
        opens, closes = _time(schedule.get("opens_at")), _time(schedule.get("closes_at"))
        period = [(opens, closes)] if opens and closes else []
        given = [t for k in ("opens_at", "closes_at") if (t := _text(schedule.get(k)))]
        if given and not period:
            _note(report, f"{owner}: schedule {schedule.get('id')} has times "
                  f"{' to '.join(given)!r:.40} that cannot be read (use 09:00 and 17:00, "
                  "both); not imported")
            continue
        byday = _text(schedule.get("byday"))
        valid_from, valid_to = _text(schedule.get("valid_from")), _text(
            schedule.get("valid_to"))
        description = _text(schedule.get("description")) or ""
        own_exception = _own_exception(description)
        if byday and own_exception is None:
            codes = [c.strip().upper()[-2:] for c in byday.split(",")]
            days = tuple(d for d in DAYS if ICAL[d] in codes)
            if not days:
                _note(report, f"{owner}: schedule {schedule.get('id')}: byday {byday!r} names "
                      "no weekday; not imported")
                continue
            if valid_to and today and valid_to[:10] < today:
                _note(report, f"{owner}: schedule {schedule.get('id')} "
                      f"({format_line(WeeklyLine(days, tuple(period)))}) ended on "
                      f"{valid_to[:10]}; expired, so not imported")
                continue
            if valid_from or valid_to:
                _note(report, f"{owner}: schedule {schedule.get('id')} is valid "
                      f"{valid_from or '…'} to {valid_to or '…'}; imported as weekly hours "
                      "(firststop hours have no validity dates)")
            if str(_text(schedule.get("freq")) or "WEEKLY").upper() != "WEEKLY" or (
                    _int(schedule.get("interval")) or 1) != 1:
                _note(report, f"{owner}: schedule {schedule.get('id')} repeats "
                      f"{schedule.get('freq')} every {schedule.get('interval')}; imported "
                      "as every week")
            weekly.setdefault(days, []).extend(period)
            continue
        if own_exception is not None:
            parsed = own_exception
            key = format_exception(ExceptionLine(parsed.start, parsed.end, (), parsed.note))
        elif valid_from:
            try:
                parsed = parse_exception(f"{valid_from[:10]}"
                                         + (f" to {valid_to[:10]}" if valid_to and
                                            valid_to[:10] != valid_from[:10] else "")
                                         + " closed")
            except HoursError:
                _note(report, f"{owner}: schedule {schedule.get('id')} has unreadable dates "
                      f"{valid_from!r}/{valid_to!r}; not imported")
                continue
            parsed = ExceptionLine(parsed.start, parsed.end, (), None)
            key = format_exception(parsed)
        else:
            if description or period:
                _note(report, f"{owner}: schedule {schedule.get('id')} has no days or dates "
                      f"({description[:60]!r}); not imported")
            continue
        existing = exceptions.get(key)
        merged = tuple(sorted((existing.periods if existing else ()) + tuple(period)))
        exceptions[key] = ExceptionLine(parsed.start, parsed.end, merged, parsed.note)
    weekly_lines = [format_line(WeeklyLine(days, tuple(sorted(set(periods)))))
                    for days, periods in weekly.items()]
    return weekly_lines, [format_exception(e) for e in exceptions.values()]


def _own_exception(description: str) -> ExceptionLine | None:
    """firststop writes each exception line into the schedule's description."""
    try:
        return parse_exception(description) if description else None
    except HoursError:
        return None


def _note(report: ImportReport | None, text: str) -> None:
    if report is not None:
        report.note(text)


_UNIT_WORDS = ("session", "hour", "visit", "day", "night", "week", "month", "year", "meal",
               "journey", "item")


def cost_unit(description: str) -> str | None:
    """``per 1 hour session`` → ``per session``; ``weekly`` → ``per week``; else None."""
    lowered = description.lower().strip()
    if lowered in UNITS:
        return lowered
    words = re.findall(r"[a-z]+", lowered)
    if "one" in words and "off" in words:
        return "one-off"
    aliases = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
               "monthly": "month", "yearly": "year", "annually": "year", "annual": "year"}
    words = [aliases.get(w, w.rstrip("s") if w.endswith("s") and w[:-1] in _UNIT_WORDS
                         else w) for w in words]
    for unit in _UNIT_WORDS:
        if unit in words:
            return f"per {unit}"
    return None


def _cost(option: dict[str, Any], owner: str, report: ImportReport | None) -> Any:
    description = (_text(option.get("amount_description")) or "").strip()
    amount = option.get("amount") if _is_number(option.get("amount")) else None
    label = _text(option.get("option"))
    currency = (_text(option.get("currency")) or "GBP").upper()
    if description.lower() == COUNCIL_FUNDED_TEXT or (amount is None and "council" in
                                                      description.lower()):
        text = COUNCIL_FUNDED_TEXT
    elif (amount is not None and float(amount) == 0) or description.lower() == "free":
        text = "free"
    elif amount is not None:
        if currency != "GBP":
            _note(report, f"{owner}: cost {amount} {currency} is not in pounds; check it")
        unit = cost_unit(description) if description else "one-off"
        pence = round(float(amount) * 100)
        text = f"{format_pence(pence)} {unit or description}"
        if unit is None:
            _note(report, f"{owner}: cost unit {description!r} has no firststop equivalent; "
                  "`firststop check` will ask for one")
        elif description and description.lower() != unit:
            label = f"{label} ({description})" if label else description
    else:
        text = description or "free"
    extra = {k: _text(option[k]) for k in ("valid_from", "valid_to") if _text(option.get(k))}
    if label or extra:
        return {"cost": text, **({"label": label} if label else {}), **extra}
    return text


def split_list(text: Any) -> list[str]:
    """A joined list back into items; JSON arrays keep items that contain line breaks."""
    value = _text(text)
    if not value:
        return []
    if value.startswith('["'):
        try:
            items = json.loads(value)
        except ValueError:
            items = None
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            return items
    return [line for line in value.split(LIST_SEPARATOR) if line.strip()]


# --- records ------------------------------------------------------------------------------

def location_record(obj: dict[str, Any], report: ImportReport | None = None,
                    today: str = "") -> dict[str, Any]:
    attrs = _record_values(_attributes(obj))
    addresses = _objects(obj.get("addresses"))
    address = addresses[0] if addresses else {}
    name = _text(obj.get("name")) or "Location"
    record: dict[str, Any] = {"slug": safe_slug(attrs.get("slug"), name, str(obj.get("id"))),
                              "name": name}
    _put(record, "description", _text(obj.get("description")))
    postal: dict[str, Any] = {"address_1": _text(address.get("address_1")) or "",
                              "city": _text(address.get("city")) or ""}
    _put(postal, "address_2", _text(address.get("address_2")))
    _put(postal, "region", _text(address.get("region")))
    postal["postal_code"] = _text(address.get("postal_code")) or ""
    record["address"] = postal
    if len(addresses) > 1 and report is not None:
        report.note(f"location {name!r}: {len(addresses) - 1} more address(es) not imported "
                    "(firststop keeps one address per location)")
    _put(record, "transportation", _text(obj.get("transportation")))
    _put(record, "accessibility", [_accessibility_text(a) for a in
                                   _objects(obj.get("accessibility"))
                                   if _accessibility_text(a)])
    _put(record, "phones", phones(obj.get("phones")))
    weekly, exceptions = hours(obj.get("schedules"), today, f"location {name!r}", report)
    _put(record, "opening_hours", weekly)
    _put(record, "hours_exceptions", exceptions)
    for key in ("latitude", "longitude"):
        if _is_number(obj.get(key)):
            record[key] = float(obj[key]) if not isinstance(obj[key], int) else obj[key]
    return record


def _accessibility_text(item: dict[str, Any]) -> str | None:
    """Description, then ORUK's ``accessibility`` text, then details: each once."""
    parts: list[str] = []
    for key in ("description", "accessibility", "details"):
        text = _text(item.get(key))
        if text and text.strip() not in parts:
            parts.append(text.strip())
    if not parts:
        return None
    result = parts[0]
    for part in parts[1:]:
        joiner = " " if result[-1:] in ".!?" else ": "
        result = f"{result}{joiner}{part}"
    return result


def organisation_record(obj: dict[str, Any], today: str) -> dict[str, Any]:
    attrs = _record_values(_attributes(obj))
    name = _text(obj.get("name")) or "Organisation"
    record: dict[str, Any] = {"slug": safe_slug(attrs.get("slug"), name, str(obj.get("id"))),
                              "name": name}
    _put(record, "alternate_name", _text(obj.get("alternate_name")))
    record["description"] = _text(obj.get("description")) or name
    record["kind"] = attrs.get("kind") or "charity"
    for key in ("website", "email"):
        _put(record, key, _text(obj.get(key)))
    _put(record, "phones", phones(obj.get("phones")))
    _put(record, "legal_status", _text(obj.get("legal_status")))
    _put(record, "year_incorporated", _int(obj.get("year_incorporated")))
    _put(record, "identifiers", [
        {"scheme": _text(i.get("identifier_scheme")) or _text(i.get("identifier_type"))
         or "unknown", "identifier": _text(i.get("identifier"))}
        for i in _objects(obj.get("organization_identifiers")) if _text(i.get("identifier"))])
    _put(record, "funding", [_text(f["source"]) for f in _objects(obj.get("funding"))
                             if _text(f.get("source"))])
    _put(record, "contacts", contacts(obj.get("contacts")))
    record["last_reviewed"] = attrs.get("last_reviewed") or today
    record["review_due"] = attrs.get("review_due") or today
    record["record_owner"] = {"name": attrs.get("record_owner_name") or "Imported record",
                              "email": attrs.get("record_owner_email") or _text(obj.get("email"))
                              or "directory@example.org"}
    return record


def _sal_location_id(sal: dict[str, Any]) -> str | None:
    nested = sal.get("location")
    return _text(sal.get("location_id")) or (_text(nested.get("id"))
                                              if isinstance(nested, dict) else None)


def service_record(obj: dict[str, Any], location_slugs: dict[str, str],
                   report: ImportReport | None = None, today: str = "") -> dict[str, Any]:
    attributes = _attributes(obj)
    attrs = _record_values(attributes)
    name = _text(obj.get("name")) or "Service"
    owner = f"service {name!r}"
    record: dict[str, Any] = {"slug": safe_slug(attrs.get("slug"), name, str(obj.get("id"))),
                              "name": name}
    _put(record, "alternate_name", _text(obj.get("alternate_name")))
    record["status"] = _text(obj.get("status")) or "active"
    _put(record, "summary", attrs.get("summary"))
    record["description"] = _text(obj.get("description")) or name
    record["categories"] = _codes(attributes, "category") or ["uncategorised"]
    sals = _objects(obj.get("service_at_locations"))
    areas = _objects(obj.get("service_areas")) + [a for s in sals
                                                  for a in _objects(s.get("service_areas"))]
    localities = _codes(attributes, "locality") or list(dict.fromkeys(
        slugify(n) for a in areas if (n := _area_name(a))))
    record["localities"] = localities or ["all"]
    located = [location_slugs.get(_sal_location_id(s) or "", "") for s in sals]
    record["delivery"] = _codes(attributes, "delivery") or (["venue"] if any(located)
                                                            else ["phone"])
    _put(record, "client_groups", _codes(attributes, "client_group"))
    _put(record, "minimum_age", _int(obj.get("minimum_age")))
    _put(record, "maximum_age", _int(obj.get("maximum_age")))
    _put(record, "eligibility_description", _text(obj.get("eligibility_description")))
    record["referral_routes"] = _codes(attributes, "referral_route") or ["self-referral"]
    _put(record, "application_process", _text(obj.get("application_process")))
    record["costs"] = [_cost(o, owner, report) for o in _objects(obj.get("cost_options"))] or [
        "free"]
    _put(record, "fees_description", _text(obj.get("fees_description")) or _text(
        obj.get("fees")))
    if _text(obj.get("fees")) not in (None, record.get("fees_description")):
        _note(report, f"{owner}: `fees` {_text(obj.get('fees'))!r:.60} differs from "
              "`fees_description`, which was imported")
    _put(record, "locations", list(dict.fromkeys(slug for slug in located if slug)))
    schedules = _objects(obj.get("schedules"))
    sal_schedules = [x for s in sals for x in _objects(s.get("schedules"))]
    if sal_schedules and report is not None:
        report.note(f"{owner}: {len(sal_schedules)} schedule(s) given per location were "
                    "imported as the service's hours")
    weekly, exceptions = hours(_dedupe_ids(schedules + sal_schedules), today, owner, report)
    _put(record, "opening_hours", weekly)
    _put(record, "hours_exceptions", exceptions)
    _put(record, "phones", _merge(phones(obj.get("phones")) + [
        p for s in sals for p in phones(s.get("phones"))]))
    _put(record, "email", _text(obj.get("email")))
    _put(record, "url", _text(obj.get("url")))
    _put(record, "languages", list(dict.fromkeys(
        n for lang in _objects(obj.get("languages")) if (n := _text(lang.get("name"))))))
    _put(record, "interpretation_services", _text(obj.get("interpretation_services")))
    if attrs.get("cqc_location_id"):
        cqc = {"location_id": attrs["cqc_location_id"],
               "rating": attrs.get("cqc_rating", "Not yet rated")}
        _put(cqc, "inspected", attrs.get("cqc_inspected"))
        record["cqc"] = cqc
    _put(record, "accreditations", split_list(obj.get("accreditations")))
    _put(record, "required_documents", [d for x in _objects(obj.get("required_documents"))
                                        if (d := _text(x.get("document")))])
    _put(record, "funding", [s for f in _objects(obj.get("funding"))
                             if (s := _text(f.get("source")))])
    _put(record, "contacts", _merge(contacts(obj.get("contacts")) + [
        c for s in sals for c in contacts(s.get("contacts"))]))
    _put(record, "wait_time", _text(obj.get("wait_time")))
    _put(record, "alert", _text(obj.get("alert")))
    return record


def _area_name(area: dict[str, Any]) -> str | None:
    """HSDS ``name``, or Open Referral UK's ``service_area`` text."""
    return _text(area.get("name")) or _text(area.get("service_area"))


def _dedupe_ids(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    result = []
    for item in items:
        key = str(item.get("id") or id(item))
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def _org_id(service: dict[str, Any]) -> str | None:
    nested = service.get("organization")
    return _text(service.get("organization_id")) or (
        _text(nested.get("id")) if isinstance(nested, dict) else None)


def records_from_hsds(organizations: list[dict[str, Any]], services: list[dict[str, Any]],
                      today: str, report: ImportReport | None = None,
                      orphans_into: str | None = None) -> list[dict[str, Any]]:
    """One record (organization, locations, services) per organisation, in source order.

    Services with no organisation in the source are refused by name, unless
    ``orphans_into`` names the organisation id (or slug) that should take them.
    """
    report = report if report is not None else ImportReport()
    _refuse_duplicate_ids(organizations, "organisation")
    _refuse_duplicate_ids(services, "service")
    orgs: dict[str, dict[str, Any]] = {}
    for index, org in enumerate(organizations):
        orgs.setdefault(_text(org.get("id")) or f"organization-{index}", org)
        for nested in _objects(org.get("services")):
            if not _org_id(nested):
                nested = {**nested, "organization_id": _text(org.get("id"))}
            services = [*services, nested]
    for service in services:
        nested = service.get("organization")
        if isinstance(nested, dict) and _text(nested.get("id")):
            orgs.setdefault(_text(nested["id"]) or "", nested)
    by_org: dict[str, list[dict[str, Any]]] = defaultdict(list)
    orphans = []
    seen_services: set[str] = set()
    for service in services:
        sid = _text(service.get("id"))
        if sid and sid in seen_services:
            continue
        if sid:
            seen_services.add(sid)
        org_id = _org_id(service)
        if org_id not in orgs:
            target = _orphan_target(orgs, orphans_into)
            if target is None:
                orphans.append(_text(service.get("name")) or f"(no name, id {sid})")
                continue
            report.note(f"service {service.get('name')!r} has no organisation in the source; "
                        f"placed under {orgs[target].get('name')!r} as --orphans-into says")
            org_id = target
        by_org[org_id or ""].append(service)
    if orphans:
        raise ImportProblem(
            "these services have no organisation in the source, so nothing was imported: "
            + "; ".join(repr(n) for n in orphans)
            + " (add their organisations to the source, or name one with --orphans-into)")
    records = []
    for org_id, org in orgs.items():
        locations: dict[str, dict[str, Any]] = {}
        for location in _objects(org.get("locations")):
            locations.setdefault(_text(location.get("id")) or str(id(location)), location)
        for service in by_org.get(org_id, []):
            for sal in _objects(service.get("service_at_locations")):
                if isinstance(sal.get("location"), dict):
                    lid = _sal_location_id(sal) or str(id(sal))
                    locations.setdefault(lid, sal["location"])
        location_records, slugs = _same_places_once({
            lid: location_record(loc, report, today) for lid, loc in locations.items()},
            _text(org.get("name")) or org_id, report)
        record: dict[str, Any] = {"organization": organisation_record(org, today)}
        if location_records:
            record["locations"] = list(location_records.values())
        record["services"] = [service_record(s, slugs, report, today)
                              for s in by_org.get(org_id, [])]
        records.append(record)
        report.counts_out["organisations"] += 1
        report.counts_out["locations"] += len(location_records)
        report.counts_out["services"] += len(record["services"])
        for service in record["services"]:
            for key in ("opening_hours", "hours_exceptions", "costs", "phones", "contacts",
                        "languages"):
                report.counts_out[f"service {key}"] += len(service.get(key) or [])
        for loc in location_records.values():
            report.counts_out["location accessibility"] += len(loc.get("accessibility") or [])
    _separate_organisations(records, report)
    return records


def _same_places_once(location_records: dict[str, dict[str, Any]], owner: str,
                      report: ImportReport) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Locations of one organisation that are the same in every detail (feeds often give
    each service its own copy of a venue, with its own id) are kept once."""
    kept: dict[str, dict[str, Any]] = {}
    slugs: dict[str, str] = {}
    seen: dict[str, str] = {}
    for lid, record in location_records.items():
        key = json.dumps(record, sort_keys=True, default=str)
        if key in seen:
            slugs[lid] = seen[key]
            continue
        seen[key] = slugs[lid] = record["slug"]
        kept[lid] = record
    if len(kept) < len(location_records):
        report.note(f"organisation {owner!r}: {len(location_records) - len(kept)} "
                    "location(s) identical to another of its locations were imported once")
    return kept, slugs


def _separate_organisations(records: list[dict[str, Any]], report: ImportReport) -> None:
    """A venue or a service name used by two organisations (common in council feeds: many
    groups meet at one hall) gets the later organisation's slug added to its own, so both
    records can be written. Clashes inside one organisation are left for ``_duplicates``
    to refuse by name."""
    owners: dict[tuple[str, str], str] = {}
    for record in records:
        org_slug = record["organization"]["slug"]
        renamed: dict[str, str] = {}
        for kind, items in (("location", record.get("locations", [])),
                            ("service", record["services"])):
            for item in items:
                owner = owners.get((kind, item["slug"]))
                if owner is not None and owner != org_slug:
                    new = f"{item['slug']}-{org_slug}"[:MAX_SLUG].strip("-")
                    report.note(f"{kind} {item['name']!r} is also in {owner}.yaml: its slug "
                                f"in {org_slug}.yaml is {new!r}")
                    if kind == "location":
                        renamed[item["slug"]] = new
                    item["slug"] = new
                owners.setdefault((kind, item["slug"]), org_slug)
        for service in record["services"]:
            if service.get("locations"):
                service["locations"] = [renamed.get(s, s) for s in service["locations"]]
        _services_by_venue(record, report)


def _services_by_venue(record: dict[str, Any], report: ImportReport) -> None:
    """One organisation's services with one name at different venues (a group that meets
    in several halls, each a service in the feed) get the venue's slug added. Two with no
    venue to tell them apart are left for ``_duplicates`` to refuse by name."""
    used = {s["slug"] for s in record["services"]}
    seen: set[str] = set()
    for service in record["services"]:
        slug = service["slug"]
        venue = (service.get("locations") or [None])[0]
        new = f"{slug}-{venue}"[:MAX_SLUG].strip("-") if venue else None
        if slug in seen and new and new not in seen and new not in used:
            report.note(f"service {service['name']!r} is also the name of another of "
                        f"{record['organization']['name']!r}'s services: its slug is {new!r}")
            service["slug"] = new
        seen.add(service["slug"])


def _orphan_target(orgs: dict[str, dict[str, Any]], wanted: str | None) -> str | None:
    if not wanted:
        return None
    for org_id, org in orgs.items():
        if wanted in (org_id, slugify(_text(org.get("name")) or "")):
            return org_id
    raise ImportProblem(f"--orphans-into {wanted!r} names no organisation in the source "
                        "(give an organisation id or the slug of its name)")


def _refuse_duplicate_ids(items: list[dict[str, Any]], kind: str) -> None:
    """Two different objects with one id would silently lose one: refuse by name."""
    first: dict[str, dict[str, Any]] = {}
    clashes = []
    for item in items:
        key = _text(item.get("id"))
        if key is None:
            continue
        if key in first and first[key] != item:
            clashes.append(f"{kind} id {key!r} is used by both {first[key].get('name')!r} and "
                           f"{item.get('name')!r}")
        first.setdefault(key, item)
    if clashes:
        raise ImportProblem("nothing was imported: " + "; ".join(clashes[:20])
                            + " (give each object its own id)")
