"""The service directory: load, validate, render and exchange Open Referral UK data.

Public API (documented in README.md beside this file)::

    directory = load_directory(project_root)
    problems = validate(directory, today)
    summaries = service_summaries(directory)
    vocabulary = load_vocabulary(project_root)   # taxonomy and areas only
    areas = localities(project_root)             # the one home of localities
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from build_tools.directory.checks import validate
from build_tools.directory.costs import Cost, parse_cost
from build_tools.directory.hours import OpeningHours, parse_exception, parse_line
from build_tools.directory.ids import stable_id
from build_tools.directory.loader import DIRECTORY_ENV, directory_root, load_directory
from build_tools.directory.localities import category_slugs, load_vocabulary, localities
from build_tools.directory.model import (
    Area,
    Category,
    Directory,
    Location,
    Organisation,
    Service,
    SourceRef,
)
from build_tools.directory.summary import service_summaries, service_summary
from build_tools.directory.urls import page_src, page_url
from build_tools.problems import ProblemsFound, blocking


def load_checked(project_root: Path, today: date, strict: bool = False,
                 directory_root_: Path | None = None) -> Directory:
    """Load and validate; raise :class:`ProblemsFound` with every problem if any blocks."""
    directory = load_directory(project_root, directory_root_)
    problems = validate(directory, today)
    if blocking(problems, strict):
        raise ProblemsFound(problems)
    return directory


__all__ = [
    "DIRECTORY_ENV", "Area", "Category", "Cost", "Directory", "Location", "OpeningHours",
    "Organisation", "Service", "SourceRef", "category_slugs", "directory_root", "load_checked",
    "load_directory", "load_vocabulary", "localities", "page_src", "page_url", "parse_cost",
    "parse_exception", "parse_line", "service_summaries", "service_summary", "stable_id",
    "validate",
]
