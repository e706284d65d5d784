"""Safe text for generated pages: escaping, sanitised Markdown and checked links."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

import markdown as markdown_lib
import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote",
                "h3", "h4", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")
_MARKDOWN = markdown_lib.Markdown()  # one instance, reset per use (much faster than new)
_TITLE_UNSAFE = re.compile(r"[<>\"'`{}\\]")


def esc(text: object) -> str:
    """Escape text for HTML element content or a quoted attribute."""
    return html.escape(str(text), quote=True)


def md_text(text: object) -> str:
    """Text that Markdown will show literally: HTML-escaped, Markdown syntax neutralised."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def title_text(text: object) -> str:
    """A page title for front matter: themes print it unescaped, so drop markup characters."""
    cleaned = _TITLE_UNSAFE.sub("", str(text).replace("&", "and"))
    return json.dumps(" ".join(cleaned.split()), ensure_ascii=False)


def sanitise_markdown(text: str) -> str:
    """Render an editor's Markdown and keep only harmless tags and http(s)/mailto/tel links."""
    rendered = _MARKDOWN.reset().convert(text)
    cleaned = nh3.clean(rendered, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        url_schemes=ALLOWED_SCHEMES, link_rel="noopener noreferrer")
    # Raw HTML blocks in the page must not contain blank lines.
    return re.sub(r"\n\s*\n", "\n", cleaned).strip()


def safe_href(url: str) -> str | None:
    """The URL escaped for an href if its scheme is allowed, else ``None``."""
    lowered = url.strip().lower()
    if lowered.startswith(("https://", "http://", "mailto:", "tel:")) and not any(
        c in url for c in "<>\"'` \n"
    ):
        return esc(url.strip())
    return None


def link(url: str, text: str | None = None) -> str:
    """An ``<a>`` for an allowed URL, or the escaped text alone."""
    href = safe_href(url)
    label = esc(text if text is not None else url)
    return f'<a href="{href}">{label}</a>' if href else label


def mailto(address: str, subject: str = "") -> str | None:
    """``mailto:`` URL with an encoded subject, or ``None`` for a suspicious address."""
    if not re.match(r"^[^@\s<>\"'`]+@[^@\s<>\"'`]+$", address):
        return None
    url = f"mailto:{quote(address, safe='@.+-_')}"
    if subject:
        url += f"?subject={quote(subject)}"
    return url
