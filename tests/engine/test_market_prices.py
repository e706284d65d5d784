"""rules/market_prices.yaml must match the weekly fees care homes publish in the directory:
the build checks it (build_tools.estimator_docs.market_prices) and names the line to fix."""

from __future__ import annotations

from pathlib import Path

from build_tools.directory import load_directory
from build_tools.estimator_docs.market_prices import MARKET_FILE, market_price_problems
from tests.engine.helpers import ROOT


def test_market_prices_match_the_directory() -> None:
    directory = load_directory(ROOT)
    assert market_price_problems(ROOT, directory) == []


def test_a_stale_market_price_is_a_problem_naming_its_line(tmp_path: Path) -> None:
    target = tmp_path / MARKET_FILE
    target.parent.mkdir(parents=True)
    text = (ROOT / MARKET_FILE).read_text(encoding="utf-8")
    target.write_text(text.replace('median: "967.50"', 'median: "900.00"'), encoding="utf-8")
    problems = market_price_problems(tmp_path, load_directory(ROOT))
    assert [p.field for p in problems] == ["prices.residential.median"]
    line = text.splitlines().index('    median: "967.50"') + 1
    assert problems[0].line == line
    assert "is '900.00' but the directory's published weekly fees give '967.50'" in \
        problems[0].message
    assert problems[0].path == MARKET_FILE


def test_a_category_without_weekly_fees_is_a_problem(tmp_path: Path) -> None:
    target = tmp_path / MARKET_FILE
    target.parent.mkdir(parents=True)
    text = (ROOT / MARKET_FILE).read_text(encoding="utf-8")
    target.write_text(text.replace("category: nursing-homes", "category: advocacy"),
                      encoding="utf-8")
    problems = market_price_problems(tmp_path, load_directory(ROOT))
    assert [p.field for p in problems] == ["prices.nursing.category"]
    assert "no service in 'advocacy' publishes a weekly fee" in problems[0].message
