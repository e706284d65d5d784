"""The need-category slugs that ``services:`` front matter may name, read through the
directory's vocabulary API (the one reader of ``services_directory/taxonomy.yaml``)."""

from __future__ import annotations

from build_tools.directory.localities import category_slugs

__all__ = ["category_slugs"]
