"""Finder search words (stems, synonyms, typos, places) at N synthetic services, in Node.

    .venv/bin/python -m benchmarks.finder_words [--count 10000]

Builds the synthetic index (``finder_synthetic``) with the demo's synonyms, access
features and district centres, reports its size, then runs ``finder_words.mjs``:
preparing every service's search text and word postings once, and each keystroke of
"dementia lunch club", "lunch clubs", "luncheon club", "alzheimers", "WY6" and "demntia"
(parse + match + rank, no DOM). Goal: a keystroke's search well inside the 50 ms a
keystroke may take in the browser; the index under 1 MB gzip.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import tempfile
from pathlib import Path

from benchmarks.finder_synthetic import synthetic_summaries
from build_tools.directory import load_directory
from build_tools.finder.index import Vocabulary, build_index, dumps
from build_tools.finder.search_terms import load_search_terms
from build_tools.identity import load_identity

ROOT = Path(__file__).resolve().parents[1]
CORE_CANDIDATES = ("build_tools/finder/core.js", "build_tools/finder/assets/core.js",
                   "content/assets/javascripts/finder/core.js")


def core_module() -> Path:
    """Where the finder's ``core.js`` (``decode``) lives in this checkout."""
    for candidate in CORE_CANDIDATES:
        if (ROOT / candidate).exists():
            return ROOT / candidate
    found = sorted(ROOT.glob("build_tools/finder/**/core.js"))
    if not found:
        raise SystemExit("cannot find the finder's core.js")
    return found[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    vocab = Vocabulary.from_directory(load_directory(ROOT))
    index = build_index(synthetic_summaries(vocab, args.count), vocab, load_identity(ROOT),
                        "2026-11-23", load_search_terms(ROOT))
    data = dumps(index)
    with tempfile.TemporaryDirectory(prefix="firststop-words-") as tmp:
        path = Path(tmp) / "services.json"
        path.write_bytes(data)
        out = subprocess.run(["node", str(ROOT / "benchmarks" / "finder_words.mjs"), str(path),
                              str(core_module()), str(args.rounds)],
                             capture_output=True, text=True, check=True, cwd=ROOT).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["index_raw_bytes"] = len(data)
    result["index_gzip_bytes"] = len(gzip.compress(data, 6))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
