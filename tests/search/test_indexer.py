"""Pagefind runs over the finished site and its failures are reported, never swallowed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_tools.search.indexer import SearchIndexError, run_pagefind


def test_missing_binary_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match="npm ci"):
        run_pagefind(tmp_path, tmp_path / "site")


def test_failing_pagefind_raises(tmp_path: Path) -> None:
    binary = tmp_path / "node_modules" / ".bin" / "pagefind"
    binary.parent.mkdir(parents=True)
    binary.write_text("#!/bin/sh\necho broken index >&2\nexit 3\n")
    os.chmod(binary, 0o755)
    with pytest.raises(SearchIndexError, match="exit 3") as error:
        run_pagefind(tmp_path, tmp_path / "site")
    assert "broken index" in str(error.value)


def test_index_covers_article_only(built_site: Path) -> None:
    """Only <article data-pagefind-body> is indexed: header and footer words are left out."""
    assert (built_site / "pagefind" / "pagefind.js").is_file()
    html = (built_site / "paying" / "index.html").read_text(encoding="utf-8")
    assert 'id="main-content" tabindex="-1" data-pagefind-body>' in html
