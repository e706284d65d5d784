"""The contract between the framework-free core and any site generator (MkDocs or a script).

A *feature* (the directory, the estimator pages, the advice checks …) is a module-level
object with some of these methods; every one is optional:

- ``validate(ctx) -> list[Problem]``: check source files before anything is written.
- ``variables(ctx) -> dict``: values that Markdown pages may use as ``{{ name }}``.
- ``pages(ctx) -> list[GeneratedPage]``: Markdown pages made at build time.
- ``page_markdown(ctx, src_uri, meta, markdown) -> str``: adjust one page's Markdown
  after templating (for example, append the local services named in front matter).
- ``assets(ctx) -> list[GeneratedAsset]``: files written into the site after the pages.

Features are listed in :data:`build_tools.registry.FEATURES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


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
