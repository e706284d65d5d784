"""One home for localities: areas.yaml, read through the directory's API; the estimator's
own list (it runs standalone in the browser) is checked against it at build time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from build_tools.directory import category_slugs, load_vocabulary, localities
from build_tools.directory.feature import ESTIMATOR, FEATURE
from build_tools.directory.localities import estimator_locality_problems, estimator_rules_file
from build_tools.features import BuildContext

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)


def test_localities_come_from_areas_yaml_only() -> None:
    areas = localities(ROOT)
    data = yaml.safe_load((ROOT / "services_directory" / "areas.yaml").read_text())
    assert [a.slug for a in areas] == [item["slug"] for item in data["areas"]]
    assert len(areas) >= 6 and all(a.postcode_districts for a in areas)
    council = yaml.safe_load((ROOT / "council.yaml").read_text())
    assert "localities" not in council, "localities live in services_directory/areas.yaml"


def test_vocabulary_api_reads_taxonomy_and_areas() -> None:
    vocabulary = load_vocabulary(ROOT)
    assert vocabulary.problems == []
    assert not vocabulary.services and len(vocabulary.categories) >= 25
    assert category_slugs(ROOT) == frozenset(vocabulary.categories)
    assert category_slugs(ROOT / "nowhere", ROOT / "nowhere") is None


def test_the_estimators_localities_match_the_directory() -> None:
    rules = estimator_rules_file()
    assert rules is not None, "the care_estimator package is installed by make setup"
    assert estimator_locality_problems(load_vocabulary(ROOT).areas, rules, ROOT) == []


def _rules(tmp_path: Path, edit) -> Path:
    rules = estimator_rules_file()
    assert rules is not None
    data = yaml.safe_load(rules.read_text())
    edit(data["localities"])
    path = tmp_path / "local.yaml"
    path.write_text(yaml.safe_dump({"localities": data["localities"]}, sort_keys=False))
    return path


def test_a_renamed_or_differently_rural_locality_is_a_problem(tmp_path: Path) -> None:
    def edit(items: list[dict]) -> None:
        items[1]["label"] = "North Moor"
        items[2]["rural"] = True

    areas = load_vocabulary(ROOT).areas
    problems = estimator_locality_problems(areas, _rules(tmp_path, edit), tmp_path)
    assert [(p.field, p.line) for p in problems] == [("localities[1]", 5), ("localities[2]", 8)]
    assert "label is 'North Moor', areas.yaml says 'Northmoor'" in problems[0].message
    assert "rural is True, areas.yaml says False" in problems[1].message
    assert "areas.yaml" in problems[0].hint


def test_missing_and_extra_localities_are_problems(tmp_path: Path) -> None:
    areas = load_vocabulary(ROOT).areas
    short = _rules(tmp_path, lambda items: items.pop(0))
    messages = [p.message for p in estimator_locality_problems(areas, short, tmp_path)]
    assert "missing 'kingsford' from areas.yaml" in messages
    extra = _rules(tmp_path, lambda items: items.insert(6, {"value": "lakeside",
                                                              "label": "Lakeside"}))
    [problem] = estimator_locality_problems(areas, extra, tmp_path)
    assert problem.message == "'lakeside' not in areas.yaml" and "outside: true" in problem.hint


def test_the_check_runs_only_when_the_estimator_is_built(tmp_path: Path,
                                                         monkeypatch) -> None:
    bad = _rules(tmp_path, lambda items: items[0].update(value="wyvern-town"))
    monkeypatch.setattr("build_tools.directory.feature.estimator_rules_file", lambda: bad)
    docs = tmp_path / "content"
    docs.mkdir()

    def problems(names: set[str]) -> list[str]:
        ctx = BuildContext(ROOT, docs, tmp_path / "site", {}, TODAY,
                           feature_names=frozenset(names))
        return [p.message for p in FEATURE.validate(ctx)]

    assert problems({"directory"}) == []
    assert problems({"directory", ESTIMATOR}) == [
        "value is 'wyvern-town', areas.yaml says 'wyvernton'"]
    ctx = BuildContext(ROOT, docs, tmp_path / "site", {}, TODAY,
                       feature_names=frozenset({"directory", ESTIMATOR}))
    assert bad in FEATURE.sources(ctx) and (ROOT / "services_directory") in FEATURE.sources(ctx)
