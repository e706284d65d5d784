"""Advice pages' own HTML: refused with file:line when unsafe, and sanitised with nh3.

Editors may write Markdown and the plain HTML Markdown itself makes (headings, lists,
tables, links, images, abbreviations, details, definition lists). Two layers:

1. :meth:`SanitiseFeature.validate` reads every advice page before the build and
   reports, with file and line, raw HTML the allow-list does not permit: ``<script>``,
   ``<style>``, ``<iframe>``/``srcdoc``, ``<meta http-equiv=refresh>``, forms, event
   handlers (``onclick=``), ``style=`` and links other than http(s), mailto and tel;
   also front-matter text the theme prints (title, description) containing ``<`` or ``>``.
2. :meth:`SanitiseFeature.page_html` passes each advice page's finished HTML through
   nh3 with the same allow-list, so anything the check did not foresee is removed.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import nh3

from build_tools.content_checks.pages import NOT_ADVICE_DIRS
from build_tools.features import BuildContext
from build_tools.problems import Problem

ALLOWED_TAGS: frozenset[str] = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
    "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
})
GLOBAL_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "role", "hidden"})
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": set(GLOBAL_ATTRIBUTES),
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"scope", "colspan", "rowspan", "headers", "abbr"},
    "td": {"colspan", "rowspan", "headers"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "details": {"open"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"datetime"},
    "ins": {"datetime"},
}
ATTRIBUTE_PREFIXES = {"aria-", "data-pagefind-"}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
URL_ATTRIBUTES = {"href", "src", "cite"}
# Markdown itself writes markdown="1" (md_in_html) and text-align styles on table cells.
MARKDOWN_ATTRIBUTES = {"markdown"}
PRINTED_META = ("title", "description", "author")


def clean_html(html: str) -> str:
    """``html`` with every element, attribute and URL outside the allow-list removed."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        generic_attribute_prefixes=set(ATTRIBUTE_PREFIXES),
        strip_comments=True,
        link_rel=None,
    )


def _attribute_allowed(tag: str, name: str) -> bool:
    return (name in GLOBAL_ATTRIBUTES or name in ALLOWED_ATTRIBUTES.get(tag, set())
            or name in MARKDOWN_ATTRIBUTES
            or any(name.startswith(p) for p in ATTRIBUTE_PREFIXES))


def _url_problem(value: str) -> str | None:
    cleaned = re.sub(r"[\x00-\x20]", "", value).lower()
    scheme = re.match(r"^([a-z][a-z0-9+.\-]*):", cleaned)
    if scheme and scheme.group(1) not in URL_SCHEMES:
        return f"a {scheme.group(1)}: link is not allowed"
    return None


class _Scanner(HTMLParser):
    """Finds tags, attributes and URLs outside the allow-list, with their lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, int, str, str, str]] = []

    def _add(self, field: str, message: str, hint: str) -> None:
        line, column = self.getpos()
        self.found.append((line, column + 1, field, message, hint))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self._add("(html)", f"<{tag}> is not allowed in an advice page",
                      "write it in Markdown; scripts, styles, frames, forms and meta "
                      "tags are never allowed")
            return
        for name, value in attrs:
            if name.startswith("on"):
                self._add("(html)", f"the {name}= event handler on <{tag}> is not allowed",
                          "remove it; pages run no inline scripts")
            elif not _attribute_allowed(tag, name):
                self._add("(html)", f"the {name}= attribute on <{tag}> is not allowed",
                          "remove it; use Markdown and the site's own styles")
            elif name in URL_ATTRIBUTES and value and (reason := _url_problem(value)):
                self._add("(html)", f"{reason} ({name} on <{tag}>)",
                          "only http(s), mailto and tel links are allowed")

    handle_startendtag = handle_starttag

    def handle_comment(self, data: str) -> None:
        if re.search(r"<\s*script|on\w+\s*=", data, re.I):
            self._add("(html)", "an HTML comment holds script-like text",
                      "delete the comment")


_FENCED = re.compile(r"^(\s*)(```|~~~)")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_ATTR_LIST = re.compile(r"\{:?\s*([^}]*)\}")
_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")


def _blank_code(text: str) -> list[str]:
    """The page's lines with fenced code blocks and code spans blanked out (same lines)."""
    lines, fenced = [], None
    for line in text.split("\n"):
        match = _FENCED.match(line)
        if fenced is None and match:
            fenced = match.group(2)
            lines.append("")
            continue
        if fenced is not None:
            if line.strip().startswith(fenced):
                fenced = None
            lines.append("")
            continue
        lines.append(_CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line))
    return lines


