"""The contract between the framework-free core and any site generator (MkDocs or a script).

A *feature* (the directory, the estimator pages, the advice checks …) is a folder under
``build_tools/`` whose module-level ``FEATURE`` object satisfies :class:`Feature`: a
``name`` and some of these methods (every one is optional; :data:`HOOKS` lists them):

- ``sources(ctx) -> list[Path]``: the files and folders it reads, watched by ``make serve``.
- ``validate(ctx) -> list[Problem]``: check source files before anything is written.
- ``variables(ctx) -> dict``: values that Markdown pages may use as ``{{ name }}``.
- ``pages(ctx) -> list[GeneratedPage]``: Markdown pages made at build time.
- ``page_html(ctx, src_uri, html) -> str``: adjust an editor-written page's finished HTML
  (sanitising, tappable phone numbers).
- ``page_markdown(ctx, src_uri, meta, markdown) -> str``: adjust one page's Markdown
  after templating (for example, append the local services named in front matter).
- ``assets(ctx) -> list[GeneratedAsset]``: files written into the site after the pages.

A build is given its features as a list (:func:`build_tools.registry.load_features`
turns import paths into objects; the MkDocs plugin's ``features`` option names them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

HOOKS = ("sources", "validate", "variables", "pages", "page_markdown", "page_html", "assets")


@dataclass(frozen=True)
class BuildContext:
    """What every feature may know about the build."""

    project_root: Path
    docs_dir: Path
    site_dir: Path
    identity: dict[str, Any]
    today: date
    strict: bool = False
    serving: bool = False
    site_url: str = ""
    """The site's public address (``https://…/``, from council.yaml), or "" if unknown."""
    feature_names: frozenset[str] = frozenset()
    """The ``name`` of every feature in this build (a check may depend on another's)."""
    cache: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class GeneratedPage:
    """A Markdown page made at build time. ``src_uri`` is relative to the docs dir."""

    src_uri: str
    markdown: str
    in_nav: bool = False


@dataclass(frozen=True)
class GeneratedAsset:
    """A file written into the built site at ``dest_uri`` (relative, POSIX slashes)."""

    dest_uri: str
    content: bytes | None = None
    source: Path | None = None

    def __post_init__(self) -> None:
        if (self.content is None) == (self.source is None):
            raise ValueError("GeneratedAsset needs exactly one of content or source")


@runtime_checkable
class Feature(Protocol):
    """What every feature has; the hooks in :data:`HOOKS` are optional methods, called
    only when present (see the module docstring for their signatures)."""

    name: str


def sources(ctx: BuildContext, features: Iterable[Any]) -> list[Path]:
    """Every source file or folder the features read, existing ones only, without repeats."""
    found: dict[Path, None] = {}
    for feature in features:
        for path in feature.sources(ctx) if hasattr(feature, "sources") else []:
            if Path(path).exists():
                found[Path(path).resolve()] = None
    return list(found)
