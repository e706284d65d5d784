"""One framework-free renderer for every generated page and component.

Features build plain view models (dataclasses or dicts) and name a template; markup
lives only in autoescaped Jinja templates. Templates are looked up in a chain:

1. the council's own overrides (the project's ``templates/`` folder), if the folder exists;
2. each feature's ``templates/`` folder, in the order the features are given;
3. the shared components (``build_tools/components/templates/``: form macros …).

Globals every template gets:

- ``url(target)`` — a relative href from the page being rendered (``page_src``) to a
  site page given by its docs-relative source (``services/x.md``) or its URL from the
  site root (``services/x/``); correct at any depth and when the site is published
  under a sub-path, because it never starts with ``/``.
- ``money(pence)`` — ``£1,234.50`` (whole pounds shown without pence).
- ``long_date(value)`` — ``23 November 2026``.
- ``safe_url(url)`` — the URL if its scheme is http(s), mailto or tel, else ``None``;
  ``mailto_url(address, subject)`` and ``tel_url(number)`` (all from :mod:`build_tools.links`).
- ``front_matter(title)`` — the one front-matter writer for generated Markdown pages.

Filter ``html_block``: wrap a raw HTML block for a Markdown page (see :func:`raw_html_block`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from build_tools.links import mailto_url, safe_url, tel_url

COMPONENTS = Path(__file__).parent / "components" / "templates"
OVERRIDES_FOLDER = "templates"
_TITLE_UNSAFE = re.compile(r"[<>\"'`{}\\]")

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def long_date(value: date | str) -> str:
    """GOV.UK style date: ``23 November 2026``; unparseable text is returned as it is."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def money(pence: int) -> str:
    """``£1,234.50`` from integer pence; whole pounds without pence (``£23,250``)."""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(int(pence)), 100)
    return f"{sign}£{pounds:,}" + (f".{rest:02d}" if rest else "")


def title_text(text: object) -> str:
    """A page title for front matter, as a quoted YAML string. Themes print the title
    unescaped, so markup characters are dropped and ``&`` becomes "and"."""
    cleaned = _TITLE_UNSAFE.sub("", str(text).replace("&", "and"))
    return json.dumps(" ".join(cleaned.split()), ensure_ascii=False)


def front_matter(title: object) -> Markup:
    """The front matter of a generated Markdown page: just its title."""
    return Markup(f"---\ntitle: {title_text(title)}\n---\n\n")


def page_url(src_or_url: str) -> str:
    """A page's URL from the site root: ``a/b.md`` → ``a/b/``, ``a/index.md`` → ``a/``;
    a URL (``a/b/``) or a file path (``a/b.csv``) is returned as it is."""
    if not src_or_url.endswith(".md"):
        return src_or_url.lstrip("/")
    stem = src_or_url[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


def relative_url(from_page: str, to_page: str) -> str:
    """An href from one built page to another, both given as docs sources or site URLs.

    Goes up to the site root, then down (``../../categories/x/``), so it works at any
    depth and under any sub-path. A ``#fragment`` or ``?query`` on the target is kept.
    """
    target, sep, tail = _split_tail(to_page)
    depth = page_url(from_page).count("/")
    here = page_url(target)
    if not depth and not here:
        return "./" + sep + tail
    return "../" * depth + here + sep + tail


def _split_tail(url: str) -> tuple[str, str, str]:
    for mark in ("#", "?"):
        if mark in url:
            head, _, tail = url.partition(mark)
            return head, mark, tail
    return url, "", ""


@lru_cache(maxsize=32)
def _environment(search_path: tuple[str, ...]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(search_path)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals.update(money=money, long_date=long_date, safe_url=safe_url,
                       mailto_url=mailto_url, tel_url=tel_url, front_matter=front_matter)
    env.filters.update(money=money, long_date=long_date, fs_date=long_date,
                       html_block=lambda html: Markup(raw_html_block(str(html))))
    return env


def template_dirs(feature_dirs: Iterable[Path], project_root: Path | None = None) -> list[Path]:
    """The loader chain: the council's overrides, each feature's folder, the components."""
    chain: list[Path] = []
    if project_root is not None and (project_root / OVERRIDES_FOLDER).is_dir():
        chain.append(project_root / OVERRIDES_FOLDER)
    chain.extend(path for path in feature_dirs if path.is_dir())
    chain.append(COMPONENTS)
    return chain


class Renderer:
    """Renders named templates for one feature (or several), with the shared globals.

    ``Renderer([Path(__file__).parent / "templates"], project_root)``; then
    ``renderer.render("service.md", page="services/x.md", view=model)``.
    """

    def __init__(self, feature_dirs: Iterable[Path], project_root: Path | None = None):
        dirs = template_dirs(feature_dirs, project_root)
        self.env = _environment(tuple(str(path) for path in dirs))

    def render(self, template: str, page: str = "", **context: Any) -> str:
        """Render ``template`` as seen from ``page`` (a docs source or site URL)."""
        return self.env.get_template(template).render(
            url=lambda target: relative_url(page, target), page=page, **context)

    def macro(self, template: str, name: str) -> Any:
        """A macro from a template, to call from Python (e.g. one list item)."""
        return getattr(self.env.get_template(template).module, name)


def render_string(source: str, context: Mapping[str, Any]) -> str:
    """Render a one-off template string (autoescaped, strict) — for tests and tools."""
    env = _environment((str(COMPONENTS),))
    return env.from_string(source).render(**context)


def raw_html_block(html: str) -> str:
    """HTML for a Markdown page: no blank lines inside (Markdown would end the raw block
    there), then one blank line after."""
    lines = [line for line in html.splitlines() if line.strip()]
    return "\n".join(lines) + "\n\n"
