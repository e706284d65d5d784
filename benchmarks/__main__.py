"""``make bench``: run every benchmark in turn and print what each measured.

    .venv/bin/python -m benchmarks [--quick] [--only NAME ...]

The site is built once (``mkdocs build --strict``) for the benchmarks that need a
built site. ``--quick`` uses smaller sizes (1,000 services) for a fast look; the
README's figures come from a full run. Benchmarks are not tests: nothing here fails
on a slow figure, it reports it against the goal.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commands(site: Path, quick: bool) -> dict[str, list[str]]:
    """Each benchmark's command line, in the order they run."""
    count = "1000" if quick else "10000"
    return {
        "engine": ["-m", "benchmarks.engine_bench"],
        "estimator_browser": ["benchmarks/estimator_browser.py", "--site-dir", str(site)],
        "finder": ["-m", "benchmarks.finder_bench", "--site", str(site), "--count", count],
        "finder_words": ["-m", "benchmarks.finder_words", "--count", count],
        "search": ["-m", "benchmarks.search_compare", "--count", count],
        "lighthouse": ["-m", "benchmarks.lighthouse_bench", "--site", str(site)],
        "directory_build": [
            "benchmarks/directory_build.py", "--sizes", *(["1000"] if quick else ["1000", "10000"])
        ],
    }


def build_site(target: Path) -> None:
    """Build the demo site once for the browser benchmarks."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                    "--site-dir", str(target)], cwd=ROOT, env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 services instead of 10,000")
    parser.add_argument("--only", nargs="+", help="run only these benchmarks")
    args = parser.parse_args()
    summary: list[tuple[str, str, float]] = []
    with tempfile.TemporaryDirectory(prefix="firststop-bench-") as tmp:
        site = Path(tmp) / "site"
        build_site(site)
        for name, command in commands(site, args.quick).items():
            if args.only and name not in args.only:
                continue
            print(f"\n=== {name}: python {' '.join(command)}", flush=True)
            started = time.monotonic()
            result = subprocess.run([sys.executable, *command], cwd=ROOT, check=False)
            status = "ok" if result.returncode == 0 else f"exit {result.returncode}"
            summary.append((name, status, time.monotonic() - started))
    print("\n| benchmark | status | seconds |\n|---|---|---|")
    for name, status, seconds in summary:
        print(f"| {name} | {status} | {seconds:.0f} |")
    return 0 if all(status == "ok" for _, status, _ in summary) else 1


if __name__ == "__main__":
    sys.exit(main())
