"""Where each generated page lives (docs-relative sources, site-relative URLs).

Relative links between pages are made by the core renderer's ``url()``
(:func:`build_tools.rendering.relative_url`)."""

from __future__ import annotations

KINDS = {"service": "services", "organisation": "organisations", "category": "categories",
         "locality": "localities"}
INDEX_SRC = "services/index.md"
AZ_SRC = "services/a-z.md"
PRICES_SRC = "services/prices.md"
EXPORT_DIR = "open-referral"


def page_src(kind: str, slug: str) -> str:
    """``page_src("service", "x")`` → ``services/x.md``."""
    return f"{KINDS[kind]}/{slug}.md"


def page_url(kind: str, slug: str) -> str:
    """Site-relative URL with directory URLs: ``services/x/``."""
    return f"{KINDS[kind]}/{slug}/"
