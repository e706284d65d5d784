"""Which Markdown files in ``content/`` are advice pages, and which paths the build makes."""

from __future__ import annotations

from pathlib import Path

#: Folders in ``content/`` that are not advice pages: static files, or owned by other
#: features (the estimator's own pages) or generated at build time (the directory).
NOT_ADVICE_DIRS = frozenset({
    "assets", "estimator", "services", "organisations", "categories", "localities",
    "finder", "signposting", "open-referral",
})

#: Pages written by the site's owners in their own format, checked elsewhere.
NOT_ADVICE_FILES = frozenset({"accessibility.md", "privacy.md"})

#: Link targets the build generates (the directory and finder) or another feature owns.
#: A link into one of these folders is trusted here; ``mkdocs build --strict`` checks it.
GENERATED_PREFIXES = tuple(f"{folder}/" for folder in sorted(NOT_ADVICE_DIRS - {"assets"}))


def advice_pages(content_dir: Path) -> list[Path]:
    """Every advice page under ``content_dir``, sorted, as absolute paths."""
    pages = []
    for path in sorted(content_dir.rglob("*.md")):
        relative = path.relative_to(content_dir)
        if relative.parts[0] in NOT_ADVICE_DIRS or relative.as_posix() in NOT_ADVICE_FILES:
            continue
        pages.append(path)
    return pages


def display_path(path: Path, content_dir: Path) -> str:
    """``content/get-help/index.md`` style path for messages."""
    return f"{content_dir.name}/{path.relative_to(content_dir).as_posix()}"
