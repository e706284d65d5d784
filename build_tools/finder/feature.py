"""The finder feature: finder and contact-centre pages, signposting guides and the
JSON index, adapted to the :mod:`build_tools.features` contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from build_tools import components
from build_tools.features import BuildContext, GeneratedAsset, GeneratedPage
from build_tools.finder import guides, pages
from build_tools.finder.index import Vocabulary, build_index, dumps
from build_tools.finder.search_terms import load_search_terms
from build_tools.problems import Problem
from build_tools.rendering import Renderer

ASSETS = Path(__file__).parent / "assets"
STYLESHEET_URI = "assets/stylesheets/finder.css"

CACHE_KEY = "finder.directory"


def _directory(ctx: BuildContext) -> tuple[Any, list[dict[str, Any]]]:
    """The loaded directory and its summaries, loaded once per build."""
    if CACHE_KEY not in ctx.cache:
        from build_tools.directory import service_summaries
        from build_tools.directory.feature import FEATURE as DIRECTORY

        directory = DIRECTORY.directory(ctx)  # one load per build, shared with the directory
        ctx.cache[CACHE_KEY] = (directory, service_summaries(directory))
    return ctx.cache[CACHE_KEY]


def _index(ctx: BuildContext) -> dict[str, Any]:
    """The finder's index (the same for the pages' first results and the JSON asset)."""
    directory, summaries = _directory(ctx)
    return build_index(summaries, Vocabulary.from_directory(directory), ctx.identity,
                       ctx.today.isoformat(), load_search_terms(ctx.project_root))


def _open_estimate(ctx: BuildContext) -> pages.OpenEstimateView | None:
    """The estimator's pages and share module, when the build has the estimator."""
    if "estimator_site" not in ctx.feature_names:
        return None
    # Imported here: the estimator itself reads the finder's index path from this package.
    from build_tools.estimator_site.feature import FLOW_PAGES
    from build_tools.estimator_site.static_files import SCRIPTS_URI

    estimators = {flow: src.removesuffix("index.md") for flow, src in FLOW_PAGES.items()}
    return pages.OpenEstimateView(json.dumps(estimators, sort_keys=True),
                                  f"{SCRIPTS_URI}share.js")


class FinderFeature:
    """Generate the finder pages and guides, and write ``finder/services.json``."""

    name = "finder"

    def validate(self, ctx: BuildContext) -> list[Problem]:
        """Problems in the synonyms, accessibility features and district centres."""
        return load_search_terms(ctx.project_root).problems

    def pages(self, ctx: BuildContext) -> list[GeneratedPage]:
        ctx.cache.pop(CACHE_KEY, None)  # a fresh load on every (re)build
        directory, summaries = _directory(ctx)
        vocab = Vocabulary.from_directory(directory)
        index = _index(ctx)
        renderer = Renderer([pages.TEMPLATES], ctx.project_root)
        result = [
            GeneratedPage(pages.FINDER_SRC,
                          pages.finder_markdown(vocab, ctx.identity, index, renderer),
                          in_nav=True),
            GeneratedPage(pages.CONTACT_SRC,
                          pages.contact_markdown(vocab, ctx.identity, index, renderer,
                                                 _open_estimate(ctx)),
                          in_nav=True),
            GeneratedPage(guides.INDEX_SRC,
                          guides.index_markdown(directory.categories.values(), renderer),
                          in_nav=True),
        ]
        for category in directory.categories.values():
            result.append(GeneratedPage(
                guides.guide_src(category.slug),
                guides.guide_markdown(category, summaries, ctx.identity, ctx.docs_dir, renderer),
            ))
        return result

    def assets(self, ctx: BuildContext) -> list[GeneratedAsset]:
        """The index, the finder's modules (not their tests) and its stylesheet."""
        return [
            GeneratedAsset(pages.INDEX_URI, content=dumps(_index(ctx))),
            *script_assets(),
            GeneratedAsset(STYLESHEET_URI, source=ASSETS / "finder.css"),
        ]


def script_assets() -> list[GeneratedAsset]:
    """Every browser module in ``assets/`` (``*.test.mjs`` files stay out of the site), and
    the shared components' modules they import."""
    return [*(GeneratedAsset(f"{pages.SCRIPT_DIR}/{path.name}", source=path)
              for path in sorted(ASSETS.glob("*.js"))), *components.script_assets()]


FEATURE = FinderFeature()
