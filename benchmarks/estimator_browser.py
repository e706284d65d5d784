"""Benchmark the estimator in the browser (not a test): bytes, engine start-up, results time.

    .venv/bin/python benchmarks/estimator_browser.py [--site-dir DIR] [--runs N]

Without --site-dir (or FIRSTSTOP_SITE_DIR) the site is built first. Figures:
- bytes transferred on a cold load of the start page (every file, worker's included),
- start page opened -> engine ready (navigation start to the worker's "ready"), cold
  (empty cache, new browser context) and warm (same context, page opened again),
- last Continue ("Get my estimate") -> results shown, once the engine is ready: the first
  time through the questions, then ten times again from Check your answers,
- the worker's own breakdown: which start-up path ran ("snapshot" or "full"), when the
  worker started, the snapshot fetched and unzipped, Python running, the engine imported.
Goals: results < 100 ms; ready < 3 s cold and < 1.5 s warm.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.estimator_browser import cpython  # noqa: E402
from tests.estimator_browser.driver import (  # noqa: E402
    complete_flow,
    current_step,
    press_continue,
    tab_until,
    wait_for_engine,
    wait_for_result,
)
from tests.support.browser import launch  # noqa: E402
from tests.support.server import SiteHandler  # noqa: E402
from tests.support.site import build_site  # noqa: E402

RESULTS_DIR = ROOT / "benchmarks" / "results"


class CountingHandler(SiteHandler):
    """Counts the bytes of every response body it sends (304s send none)."""

    counter: dict[str, int]

    def copyfile(self, source: Any, outputfile: Any) -> None:
        data = source.read()
        self.counter[self.path] = self.counter.get(self.path, 0) + len(data)
        outputfile.write(data)


@contextmanager
def counting_server(root: Path) -> Iterator[tuple[str, dict[str, int]]]:
    counter: dict[str, int] = {}
    handler = functools.partial(type("H", (CountingHandler,), {"counter": counter}),
                                directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", counter
    finally:
        server.shutdown()
        server.server_close()


WORKER_FIGURES = ("worker_started_ms", "snapshot_fetched_ms", "runtime_ms", "engine_ms",
                  "total_ms")


def ready_ms(page: Any, breakdown: list[dict[str, Any]]) -> float:
    """Navigation start -> engine ready; the worker's own timings go into ``breakdown``."""
    wait_for_engine(page, timeout=120_000)
    breakdown.append(page.evaluate("() => window.firststopEstimator.engine.timings"))
    return float(page.evaluate("() => window.firststopEstimator.engine.readyAt"))


def summarise(breakdown: list[dict[str, Any]]) -> dict[str, Any]:
    """Median of each worker figure, and which start-up paths ran."""
    summary: dict[str, Any] = {"paths": sorted({str(t.get("path", "full")) for t in breakdown})}
    for name in WORKER_FIGURES:
        values = [t[name] for t in breakdown if t.get(name) is not None]
        if values:
            summary[name] = round(statistics.median(values))
    return summary


def results_ms(page: Any, repeats: int) -> tuple[float, list[float]]:
    """Time from the last Continue to the results: the first time through the questions
    (the engine's first estimate), then repeated from the check page."""
    example = cpython.example(next(p for p in cpython.EXAMPLES if "self-funder" in p.name))
    complete_flow(page, example["answers"])
    wait_for_result(page)
    page.wait_for_function("() => window.firststopEstimator.timing.resultsAt !== null")
    timing = page.evaluate("() => window.firststopEstimator.timing")
    first = timing["resultsAt"] - timing["continueAt"]
    times = []
    for _ in range(repeats):
        tab_until(page, lambda a: a["action"] == "to-check" and a["step"] == "results", "Change")
        page.keyboard.press("Enter")
        assert current_step(page) == "check"
        page.evaluate("() => { window.firststopEstimator.timing.resultsAt = null; }")
        press_continue(page)
        page.wait_for_function("() => window.firststopEstimator.timing.resultsAt !== null")
        timing = page.evaluate("() => window.firststopEstimator.timing")
        times.append(timing["resultsAt"] - timing["continueAt"])
    return first, times


def run(site: Path, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    cold, warm, transferred = [], [], []
    cold_parts: list[dict[str, Any]] = []
    warm_parts: list[dict[str, Any]] = []
    with counting_server(site) as (url, counter), sync_playwright() as playwright:
        browser = launch(playwright)
        for _ in range(runs):
            context = browser.new_context(service_workers="block")
            page = context.new_page()
            counter.clear()
            page.goto(url + "estimator/")
            cold.append(ready_ms(page, cold_parts))
            transferred.append(dict(counter))
            for _ in range(2):
                page.goto(url + "estimator/")
                warm.append(ready_ms(page, warm_parts))
            context.close()
        context = browser.new_context(service_workers="block")
        page = context.new_page()
        page.goto(url + "estimator/")
        wait_for_engine(page, timeout=120_000)
        first, results = results_ms(page, repeats=10)
        context.close()
        browser.close()
    files = transferred[0]
    return {
        "cold_bytes_total": sum(files.values()),
        "cold_bytes_by_file": dict(sorted(files.items(), key=lambda kv: -kv[1])),
        "ready_cold_ms": {"median": statistics.median(cold), "all": cold},
        "ready_warm_ms": {"median": statistics.median(warm), "all": warm},
        "worker_cold_ms": summarise(cold_parts),
        "worker_warm_ms": summarise(warm_parts),
        "results_ms": {"first": first, "median": statistics.median(results), "max": max(results),
                       "all": results},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=os.environ.get("FIRSTSTOP_SITE_DIR"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    site = args.site_dir
    if site is None:
        site = Path(tempfile.mkdtemp(prefix="fs-bench-site-"))
        built = build_site(site, env={"FIRSTSTOP_TODAY": "2026-11-23"})
        if built.returncode != 0:
            print(built.stdout, built.stderr, file=sys.stderr)
            return 1
    figures = run(Path(site), args.runs)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / "estimator_browser.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(f"cold load, bytes transferred: {figures['cold_bytes_total']:,}")
    for name, size in list(figures["cold_bytes_by_file"].items())[:8]:
        print(f"  {size:>10,}  {name}")
    print(f"start page -> engine ready, cold: median {figures['ready_cold_ms']['median']:.0f} ms "
          f"(goal < 3000)")
    print(f"start page -> engine ready, warm: median {figures['ready_warm_ms']['median']:.0f} ms "
          f"(goal < 1500)")
    for kind in ("cold", "warm"):
        print(f"  worker, {kind} (medians, ms since the worker started): "
              f"{figures[f'worker_{kind}_ms']}")
    print(f"last Continue -> results: first time {figures['results_ms']['first']:.1f} ms; "
          f"again from Check your answers: median {figures['results_ms']['median']:.1f} ms, "
          f"max {figures['results_ms']['max']:.1f} ms (goal < 100)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
