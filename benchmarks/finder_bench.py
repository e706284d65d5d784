"""Finder at N synthetic services in headless Chromium: bytes, first results, keystrokes.

    .venv/bin/python -m benchmarks.finder_bench --site /tmp/site [--count 10000]

``--site`` is an already built site (``mkdocs build``); it is copied and its
``finder/services.json`` replaced with N synthetic services (and, when the page carries
build-time results, they are re-rendered from the synthetic index too). Goals: under
1 MB compressed, first results under 300 ms, under 50 ms per keystroke.

Two times to first results: the first result *visible* (a result item in the DOM, its
list not hidden or busy; then painted: by the first contentful paint if it was in the DOM
before it, else by the first frame after it),
whoever rendered it, and the script *ready* (``finder:first-results``: index loaded,
results and counts live, the form usable).
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.finder_synthetic import synthetic_summaries
from build_tools.directory import load_directory
from build_tools.finder import pages
from build_tools.finder.index import Vocabulary, build_index, dumps
from build_tools.finder.search_terms import load_search_terms
from build_tools.identity import load_identity
from tests.support.browser import launch
from tests.support.server import serve_directory

ROOT = Path(__file__).resolve().parents[1]
QUERY = "dementia lunch club"

# From the input event to the new results laid out. A finder that searches in a worker
# answers asynchronously (``nextRender()``); an older one that searched on the main
# thread answered synchronously, so the same script measures both.
KEYSTROKES_JS = """
async (text) => {
  const finder = window.firststopFinder;
  const input = document.querySelector('#fs-q');
  input.focus();
  const times = [];
  for (const ch of text) {
    input.value += ch;
    const start = performance.now();
    const rendered = finder.nextRender ? finder.nextRender() : null;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    if (rendered) await rendered;
    document.body.offsetHeight;  // include style and layout
    times.push(performance.now() - start);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return {times, count: finder.resultCount ?? finder.results.length};
}
"""

# Main-thread tasks over 50 ms, recorded from the start of the page.
LONG_TASKS_INIT = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const t of list.getEntries()) window.__longTasks.push([t.startTime, t.duration]);
}).observe({type: "longtask", buffered: true});
"""

# When the first result is in the DOM and visible (not hidden, not busy), whoever put it
# there (the HTML parser or the script), and the first frame after that.
FIRST_VISIBLE_INIT = """
(() => {
  const check = () => {
    if (window.__firstVisible) return true;
    const li = document.querySelector('.fs-finder__list:not([hidden]) > li');
    if (!li || li.closest('[aria-busy="true"]')) return false;
    window.__firstVisible = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__firstFrame = performance.now(); }, 0));
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, {subtree: true, childList: true, attributes: true,
    attributeFilter: ['hidden', 'aria-busy']});
})();
"""

# Blocking time (the part of each long task over 50 ms) before the first results.
BLOCKING_JS = """
() => {
  const first = performance.getEntriesByName('finder:first-results')[0].startTime;
  const before = window.__longTasks.filter(([start]) => start < first);
  return {
    blocking: before.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    longest: before.reduce((most, [, d]) => Math.max(most, d), 0),
  };
}
"""


def keep_body(bodies: dict[str, bytes], request: Any) -> None:
    """Record a finished response's body (skipped if the page has already closed)."""
    try:
        bodies[request.url] = request.response().body()
    except Exception:  # the page closed first
        return


SHELL_START = '<div class="fs-finder fs-finder--public"'
SHELL_END = '<link rel="preload"'  # the index's preload link follows the finder's block


def _shell(html: str) -> tuple[int, int]:
    """Where the public finder's block (form, results, browse links) is in a page."""
    start = html.index(SHELL_START)
    return start, html.index(SHELL_END, start)


def prepare_site(source: Path, count: int, target: Path) -> int:
    """Copy the built site and write a synthetic index; returns the index's size.

    If the finder page carries build-time results, they (and the counts) are rendered
    again from the synthetic index, as a build with those services would.
    """
    shutil.copytree(source, target)
    vocab = Vocabulary.from_directory(load_directory(ROOT))
    identity = load_identity(ROOT)
    index = build_index(synthetic_summaries(vocab, count), vocab, identity, "2026-11-23",
                        load_search_terms(ROOT))
    data = dumps(index)
    (target / "finder" / "services.json").write_bytes(data)
    page = target / "finder" / "index.html"
    html = page.read_text(encoding="utf-8")
    if "data-static-ids=" in html:
        generated = pages.finder_markdown(vocab, identity, index)
        new_start, new_end = _shell(generated)
        start, end = _shell(html)
        html = html[:start] + generated[new_start:new_end] + html[end:]
        page.write_text(html, encoding="utf-8")
    return len(data)


def measure(site: Path, runs: int = 5) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with serve_directory(site) as url, sync_playwright() as playwright:
        browser = launch(playwright)
        first, transfers, keys, total, marks, dcl, blocking = [], {}, [], 0, [], [], []
        visible: list[float] = []
        frame: list[float] = []
        paint: list[float] = []
        for run in range(runs):
            context = browser.new_context(service_workers="block")
            context.add_init_script(LONG_TASKS_INIT)
            context.add_init_script(FIRST_VISIBLE_INIT)
            page = context.new_page()
            bodies: dict[str, bytes] = {}
            page.on("requestfinished", lambda r, b=bodies: keep_body(b, r))
            page.goto(url + "finder/", wait_until="load")
            page.wait_for_selector("html[data-finder-ready='true']")
            page.wait_for_load_state("networkidle")
            first.append(
                page.evaluate(
                    "() => performance.getEntriesByName('finder:first-results')[0].startTime"
                )
            )
            page.wait_for_function("() => window.__firstFrame !== undefined")
            visible.append(page.evaluate("() => window.__firstVisible"))
            frame.append(page.evaluate("() => window.__firstFrame"))
            paint.append(page.evaluate(
                "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0"))
            dcl.append(
                page.evaluate(
                    "() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"
                )
            )
            marks.append(
                page.evaluate(
                    "() => Object.fromEntries(performance.getEntriesByType('mark')"
                    ".map((m) => [m.name, Math.round(m.startTime)]))"
                )
            )
            blocking.append(page.evaluate(BLOCKING_JS))
            if run == 0:
                transfers = {u: (len(b), len(gzip.compress(b, 6))) for u, b in bodies.items()}
            result = page.evaluate(KEYSTROKES_JS, QUERY)
            keys.extend(result["times"])
            total = result["count"]
            context.close()
        browser.close()
    raw = sum(r for r, _ in transfers.values())
    packed = sum(g for _, g in transfers.values())
    index_url = next(u for u in transfers if u.endswith("services.json"))
    return {
        "files": len(transfers),
        "raw_bytes": raw,
        "gzip_bytes": packed,
        "index_raw": transfers[index_url][0],
        "index_gzip": transfers[index_url][1],
        "first_result_in_dom_ms_median": statistics.median(visible),
        "first_result_frame_ms_median": statistics.median(frame),
        "first_result_frame_ms_max": max(frame),
        "first_contentful_paint_ms_median": statistics.median(paint),
        # In the DOM before the first paint: shown by it; otherwise by the next frame.
        "first_result_painted_ms_median": statistics.median(
            p if v <= p else f for v, f, p in zip(visible, frame, paint, strict=True)
        ),
        "script_ready_ms_median": statistics.median(first),
        "dom_content_loaded_ms_median": statistics.median(dcl),
        "script_ready_after_dcl_ms_median": statistics.median(
            f - d for f, d in zip(first, dcl, strict=True)
        ),
        "script_ready_ms_max": max(first),
        "blocking_before_first_ms_median": statistics.median(b["blocking"] for b in blocking),
        "longest_task_before_first_ms_median": statistics.median(b["longest"] for b in blocking),
        "keystroke_ms_median": statistics.median(keys),
        "keystroke_ms_p95": sorted(keys)[int(len(keys) * 0.95)],
        "keystroke_ms_max": max(keys),
        "final_matches": total,
        "marks_last_run": marks[-1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, required=True, help="an already built site")
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        prepare_site(args.site, args.count, site)
        figures = measure(site)
    print(f"finder at {args.count} services (headless Chromium, 5 runs)")
    for key, value in figures.items():
        print(f"  {key:34} {value:.1f}" if isinstance(value, float) else f"  {key:34} {value}")


if __name__ == "__main__":
    main()
