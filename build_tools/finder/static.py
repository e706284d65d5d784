"""The finder's first page for the empty search, rendered at build time.

The page shows these results and option counts as soon as its HTML is parsed; the
finder's script keeps them when it starts with no search or filters. So the markup
here must match ``item()`` / ``denseItem()`` in ``app.js`` and the counts must match
``search()`` in ``core.js`` exactly (``tests/finder/test_static_first_page.py`` compares
them in the browser). "Open now" depends on the visitor's clock, so it has no count here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from build_tools.finder.html import e
from build_tools.finder.index import FIELDS

#: Results per page, as ``PAGE_SIZE`` in app.js.
PAGE_SIZE = {"public": 20, "contact-centre": 50}
_F = {name: i for i, name in enumerate(FIELDS)}
_WEBSITE = re.compile(r"https?://\S+", re.I)

Counts = dict[str, dict[str, int]]


def t(value: object) -> str:
    """Escape text; line breaks as character references so Markdown keeps the HTML block."""
    return e(value).replace("\r", "&#13;").replace("\n", "&#10;")


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
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    total = len(index["services"])
    counts: Counts = {
        "category": dict.fromkeys(slugs["categories"], 0),
        "area": {**dict.fromkeys(slugs["areas"], 0), **dict.fromkeys(index["districts"], 0)},
        "for": dict.fromkeys(slugs["groups"], 0),
        "cost": dict.fromkeys(slugs["costs"], 0),
        "delivery": dict.fromkeys(slugs["delivery"], 0),
        "referral": dict.fromkeys(slugs["routes"], 0),
        "open": dict.fromkeys(days, 0),
    }
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
    """As ``telHref`` in core.js."""
    digits = re.sub(r"[^\d+]", "", number or "")
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


def _link(href: str, text: str) -> str:
    return f'<a href="{t(href)}">{t(text)}</a>' if href else t(text)


def _item(index: Mapping[str, Any], row: Sequence[Any], site_root: str) -> str:
    text, label, href = next_step(index, row)
    step = t(text + (" " if label else "")) + (_link(href, label) if label else "")
    return (
        '<li class="fs-result">'
        f'<h3 class="fs-result__name"><a href="{t(site_root + row[_F["url"]])}">'
        f'{t(row[_F["name"]])}</a></h3>'
        f'<p class="fs-result__summary">{t(row[_F["summary"]])}</p>'
        f'<dl class="fs-result__facts"><dt>Area</dt><dd>{t(place_text(index, row))}</dd>'
        f'<dt>Cost</dt><dd>{t(row[_F["cost_text"]])}</dd></dl>'
        f'<p class="fs-result__step"><strong>Next step: </strong>{step}</p></li>'
    )


def _dense_item(index: Mapping[str, Any], row: Sequence[Any], site_root: str, sid: int) -> str:
    name, org = row[_F["name"]], row[_F["organisation"]]
    phone, email, website = row[_F["phone"]], row[_F["email"]], row[_F["website"]]
    contacts = ""
    if phone:
        contacts += _link(tel_href(phone), phone) + " "
    if email:
        contacts += _link(f"mailto:{email}", email) + " "
    if safe_website(website):
        contacts += _link(website, "Website")
    hours = "; ".join(index["schedules"][row[_F["schedule"]]][1]) or "Hours not given"
    meta = f"{place_text(index, row)} · {row[_F['cost_text']]} · {hours}"
    org_html = f'<span class="fs-dense__org">{t(" — " + org)}</span>' if org and org != name else ""
    return (
        f'<li class="fs-dense" data-service="{sid}">'
        f'<h3 class="fs-dense__name"><a href="{t(site_root + row[_F["url"]])}">{t(name)}</a>'
        f'{org_html}</h3>'
        f'<p class="fs-dense__summary">{t(row[_F["summary"]])}</p>'
        f'<p class="fs-dense__contacts">{contacts}</p>'
        f'<p class="fs-dense__meta">{t(meta)}</p>'
        '<div class="fs-dense__actions">'
        f'<button type="button" class="md-button fs-copy" data-service="{sid}">Copy contact'
        f'<span class="fs-visually-hidden">{t(": " + name)}</span></button>'
        f'<button type="button" class="md-button fs-add" data-service="{sid}" '
        'aria-pressed="false"><span class="fs-add__text">Add to list</span>'
        f'<span class="fs-visually-hidden">{t(": " + name)}</span></button></div></li>'
    )


def first_page(index: Mapping[str, Any], view: str, site_root: str) -> tuple[str, list[int]]:
    """The first page of results for the empty search as ``<li>`` HTML, and their ids."""
    rows = index["services"][: PAGE_SIZE.get(view, 20)]
    ids = list(range(len(rows)))
    if view == "contact-centre":
        return "".join(_dense_item(index, r, site_root, i) for i, r in enumerate(rows)), ids
    return "".join(_item(index, r, site_root) for r in rows), ids


def summary_html(total: int, shown: int) -> str:
    """The line above the static results (the script rewrites it when it starts)."""
    words = "1 service found" if total == 1 else f"{total} services found"
    if total <= shown:
        return f"{words}."
    return (f'{words}; showing the first {shown} of {total} — use the '
            '<a href="#browse-by-need">need</a> and <a href="#browse-by-area">area</a> '
            'lists below to see them all.')
