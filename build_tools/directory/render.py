"""Markdown pages for the directory: one per service, organisation, category and locality,
an A–Z, the published prices and a landing page.

Python builds plain view models (:mod:`build_tools.directory.views`); the markup is in
this feature's autoescaped templates (``templates/directory/``), rendered by the core
:class:`build_tools.rendering.Renderer`. Links are page sources resolved by ``url()``.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from build_tools.directory import views
from build_tools.directory.model import Directory, Organisation, Service
from build_tools.directory.urls import AZ_SRC, EXPORT_DIR, INDEX_SRC, PRICES_SRC, page_src
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
    """A locality's page; ``finder``: the build has the finder, so link to it."""
    area = directory.areas[slug]
    by_category: dict[str, list[Service]] = defaultdict(list)
    for service in directory.services_in_area(slug):
        for cat in service.categories:
            by_category[cat].append(service)
    groups = [views.Group(cat_slug, category.name,
                          views.service_items(by_category[cat_slug], directory))
              for cat_slug, category in directory.categories.items()
              if by_category.get(cat_slug)]
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


def prices_page(directory: Directory, root: Path | None = None) -> str:
    """The published schedule of provider prices: every charged cost, by need category."""
    return _render("prices.md", PRICES_SRC, root, tables=views.price_tables(directory))


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


def local_services_markdown(directory: Directory, from_src: str, categories: list[str],
                            limit: int = 8, root: Path | None = None) -> str:
    """The "Local services" section appended to advice pages that ask for it."""
    sections = []
    for slug in categories:
        category = directory.categories.get(slug)
        if category is None:
            continue
        services = directory.services_in_category(slug)
        sections.append((views.Link(page_src("category", slug), category.name), len(services),
                         views.service_items(services[:limit], directory)))
    return _render("local-services.md", from_src, root, sections=sections)


__all__ = ["az_page", "category_page", "index_page", "local_services_markdown",
           "locality_page", "organisation_page", "prices_page", "service_page"]


def open_data_page(directory: Directory, identity: dict[str, Any], export: Any,
                   root: Path | None = None) -> str:
    """The ``/open-referral/`` page: what the data is, its licence and every file."""
    from build_tools.directory.open_data import open_data_view

    view = open_data_view(directory, identity, export, EXPORT_DIR)
    return _render("open-referral.md", f"{EXPORT_DIR}/index.md", root, view=view)
