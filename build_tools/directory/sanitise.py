"""Editors' Markdown in records (descriptions) made safe to show: rendered, then cleaned
to a few harmless tags with only http(s), mailto and tel links."""

from __future__ import annotations

import re

import markdown as markdown_lib
import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote",
                "h3", "h4", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
_MARKDOWN = markdown_lib.Markdown()  # one instance, reset per use (much faster than new)


def sanitise_markdown(text: str) -> str:
    """Render an editor's Markdown and keep only harmless tags and http(s)/mailto/tel links."""
    rendered = _MARKDOWN.reset().convert(text)
    cleaned = nh3.clean(rendered, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        url_schemes=ALLOWED_SCHEMES, link_rel="noopener noreferrer")
    # Raw HTML blocks in the page must not contain blank lines.
    return re.sub(r"\n\s*\n", "\n", cleaned).strip()
