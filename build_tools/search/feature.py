"""The search feature: the search page, and the Pagefind index written after every other asset.

Registered last in :data:`build_tools.registry.FEATURE_PATHS` so Pagefind sees the finished site.
"""

from __future__ import annotations

from build_tools import components
from build_tools.features import BuildContext, GeneratedAsset, GeneratedPage
from build_tools.rendering import Renderer
from build_tools.search.indexer import run_pagefind
from build_tools.search.page import (
    ASSETS,
    SCRIPT_URI,
    SEARCH_SRC,
    STYLESHEET_URI,
    TEMPLATES,
    search_markdown,
)


class SearchFeature:
    """Generate ``search/index.md`` and index the built site with Pagefind."""

    name = "search"

    def pages(self, ctx: BuildContext) -> list[GeneratedPage]:
        renderer = Renderer([TEMPLATES], ctx.project_root)
        return [GeneratedPage(SEARCH_SRC, search_markdown(renderer))]

    def assets(self, ctx: BuildContext) -> list[GeneratedAsset]:
        """Index the site with Pagefind, then add the search scripts (with the shared modules
        they import) and stylesheet."""
        run_pagefind(ctx.project_root, ctx.site_dir)
        scripts = SCRIPT_URI.rsplit("/", 1)[0]
        return [*(GeneratedAsset(f"{scripts}/{path.name}", source=path)
                  for path in sorted(ASSETS.glob("*.js"))), *components.script_assets(),
                GeneratedAsset(STYLESHEET_URI, source=ASSETS / "search.css")]


FEATURE = SearchFeature()
