"""View models for the directory's page templates: plain values, no markup.

Links are given as page sources (``services/x.md``) for the templates' ``url()``;
outside links are checked with :mod:`build_tools.links` before they reach a template.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from build_tools.directory.costs import UNITS, format_pence
from build_tools.directory.hours import DAYS, LONG_NAMES, describe_periods
from build_tools.directory.model import Area, Directory, Location, Organisation, Service
from build_tools.directory.sanitise import sanitise_markdown
from build_tools.directory.summary import plain_summary
from build_tools.directory.trust import build_date, checked_month, is_stale
from build_tools.directory.urls import page_src, page_url
from build_tools.directory.usual_rates import UsualRate
from build_tools.links import mailto_url, safe_url, tel_url
from build_tools.rendering import long_date

CHANGE_SUBJECT = "Problem with a directory listing: {name}"
CHANGE_BODY = "Listing: {name}\nPage: {page}\n\nWhat is wrong or out of date:\n\n"
COST_WORDS = {"free": "Free", "council-funded": "Funded by the council if you are eligible"}
IDENTIFIER_SCHEMES = {"GB-CHC": "Registered charity", "GB-COH": "Company number",
                      "GB-LAE": "Local authority", "GB-NHS": "NHS organisation",
                      "GB-MPR": "Mutual society"}


@dataclass(frozen=True)
class Link:
    """A link to a site page (``target`` is a docs source) with its text."""

    target: str
    text: str


@dataclass(frozen=True)
class Phone:
    label: str
    number: str
    href: str | None
    extension: str = ""


@dataclass(frozen=True)
class Row:
    """One term and value of a contact list; ``href`` makes the value a link."""

    label: str
    text: str
    href: str | None = None
    extension: str = ""


@dataclass(frozen=True)
class ServiceItem:
    """A service in a list; ``anchor``: its id on the page, for links from elsewhere
    on the same page."""

    link: Link
    organisation: str
    summary: str
    anchor: str = ""


@dataclass(frozen=True)
class AlsoItem:
    """A service listed under another heading of the same page (``#anchor``)."""

    anchor: str
    name: str
    under: str


@dataclass(frozen=True)
class Group:
    """A titled list of services (a category on a locality page, a letter in the A–Z);
    ``also``: services for this need listed once, under another heading."""

    anchor: str
    title: str
    services: list[ServiceItem]
    also: list[AlsoItem] = field(default_factory=list)


@dataclass(frozen=True)
class Hours:
    weekly: list[tuple[str, str]]
    exceptions: list[str]

    @property
    def empty(self) -> bool:
        return not self.weekly and not self.exceptions


@dataclass(frozen=True)
class Place:
    name: str
    address: list[str]
    area: Link | None
    transport: str
    accessibility: list[str]


@dataclass(frozen=True)
class Checked:
    last_reviewed: str
    change_href: str | None
    month: str = ""
    stale: bool = False


@dataclass
class ServiceView:
    name: str
    provider: Link
    status: str
    alert: str
    description: Markup
    contact: list[Row]
    hours: Hours
    costs: list[str]
    fees: str
    ages: str
    client_groups: list[str]
    eligibility: str
    areas: list[Link] | None  # None: available across the county
    routes: list[str]
    modes: str
    application: str
    wait_time: str
    documents: list[str]
    languages: str
    interpretation: str
    places: list[Place]
    cqc: dict[str, Any] | None
    accreditations: list[str]
    related: list[Link]
    checked: Checked


@dataclass
class OrganisationView:
    name: str
    description: Markup
    identifiers: list[str]
    contact: list[Row]
    services: list[ServiceItem]
    places: list[Place]
    checked: Checked


@dataclass(frozen=True)
class PriceRow:
    service: Link
    provider: str
    price: str
    label: str
    rating: str
    areas: str = ""


@dataclass(frozen=True)
class UsualRateView:
    """The council's usual rate for a kind of service, dated, with its source."""

    price: str
    valid_from: str
    href: str | None


@dataclass(frozen=True)
class PriceTable:
    """Prices for one kind of service (its main need category) in one unit."""

    anchor: str
    title: str
    rows: list[PriceRow] = field(default_factory=list)
    unit: str = ""
    usual: UsualRateView | None = None

    @property
    def unit_text(self) -> str:
        """"prices per week", "one-off prices"."""
        return "one-off prices" if self.unit == "one-off" else f"prices {self.unit}"


def _phone_rows(phones: list[dict[str, Any]]) -> list[Row]:
    rows = []
    for phone in phones:
        number = str(phone["number"])
        default = "Textphone" if phone.get("type") == "textphone" else "Phone"
        rows.append(Row(phone.get("description") or default, number, tel_url(number),
                        str(phone.get("extension") or "")))
    return rows


def contact_rows(data: dict[str, Any], fallback: dict[str, Any] | None = None) -> list[Row]:
    """Phones, email, website and named contacts, falling back to the organisation's."""
    fallback = fallback or {}
    rows = _phone_rows(data.get("phones") or fallback.get("phones") or [])
    email = data.get("email") or fallback.get("email")
    if email:
        rows.append(Row("Email", email, mailto_url(email)))
    web = data.get("url") or data.get("website") or fallback.get("website")
    if web:
        rows.append(Row("Website", web, safe_url(web)))
    for contact in data.get("contacts") or []:
        who = ", ".join(str(contact[k]) for k in ("name", "title", "department")
                        if contact.get(k))
        rows.append(Row("Contact", who))
        rows.extend(_phone_rows(contact.get("phones") or []))
    return rows


def hours_view(service_hours: Any) -> Hours:
    weekly: list[tuple[str, str]] = []
    if service_hours.weekly:
        week = service_hours.by_weekday()
        weekly = [(LONG_NAMES[day], describe_periods(tuple(tuple(p) for p in week[day])))
                  for day in DAYS]
    exceptions = []
    for item in service_hours.exceptions:
        when = "Bank holidays" if item.start == "bank holidays" else long_date(item.start)
        if item.end:
            when = f"{when} to {long_date(item.end)}"
        note = f" ({item.note})" if item.note else ""
        exceptions.append(f"{when}: {describe_periods(item.periods)}{note}")
    return Hours(weekly, exceptions)


def place(location: Location, directory: Directory) -> Place:
    address = location.data["address"]
    parts = [address.get("address_1"), address.get("address_2"), address.get("city"),
             location.postcode or address.get("postal_code")]
    area = None
    if location.area_slug:
        found = directory.areas[location.area_slug]
        area = Link(page_src("locality", found.slug), found.name)
    return Place(location.name, [str(p) for p in parts if p], area,
                 str(location.data.get("transportation") or ""),
                 [str(a) for a in location.data.get("accessibility") or []])


def service_items(services: list[Service], directory: Directory) -> list[ServiceItem]:
    return [ServiceItem(Link(page_src("service", s.slug), s.name),
                        directory.organisation_of(s).name, plain_summary(s))
            for s in services]


def checked(org: Organisation, subject_name: str, identity: dict[str, Any],
            page: str = "") -> Checked:
    """When the record was last checked ("March 2026", and whether that was over a year
    before the build), and a pre-filled ``mailto:`` to report a problem with the listing
    (the record owner, else the council's contact centre)."""
    subject = CHANGE_SUBJECT.format(name=subject_name)
    body = CHANGE_BODY.format(name=subject_name, page=page)
    fallback = (identity.get("contact_centre") or {}).get("email", "")
    href = (mailto_url(org.data["record_owner"]["email"], subject, body)
            or mailto_url(fallback, subject, body))
    reviewed = org.data["last_reviewed"]
    return Checked(long_date(reviewed), href, checked_month(reviewed),
                   is_stale(reviewed, build_date()))


def ages(data: dict[str, Any]) -> str:
    low, high = data.get("minimum_age"), data.get("maximum_age")
    if low is not None and high is not None:
        return f"Ages {low} to {high}"
    if low is not None:
        return f"Aged {low} or over"
    if high is not None:
        return f"Aged up to {high}"
    return "Adults of any age"


def cost_lines(service: Service) -> list[str]:
    lines = []
    for cost in service.costs:
        text = COST_WORDS.get(cost.kind, cost.text)
        label = f"{cost.label}: " if cost.label else ""
        dates = f" (from {long_date(cost.valid_from)})" if cost.valid_from else ""
        lines.append(f"{label}{text}{dates}")
    return lines


def service_view(service: Service, directory: Directory, identity: dict[str, Any]
                 ) -> ServiceView:
    org = directory.organisation_of(service)
    data = service.data
    areas = [directory.areas[a] for a in service.localities if a in directory.areas]
    area_links = (None if len(areas) == len(directory.areas)
                  else [Link(page_src("locality", a.slug), a.name) for a in areas])
    categories = [directory.categories[c] for c in service.categories
                  if c in directory.categories]
    return ServiceView(
        name=service.name,
        provider=Link(page_src("organisation", org.slug), org.name),
        status=str(data.get("status", "active")),
        alert=str(data.get("alert") or ""),
        description=Markup(sanitise_markdown(data["description"])),
        contact=contact_rows(data, org.data),
        hours=hours_view(service.hours),
        costs=cost_lines(service),
        fees=str(data.get("fees_description") or ""),
        ages=ages(data),
        client_groups=[directory.client_groups.get(g, g)
                       for g in data.get("client_groups") or []],
        eligibility=str(data.get("eligibility_description") or ""),
        areas=area_links,
        routes=[directory.referral_routes.get(r, r) for r in data["referral_routes"]],
        modes=", ".join(directory.delivery_modes.get(m, m).lower() for m in data["delivery"]),
        application=str(data.get("application_process") or ""),
        wait_time=str(data.get("wait_time") or ""),
        documents=[str(d) for d in data.get("required_documents") or []],
        languages=", ".join(data.get("languages") or []),
        interpretation=str(data.get("interpretation_services") or ""),
        places=[place(directory.locations[s], directory) for s in service.location_slugs],
        cqc=data.get("cqc") or None,
        accreditations=[str(a) for a in data.get("accreditations") or []],
        related=[Link(page_src("category", c.slug), c.name) for c in categories],
        checked=checked(org, service.name, identity, page_url("service", service.slug)),
    )


def organisation_view(org: Organisation, directory: Directory, identity: dict[str, Any]
                      ) -> OrganisationView:
    data = org.data
    services = sorted((directory.services[s] for s in org.service_slugs),
                      key=lambda s: s.name.lower())
    return OrganisationView(
        name=org.name,
        description=Markup(sanitise_markdown(data["description"])),
        identifiers=[f"{IDENTIFIER_SCHEMES.get(i['scheme'], i['scheme'])} {i['identifier']}"
                     for i in data.get("identifiers") or []],
        contact=contact_rows(data),
        services=service_items(services, directory),
        places=[place(directory.locations[s], directory) for s in org.location_slugs],
        checked=checked(org, org.name, identity, page_url("organisation", org.slug)),
    )


def main_category(service: Service, directory: Directory) -> str | None:
    """A service's main need: the first of its categories the taxonomy knows."""
    return next((c for c in service.categories if c in directory.categories), None)


def areas_served(service: Service, directory: Directory) -> str:
    """The areas a service covers, in words: "All areas" when it covers them all."""
    names = [directory.areas[a].name for a in service.localities if a in directory.areas]
    if names and len(names) == len(directory.areas):
        return "All areas"
    return ", ".join(names) or "Not stated"


def price_tables(directory: Directory, rates: dict[str, UsualRate] | None = None
                 ) -> list[PriceTable]:
    """One table per kind of service (main need category) and unit, cheapest first,
    with the council's usual rate from ``rates`` where it has one in that unit. Each
    charged cost appears once."""
    rates = rates or {}
    grouped: dict[tuple[str, str], list[tuple[int, str, PriceRow]]] = {}
    for service in directory.services.values():
        main = main_category(service, directory)
        if main is None:
            continue
        org = directory.organisation_of(service)
        rating = str((service.data.get("cqc") or {}).get("rating", ""))
        areas = areas_served(service, directory)
        for cost in service.costs:
            if cost.kind == "charged" and cost.unit:
                grouped.setdefault((main, cost.unit), []).append((
                    cost.amount_pence or 0, service.name.lower(), PriceRow(
                        Link(page_src("service", service.slug), service.name), org.name,
                        cost.text, cost.label or "", rating, areas)))
    order = list(directory.categories)
    tables = []
    for (slug, unit), rows in sorted(grouped.items(), key=lambda item: (
            order.index(item[0][0]), UNITS.index(item[0][1]) if item[0][1] in UNITS else 99)):
        rate = rates.get(slug)
        usual = (UsualRateView(f"{format_pence(rate.pence)} {rate.unit}",
                               long_date(rate.valid_from), safe_url(rate.reference))
                 if rate and rate.unit == unit else None)
        rows.sort(key=lambda r: (r[0], r[1]))
        tables.append(PriceTable(f"{slug}-{unit.replace(' ', '-')}",
                                 directory.categories[slug].name,
                                 [row for _, _, row in rows], unit, usual))
    return tables


__all__ = ["Area", "Group", "Link", "ServiceItem", "contact_rows", "hours_view",
           "organisation_view", "price_tables", "service_items", "service_view"]
