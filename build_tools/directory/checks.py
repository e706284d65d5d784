"""Checks across records: references, vocabularies, review dates and likely duplicates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from build_tools.directory.model import Directory, Service
from build_tools.directory.schema_check import field_name
from build_tools.directory.yaml_lines import Path_
from build_tools.problems import Problem, Severity


def _problem(directory: Directory, rel: str, path: Path_, message: str, hint: str,
             severity: Severity = Severity.ERROR) -> Problem:
    record = directory.file(rel)
    line, col = record.positions.at(path)
    return Problem(rel, line, col, field_name(path), message, hint, severity)


def _vocabulary(directory: Directory, rel: str, path: Path_, values: list[str],
                known: dict[str, object], what: str, extra: tuple[str, ...] = ()) -> list[Problem]:
    problems = []
    for i, value in enumerate(values):
        if value not in known and value not in extra:
            options = ", ".join([*extra, *known])
            problems.append(_problem(directory, rel, (*path, i), f"unknown {what} {value!r}",
                                     f"use one of: {options}"))
    return problems


def check_references(directory: Directory) -> list[Problem]:
    """Categories, areas, client groups, routes and location slugs must all exist."""
    problems: list[Problem] = []
    for record in directory.files:
        org_slug = record.data["organization"]["slug"]
        own_locations = {loc["slug"] for loc in record.data.get("locations") or []}
        for i, data in enumerate(record.data.get("services") or []):
            path: Path_ = ("services", i)
            rel = record.path
            problems += _vocabulary(directory, rel, (*path, "categories"), data["categories"],
                                    directory.categories, "need category")
            problems += _vocabulary(directory, rel, (*path, "localities"), data["localities"],
                                    directory.areas, "locality", ("all",))
            if "all" in data["localities"] and len(data["localities"]) > 1:
                problems.append(_problem(directory, rel, (*path, "localities"),
                                         "'all' cannot be combined with other localities",
                                         "write only `- all`"))
            problems += _vocabulary(directory, rel, (*path, "client_groups"),
                                    data.get("client_groups") or [], directory.client_groups,
                                    "client group")
            problems += _vocabulary(directory, rel, (*path, "referral_routes"),
                                    data["referral_routes"], directory.referral_routes,
                                    "referral route")
            for j, slug in enumerate(data.get("locations") or []):
                if slug not in own_locations:
                    problems.append(_problem(
                        directory, rel, (*path, "locations", j),
                        f"location {slug!r} is not in this file's `locations:`",
                        f"add it under `locations:` in {org_slug}.yaml or fix the slug"))
            if "venue" in data["delivery"] and not data.get("locations"):
                problems.append(_problem(directory, rel, (*path, "delivery"),
                                         "says 'venue' but lists no locations",
                                         "add `locations:` with the venue's slug"))
    return problems


def check_reviews(directory: Directory, today: date) -> list[Problem]:
    """A record past its ``review_due`` date is a warning (an error under --strict)."""
    problems = []
    for org in directory.organisations.values():
        due = org.data["review_due"]
        if due < today.isoformat():
            owner = org.data["record_owner"]
            problems.append(_problem(directory, org.source.path, ("organization", "review_due"),
                                     f"review was due on {due}",
                                     f"{owner['name']} <{owner['email']}> should check the "
                                     "record and update last_reviewed and review_due",
                                     Severity.WARNING))
    return problems


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def check_duplicates(directory: Directory) -> list[Problem]:
    """Same name and same postcode is probably the same service entered twice."""
    problems = []
    seen: dict[tuple[str, str], Service] = {}
    for service in directory.services.values():
        for slug in service.location_slugs:
            location = directory.locations.get(slug)
            if location is None or not location.postcode:
                continue
            key = (_key(service.name), location.postcode)
            first = seen.setdefault(key, service)
            if first is not service:
                record = directory.file(service.source.path)
                index = [s["slug"] for s in record.data["services"]].index(service.slug)
                problems.append(_problem(
                    directory, service.source.path, ("services", index, "name"),
                    f"looks like a duplicate of {first.slug!r} "
                    f"({first.source.path}:{first.source.line})",
                    "same name and postcode; merge them or rename one", Severity.WARNING))
                break
    return problems


def check_coverage(directory: Directory, taxonomy_path: str) -> list[Problem]:
    """Taxonomy must define the vocabularies the pages rely on."""
    problems = []
    for key in ("at-home", "venue", "phone", "online"):
        if directory.delivery_modes and key not in directory.delivery_modes:
            problems.append(Problem(taxonomy_path, 1, 1, "delivery_modes",
                                    f"is missing {key!r}",
                                    f"add a line `{key}: LABEL` under delivery_modes"))
    return problems


def validate(directory: Directory, today: date) -> list[Problem]:
    """Every problem: those found while loading plus the cross-record checks."""
    problems = list(directory.problems)
    problems += check_references(directory)
    problems += check_reviews(directory, today)
    problems += check_duplicates(directory)
    taxonomy = next((c.source.path for c in directory.categories.values()),
                    str(Path("services_directory") / "taxonomy.yaml"))
    problems += check_coverage(directory, taxonomy)
    return sorted(set(problems))
