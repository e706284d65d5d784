"""The finder's first page for the empty search, as view models, made at build time.

The page shows these results and option counts as soon as its HTML is parsed; the
finder's script keeps them when it starts with no search or filters. Both sides use the
same markup (the ``result`` / ``dense_result`` macros in ``templates/finder/results.html``;
the script clones a template element rendered from them) and the same view: the fields
here match ``resultView()`` in ``assets/core.js`` and the counts match ``search()``
(``tests/finder/test_static_first_page.py`` compares them in the browser). "Open now"
depends on the visitor's clock, so it has no count here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from build_tools.directory.trust import checked_month, is_stale
from build_tools.finder.index import FIELDS, PAGE_SIZE

_F = {name: i for i, name in enumerate(FIELDS)}
_WEBSITE = re.compile(r"https?://\S+", re.I)
#: Words the finder's script shows (``data-word-*`` on the results; JavaScript reads
#: them from there), with "{…}" gaps it fills in. The build-time results use them too.
WORDS = {
    "checked": "Checked {month}",
    "stale": "Not checked for over a year: please check details with the service.",
    "mile": "mile",
    "miles": "miles",
    "covers": "Covers your area",
    "covers-too": "covers your area",
    "remove-word": "Remove “{value}” from your search",
    "remove-filter": "Remove the filter “{value}”",
    "remove-all": "Remove every filter",
    "gives-one": "{text} (1 service)",
    "gives-many": "{text} ({count} services)",
    "postcode-outside": "{district} is not a postcode district we list services for. "
                        "Check the postcode, or leave the box empty",
    "postcode-no-centre": "We cannot work out distances from {district} yet. "
                          "Use the area filter instead",
    "chosen-one": " (1 chosen)",
    "chosen-many": " ({count} chosen)",
    "show-one": "Show 1 service",
    "show-many": "Show {count} services",
}
#: The printed information prescription's words (``data-word-*`` on the printout).
PRINT_WORDS = {
    "council": "From {council}",
    "council-phone": "From {council}, phone {phone}",
    "date": "Date: {date}",
    "note": "Note: {note}",
    "phone": "Phone",
    "email": "Email",
    "website": "Website",
    "venue": "Where",
    "access": "Access",
    "hours": "Opening hours",
    "cost": "Cost",
    "details": "More details",
    "run-by": "Run by {organisation}",
}
CHECKED = WORDS["checked"]
STALE = WORDS["stale"]

Counts = dict[str, dict[str, int]]


def _bits(bits: int, slugs: Sequence[str], counts: dict[str, int]) -> None:
    for i, slug in enumerate(slugs):
        if (bits >> i) & 1:
            counts[slug] += 1


def _has_hours(schedule: Sequence[Any], day: int) -> bool:
    hours = schedule[0]
    return bool(hours) and bool(hours[day])


def empty_counts(index: Mapping[str, Any]) -> Counts:
    """Each option's count with nothing chosen: ``{facet: {value: n}}`` (``""`` = any)."""
    slugs = {key: [item[0] for item in index[key]]
             for key in ("categories", "areas", "groups", "costs", "delivery", "routes")}
    days = [slug for slug, _ in index["days"]]
    total = len(index["services"])
    counts: Counts = {
        "category": dict.fromkeys(slugs["categories"], 0),
        "area": {**dict.fromkeys(slugs["areas"], 0), **dict.fromkeys(index["districts"], 0)},
        "for": dict.fromkeys(slugs["groups"], 0),
        "cost": dict.fromkeys(slugs["costs"], 0),
        "delivery": dict.fromkeys(slugs["delivery"], 0),
        "referral": dict.fromkeys(slugs["routes"], 0),
        "open": dict.fromkeys(days, 0),
        "lang": dict.fromkeys(index.get("languages") or [], 0),
        "access": dict.fromkeys([slug for slug, _ in index.get("access") or []], 0),
    }
    access_slugs = list(counts["access"])
    venues = index.get("venues") or []
    everyone = slugs["groups"].index("everyone") if "everyone" in slugs["groups"] else -1
    area_districts = [ds for _, _, ds in index["areas"]]
    for row in index["services"]:
        for c in row[_F["categories"]]:
            counts["category"][slugs["categories"][c]] += 1
        for a in row[_F["areas"]]:
            counts["area"][slugs["areas"][a]] += 1
            for d in area_districts[a]:
                counts["area"][d] += 1
        for d in row[_F["extra_districts"]]:
            counts["area"][index["districts"][d]] += 1
        groups = row[_F["client_groups"]]
        for g in range(len(slugs["groups"])) if everyone >= 0 and everyone in groups else groups:
            counts["for"][slugs["groups"][g]] += 1
        _bits(row[_F["cost_bits"]], slugs["costs"], counts["cost"])
        _bits(row[_F["delivery_bits"]], slugs["delivery"], counts["delivery"])
        _bits(row[_F["route_bits"]], slugs["routes"], counts["referral"])
        schedule = index["schedules"][row[_F["schedule"]]]
        for i, day in enumerate(days):
            if _has_hours(schedule, i):
                counts["open"][day] += 1
        for lang in row[_F["languages"]]:
            counts["lang"][index["languages"][lang]] += 1
        access_bits = 0
        for v in row[_F["venues"]]:
            access_bits |= venues[v][4]
        _bits(access_bits, access_slugs, counts["access"])
    for facet in counts.values():
        facet[""] = total
    return counts


