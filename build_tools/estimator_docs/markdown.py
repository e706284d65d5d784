"""Small helpers that make safe Markdown from data (escaped text, tables, links)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urlparse

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def text(value: object) -> str:
    """Data as inert Markdown text: HTML-escaped and Markdown specials backslashed."""
    escaped = html.escape(str(value), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped).replace("\n", " ")


def code(value: object) -> str:
    """An identifier in a code span (backticks cannot appear in our identifiers)."""
    return f"`{str(value).replace('`', '')}`"


def link(url: str, label: str | None = None) -> str:
    """A link to an http(s) source, labelled with its host; anything else as plain text."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return text(url)
    safe = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return f"[{text(label or parsed.netloc.removeprefix('www.'))}]({safe})"


def table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A Markdown table; cells must already be safe Markdown."""
    headers = list(headers)
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
