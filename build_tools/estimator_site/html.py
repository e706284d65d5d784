"""Tiny helpers for writing escaped HTML (no templates: every value goes through ``esc``)."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import escape


def esc(value: Any) -> str:
    """HTML-escape any value (``None`` becomes an empty string)."""
    return "" if value is None else str(escape(str(value)))


def attrs(**values: Any) -> str:
    """Attributes as ``' name="value"'``; ``None``/``False`` are left out, ``True`` is bare.

    A trailing underscore is dropped (``class_``) and other underscores become hyphens.
    """
    parts = []
    for name, value in values.items():
        if value is None or value is False:
            continue
        html_name = name.rstrip("_").replace("_", "-")
        parts.append(f" {html_name}" if value is True else f' {html_name}="{esc(value)}"')
    return "".join(parts)


def json_attr(value: Any) -> str:
    """Compact JSON for a ``data-`` attribute (escaped by :func:`attrs`)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def tel_href(number: str) -> str:
    """A ``tel:`` link target for a UK number written with spaces."""
    digits = "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")
    return f"tel:{digits}"


def mailto_href(address: str) -> str:
    """A ``mailto:`` link target."""
    return f"mailto:{address}"
