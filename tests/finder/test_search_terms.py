"""Synonyms, accessibility features and district centres: loading, checks, the index."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from build_tools.finder.index import FIELDS, build_index
from build_tools.finder.search_terms import (
    AccessFeature,
    SearchTerms,
    load_search_terms,
    normalise,
    stem,
)
from build_tools.problems import Severity
from tests.finder.test_index import VOCAB, summary

ROOT = Path(__file__).resolve().parents[2]


def write_project(tmp_path: Path, taxonomy_extra: str, areas_extra: str = "") -> Path:
    folder = tmp_path / "services_directory"
    folder.mkdir()
    (folder / "taxonomy.yaml").write_text("categories: []\n" + taxonomy_extra, encoding="utf-8")
    (folder / "areas.yaml").write_text(
        "areas:\n  - slug: north\n    name: North\n    postcode_districts: [N1, N2]\n"
        + areas_extra, encoding="utf-8")
    return tmp_path


def messages(terms: SearchTerms) -> list[str]:
    return [p.format() for p in terms.problems]


def test_the_demo_files_load_without_problems() -> None:
    terms = load_search_terms(ROOT)
    assert terms.problems == []
    dementia = next(g for g in terms.synonyms if g[0] == "dementia")
    assert "alzheimers" in dementia
    assert ["lunch", "luncheon", "dinner"] in terms.synonyms
    assert len(terms.centres) == 20
    assert {f.slug for f in terms.access} >= {"step-free", "hearing-loop"}


def test_stemmer_and_normaliser_match_the_browser() -> None:
    words = ["clubs", "families", "lunches", "services", "shopping", "caring", "buses", "classes",
             "alzheimers", "carers", "befriending", "wy6", "dressing", "news", "days", "activities"]
    texts = ["Alzheimer’s Café", "carer's  group!", "Step-free, level access"]
    module = ROOT / "build_tools" / "finder" / "assets" / "search_words.js"
    script = (f"import {{ stem, normaliseWords }} from {json.dumps(module.as_uri())};"
              f"console.log(JSON.stringify([{json.dumps(words)}.map(stem),"
              f" {json.dumps(texts)}.map(normaliseWords)]));")
    out = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True,
                         text=True, check=True).stdout
    stems, normals = json.loads(out)
    assert stems == [stem(w) for w in words]
    assert normals == [normalise(t) for t in texts]


@pytest.mark.parametrize(("yaml_text", "expected"), [
    ("synonyms: [dementia]\n",
     "services_directory/taxonomy.yaml:2:11: synonyms: must map a word to the other words "
     "people use for it"),
    ("synonyms:\n  dementia: {a: b}\n",
     "services_directory/taxonomy.yaml:3:3: synonyms.dementia: must be a list of the other "
     "words people use"),
    ("synonyms:\n  dementia: [alzheimers]\n  memory: [Alzheimer's]\n",
     "services_directory/taxonomy.yaml:4:3: synonyms.memory: \"Alzheimer's\" is also in the "
     "line for \"dementia\" (line 3)"),
    ("synonyms:\n  lunch: ['!!']\n",
     "services_directory/taxonomy.yaml:3:11: synonyms.lunch[0]: has no letters or digits"),
    ("accessibility_features:\n  - slug: loop\n    name: Hearing loop\n",
     "services_directory/taxonomy.yaml:3:5: accessibility_features[0]: needs slug, name and a "
     "list of matches"),
])
def test_bad_search_terms_are_named_with_file_and_line(tmp_path: Path, yaml_text: str,
                                                       expected: str) -> None:
    terms = load_search_terms(write_project(tmp_path, yaml_text))
    assert any(m.startswith(expected) for m in messages(terms)), messages(terms)


def test_a_word_form_of_the_key_is_a_warning(tmp_path: Path) -> None:
    terms = load_search_terms(write_project(tmp_path, "synonyms:\n  clubs: [club, group]\n"))
    [problem] = terms.problems
    assert problem.severity is Severity.WARNING
    assert '"club" is a form of "clubs": the finder already finds it' in problem.message
    assert terms.synonyms == [["clubs", "group"]]


@pytest.mark.parametrize(("yaml_text", "expected", "severity"), [
    ("district_centres:\n  N1: {latitude: 52.4, longitude: -1.9}\n  X9: {latitude: 52, "
     "longitude: -1}\n",
     "services_directory/areas.yaml:7:3: district_centres.X9: X9 is not a postcode district "
     "of any area", Severity.ERROR),
    ("district_centres:\n  N1: {latitude: 40.4, longitude: -1.9}\n  N2: {latitude: 52, "
     "longitude: -1}\n",
     "services_directory/areas.yaml:6:3: district_centres.N1: needs a latitude (49 to 61) and "
     "longitude (-9 to 2) in Great Britain", Severity.ERROR),
    ("district_centres:\n  N1: {latitude: 52.4, longitude: -1.9}\n",
     "services_directory/areas.yaml:5:1: district_centres: no centre for N2: postcodes there "
     "cannot be placed", Severity.WARNING),
])
def test_bad_district_centres(tmp_path: Path, yaml_text: str, expected: str,
                              severity: Severity) -> None:
    terms = load_search_terms(write_project(tmp_path, "", yaml_text))
    found = [p for p in terms.problems if p.format().startswith(expected)]
    assert found and found[0].severity is severity, messages(terms)


def test_no_sections_no_problems(tmp_path: Path) -> None:
    terms = load_search_terms(write_project(tmp_path, ""))
    assert (terms.synonyms, terms.access, terms.centres, terms.problems) == ([], [], {}, [])


def test_access_features_match_whole_phrases() -> None:
    step_free = AccessFeature("step-free", "Step-free access", ("step-free", "lift"))
    assert step_free.found_in(["Lift to all floors"])
    assert step_free.found_in(["Step-free entrance"])
    assert not step_free.found_in(["Stairlift in the hall"])


def test_the_index_carries_venues_languages_checked_and_centres() -> None:
    terms = SearchTerms(
        synonyms=[["lunch", "luncheon"]],
        access=[AccessFeature("step-free", "Step-free", ("step-free",)),
                AccessFeature("loop", "Hearing loop", ("hearing loop",))],
        centres={"N1": (52.5, -1.5), "S1": (52.1, -1.4)},
    )
    venue = {"address": "1 High Street, Northtown, N1 2AB", "district": "N1",
             "latitude": 52.51, "longitude": -1.52,
             "accessibility": ["Hearing loop at reception", "Step-free entrance"]}
    rows = [summary(languages=["English", "Polish"], venues=[venue], last_reviewed="2026-03-14"),
            summary(name="Other", languages=["Polish"], venues=[venue, {**venue, "district": "S1",
                    "latitude": None, "longitude": None, "accessibility": []}])]
    index = build_index(rows, VOCAB, {}, "2026-11-23", terms)
    first = dict(zip(FIELDS, index["services"][0], strict=True))
    second = dict(zip(FIELDS, index["services"][1], strict=True))
    assert index["languages"] == ["English", "Polish"]
    assert first["languages"] == [0, 1] and second["languages"] == [1]
    assert first["checked"] == "2026-03-14"
    assert index["venues"][first["venues"][0]] == ["1 High Street, Northtown, N1 2AB", 52.51, -1.52,
                                                    0, 0b11, 0]
    assert second["venues"][0] == first["venues"][0], "venues are listed once"
    assert index["venues"][second["venues"][1]][1:5] == [None, None, 2, 0]
    assert index["access_texts"] == [["Hearing loop at reception", "Step-free entrance"], []]
    assert index["centres"] == [[52.5, -1.5], 0, [52.1, -1.4]]
    assert index["access"] == [["step-free", "Step-free"], ["loop", "Hearing loop"]]
    assert index["synonyms"] == [["lunch", "luncheon"]]
