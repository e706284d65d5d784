"""Markdown pages for the directory: one per service, organisation, category and locality,
an A–Z and a landing page. Every value from YAML is escaped or sanitised here."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from build_tools.directory.fields import e164, phone_problem
from build_tools.directory.hours import DAYS, LONG_NAMES, describe_periods
from build_tools.directory.html import esc, link, mailto, safe_href, sanitise_markdown, title_text
from build_tools.directory.model import Directory, Location, Organisation, Service
from build_tools.directory.summary import plain_summary
from build_tools.directory.urls import AZ_SRC, INDEX_SRC, PRICES_SRC, page_src, relative_url
from build_tools.pipeline import format_date

CHANGE_SUBJECT = "Change to directory entry: {name}"


def _front(title: str) -> str:
    return f"---\ntitle: {title_text(title)}\n---\n\n"


def _href(from_src: str, kind: str, slug: str) -> str:
    return esc(relative_url(from_src, page_src(kind, slug)))


def _block(lines: list[str]) -> str:
    """A raw HTML block: one element per line, no blank lines, then a blank line."""
    return "\n".join(line for line in lines if line) + "\n\n"


def _phones_html(phones: list[dict[str, Any]]) -> list[str]:
    items = []
    for phone in phones:
        number = str(phone["number"])
        label = esc(phone.get("description") or "Phone")
        if phone.get("type") == "textphone":
            label = esc(phone.get("description") or "Textphone")
        target = f"tel:{e164(number)}" if phone_problem(number) is None else None
        shown = link(target, number) if target else esc(number)
        ext = f" extension {esc(phone['extension'])}" if phone.get("extension") else ""
        items.append(f"<dt>{label}</dt> <dd>{shown}{ext}</dd>")
    return items


def contact_block(data: dict[str, Any], fallback: dict[str, Any] | None = None) -> str:
    fallback = fallback or {}
    rows = _phones_html(data.get("phones") or fallback.get("phones") or [])
    email = data.get("email") or fallback.get("email")
    if email:
        target = mailto(email)
        rows.append(f"<dt>Email</dt> <dd>{link(target, email) if target else esc(email)}</dd>")
    web = data.get("url") or data.get("website") or fallback.get("website")
    if web:
        rows.append(f"<dt>Website</dt> <dd>{link(web)}</dd>")
    for contact in data.get("contacts") or []:
        who = ", ".join(esc(contact[k]) for k in ("name", "title", "department") if contact.get(k))
        rows.append(f"<dt>Contact</dt> <dd>{who}</dd>")
        rows.extend(_phones_html(contact.get("phones") or []))
    if not rows:
        return "<p>No contact details are listed.</p>\n\n"
    return _block(['<dl class="fs-dir-contact">', *rows, "</dl>"])


def hours_block(service_hours: Any) -> str:
    if not service_hours.weekly and not service_hours.exceptions:
        return "<p>Contact them for times.</p>\n\n"
    lines = ["<table>",
             "<thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Times</th></tr></thead>",
             "<tbody>"]
    week = service_hours.by_weekday()
    if service_hours.weekly:
        for day in DAYS:
            periods = tuple(tuple(p) for p in week[day])
            lines.append(f"<tr><th scope=\"row\">{LONG_NAMES[day]}</th>"
                         f"<td>{esc(describe_periods(periods))}</td></tr>")
    lines.append("</tbody></table>")
    if service_hours.exceptions:
        lines.append('<p>Changes to these times:</p><ul class="fs-dir-exceptions">')
        for item in service_hours.exceptions:
            when = ("Bank holidays" if item.start == "bank holidays" else format_date(item.start))
            if item.end:
                when = f"{when} to {format_date(item.end)}"
            note = f" ({esc(item.note)})" if item.note else ""
            lines.append(f"<li>{esc(when)}: {esc(describe_periods(item.periods))}{note}</li>")
        lines.append("</ul>")
    return _block(lines)


def _location_html(location: Location, directory: Directory, from_src: str) -> list[str]:
    address = location.data["address"]
    parts = [address.get("address_1"), address.get("address_2"), address.get("city"),
             location.postcode or address.get("postal_code")]
    lines = [f"<h3>{esc(location.name)}</h3>",
             f"<p class=\"fs-dir-address\">{'<br>'.join(esc(p) for p in parts if p)}</p>"]
    if location.area_slug:
        area = directory.areas[location.area_slug]
        lines.append(f"<p>In <a href=\"{_href(from_src, 'locality', area.slug)}\">"
                     f"{esc(area.name)}</a></p>")
    if location.data.get("transportation"):
        lines.append(f"<p>Getting there: {esc(location.data['transportation'])}</p>")
    access = location.data.get("accessibility") or []
    if access:
        lines.append("<p>Accessibility:</p><ul>")
        lines.extend(f"<li>{esc(a)}</li>" for a in access)
        lines.append("</ul>")
    return lines


def _list_item(service: Service, directory: Directory, from_src: str) -> str:
    org = directory.organisation_of(service)
    return (f"<li><a href=\"{_href(from_src, 'service', service.slug)}\">{esc(service.name)}</a>"
            f" <span class=\"fs-dir-org\">({esc(org.name)})</span>"
            f"<br><span class=\"fs-dir-summary\">{esc(plain_summary(service))}</span></li>")


def service_list(services: list[Service], directory: Directory, from_src: str) -> str:
    if not services:
        return "<p>No services are listed yet.</p>\n\n"
    return _block(['<ul class="fs-dir-list">',
                   *(_list_item(s, directory, from_src) for s in services), "</ul>"])


def checked_block(org: Organisation, subject_name: str, identity: dict[str, Any]) -> str:
    owner_email = org.data["record_owner"]["email"]
    target = mailto(owner_email, CHANGE_SUBJECT.format(name=subject_name))
    fallback = (identity.get("contact_centre") or {}).get("email", "")
    target = target or mailto(fallback, CHANGE_SUBJECT.format(name=subject_name))
    tell = f' <a href="{esc(target)}">Tell us about a change</a>.' if target else ""
    return _block([f'<p class="fs-dir-checked">Last checked: '
                   f"{esc(format_date(org.data['last_reviewed']))}.{tell}</p>"])


def service_page(service: Service, directory: Directory, identity: dict[str, Any]) -> str:
    src = page_src("service", service.slug)
    org = directory.organisation_of(service)
    data = service.data
    out = [_front(service.name)]
    out.append(_block([
        f'<h1 id="service-title">{esc(service.name)}</h1>',
        f'<p class="fs-dir-provider">Provided by <a href="{_href(src, "organisation", org.slug)}">'
        f"{esc(org.name)}</a></p>",
    ]))
    status = data.get("status", "active")
    if status != "active":
        out.append(_block(['<div class="admonition warning"><p class="admonition-title">'
                           f"This service is {esc(status)}</p></div>"]))
    if data.get("alert"):
        out.append(_block(['<div class="admonition info"><p class="admonition-title">Notice</p>'
                           f"<p>{esc(data['alert'])}</p></div>"]))
    out.append(_block([f'<div class="fs-dir-description">{sanitise_markdown(data["description"])}'
                       "</div>"]))
    out.append("## Contact\n\n" + contact_block(data, org.data))
    out.append("## Opening hours\n\n" + hours_block(service.hours))
    out.append("## Costs\n\n" + costs_block(service))
    out.append("## Who it is for\n\n" + eligibility_block(service, directory, src))
    out.append("## How to get it\n\n" + access_block(service, directory))
    if service.location_slugs:
        lines: list[str] = []
        for slug in service.location_slugs:
            lines += _location_html(directory.locations[slug], directory, src)
        out.append("## Where\n\n" + _block(lines))
    quality = quality_block(service)
    if quality:
        out.append("## Quality and registration\n\n" + quality)
    cats = [directory.categories[c] for c in service.categories if c in directory.categories]
    out.append("## Related\n\n" + _block(
        ['<ul class="fs-dir-related">',
         *(f"<li><a href=\"{_href(src, 'category', c.slug)}\">{esc(c.name)}</a></li>"
           for c in cats), "</ul>"]))
    out.append(checked_block(org, service.name, identity))
    return "".join(out)


def costs_block(service: Service) -> str:
    lines = ['<ul class="fs-dir-costs">']
    for cost in service.costs:
        text = {"free": "Free", "council-funded": "Funded by the council if you are eligible"
                }.get(cost.kind, cost.text)
        label = f"{esc(cost.label)}: " if cost.label else ""
        dates = ""
        if cost.valid_from or cost.valid_to:
            dates = f" (from {esc(format_date(cost.valid_from or ''))})" if cost.valid_from else ""
        lines.append(f"<li>{label}{esc(text)}{dates}</li>")
    lines.append("</ul>")
    if service.data.get("fees_description"):
        lines.append(f"<p>{esc(service.data['fees_description'])}</p>")
    return _block(lines)


def _ages(data: dict[str, Any]) -> str:
    low, high = data.get("minimum_age"), data.get("maximum_age")
    if low is not None and high is not None:
        return f"Ages {low} to {high}"
    if low is not None:
        return f"Aged {low} or over"
    if high is not None:
        return f"Aged up to {high}"
    return "Adults of any age"


def eligibility_block(service: Service, directory: Directory, src: str) -> str:
    data = service.data
    lines = ['<ul class="fs-dir-eligibility">', f"<li>{esc(_ages(data))}</li>"]
    for group in data.get("client_groups") or []:
        lines.append(f"<li>{esc(directory.client_groups.get(group, group))}</li>")
    lines.append("</ul>")
    if data.get("eligibility_description"):
        lines.append(f"<p>{esc(data['eligibility_description'])}</p>")
    areas = [directory.areas[a] for a in service.localities if a in directory.areas]
    if len(areas) == len(directory.areas):
        lines.append("<p>Available across the county.</p>")
    else:
        links = ", ".join(f"<a href=\"{_href(src, 'locality', a.slug)}\">{esc(a.name)}</a>"
                          for a in areas)
        lines.append(f"<p>Available in: {links}.</p>")
    return _block(lines)


def access_block(service: Service, directory: Directory) -> str:
    data = service.data
    lines = ["<ul class=\"fs-dir-routes\">"]
    lines += [f"<li>{esc(directory.referral_routes.get(r, r))}</li>"
              for r in data["referral_routes"]]
    lines.append("</ul>")
    modes = ", ".join(directory.delivery_modes.get(m, m).lower() for m in data["delivery"])
    lines.append(f"<p>How it is provided: {esc(modes)}.</p>")
    if data.get("application_process"):
        lines.append(f"<p>{esc(data['application_process'])}</p>")
    if data.get("wait_time"):
        lines.append(f"<p>Waiting time: {esc(data['wait_time'])}</p>")
    docs = data.get("required_documents") or []
    if docs:
        lines.append("<p>What to have ready:</p><ul>")
        lines += [f"<li>{esc(d)}</li>" for d in docs]
        lines.append("</ul>")
    languages = data.get("languages") or []
    if languages:
        lines.append(f"<p>Languages: {esc(', '.join(languages))}</p>")
    if data.get("interpretation_services"):
        lines.append(f"<p>{esc(data['interpretation_services'])}</p>")
    return _block(lines)


def quality_block(service: Service) -> str:
    data = service.data
    lines = []
    cqc = data.get("cqc")
    if cqc:
        inspected = (f", inspected {esc(format_date(cqc['inspected']))}"
                     if cqc.get("inspected") else "")
        lines.append(f"<p>Care Quality Commission rating: <strong>{esc(cqc['rating'])}</strong>"
                     f"{inspected} (CQC location {esc(cqc['location_id'])}).</p>")
    accreditations = data.get("accreditations") or []
    if accreditations:
        lines.append("<ul>" + "".join(f"<li>{esc(a)}</li>" for a in accreditations) + "</ul>")
    return _block(lines) if lines else ""


def organisation_page(org: Organisation, directory: Directory, identity: dict[str, Any]) -> str:
    src = page_src("organisation", org.slug)
    data = org.data
    out = [_front(org.name), _block([
        f"<h1 id=\"organisation-title\">{esc(org.name)}</h1>",
        f"<div class=\"fs-dir-description\">{sanitise_markdown(data['description'])}</div>"])]
    ids = data.get("identifiers") or []
    if ids:
        names = {"GB-CHC": "Registered charity", "GB-COH": "Company number",
                 "GB-LAE": "Local authority", "GB-NHS": "NHS organisation",
                 "GB-MPR": "Mutual society"}
        out.append(_block([f"<p>{esc(names.get(i['scheme'], i['scheme']))} "
                           f"{esc(i['identifier'])}</p>" for i in ids]))
    out.append("## Contact\n\n" + contact_block(data))
    services = sorted((directory.services[s] for s in org.service_slugs),
                      key=lambda s: s.name.lower())
    out.append("## Services\n\n" + service_list(services, directory, src))
    if org.location_slugs:
        lines: list[str] = []
        for slug in org.location_slugs:
            lines += _location_html(directory.locations[slug], directory, src)
        out.append("## Locations\n\n" + _block(lines))
    out.append(checked_block(org, org.name, identity))
    return "".join(out)


def category_page(slug: str, directory: Directory) -> str:
    category = directory.categories[slug]
    src = page_src("category", slug)
    services = directory.services_in_category(slug)
    sign = category.signposting
    ask = sign.get("ask") or []
    notes = ['<details class="note"><summary>Notes for advisers</summary>']
    if ask:
        notes.append("<p>Ask:</p><ul>" + "".join(f"<li>{esc(a)}</li>" for a in ask) + "</ul>")
    if sign.get("refer_on"):
        notes.append(f"<p>Refer on: {esc(sign['refer_on'])}</p>")
    notes.append("</details>")
    out = [_front(category.name), _block([
        f"<h1 id=\"category-title\">{esc(category.name)}</h1>",
        f"<p class=\"fs-dir-lead\">{esc(category.description)}</p>"])]
    if sign.get("urgent"):
        out.append(_block(['<div class="admonition warning"><p class="admonition-title">'
                           f"If it is urgent</p><p>{esc(sign['urgent'])}</p></div>"]))
    out.append(_block(notes))
    out.append(f"## Services ({len(services)})\n\n" + service_list(services, directory, src))
    return "".join(out)


def locality_page(slug: str, directory: Directory) -> str:
    area = directory.areas[slug]
    src = page_src("locality", slug)
    by_category: dict[str, list[Service]] = defaultdict(list)
    for service in directory.services_in_area(slug):
        for cat in service.categories:
            by_category[cat].append(service)
    districts = ", ".join(area.postcode_districts)
    out = [_front(area.name), _block([
        f"<h1 id=\"locality-title\">{esc(area.name)}</h1>",
        f"<p class=\"fs-dir-lead\">{esc(area.description)}</p>",
        f"<p>Postcode districts: {esc(districts)}."
        f"{' A rural area: check travel and visit times with each service.' if area.rural else ''}"
        "</p>"])]
    for cat_slug, category in directory.categories.items():
        services = by_category.get(cat_slug)
        if services:
            out.append(_block([f"<h2 id=\"{esc(cat_slug)}\">{esc(category.name)}</h2>"]))
            out.append(service_list(services, directory, src))
    return "".join(out)


def az_page(directory: Directory) -> str:
    groups: dict[str, list[Service]] = defaultdict(list)
    for service in sorted(directory.services.values(), key=lambda s: s.name.lower()):
        first = service.name[:1].upper()
        groups[first if first.isalpha() else "#"].append(service)
    letters = sorted(groups)
    nav = " ".join(f'<a href="#letter-{esc(letter if letter != "#" else "other")}">'
                   f"{esc(letter)}</a>" for letter in letters)
    out = [_front("Services A to Z"), _block(
        ['<h1 id="a-to-z">Services A to Z</h1>',
         f'<nav class="fs-dir-letters" aria-label="Jump to letter"><p>{nav}</p></nav>'])]
    for letter in letters:
        anchor = letter if letter != "#" else "other"
        out.append(_block([f'<h2 id="letter-{esc(anchor)}">{esc(letter)}</h2>']))
        out.append(service_list(groups[letter], directory, AZ_SRC))
    return "".join(out)


def prices_page(directory: Directory) -> str:
    """The published schedule of provider prices: every charged cost, by need category."""
    out = [_front("Published prices"), _block([
        '<h1 id="published-prices">Published prices</h1>',
        '<p class="fs-dir-lead">What providers in the directory charge people who pay for '
        "their own care, as they told us. Prices can change: check with the provider. "
        "If the council arranges your care, what you pay depends on a financial "
        "assessment.</p>"])]
    for slug, category in directory.categories.items():
        rows = []
        for service in directory.services_in_category(slug):
            org = directory.organisation_of(service)
            rating = (service.data.get("cqc") or {}).get("rating", "")
            for cost in service.costs:
                if cost.kind != "charged":
                    continue
                rows.append((cost.amount_pence or 0, (
                    f"<tr><td><a href=\"{_href(PRICES_SRC, 'service', service.slug)}\">"
                    f"{esc(service.name)}</a></td><td>{esc(org.name)}</td>"
                    f"<td>{esc(cost.text)}</td><td>{esc(cost.label or '')}</td>"
                    f"<td>{esc(rating)}</td></tr>")))
        if not rows:
            continue
        rows.sort(key=lambda r: r[0])
        out.append(_block([
            f'<h2 id="{esc(slug)}">{esc(category.name)}</h2>',
            f'<table><caption>Prices for {esc(category.name.lower())}'
            "</caption>",
            '<thead><tr><th scope="col">Service</th><th scope="col">Provider</th>'
            '<th scope="col">Price</th><th scope="col">For</th>'
            '<th scope="col">CQC rating</th></tr></thead><tbody>',
            *(row for _, row in rows), "</tbody></table>"]))
    return "".join(out)


def index_page(directory: Directory, identity: dict[str, Any]) -> str:
    src = INDEX_SRC
    cats = [f"<li><a href=\"{_href(src, 'category', c.slug)}\">{esc(c.name)}</a> "
            f"({len(directory.services_in_category(c.slug))})</li>"
            for c in sorted(directory.categories.values(), key=lambda c: c.name.lower())]
    areas = [f"<li><a href=\"{_href(src, 'locality', a.slug)}\">{esc(a.name)}</a></li>"
             for a in directory.areas.values()]
    name = identity.get("short_name") or identity.get("name") or "the council"
    data_href = esc(relative_url(src, "open-referral/index.md"))
    return "".join([
        _front("Find local services"),
        _block(['<h1 id="find-local-services">Find local services</h1>',
                f"<p class=\"fs-dir-lead\">{len(directory.services)} services from "
                f"{len(directory.organisations)} organisations in {esc(name)}, "
                "including care at home, day opportunities, advice and support for carers.</p>",
                f'<p><a href="{esc(relative_url(src, AZ_SRC))}">All services from A to Z</a></p>',
                f'<p><a href="{esc(relative_url(src, PRICES_SRC))}">Published prices</a>: '
                "what providers charge people who pay for their own care.</p>"]),
        "## By need\n\n", _block(['<ul class="fs-dir-categories">', *cats, "</ul>"]),
        "## By area\n\n", _block(['<ul class="fs-dir-areas">', *areas, "</ul>"]),
        "## Open data\n\n",
        _block([f'<p>This directory is published as <a href="{data_href}services.json">'
                "Open Referral UK data</a> (HSDS 3.0 JSON, with a "
                f'<a href="{data_href}datapackage/datapackage.json">CSV data package</a>) '
                "for other services to reuse.</p>"]),
    ])


def local_services_markdown(directory: Directory, from_src: str, categories: list[str],
                            limit: int = 8) -> str:
    """The "Local services" section appended to advice pages that ask for it."""
    out = ["\n\n## Local services\n\n"]
    for slug in categories:
        category = directory.categories.get(slug)
        if category is None:
            continue
        services = directory.services_in_category(slug)
        href = esc(relative_url(from_src, page_src("category", slug)))
        out.append(_block([f"<h3>{esc(category.name)}</h3>"]))
        out.append(service_list(services[:limit], directory, from_src))
        out.append(_block([f'<p><a href="{href}">All {len(services)} services for '
                           f"{esc(category.name.lower())}</a></p>"]))
    return "".join(out)


__all__ = ["az_page", "category_page", "index_page", "local_services_markdown",
           "locality_page", "organisation_page", "prices_page", "safe_href", "service_page"]
