"""The search feature: the search page, and the Pagefind index written after every other asset.

Registered last in :data:`build_tools.registry.FEATURE_PATHS` so Pagefind sees the finished site.
"""

from __future__ import annotations

from build_tools.features import BuildContext, GeneratedAsset, GeneratedPage
from build_tools.search.indexer import run_pagefind
from build_tools.search.page import SEARCH_SRC, search_markdown


class SearchFeature:
    """Generate ``search/index.md`` and index the built site with Pagefind."""

    name = "search"

    def pages(self, ctx: BuildContext) -> list[GeneratedPage]:
        return [GeneratedPage(SEARCH_SRC, search_markdown())]

    def assets(self, ctx: BuildContext) -> list[GeneratedAsset]:
        run_pagefind(ctx.project_root, ctx.site_dir)
        return []


FEATURE = SearchFeature()
