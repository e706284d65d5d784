"""Claims tied to sources: every ``sources:`` entry has an ``id`` the page cites as ``[^id]``.

A page cites a source with a Markdown footnote reference, ``[^care-act-s11]``, at the end of
the sentence or section it supports. The build writes the footnote itself from the front
matter (:func:`footnotes`), so the title and address live in one place. A check fails a page
that cites an id no source has, lists a source it never cites, or shows a figure or names
the law in a section with no citation.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from build_tools.content_checks.frontmatter import Page
from build_tools.problems import Problem

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
CITATION = re.compile(r"\[\^([^\]\s]+)\](?!:)")
DEFINITION = re.compile(r"^\s*\[\^([^\]\s]+)\]:", re.MULTILINE)
FENCED_CODE = re.compile(r"^(```|~~~).*?^\1", re.DOTALL | re.MULTILINE)
COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
SECTION_HEADING = re.compile(r"^#{1,3}\s", re.MULTILINE)
#: A section that shows a figure or names the law must cite a source.
FIGURE = re.compile(r"\{\{\s*rules\.(?!year\b|unconfirmed_note\b)\w+")
LAW = re.compile(
    r"\b(?:Act\b|[Rr]egulations\b|[Ss]ection \d|the law\b|by law\b|legal(?:ly)? (?:right|duty))"
)
#: Python-Markdown's footnotes extension puts the list where this marker is.
PLACE_MARKER = "///Footnotes Go Here///"


def _masked(body: str) -> str:
    """The body with code and template comments blanked, keeping line numbers."""
    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))
    return COMMENT.sub(blank, FENCED_CODE.sub(blank, body))


def source_ids(meta: Mapping[str, Any]) -> list[str]:
    """The ids of a page's sources, in order (entries without one are skipped)."""
    sources = meta.get("sources")
    if not isinstance(sources, list):
        return []
    return [str(s["id"]) for s in sources if isinstance(s, dict) and s.get("id")]


def check_citations(path: str, page: Page) -> list[Problem]:
    """Problems tying the page's text to its ``sources:`` (``path`` is content/...)."""
    sources = page.meta.get("sources")
    if page.error or not isinstance(sources, list):
        return []  # the front-matter check reports these
    line = page.line_of("sources")
    problems: list[Problem] = []
    ids: list[str] = []
    for index, item in enumerate(sources):
        if not isinstance(item, dict):
            continue
        value = item.get("id")
        if not isinstance(value, str) or not SOURCE_ID.match(value):
            problems.append(Problem(
                path, line, 1, f"sources[{index}].id",
                f"{value!r} is not a source id" if value else "is missing",
                "give each source a short id in lower case, e.g. `id: care-act-s11`, "
                "and cite it in the text as [^care-act-s11]"))
        elif value in ids:
            problems.append(Problem(path, line, 1, f"sources[{index}].id",
                                    f"{value!r} is used by two sources",
                                    "give each source its own id"))
        else:
            ids.append(value)
    body = _masked(page.body)
    cited: set[str] = set()
    for number, text in enumerate(body.splitlines(), start=page.body_line):
        for match in DEFINITION.finditer(text):
            problems.append(Problem(
                path, number, match.start() + 1, "(sources)",
                f"the footnote [^{match.group(1)}] is written into the page",
                "delete it: list the source under `sources:` and the build writes the footnote"))
        for match in CITATION.finditer(text):
            cited.add(match.group(1))
            if match.group(1) not in ids:
                problems.append(Problem(
                    path, number, match.start() + 1, "(sources)",
                    f"[^{match.group(1)}] names no source",
                    "use an id from `sources:` (" + (", ".join(ids) or "none yet") + ")"))
    for index, value in enumerate(ids):
        if value not in cited:
            problems.append(Problem(
                path, line, 1, f"sources[{index}]", f"the source {value!r} is never cited",
                f"add [^{value}] after the statement it supports, or remove the source"))
    problems.extend(_uncited_sections(path, page, body))
    return problems


def _uncited_sections(path: str, page: Page, body: str) -> list[Problem]:
    """A section (text between headings) that shows a figure or names the law cites nothing."""
    problems = []
    starts = [0] + [m.start() for m in SECTION_HEADING.finditer(body)] + [len(body)]
    for start, end in pairwise(starts):
        section = body[start:end]
        if not section.strip() or CITATION.search(section):
            continue
        claim = FIGURE.search(section) or LAW.search(section)
        if claim is None:
            continue
        number = page.body_line + body.count("\n", 0, start + claim.start())
        heading = section.strip().splitlines()[0].lstrip("# ").strip()
        problems.append(Problem(
            path, number, 1, "(sources)",
            f"the section {heading!r} shows a figure or names the law but cites no source",
            "add [^id] after the statement, using an id from `sources:`"))
    return problems


def footnotes(meta: Mapping[str, Any], markdown: str) -> str:
    """The page with a "Sources" list written from ``sources:`` for every id it cites."""
    sources = meta.get("sources")
    if not isinstance(sources, list):
        return markdown
    cited = list(dict.fromkeys(CITATION.findall(_masked(markdown))))
    by_id = {item["id"]: item for item in sources if isinstance(item, dict) and item.get("id")}
    lines = []
    for item in (by_id[name] for name in cited if name in by_id):  # numbered as first cited
        title = _escape(str(item.get("title") or item["id"]))
        url = str(item.get("url") or "")
        if urlsplit(url).scheme in ("https", "http") and not re.search(r"[\s<>]", url):
            lines.append(f"[^{item['id']}]: [{title}](<{url}>)")
        else:
            lines.append(f"[^{item['id']}]: {title}")
    if not lines:
        return markdown
    return (markdown.rstrip("\n") + "\n\n## Sources\n\n" + PLACE_MARKER + "\n\n"
            + "\n".join(lines) + "\n")


def _escape(text: str) -> str:
    """Plain text safe inside Markdown link text."""
    return re.sub(r"([\\`*_\[\]])", r"\\\1", html.escape(text, quote=False))
