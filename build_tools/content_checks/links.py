"""Check the links in a page: internal ones resolve, external ones use a safe scheme."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from build_tools.content_checks.pages import GENERATED_PREFIXES

INLINE_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
HREF = re.compile(r"""(?:href|src)\s*=\s*["']([^"']*)["']""")
VARIABLE = re.compile(r"\{\{.*?\}\}")
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


@dataclass(frozen=True)
class Link:
    """A link target and where it is (1-based line and column)."""

    line: int
    column: int
    target: str


@dataclass(frozen=True)
class BrokenLink:
    """A link that would not work, with the reason and a fix."""

    link: Link
    message: str
    hint: str


def find_links(text: str, first_line: int = 1) -> list[Link]:
    """Every link target in Markdown or HTML, numbered from ``first_line``."""
    links = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        for pattern in (INLINE_LINK, HREF, REFERENCE):
            for match in pattern.finditer(line):
                links.append(Link(number, match.start(1) + 1, match.group(1)))
    return links


def check_link(link: Link, page_uri: str, existing: frozenset[str]) -> BrokenLink | None:
    """Why ``link`` on page ``page_uri`` (relative to content/) is broken, or ``None``.

    ``existing`` holds every file path in content/, POSIX and relative.
    """
    target = VARIABLE.sub("x", link.target)
    parts = urlsplit(target)
    if parts.scheme:
        if parts.scheme.lower() not in SAFE_SCHEMES:
            return BrokenLink(link, f"{parts.scheme}: links are not allowed",
                              "use only http, https, mailto or tel links")
        return None
    if not parts.path:
        return None  # a link to an anchor on the same page
    if parts.path.startswith("/"):
        return BrokenLink(link, "is an absolute path",
                          "use a path relative to this page, e.g. ../paying/index.md")
    resolved = _resolve(page_uri, parts.path)
    if resolved is None:
        return BrokenLink(link, "points outside content/", "link to a page inside content/")
    if resolved.startswith(GENERATED_PREFIXES):
        return None
    if resolved in existing:
        return None
    if not resolved.endswith(".md"):
        return BrokenLink(link, f"{resolved} is not a file in content/",
                          "link to the page's .md file, e.g. ../carers/index.md")
    return BrokenLink(link, f"{resolved} does not exist",
                      "check the spelling, or create the page")


def _resolve(page_uri: str, path: str) -> str | None:
    """Join a relative link to the page's folder, normalising ``..``; ``None`` if it escapes."""
    parts: list[str] = []
    for part in (PurePosixPath(page_uri).parent / path).parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts)