def body_problems(rel: str, body: str, first_line: int) -> list[Problem]:
    """Unsafe raw HTML, attribute lists and links in one page body."""
    lines = _blank_code(body)
    problems = []
    scanner = _Scanner()
    try:
        scanner.feed("\n".join(lines))
        scanner.close()
    except (AssertionError, ValueError):  # the parser gives up on some malformed markup
        pass
    for line, column, field, message, hint in scanner.found:
        problems.append(Problem(rel, first_line + line - 1, column, field, message, hint))
    for number, line in enumerate(lines, start=first_line):
        for match in _ATTR_LIST.finditer(line):
            inner = match.group(1)
            if re.search(r"(^|\s)on\w+\s*=", inner) or re.search(r"(^|\s)(style|srcdoc)\s*=",
                                                                   inner):
                problems.append(Problem(rel, number, match.start() + 1, "(markdown)",
                                        f"attribute list {match.group(0)[:60]!r} sets an "
                                        "event handler or style",
                                        "only {: .class } and {: #id } are allowed"))
        for match in _MD_LINK.finditer(line):
            reason = _url_problem(match.group(1))
            if reason:
                problems.append(Problem(rel, number, match.start() + 3, "(markdown)",
                                        reason, "only http(s), mailto and tel links are "
                                        "allowed"))
    return problems


def meta_problems(rel: str, meta: dict[str, Any], key_lines: dict[str, int]) -> list[Problem]:
    """Front-matter text that the theme prints must not contain markup."""
    problems = []
    for key in PRINTED_META:
        value = meta.get(key)
        if isinstance(value, str) and re.search(r"[<>]", value):
            problems.append(Problem(rel, key_lines.get(key, 1), 1, key,
                                    "contains < or >, which the page would show as markup",
                                    "write it as plain text"))
        elif value is not None and not isinstance(value, str | int | float):
            problems.append(Problem(rel, key_lines.get(key, 1), 1, key, "must be plain text",
                                    f"write `{key}: Your text`"))
    return problems


def is_editor_page(src_uri: str) -> bool:
    """Advice pages and the site's own pages, not the folders other features own."""
    first = src_uri.split("/", 1)[0]
    return src_uri.endswith(".md") and (first not in NOT_ADVICE_DIRS or "/" not in src_uri)


def editor_pages(docs_dir: Path) -> list[Path]:
    return [p for p in sorted(docs_dir.rglob("*.md"))
            if is_editor_page(p.relative_to(docs_dir).as_posix())]


class SanitiseFeature:
    """Refuse unsafe HTML in advice pages with file:line; sanitise what is built."""

    name = "sanitise"

    def validate(self, ctx: BuildContext) -> list[Problem]:
        from build_tools.content_checks.frontmatter import parse_page

        problems: list[Problem] = []
        docs = ctx.docs_dir
        base = docs.name
        for path in editor_pages(docs):
            rel = f"{base}/{path.relative_to(docs).as_posix()}"
            try:
                text = path.read_bytes().decode("utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                problems.append(Problem(rel, 1, 1, "(file)", f"cannot read: {error}",
                                        "save the page as UTF-8"))
                continue
            page = parse_page(text)
            if page.error:
                if "front matter" in page.error and page.error != "has no front matter":
                    problems.append(Problem(rel, page.error_line, 1, "(front matter)",
                                            page.error, "fix the YAML between the --- lines"))
                body, first = (page.body, page.body_line) if page.body_line > 1 else (text, 1)
            else:
                problems += meta_problems(rel, page.meta, page.key_lines)
                body, first = page.body, page.body_line
            problems += body_problems(rel, body, first)
        return problems

    def page_html(self, ctx: BuildContext, src_uri: str, html: str) -> str:
        return clean_html(html) if is_editor_page(src_uri) else html


FEATURE = SanitiseFeature()