def place_text(index: Mapping[str, Any], row: Sequence[Any]) -> str:
    """As ``placeText`` in core.js."""
    areas = index["areas"]
    if len(row[_F["areas"]]) == len(areas) and areas:
        return "All areas"
    names = [areas[i][1] for i in row[_F["areas"]]]
    districts = [index["districts"][i] for i in row[_F["extra_districts"]]]
    return ", ".join(names + districts) or "Area not given"


def tel_href(number: str) -> str:
    """As ``telHref`` in core.js: ``tel:+44…`` for a UK number, other digits as they are."""
    digits = re.sub(r"[^\d+]", "", number or "")
    if re.fullmatch(r"0\d{9,10}", digits):
        return f"tel:+44{digits[1:]}"
    return f"tel:{digits}" if digits else ""


def safe_website(url: str) -> str:
    """As ``safeWebsite`` in core.js: only http(s) addresses."""
    return url if url and _WEBSITE.fullmatch(url) else ""


def next_step(index: Mapping[str, Any], row: Sequence[Any]) -> tuple[str, str, str]:
    """As ``nextStep`` in core.js: ``(text, label, href)``."""
    routes = [slug for slug, _ in index["routes"]]
    bits = row[_F["route_bits"]]

    def has(slug: str) -> bool:
        return slug in routes and bool((bits >> routes.index(slug)) & 1)

    phone, website, email = row[_F["phone"]], row[_F["website"]], row[_F["email"]]
    if has("self-referral") or (not has("professional-referral") and not has("via-council")):
        if phone:
            return "Phone", phone, tel_href(phone)
        if safe_website(website):
            return "Visit", "their website", website
        if email:
            return "Email", email, f"mailto:{email}"
    if has("professional-referral"):
        return "Ask a GP, nurse or other professional to refer you", "", ""
    council = index["council"]
    return (f"Arranged by the council after a needs assessment. Phone {council['name']}",
            council["phone"], tel_href(council["phone"]))


def result_view(index: Mapping[str, Any], row: Sequence[Any], site_root: str,
                sid: int) -> dict[str, Any]:
    """One result's fields for the ``result`` and ``dense_result`` macros; the same
    fields, worked out the same way, as ``resultView()`` in core.js."""
    text, label, href = next_step(index, row)
    phone, email = row[_F["phone"]], row[_F["email"]]
    website = safe_website(row[_F["website"]])
    name, org = row[_F["name"]], row[_F["organisation"]]
    return {
        "id": str(sid),
        "name": name,
        "href": site_root + row[_F["url"]],
        "summary": row[_F["summary"]],
        "place": place_text(index, row),
        "cost": row[_F["cost_text"]],
        "step_text": text + (" " if label else ""),
        "step_label": label,
        "step_href": href,
        "org": org if org and org != name else "",
        "phone": phone,
        "phone_href": tel_href(phone) if phone else "",
        "email": email,
        "email_href": f"mailto:{email}" if email else "",
        "website": website,
        "hours": "; ".join(index["schedules"][row[_F["schedule"]]][1]) or "Hours not given",
        **trust_view(index, row),
        "distance": "",
    }


def trust_view(index: Mapping[str, Any], row: Sequence[Any]) -> dict[str, str]:
    """As ``trustView`` in core.js: when the listing was checked, and a warning when that
    was over a year before the index was built."""
    checked = row[_F["checked"]]
    month = checked_month(checked)
    generated = date.fromisoformat(str(index.get("generated") or date.today().isoformat()))
    return {"checked": CHECKED.format(month=month) if month else "",
            "stale": STALE if is_stale(checked, generated) else ""}


def first_page(index: Mapping[str, Any], view: str, site_root: str) -> list[dict[str, Any]]:
    """The first page of results for the empty search, as view models."""
    rows = index["services"][: index.get("page_size", PAGE_SIZE).get(view, 20)]
    return [result_view(index, row, site_root, i) for i, row in enumerate(rows)]
