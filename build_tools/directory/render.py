"""Markdown pages for the directory: one per service, organisation, category and locality,
an A–Z, the published prices and a landing page.

Python builds plain view models (:mod:`build_tools.directory.views`); the markup is in
this feature's autoescaped templates (``templates/directory/``), rendered by the core
:class:`build_tools.rendering.Renderer`. Links are page sources resolved by ``url()``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from build_tools.directory import views
from build_tools.directory.model import Directory, Organisation, Service
from build_tools.directory.urls import AZ_SRC, EXPORT_DIR, INDEX_SRC, PRICES_SRC, page_src
from build_tools.directory.usual_rates import UsualRate
from build_tools.rendering import Renderer

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=4)
def renderer(project_root: Path | None = None) -> Renderer:
    """The directory's renderer: the council's own ``templates/`` (under ``project_root``)
    first, then this feature's templates, then the shared components."""
    return Renderer([TEMPLATES], project_root)


def _render(template: str, page: str, root: Path | None, **context: Any) -> str:
    return renderer(root).render(f"directory/{template}", page=page, **context)


def service_page(service: Service, directory: Directory, identity: dict[str, Any],
                 root: Path | None = None) -> str:
    view = views.service_view(service, directory, identity)
    return _render("service.md", page_src("service", service.slug), root, view=view)


def organisation_page(org: Organisation, directory: Directory, identity: dict[str, Any],
                      root: Path | None = None) -> str:
    view = views.organisation_view(org, directory, identity)
    return _render("organisation.md", page_src("organisation", org.slug), root, view=view)


def category_page(slug: str, directory: Directory, root: Path | None = None,
                  finder: bool = False) -> str:
    """A need category's page; ``finder``: the build has the finder, so link to it."""
    category = directory.categories[slug]
    services = directory.services_in_category(slug)
    return _render("category.md", page_src("category", slug), root, category=category,
                   signposting=category.signposting,
                   services=views.service_items(services, directory), finder=finder)


def locality_page(slug: str, directory: Directory, root: Path | None = None,
                  finder: bool = False) -> str:
    """A locality's page, grouped by need: each service listed once, under its main
    need; other needs it meets point to that listing. ``finder``: the build has the
    finder, so link to it."""
    area = directory.areas[slug]
    listed: dict[str, list[Service]] = defaultdict(list)
    also: dict[str, list[views.AlsoItem]] = defaultdict(list)
    for service in directory.services_in_area(slug):
        main = views.main_category(service, directory)
        if main is None:
            continue
        listed[main].append(service)
        anchor = f"service-{service.slug}"
        for cat in dict.fromkeys(service.categories):
            if cat != main and cat in directory.categories:
                also[cat].append(views.AlsoItem(anchor, service.name,
                                                directory.categories[main].name))
    groups = []
    for cat_slug, category in directory.categories.items():
        if not listed.get(cat_slug) and not also.get(cat_slug):
            continue
        items = [replace(item, anchor=f"service-{service.slug}") for service, item in
                 zip(listed[cat_slug], views.service_items(listed[cat_slug], directory),
                     strict=True)]
        groups.append(views.Group(cat_slug, category.name, items, also[cat_slug]))
    return _render("locality.md", page_src("locality", slug), root, area=area, groups=groups,
                   finder=finder)


def az_page(directory: Directory, root: Path | None = None) -> str:
    grouped: dict[str, list[Service]] = defaultdict(list)
    for service in sorted(directory.services.values(), key=lambda s: s.name.lower()):
        first = service.name[:1].upper()
        grouped[first if first.isalpha() else "#"].append(service)
    groups = [views.Group("letter-" + (letter if letter != "#" else "other"), letter,
                          views.service_items(grouped[letter], directory))
              for letter in sorted(grouped)]
    return _render("a-z.md", AZ_SRC, root, groups=groups)


def prices_page(directory: Directory, root: Path | None = None,
                rates: dict[str, UsualRate] | None = None) -> str:
    """The published schedule of provider prices: every charged cost once, by kind of
    service and unit, with the council's usual ``rates`` where it has one."""
    return _render("prices.md", PRICES_SRC, root,
                   tables=views.price_tables(directory, rates))


def index_page(directory: Directory, identity: dict[str, Any], root: Path | None = None) -> str:
    categories = sorted(directory.categories.values(), key=lambda c: c.name.lower())
    return _render(
        "index.md", INDEX_SRC, root,
        service_count=len(directory.services),
        organisation_count=len(directory.organisations),
        council_name=identity.get("short_name") or identity.get("name") or "the council",
        categories=[(views.Link(page_src("category", c.slug), c.name),
                     len(directory.services_in_category(c.slug))) for c in categories],
        areas=[views.Link(page_src("locality", a.slug), a.name)
               for a in directory.areas.values()],
        az=AZ_SRC, prices=PRICES_SRC, open_data=f"{EXPORT_DIR}/")


def relevant_services(directory: Directory, categories: list[str]) -> list[Service]:
    """Services for any of ``categories``, most relevant first: those whose main need is
    the first category, then by how many of the categories they meet, then by name."""
    wanted = [c for c in dict.fromkeys(categories) if c in directory.categories]
    if not wanted:
        return []
    found = [s for s in directory.services.values() if set(s.categories) & set(wanted)]
    return sorted(found, key=lambda s: (views.main_category(s, directory) != wanted[0],
                                        -len(set(s.categories) & set(wanted)),
                                        s.name.lower(), s.slug))


def local_services_markdown(directory: Directory, from_src: str, categories: list[str],
                            limit: int = 10, root: Path | None = None) -> str:
    """The "Local services" section appended to advice pages that ask for it: the most
    relevant ``limit`` services (each once), then a link to each category's page."""
    services = relevant_services(directory, categories)
    links = [(views.Link(page_src("category", slug), directory.categories[slug].name),
              len(directory.services_in_category(slug)))
             for slug in dict.fromkeys(categories) if slug in directory.categories]
    return _render("local-services.md", from_src, root,
                   services=views.service_items(services[:limit], directory), links=links)


__all__ = ["az_page", "category_page", "index_page", "local_services_markdown",
           "locality_page", "organisation_page", "prices_page", "relevant_services",
           "service_page"]


def open_data_page(directory: Directory, identity: dict[str, Any], export: Any,
                   root: Path | None = None) -> str:
    """The ``/open-referral/`` page: what the data is, its licence and every file."""
    from build_tools.directory.open_data import open_data_view

    view = open_data_view(directory, identity, export, EXPORT_DIR)
    return _render("open-referral.md", f"{EXPORT_DIR}/index.md", root, view=view)
