"""Small HTML helpers for generated pages: everything from data is escaped here."""

from __future__ import annotations

import posixpath
import re
from html import escape

_PHONE = re.compile(r"\b(0\d{3,4} ?\d{3} ?\d{3,4}|999|111)\b")


def e(value: object) -> str:
    """Escape text for HTML element content or a quoted attribute."""
    return escape(str(value), quote=True)


def with_phone_links(text: str) -> str:
    """Escape ``text`` and turn UK phone numbers (and 999/111) into ``tel:`` links."""
    parts = []
    last = 0
    for match in _PHONE.finditer(text):
        parts.append(e(text[last:match.start()]))
        number = match.group(1)
        parts.append(f'<a href="tel:{e(number.replace(" ", ""))}">{e(number)}</a>')
        last = match.end()
    parts.append(e(text[last:]))
    return "".join(parts)


def url_from(page_url: str, target_url: str) -> str:
    """A relative href from one built page (``finder/``) to another (``services/x/``)."""
    here = page_url.rstrip("/") or "."
    target = target_url or "."
    relative = posixpath.relpath(target, here)
    if target_url.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return relative


def front_matter(**values: str) -> str:
    """YAML front matter from simple string values (quoted)."""
    lines = ["---"]
    for key, value in values.items():
        quoted = str(value).replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'{key}: "{quoted}"')
    lines.append("---")
    return "\n".join(lines) + "\n\n"
