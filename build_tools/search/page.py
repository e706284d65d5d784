"""The search page's Markdown: a GET form (``?q=``), a live region and a results list.

Without JavaScript the form still submits, and a message points to the A to Z of
services and the finder. The page itself is left out of the index. The markup is
``templates/search/page.md``; the script and stylesheet are in ``assets/``.
"""

from __future__ import annotations

from pathlib import Path

from build_tools.rendering import Renderer

TEMPLATES = Path(__file__).parent / "templates"
ASSETS = Path(__file__).parent / "assets"
SEARCH_SRC = "search/index.md"
SCRIPT_URI = "assets/javascripts/search/search.js"
STYLESHEET_URI = "assets/stylesheets/search.css"


def search_markdown(renderer: Renderer | None = None) -> str:
    """The Markdown for ``search/index.md``."""
    return (renderer or Renderer([TEMPLATES])).render(
        "search/page.md", page=SEARCH_SRC, script=SCRIPT_URI)
