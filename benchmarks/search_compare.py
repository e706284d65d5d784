"""Site search at N synthetic services: Material's search index against Pagefind.

    .venv/bin/python -m benchmarks.search_compare [--count 10000] [--keep DIR]

Builds a plain MkDocs + Material site (advice pages + N service pages) with the
built-in ``search`` plugin, then runs Pagefind over the same HTML, and reports
index sizes (raw and gzip) and, for Pagefind, the bytes one query downloads in
headless Chromium and its time.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.finder_synthetic import synthetic_summaries
from build_tools.directory import load_directory
from build_tools.finder.index import Vocabulary
from tests.support.browser import launch
from tests.support.server import serve_directory

ROOT = Path(__file__).resolve().parents[1]
PAGEFIND = ROOT / "node_modules" / ".bin" / "pagefind"
EXCLUDE = ".md-header, .md-sidebar, .md-footer, .md-banner, .md-tabs, nav"
QUERY = "dementia lunch"


def write_docs(docs: Path, count: int) -> None:
    shutil.copytree(ROOT / "content", docs, ignore=shutil.ignore_patterns("assets"))
    vocab = Vocabulary.from_directory(load_directory(ROOT))
    services = docs / "services"
    services.mkdir(exist_ok=True)
    for s in synthetic_summaries(vocab, count):
        (services / f"{s['slug']}.md").write_text(
            f"# {s['name']}\n\n{s['summary']}\n\n- Phone: {s['phones'][0]['number']}\n"
            f"- Cost: {s['costs'][0]['text']}\n- Areas: {', '.join(s['localities'])}\n",
            encoding="utf-8",
        )
    (docs.parent / "mkdocs.yml").write_text(
        "site_name: Search benchmark\ndocs_dir: docs\ntheme:\n  name: material\n  font: false\n"
        # Service pages stay out of the nav, as on the real site (a 10,000-entry nav
        # rendered on every page makes the build quadratic).
        "plugins:\n  - search\nnav:\n  - index.md\n",
        encoding="utf-8",
    )


def sizes(paths: list[Path]) -> tuple[int, int]:
    raw = sum(p.stat().st_size for p in paths)
    packed = sum(len(gzip.compress(p.read_bytes(), 6)) for p in paths)
    return raw, packed


def pagefind_query(site: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with serve_directory(site) as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.goto(url + "index.html")
        sent: dict[str, int] = {}
        page.wait_for_load_state("networkidle")  # Material's own search loads its index first

        def record(request: Any) -> None:
            if "/pagefind/" in request.url:
                try:
                    sent[request.url] = len(request.response().body())
                except Exception:  # the page closed before the body was read
                    return

        page.on("requestfinished", record)
        result = page.evaluate(
            """async (q) => {
              const t0 = performance.now();
              const pagefind = await import('/pagefind/pagefind.js');
              await pagefind.init();
              const t1 = performance.now();
              const search = await pagefind.search(q);
              const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
              const t2 = performance.now();
              const again = performance.now();
              const second = await pagefind.search(q + ' club');
              await Promise.all(second.results.slice(0, 10).map((r) => r.data()));
              return {init_ms: t1 - t0, first_query_ms: t2 - t1,
                      second_query_ms: performance.now() - again,
                      hits: search.results.length, top: data.map((d) => d.url)};
            }""",
            QUERY,
        )
        browser.close()
    result["bytes_downloaded"] = sum(sent.values())
    result["files_downloaded"] = len(sent)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the built benchmark site here")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    write_docs(tmp / "docs", args.count)
    site = tmp / "site"
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(tmp / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        check=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    mkdocs_s = time.perf_counter() - start
    material = site / "search" / "search_index.json"
    m_raw, m_gzip = sizes([material])
    start = time.perf_counter()
    subprocess.run(
        [str(PAGEFIND), "--site", str(site), "--exclude-selectors", EXCLUDE, "--quiet"], check=True
    )
    pagefind_s = time.perf_counter() - start
    p_raw, p_gzip = sizes([p for p in (site / "pagefind").rglob("*") if p.is_file()])
    query = pagefind_query(site)
    print(f"site search at {args.count} services (+ advice pages)")
    print(f"  mkdocs build (Material + search plugin): {mkdocs_s:.1f} s")
    print(
        f"  Material search_index.json: {m_raw:,} bytes raw, {m_gzip:,} gzip"
        " (downloaded in full before the first result)"
    )
    print(
        f"  Pagefind indexing: {pagefind_s:.1f} s; whole bundle on disk {p_raw:,} bytes"
        f" ({p_gzip:,} after gzip; its chunks are already compressed)"
    )
    for key, value in query.items():
        print(
            f"  pagefind {key}: {value:.1f}"
            if isinstance(value, float)
            else f"  pagefind {key}: {value}"
        )
    if args.keep:
        shutil.copytree(site, args.keep, dirs_exist_ok=True)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
