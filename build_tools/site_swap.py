"""Keep the previous site until a new build has fully succeeded.

MkDocs empties the site folder before it renders pages, so a page that fails after
validation (a template error, a strict-mode warning) would leave an empty or half-written
folder. :func:`stash` moves the old site aside first; :func:`restore` puts it back (and
removes the failed build's output, leaving no empty folder); :func:`discard` deletes it
once the build is over.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def backup_path(site_dir: Path) -> Path:
    return site_dir.with_name(f".{site_dir.name}.firststop-previous")


def stash(site_dir: Path) -> Path | None:
    """Move the current site aside; None if there was none (or it cannot be moved)."""
    backup = backup_path(site_dir)
    shutil.rmtree(backup, ignore_errors=True)
    if not site_dir.is_dir():
        return None
    try:
        site_dir.rename(backup)
    except OSError:
        return None
    return backup


def restore(site_dir: Path, backup: Path | None, created: bool) -> None:
    """Undo a failed build: the old site back, or no folder at all if there was none."""
    if backup is not None and backup.is_dir():
        shutil.rmtree(site_dir, ignore_errors=True)
        backup.rename(site_dir)
    elif created:
        shutil.rmtree(site_dir, ignore_errors=True)


def discard(backup: Path | None) -> None:
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)
