"""The directory as a site feature (see :mod:`build_tools.features`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from build_tools.directory import render
from build_tools.directory.checks import validate
from build_tools.directory.loader import directory_root, load_directory
from build_tools.directory.localities import (
    estimator_locality_problems,
    estimator_rules_file,
    vocabulary_files,
)
from build_tools.directory.model import Directory
from build_tools.directory.open_data import Export, write_export
from build_tools.directory.urls import AZ_SRC, EXPORT_DIR, INDEX_SRC, PRICES_SRC, page_src
from build_tools.directory.usual_rates import UsualRate, usual_rates
from build_tools.features import BuildContext, GeneratedAsset, GeneratedPage
from build_tools.problems import Problem

CACHE_KEY = "directory"
EXPORT_KEY = "directory.export"
CONTENT_CHECKS = "content_checks"  # the features' names
ESTIMATOR = "estimator_site"
STYLESHEET = Path(__file__).parent / "assets" / "directory.css"
STYLESHEET_URI = "assets/stylesheets/directory.css"
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def front_matter_services(path: Path) -> tuple[list[Any], int] | None:
    """The ``services:`` list in a page's front matter and its line, if there is one."""
    text = path.read_text(encoding="utf-8")
    match = _FRONT.match(text)
    if not match or "services:" not in match.group(1):
        return None
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        return None  # the content checks report broken front matter
    if not isinstance(meta, dict) or "services" not in meta:
        return None
    line = 2 + next(i for i, text_line in enumerate(match.group(1).splitlines())
                    if text_line.startswith("services:"))
    value = meta["services"]
    return (value if isinstance(value, list) else [value]), line


class DirectoryFeature:
    """Validate records, generate directory pages, add local services, write exports."""

    name = "directory"

    def directory(self, ctx: BuildContext) -> Directory:
        if CACHE_KEY not in ctx.cache:
            ctx.cache[CACHE_KEY] = load_directory(ctx.project_root)
        return ctx.cache[CACHE_KEY]

    def sources(self, ctx: BuildContext) -> list[Path]:
        """The records folder, taxonomy and areas, and the estimator's locality list."""
        estimator = estimator_rules_file()
        return [directory_root(ctx.project_root), *vocabulary_files(ctx.project_root),
                *([estimator] if estimator and ESTIMATOR in ctx.feature_names else [])]

    def validate(self, ctx: BuildContext) -> list[Problem]:
        ctx.cache.pop(CACHE_KEY, None)  # reload on every build (mkdocs serve)
        directory = self.directory(ctx)
        return (validate(directory, ctx.today) + self.check_advice_pages(ctx, directory)
                + self.check_estimator_localities(ctx, directory))

    def check_estimator_localities(self, ctx: BuildContext, directory: Directory
                                   ) -> list[Problem]:
        """When the estimator is built too, its locality answers must be these areas."""
        rules = estimator_rules_file()
        if ESTIMATOR not in ctx.feature_names or rules is None or not directory.areas:
            return []
        return estimator_locality_problems(directory.areas, rules, ctx.project_root)

    def check_advice_pages(self, ctx: BuildContext, directory: Directory) -> list[Problem]:
        """Unknown categories in ``services:`` front matter (left to the content checks
        when they are in the build, so each mistake is reported once)."""
        if CONTENT_CHECKS in ctx.feature_names:
            return []
        problems = []
        for path in sorted(ctx.docs_dir.rglob("*.md")):
            found = front_matter_services(path)
            if found is None:
                continue
            values, line = found
            rel = f"{ctx.docs_dir.name}/{path.relative_to(ctx.docs_dir).as_posix()}"
            for value in values:
                if value not in directory.categories:
                    problems.append(Problem(rel, line, 1, "services",
                                            f"unknown need category {value!r}",
                                            "use a slug from services_directory/taxonomy.yaml"))
        return problems

    def pages(self, ctx: BuildContext) -> list[GeneratedPage]:
        directory = self.directory(ctx)
        identity = ctx.identity
        root = ctx.project_root
        finder = "finder" in ctx.feature_names
        pages = [GeneratedPage(INDEX_SRC, render.index_page(directory, identity, root)),
                 GeneratedPage(AZ_SRC, render.az_page(directory, root)),
                 GeneratedPage(PRICES_SRC, render.prices_page(directory, root,
                                                              self.usual_rates(ctx)))]
        pages += [GeneratedPage(page_src("service", s.slug),
                                render.service_page(s, directory, identity, root))
                  for s in directory.services.values()]
        pages += [GeneratedPage(page_src("organisation", o.slug),
                                render.organisation_page(o, directory, identity, root))
                  for o in directory.organisations.values()]
        pages += [GeneratedPage(page_src("category", slug),
                                render.category_page(slug, directory, root, finder))
                  for slug in directory.categories]
        pages += [GeneratedPage(page_src("locality", slug),
                                render.locality_page(slug, directory, root, finder))
                  for slug in directory.areas]
        export = self.export(ctx)
        pages.append(GeneratedPage(f"{EXPORT_DIR}/index.md",
                                   render.open_data_page(directory, identity, export, root)))
        return pages

    def usual_rates(self, ctx: BuildContext) -> dict[str, UsualRate]:
        """The council's usual rates, read from the estimator's rules when it is built."""
        return usual_rates(ctx.today) if ESTIMATOR in ctx.feature_names else {}

    def export(self, ctx: BuildContext) -> Export:
        """The Open Referral export, written once per build (see :mod:`.open_data`)."""
        if EXPORT_KEY not in ctx.cache:
            ctx.cache[EXPORT_KEY] = write_export(self.directory(ctx))
        return ctx.cache[EXPORT_KEY]

    def page_markdown(self, ctx: BuildContext, src_uri: str, meta: dict[str, Any],
                      markdown: str) -> str:
        wanted = meta.get("services") if isinstance(meta, dict) else None
        if not wanted:
            return markdown
        categories = [str(c) for c in (wanted if isinstance(wanted, list) else [wanted])]
        return markdown + render.local_services_markdown(self.directory(ctx), src_uri,
                                                         categories, root=ctx.project_root)

    def assets(self, ctx: BuildContext) -> Iterator[GeneratedAsset]:
        """The stylesheet and the Open Referral exports (written while making the pages)."""
        yield GeneratedAsset(STYLESHEET_URI, source=STYLESHEET)
        export = self.export(ctx)
        try:
            for name in export.paths():
                yield GeneratedAsset(f"{EXPORT_DIR}/{name}", source=export.folder / name)
        finally:
            export.close()
            ctx.cache.pop(EXPORT_KEY, None)


FEATURE = DirectoryFeature()
