"""Turn a page's Markdown body into plain prose for readability scoring.

Headings and list items become sentences of their own, tables, code, HTML and
link addresses and source citations (``[^id]``) are dropped, and each
``{{ variable }}`` becomes one short word.
"""

from __future__ import annotations

import re

VARIABLE = re.compile(r"\{\{.*?\}\}", re.DOTALL)
STATEMENT = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
FENCED_CODE = re.compile(r"^(```|~~~).*?^\1", re.DOTALL | re.MULTILINE)
HTML_TAG = re.compile(r"<[^>]+>")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
CITATION = re.compile(r"\[\^[^\]\s]+\]")
REFERENCE_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.MULTILINE)
BARE_URL = re.compile(r"(https?://|mailto:|tel:)\S+")
ATTR_LIST = re.compile(r"\{:?[ .#][^}]*\}")
EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
HEADING = re.compile(r"^\s*#{1,6}\s+")
ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s*\w+(?:\s+"([^"]*)")?\s*$')
TERMINAL = (".", "!", "?")
PLACEHOLDER = "this"


def markdown_to_prose(body: str) -> str:
    """The readable text of a Markdown body, one sentence-like unit per line."""
    text = FENCED_CODE.sub("", body)
    text = STATEMENT.sub("", text)
    text = VARIABLE.sub(PLACEHOLDER, text)
    text = REFERENCE_DEFINITION.sub("", text)
    text = CITATION.sub("", text)
    units: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            units.append(_sentence(" ".join(paragraph)))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        admonition = ADMONITION.match(raw)
        if admonition:
            flush()
            if admonition.group(1):
                units.append(_sentence(admonition.group(1)))
        elif not line or line.startswith("|"):
            flush()
        elif HEADING.match(line) or LIST_MARKER.match(line):
            flush()
            units.append(_sentence(LIST_MARKER.sub("", HEADING.sub("", line))))
        else:
            paragraph.append(line)
    flush()
    return "\n".join(unit for unit in units if unit)


def _sentence(text: str) -> str:
    """Clean inline Markdown and end the unit with a full stop if it has none."""
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = HTML_TAG.sub("", text)
    text = BARE_URL.sub("", text)
    text = ATTR_LIST.sub("", text)
    text = EMPHASIS.sub("", text)
    text = " ".join(text.split())
    if not text:
        return ""
    if text.endswith(":") or text.endswith(";"):
        text = text[:-1]
    return text if text.endswith(TERMINAL) else text + "."
