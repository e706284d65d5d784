"""The issue's queries over the demo directory: the real index, decoded by core.js and
searched by assets/search_words.js in Node (the browser tests check the page itself)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from benchmarks.finder_words import core_module
from build_tools.directory import load_directory, service_summaries
from build_tools.finder.index import Vocabulary, build_index, dumps
from build_tools.finder.search_terms import load_search_terms
from build_tools.identity import load_identity

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "build_tools" / "finder" / "assets"
QUERIES = ["lunch club", "lunch clubs", "Lunch Clubs", "luncheon club", "dementia lunch club",
           "alzheimers", "Alzheimer's", "dementia", "WY6", "wy6 2ab", "Northmoor", "demntia",
           "meals on wheels", "hearing loop", "zumba"]
SCRIPT = """
import { readFileSync } from "node:fs";
const { decode } = await import(process.argv[1]);
const { decodeMore, wordMatches, rankResults } = await import(process.argv[2]);
const data = decodeMore(decode(JSON.parse(readFileSync(process.argv[3], "utf8"))));
const out = {};
for (const q of JSON.parse(process.argv[4])) {
  const { terms, pool } = wordMatches(data, q);
  out[q] = rankResults(pool, terms).map((s) => s.name);
}
console.log(JSON.stringify(out));
"""


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    directory = load_directory(ROOT)
    index = build_index(service_summaries(directory), Vocabulary.from_directory(directory),
                        load_identity(ROOT), "2026-11-26", load_search_terms(ROOT))
    path = tmp_path_factory.mktemp("index") / "services.json"
    path.write_bytes(dumps(index))
    out = subprocess.run(
        ["node", "--input-type=module", "-e", SCRIPT, "--", core_module().as_uri(),
         (ASSETS / "finder_more.js").as_uri(), str(path), json.dumps(QUERIES)],
        capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_plurals_and_synonyms_find_the_lunch_clubs(found: dict[str, list[str]]) -> None:
    clubs = found["lunch club"]
    assert len(clubs) == 6 and all("lunch club" in name for name in clubs)
    assert found["lunch clubs"] == found["Lunch Clubs"] == found["luncheon club"] == clubs


def test_every_word_narrows(found: dict[str, list[str]]) -> None:
    assert found["dementia lunch club"] == ["Hollowdale lunch club", "Northmoor lunch club",
                                            "Saltmarsh lunch club"]


def test_alzheimers_finds_dementia_services(found: dict[str, list[str]]) -> None:
    alzheimers = found["alzheimers"]
    assert alzheimers == found["Alzheimer's"] == found["dementia"] == found["demntia"]
    assert sum("memory café" in name for name in alzheimers) == 6
    assert alzheimers.index("Northmoor lunch club") > alzheimers.index("Wyvernton memory café"), \
        "the category (Dementia) ranks above a mention in the description"


def test_a_postcode_district_finds_its_locality_local_services_first(
        found: dict[str, list[str]]) -> None:
    wy6 = found["WY6"]
    assert found["wy6 2ab"] == wy6
    assert set(found["Northmoor"]) == set(wy6), "the same services; names with Northmoor first"
    assert found["Northmoor"][0].startswith("Northmoor")
    assert "Northmoor lunch club" in wy6 and "Eastbridge lunch club" not in wy6
    assert wy6.index("Northmoor lunch club") < wy6.index("Adult safeguarding team"), \
        "Northmoor's own services before county-wide ones"


def test_phrases_venue_access_and_nothing(found: dict[str, list[str]]) -> None:
    assert found["meals on wheels"][:2] == ["Frozen meals", "Hot meals delivered"]
    assert "Northmoor lunch club" in found["hearing loop"]
    assert found["zumba"] == []
