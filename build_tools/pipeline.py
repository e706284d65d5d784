"""The build steps every site generator runs, in order, with no framework attached.

1. :func:`validate` — every feature checks its source files; nothing is written yet.
2. :func:`generated_pages` — Markdown pages made from data.
3. :func:`render_markdown` — each page's Markdown as a Jinja template with the
   features' variables, then each feature's ``page_markdown`` hook.
4. :func:`write_assets` — exports and other files written into the built site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2

from build_tools.features import BuildContext, GeneratedAsset, GeneratedPage
from build_tools.problems import Problem, ProblemsFound, blocking
from build_tools.rendering import long_date


def validate(ctx: BuildContext, features: Iterable[Any]) -> list[Problem]:
    """Every problem every feature finds, in file order."""
    problems: list[Problem] = []
    for feature in features:
        if hasattr(feature, "validate"):
            problems.extend(feature.validate(ctx))
    return sorted(problems)


def check(ctx: BuildContext, features: Iterable[Any]) -> list[Problem]:
    """Validate and raise :class:`ProblemsFound` if anything must stop the build.

    Returns the problems that did not stop it (warnings outside strict mode).
    """
    problems = validate(ctx, features)
    stopping = blocking(problems, ctx.strict)
    if stopping:
        raise ProblemsFound(problems)
    return problems


def generated_pages(ctx: BuildContext, features: Iterable[Any]) -> list[GeneratedPage]:
    """All generated pages; two features claiming one path is an error."""
    pages: dict[str, GeneratedPage] = {}
    for feature in features:
        for page in feature.pages(ctx) if hasattr(feature, "pages") else []:
            if page.src_uri in pages:
                raise ValueError(f"two features generate {page.src_uri}")
            pages[page.src_uri] = page
    return list(pages.values())


def template_variables(ctx: BuildContext, features: Iterable[Any]) -> dict[str, Any]:
    """The variables Markdown pages may use, merged from every feature."""
    variables: dict[str, Any] = {}
    for feature in features:
        if hasattr(feature, "variables"):
            variables.update(feature.variables(ctx))
    return variables


def markdown_environment() -> jinja2.Environment:
    """Jinja for Markdown pages: values are HTML-escaped, unknown names are errors."""
    env = jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["fs_date"] = long_date
    return env


def render_markdown(
    ctx: BuildContext,
    features: Iterable[Any],
    variables: Mapping[str, Any],
    src_uri: str,
    meta: Mapping[str, Any],
    markdown: str,
    env: jinja2.Environment | None = None,
) -> str:
    """Render one editor-written page (``src_uri`` relative to the docs folder): the
    Markdown as a template, then every feature's ``page_markdown`` hook.

    Template mistakes raise :class:`ProblemsFound` naming the file and line.
    """
    text = render_template(ctx, variables, src_uri, meta, markdown, env)
    return apply_page_hooks(ctx, features, src_uri, meta, text)


def render_template(
    ctx: BuildContext,
    variables: Mapping[str, Any],
    src_uri: str,
    meta: Mapping[str, Any],
    markdown: str,
    env: jinja2.Environment | None = None,
) -> str:
    """One page's Markdown rendered as a Jinja template with HTML-escaped values."""
    env = env or markdown_environment()
    src_path = source_path(ctx, src_uri)
    try:
        text = env.from_string(markdown).render(**variables, page_meta=meta)
    except jinja2.TemplateSyntaxError as error:
        raise ProblemsFound(
            [Problem(src_path, error.lineno or 1, 1, "(template)", error.message or "syntax error",
                     "check the {{ }} and {% %} markers")]
        ) from error
    except jinja2.UndefinedError as error:
        raise ProblemsFound([undefined_problem(src_path, markdown, error)]) from error
    return text


def apply_page_hooks(
    ctx: BuildContext, features: Iterable[Any], src_uri: str, meta: Mapping[str, Any],
    markdown: str,
) -> str:
    """Every feature's ``page_markdown`` hook, in order (for written and generated pages)."""
    for feature in features:
        if hasattr(feature, "page_markdown"):
            markdown = feature.page_markdown(ctx, src_uri, meta, markdown)
    return markdown


def source_path(ctx: BuildContext, src_uri: str) -> str:
    """How problems name a page: its path from the project folder, e.g. ``content/x.md``."""
    try:
        return ctx.docs_dir.resolve().relative_to(ctx.project_root.resolve()).joinpath(
            src_uri).as_posix()
    except ValueError:
        return (ctx.docs_dir / src_uri).as_posix()


def undefined_problem(src_path: str, markdown: str, error: jinja2.UndefinedError) -> Problem:
    """Point at the line that uses an unknown template variable."""
    message = error.message or "unknown variable"
    match = re.search(r"'([^']+)'(?: is undefined|$)", message) or re.search(
        r"attribute '([^']+)'", message
    )
    name = match.group(1) if match else ""
    line = 1
    for number, text in enumerate(markdown.splitlines(), start=1):
        if name and "{{" in text and name in text:
            line = number
            break
    hint = "use a variable listed in the README, e.g. {{ council.name }} or {{ rules.year }}"
    return Problem(src_path, line, 1, "(template)", message, hint)


def write_assets(ctx: BuildContext, features: Iterable[Any]) -> list[Path]:
    """Write every feature's assets into the site folder; returns the paths written."""
    written: list[Path] = []
    for feature in features:
        for asset in feature.assets(ctx) if hasattr(feature, "assets") else []:
            written.append(write_asset(ctx.site_dir, asset))
    return written


def write_asset(site_dir: Path, asset: GeneratedAsset) -> Path:
    """Write one asset, refusing paths that would leave the site folder."""
    target = (site_dir / asset.dest_uri).resolve()
    if not target.is_relative_to(site_dir.resolve()):
        raise ValueError(f"asset path {asset.dest_uri!r} leaves the site folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    if asset.content is not None:
        target.write_bytes(asset.content)
    else:
        assert asset.source is not None
        target.write_bytes(asset.source.read_bytes())
    return target
