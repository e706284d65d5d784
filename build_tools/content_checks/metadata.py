"""Check one advice page's front matter: every key present, well formed and known."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from build_tools.content_checks.frontmatter import Page
from build_tools.problems import Problem, Severity

REQUIRED_KEYS = (
    "title", "summary", "audience", "owner", "last_reviewed", "review_due", "sources", "services",
)

#: Who a page is for; the theme and search may group pages by these.
AUDIENCES = frozenset(
    {"adults", "carers", "family-and-friends", "self-funders", "professionals", "young-people"}
)

#: Where sources should come from: legislation and national guidance.
OFFICIAL_HOSTS = (
    "legislation.gov.uk", "gov.uk", "nhs.uk", "cqc.org.uk",
    # national regulators and ombudsmen
    "ofcom.org.uk", "ico.org.uk", "lgo.org.uk", "ombudsman.org.uk",
)

EMAIL = re.compile(r"^[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
SUMMARY_MAX = 200


def as_date(value: Any) -> date | None:
    """A YAML date or an ISO ``YYYY-MM-DD`` string as a date; anything else is ``None``."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def check_metadata(
    path: str, page: Page, slugs: frozenset[str] | None, today: date
) -> list[Problem]:
    """Every problem with one page's front matter, each naming its line and a fix."""
    if page.error:
        return [Problem(path, page.error_line, 1, "(front matter)", page.error,
                        "start the page with --- , the keys title, summary, audience, owner, "
                        "last_reviewed, review_due, sources, services, then ---")]
    problems: list[Problem] = []

    def add(key: str, message: str, hint: str, severity: Severity = Severity.ERROR) -> None:
        problems.append(Problem(path, page.line_of(key), 1, key, message, hint, severity))

    meta = page.meta
    for key in REQUIRED_KEYS:
        if key not in meta:
            add(key, "is missing", f"add `{key}:` to the front matter")
    for key in ("title", "summary"):
        if key in meta and (not isinstance(meta[key], str) or not meta[key].strip()):
            add(key, "must be some text", f"write a short {key} in plain English")
    if isinstance(meta.get("summary"), str) and len(meta["summary"]) > SUMMARY_MAX:
        add("summary", f"is longer than {SUMMARY_MAX} characters",
            "keep the summary to one short sentence")
    if "audience" in meta:
        problems.extend(_check_audience(path, page))
    if "owner" in meta and not (isinstance(meta["owner"], str) and EMAIL.match(meta["owner"])):
        add("owner", f"{meta['owner']!r} is not an email address",
            "give the owning team's email, e.g. advice-team@example.org")
    problems.extend(_check_dates(path, page, today))
    if "sources" in meta:
        problems.extend(_check_sources(path, page))
    if "services" in meta:
        problems.extend(_check_services(path, page, slugs))
    return problems


def _check_audience(path: str, page: Page) -> list[Problem]:
    value = page.meta["audience"]
    line = page.line_of("audience")
    hint = "use a list of: " + ", ".join(sorted(AUDIENCES))
    if not isinstance(value, list) or not value:
        return [Problem(path, line, 1, "audience", "must be a list with at least one entry", hint)]
    return [
        Problem(path, line, 1, f"audience[{index}]", f"{item!r} is not a known audience", hint)
        for index, item in enumerate(value)
        if item not in AUDIENCES
    ]


def _check_dates(path: str, page: Page, today: date) -> list[Problem]:
    problems = []
    dates: dict[str, date] = {}
    for key in ("last_reviewed", "review_due"):
        if key not in page.meta:
            continue
        value = as_date(page.meta[key])
        if value is None:
            problems.append(Problem(path, page.line_of(key), 1, key,
                                    f"{page.meta[key]!r} is not a date", "write it as YYYY-MM-DD"))
        else:
            dates[key] = value
    reviewed, due = dates.get("last_reviewed"), dates.get("review_due")
    if reviewed and reviewed > today:
        problems.append(Problem(path, page.line_of("last_reviewed"), 1, "last_reviewed",
                                f"{reviewed} is in the future",
                                "use the date the page was last checked"))
    if reviewed and due and due <= reviewed:
        problems.append(Problem(path, page.line_of("review_due"), 1, "review_due",
                                f"{due} is not after last_reviewed ({reviewed})",
                                "set the next review after the last one"))
    if due and due < today:
        problems.append(Problem(path, page.line_of("review_due"), 1, "review_due",
                                f"the review was due on {due}",
                                "check the page, then update last_reviewed and review_due",
                                Severity.WARNING))
    return problems


def _check_sources(path: str, page: Page) -> list[Problem]:
    value = page.meta["sources"]
    line = page.line_of("sources")
    if not isinstance(value, list) or not value:
        return [Problem(path, line, 1, "sources", "must be a list with at least one source",
                        "list the legislation or national guidance the page is based on")]
    problems = []
    for index, item in enumerate(value):
        field = f"sources[{index}]"
        if not isinstance(item, dict) or not item.get("title") or not item.get("url"):
            problems.append(Problem(path, line, 1, field, "needs a title and a url",
                                    "write `- title: ...` then `url: https://...`"))
            continue
        parts = urlsplit(str(item["url"]))
        if parts.scheme != "https" or not parts.hostname:
            problems.append(Problem(path, line, 1, f"{field}.url",
                                    f"{item['url']!r} is not an https address",
                                    "link to the https page of the source"))
        elif not _official(parts.hostname):
            problems.append(Problem(path, line, 1, f"{field}.url",
                                    f"{parts.hostname} is not a national source",
                                    "prefer legislation.gov.uk, gov.uk or nhs.uk",
                                    Severity.WARNING))
    return problems


def _official(host: str) -> bool:
    return any(host == root or host.endswith("." + root) for root in OFFICIAL_HOSTS)


def _check_services(path: str, page: Page, slugs: frozenset[str] | None) -> list[Problem]:
    value = page.meta["services"]
    line = page.line_of("services")
    if not isinstance(value, list):
        return [Problem(path, line, 1, "services", "must be a list (it may be empty: [])",
                        "write services: [help-at-home, carers-support]")]
    if slugs is None:
        return []
    return [
        Problem(path, line, 1, f"services[{index}]", f"{item!r} is not a need category",
                "use a slug from services_directory/taxonomy.yaml: " + _closest(item, slugs))
        for index, item in enumerate(value)
        if item not in slugs
    ]


def _closest(item: Any, slugs: Iterable[str]) -> str:
    """Suggest the nearest slug, or list them all if none is close."""
    from difflib import get_close_matches

    match = get_close_matches(str(item), list(slugs), n=1)
    return f"did you mean {match[0]!r}?" if match else ", ".join(sorted(slugs))
