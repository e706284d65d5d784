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


def _market_file(tmp_path: Path, old: str, new: str) -> str:
    target = tmp_path / MARKET_FILE
    target.parent.mkdir(parents=True)
    text = (ROOT / MARKET_FILE).read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new), encoding="utf-8")
    return text


def test_a_stale_home_care_hourly_price_is_a_problem_naming_its_line(tmp_path: Path) -> None:
    text = _market_file(tmp_path, 'median: "25.00"', 'median: "24.00"')
    problems = market_price_problems(tmp_path, load_directory(ROOT))
    assert [p.field for p in problems] == ["prices.home_care.median"]
    assert problems[0].line == text.splitlines().index('    median: "25.00"') + 1
    assert "is '24.00' but the directory's published fees per hour give '25.00'" in \
        problems[0].message
    assert 'set median: "25.00"' in problems[0].hint


def test_home_care_counts_each_registered_service_once_at_its_weekday_rate() -> None:
    from build_tools.estimator_docs.market_prices import published_fees

    directory = load_directory(ROOT)
    spec = {"category": "help-at-home", "unit": "per hour", "each_service": "lowest",
            "registered_only": True}
    fees = published_fees(directory, spec)
    # One fee per agency: the weekend rates (higher) and the unregistered cleaning
    # service's £19.50 are left out.
    assert len(fees) == len({str(f) for f in fees}) == 9
    assert min(fees) > 19
    everything = published_fees(directory, {"category": "help-at-home", "unit": "per hour"})
    assert len(everything) > len(fees)


def test_an_unregistered_directory_is_told_how_to_fix_the_band(tmp_path: Path) -> None:
    _market_file(tmp_path, "category: help-at-home", "category: befriending-and-loneliness")
    problems = market_price_problems(tmp_path, load_directory(ROOT))
    assert [p.field for p in problems] == ["prices.home_care.category"]
    assert ("no service in 'befriending-and-loneliness' registered with the CQC publishes "
            "a '£… per hour' fee") in problems[0].message
    assert "registered_only: false" in problems[0].hint


def test_an_unknown_unit_or_choice_is_a_problem(tmp_path: Path) -> None:
    _market_file(tmp_path, "unit: per hour\n    each_service: lowest",
                 "unit: an hour\n    each_service: cheapest")
    problems = market_price_problems(tmp_path, load_directory(ROOT))
    assert [p.field for p in problems] == ["prices.home_care.unit",
                                           "prices.home_care.each_service"]
    assert "'an hour' is not a directory cost unit" in problems[0].message
    assert "'cheapest' is not known" in problems[1].message
