"""Lighthouse (mobile, simulated slow 4G) on the pages people land on, served with gzip.

    .venv/bin/python -m benchmarks.lighthouse_bench [--site SITE] [--runs 3]

Lighthouse is pinned in ``benchmarks/lighthouse/package-lock.json`` and installed there
on first use (``npm ci``), so ``make test`` never downloads it; it drives Debian's
Chromium (``CHROME_PATH=/usr/bin/chromium``). Prints each page's median score per
category and its largest contentful paint. Goals: performance >= 98, the rest 100.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.static_server import serve_gzip

ROOT = Path(__file__).resolve().parents[1]
LH_DIR = Path(__file__).resolve().parent / "lighthouse"
LH_CLI = LH_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = {
    "home": "",
    "advice page": "paying/financial-assessment/",
    "finder": "finder/",
    "estimator start": "estimator/",
    "services": "services/",
}


def ensure_lighthouse() -> None:
    """Install the pinned Lighthouse into benchmarks/lighthouse/ if it is missing."""
    if not LH_CLI.is_file():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=LH_DIR, check=True)


def run_once(url: str) -> dict[str, float]:
    """One Lighthouse run: category scores (0-100) and LCP in milliseconds."""
    with tempfile.TemporaryDirectory(prefix="firststop-lh-") as profile:
        command = [
            "node", str(LH_CLI), url, "--output=json", "--output-path=stdout", "--quiet",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags=--headless=new --no-sandbox --user-data-dir={profile}",
        ]
        env = {**os.environ, "CHROME_PATH": CHROMIUM}
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    report = json.loads(done.stdout)
    figures = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    figures["lcp_ms"] = report["audits"]["largest-contentful-paint"]["numericValue"]
    figures["failed"] = [  # type: ignore[assignment]
        audit_id for name in CATEGORIES[1:]
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] and (audit_id := ref["id"])
        and report["audits"][audit_id]["score"] not in (None, 1)
    ]
    return figures


def build_site(target: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                    "--site-dir", str(target)], cwd=ROOT, env=env, check=True)


def measure(site: Path, runs: int) -> dict[str, dict[str, object]]:
    results: dict[str, dict[str, object]] = {}
    with serve_gzip(site) as base:
        for label, path in PAGES.items():
            samples = [run_once(base + path) for _ in range(runs)]
            row: dict[str, object] = {
                name: statistics.median(s[name] for s in samples) for name in CATEGORIES}
            row["lcp_ms"] = statistics.median(s["lcp_ms"] for s in samples)
            row["worst_performance"] = min(s["performance"] for s in samples)
            row["failed_audits"] = sorted({a for s in samples for a in s["failed"]})
            results[label] = row
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page (median reported)")
    args = parser.parse_args()
    ensure_lighthouse()
    with tempfile.TemporaryDirectory(prefix="firststop-lh-site-") as tmp:
        site = args.site or Path(tmp) / "site"
        if not args.site:
            build_site(site)
        results = measure(site, args.runs)
    print(f"{'page':<16} {'perf':>5} {'worst':>6} {'a11y':>5} {'bp':>5} {'seo':>5} {'LCP ms':>7}")
    for label, row in results.items():
        print(f"{label:<16} {row['performance']:>5} {row['worst_performance']:>6} "
              f"{row['accessibility']:>5} {row['best-practices']:>5} {row['seo']:>5} "
              f"{row['lcp_ms']:>7.0f}  {' '.join(row['failed_audits'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
