"""The features that make up a firststop site, in the order they run.

Each entry is an import path ``module:attribute``; loading is lazy so a broken or
slow feature does not slow the others' unit tests. A build that wants fewer features
(a test, a benchmark) passes its own list: ``load_features([...])`` or the MkDocs
plugin's ``features:`` option. Nothing patches this list.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import import_module
from typing import Any

FEATURE_PATHS: list[str] = [
    "build_tools.identity:FEATURE",
    "build_tools.directory.feature:FEATURE",
    "build_tools.content_checks.review:FEATURE",
    "build_tools.estimator_site:FEATURE",
    "build_tools.estimator_docs:FEATURE",
    "build_tools.finder.feature:FEATURE",
    "build_tools.search.feature:FEATURE",
]


def load_features(paths: Iterable[str] | None = None) -> list[Any]:
    """Import the feature objects at ``paths`` (default: every one in :data:`FEATURE_PATHS`)."""
    features = []
    for path in FEATURE_PATHS if paths is None else paths:
        module_name, _, attribute = path.partition(":")
        features.append(getattr(import_module(module_name), attribute))
    return features
