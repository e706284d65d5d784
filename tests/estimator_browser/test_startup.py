"""Engine start-up: the build-time memory snapshot is used, and a bad one falls back."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

from build_tools.estimator_site import snapshot
from build_tools.estimator_site.flow_page import PRELOADED_MODULES
from tests.estimator_browser import cpython
from tests.estimator_browser.driver import wait_for_engine

pytestmark = pytest.mark.browser

SNAPSHOT_GLOB = "**/" + snapshot.FILE_NAME
TIMINGS = "() => window.firststopEstimator.engine.timings"
ESTIMATE = "([payload, on]) => window.firststopEstimator.estimate(payload, on)"


def example_item() -> tuple[dict[str, Any], str]:
    chosen = cpython.example(next(p for p in cpython.EXAMPLES if "self-funder" in p.name))
    return {"flow": chosen["flow"], "answers": chosen["answers"]}, "2026-11-23"


def start(site_page: Any, route: Any = None) -> dict[str, Any]:
    """Open the start page (optionally intercepting the snapshot) and wait for the engine."""
    if route is not None:
        site_page.page.route(SNAPSHOT_GLOB, route)
    site_page.goto("estimator/")
    wait_for_engine(site_page.page)
    return site_page.page.evaluate(TIMINGS)


def assert_matches_cpython(site_page: Any) -> None:
    payload, on = example_item()
    before = len(site_page.requests)
    result = json.loads(site_page.page.evaluate(ESTIMATE, [payload, on]))
    assert "errors" not in result, result
    assert result == cpython.estimate(payload, on)
    assert site_page.requests[before:] == [], "the calculation made network requests"


def test_the_build_ships_a_snapshot_next_to_the_wheel(built_site: Path) -> None:
    page = (built_site / "estimator" / "index.html").read_text(encoding="utf-8")
    made = list((built_site / "assets" / "estimator").glob("*/" + snapshot.FILE_NAME))
    assert len(made) == 1, "node should be on PATH for the build (npm needs it too)"
    assert f'data-snapshot="../assets/estimator/{made[0].parent.name}/{snapshot.FILE_NAME}"' in page
    assert list(made[0].parent.glob("*.whl")), "the snapshot sits next to its own wheel"
    with gzip.open(made[0]) as stream:
        assert len(stream.read(16)) == 16


def test_engine_starts_from_the_snapshot(site_page: Any) -> None:
    timings = start(site_page)
    assert timings["path"] == "snapshot", timings
    assert timings["snapshot_error"] is None
    assert_matches_cpython(site_page)
    assert site_page.console_errors() == []
    assert site_page.external_requests() == []


def test_missing_snapshot_falls_back_to_a_full_start(site_page: Any) -> None:
    timings = start(site_page, lambda route: route.fulfill(status=404, body="gone"))
    assert timings["path"] == "full", timings
    assert "404" in timings["snapshot_error"]
    assert_matches_cpython(site_page)


def test_corrupt_snapshot_falls_back_to_a_full_start(site_page: Any) -> None:
    junk = gzip.compress(b"not a snapshot" * 1024)
    timings = start(site_page, lambda route: route.fulfill(status=200, body=junk))
    assert timings["path"] == "full", timings
    assert timings["snapshot_error"]
    assert_matches_cpython(site_page)


def test_no_node_means_no_snapshot(monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.setattr(snapshot.shutil, "which", lambda name: None)
    assert snapshot.build_snapshot(tmp_path, tmp_path / "x.whl", tmp_path / "cache") is None
    assert not (tmp_path / "cache").exists()


def test_snapshot_key_follows_the_wheel(tmp_path: Path) -> None:
    pyodide = tmp_path / "pyodide"
    pyodide.mkdir()
    (pyodide / "package.json").write_text("{}")
    (pyodide / "pyodide.asm.wasm").write_bytes(b"\0asm")
    wheel = tmp_path / "engine.whl"
    wheel.write_bytes(b"one")
    first = snapshot.snapshot_key(pyodide, wheel)
    wheel.write_bytes(b"two")
    assert snapshot.snapshot_key(pyodide, wheel) != first


def test_the_page_preloads_every_module_flow_js_imports(built_site: Path) -> None:
    page = (built_site / "estimator" / "index.html").read_text(encoding="utf-8")
    scripts = built_site / "assets" / "javascripts" / "estimator"
    imported = set(re.findall(r'^import .* from "\./([\w-]+\.js)";$',
                              (scripts / "flow.js").read_text(encoding="utf-8"), re.M))
    preloaded = {uri.rsplit("/", 1)[1] for uri in PRELOADED_MODULES}
    assert imported and imported == preloaded
    for uri in PRELOADED_MODULES:
        assert f'<link rel="modulepreload" href="../{uri}">' in page
        assert (built_site / uri).is_file()
