"""Where each generated page lives (docs-relative sources, site-relative URLs)."""

from __future__ import annotations

import posixpath

KINDS = {"service": "services", "organisation": "organisations", "category": "categories",
         "locality": "localities"}
INDEX_SRC = "services/index.md"
AZ_SRC = "services/a-z.md"
PRICES_SRC = "services/prices.md"


def page_src(kind: str, slug: str) -> str:
    """``page_src("service", "x")`` → ``services/x.md``."""
    return f"{KINDS[kind]}/{slug}.md"


def page_url(kind: str, slug: str) -> str:
    """Site-relative URL with directory URLs: ``services/x/``."""
    return f"{KINDS[kind]}/{slug}/"


def src_to_url(src: str) -> str:
    """``services/index.md`` → ``services/``; ``a/b.md`` → ``a/b/``."""
    stem = src[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


def relative_link(from_src: str, to_src: str) -> str:
    """A Markdown link from one page's source to another's (MkDocs rewrites it)."""
    return posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")


def relative_url(from_src: str, to_src: str) -> str:
    """An HTML href from one built page to another, for raw HTML blocks: up to the site
    root, then down (``../../categories/x/``). Fast, and correct at any depth."""
    depth = src_to_url(from_src).count("/")
    return "../" * depth + src_to_url(to_src) if depth or src_to_url(to_src) else "./"
