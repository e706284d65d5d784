"""Benchmark: build time and peak memory of the service directory at 1,000 and 10,000
services, against a plain ``mkdocs build`` of the same pages written out as Markdown.

Not a test. Run ``.venv/bin/python benchmarks/directory_build.py [--sizes 1000 10000]``.

For each size N it
1. writes a synthetic directory of N services (10 per organisation) as YAML records
   (``benchmarks/directory_synthetic.py``, spread over the localities in ``areas.yaml``);
2. builds a site with the firststop plugin (identity + directory features only, so the
   estimator and advice checks do not blur the figure): load, validate, generate every
   page, render with Material, write the Open Referral exports;
3. writes the very same generated pages as Markdown files and builds them with plain
   MkDocs (same theme and extensions, no firststop plugin);
4. reports wall time, CPU time (user + system; steadier on a shared machine) and peak
   resident memory of each build (each in its own process) and our overhead over plain
   MkDocs.

Goals (issue 3): 10,000 services in under 2 minutes, under 2 GB, overhead under 25%.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.directory_synthetic import synthetic_records, write_records  # noqa: E402
from tests.directory.isolated import FEATURES  # noqa: E402
from tests.directory.isolated import config as mkdocs_config  # noqa: E402

CHILD = r"""
import json, resource, sys, time, os
sys.path.insert(0, {root!r})
from mkdocs.commands.build import build
from mkdocs.config import load_config
start = time.perf_counter()
config = load_config(config_file={config!r}, site_dir={site!r}, strict=False)
profile_to = {profile!r}
if profile_to:
    import cProfile
    cProfile.run("build(config)", profile_to)
else:
    build(config)
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{"seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime,
                   "peak_mb": usage.ru_maxrss / 1024}}))
"""


def run_build(config: Path, site: Path, env: dict[str, str],
              profile: Path | None = None) -> dict[str, float]:
    """One build in a fresh Python process; returns seconds and peak RSS in MB. With
    ``profile``, the build runs under cProfile and its stats are saved there."""
    code = CHILD.format(root=str(ROOT), config=str(config), site=str(site),
                        profile=str(profile) if profile else "")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], cwd=config.parent, env=env,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build failed:\n{result.stderr[-3000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["process_seconds"] = time.perf_counter() - started
    return figures


def project(base: Path, plugin: bool) -> Path:
    """A minimal MkDocs project folder (Material, same extensions as the test builds)."""
    base.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "council.yaml", base / "council.yaml")
    # Plain Material for both builds: the overrides need the plugin's template globals.
    text = mkdocs_config([], FEATURES if plugin else None).replace(
        f"  custom_dir: {ROOT / 'overrides'}\n", "")
    (base / "mkdocs.yml").write_text(text)
    docs = base / "content"
    docs.mkdir(exist_ok=True)
    (docs / "index.md").write_text("# Home\n\nWelcome.\n")
    (docs / "help-at-home.md").write_text("---\ntitle: Help at home\n---\n\n# Help at home\n")
    return base


def pre_write_pages(records: Path, docs: Path) -> int:
    """Write the pages the directory would generate, as ordinary Markdown files."""
    import os
    from datetime import date

    from build_tools.directory.feature import DirectoryFeature
    from build_tools.features import BuildContext
    from build_tools.identity import load_identity

    os.environ["FIRSTSTOP_DIRECTORY"] = str(records)
    ctx = BuildContext(project_root=ROOT, docs_dir=docs, site_dir=docs.parent / "unused",
                       identity=load_identity(ROOT), today=date(2026, 11, 23))
    pages = DirectoryFeature().pages(ctx)
    for page in pages:
        target = docs / page.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
    return len(pages)


def best_of(repeat: int, config: Path, site: Path, env: dict[str, str]) -> dict[str, float]:
    """Run a build ``repeat`` times; keep the fastest time and the highest memory (the
    machine is shared, so the minimum is the least disturbed measurement)."""
    runs = [run_build(config, site, env) for _ in range(repeat)]
    return {"seconds": min(r["seconds"] for r in runs), "cpu": min(r["cpu"] for r in runs),
            "peak_mb": max(r["peak_mb"] for r in runs)}


def bench(size: int, work: Path, repeat: int = 1) -> dict[str, object]:
    import os

    records = work / f"records-{size}"
    started = time.perf_counter()
    organisations = write_records(records / "organisations", synthetic_records(size, ROOT))
    generate_seconds = time.perf_counter() - started
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FIRSTSTOP_TODAY": "2026-11-23",
           "FIRSTSTOP_DIRECTORY": str(records), "PYTHONPATH": str(ROOT)}

    ours_project = project(work / f"ours-{size}", plugin=True)
    ours = best_of(repeat, ours_project / "mkdocs.yml", work / f"site-ours-{size}", env)
    print(f"  {size}: firststop build {ours['seconds']:.1f}s", file=sys.stderr, flush=True)

    plain_project = project(work / f"plain-{size}", plugin=False)
    pages = pre_write_pages(records, plain_project / "content")
    plain = best_of(repeat, plain_project / "mkdocs.yml", work / f"site-plain-{size}", env)
    exports = sum(1 for _ in (work / f"site-ours-{size}" / "open-referral").rglob("*"))
    for folder in (work / f"site-ours-{size}", work / f"site-plain-{size}"):
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "services": size, "repeat": repeat, "organisations": organisations, "pages": pages,
        "export_files": exports, "generate_records_s": round(generate_seconds, 1),
        "ours_s": round(ours["seconds"], 1), "ours_cpu_s": round(ours["cpu"], 1),
        "ours_peak_mb": round(ours["peak_mb"]),
        "plain_s": round(plain["seconds"], 1), "plain_cpu_s": round(plain["cpu"], 1),
        "plain_peak_mb": round(plain["peak_mb"]),
        "overhead_pct_wall": round(100 * (ours["seconds"] / plain["seconds"] - 1), 1),
        "overhead_pct_cpu": round(100 * (ours["cpu"] / plain["cpu"] - 1), 1),
    }


def profile_build(size: int, work: Path, top: int = 30) -> None:
    """Build the firststop site of ``size`` services under cProfile and print the
    functions with the most cumulative and own time (``--profile``)."""
    import os
    import pstats

    records = work / f"records-{size}"
    write_records(records / "organisations", synthetic_records(size, ROOT))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FIRSTSTOP_TODAY": "2026-11-23",
           "FIRSTSTOP_DIRECTORY": str(records), "PYTHONPATH": str(ROOT)}
    stats_file = work / f"build-{size}.prof"
    run_build(project(work / f"ours-{size}", plugin=True) / "mkdocs.yml",
              work / f"site-ours-{size}", env, profile=stats_file)
    stats = pstats.Stats(str(stats_file))
    stats.sort_stats("cumulative").print_stats(r"build_tools|mkdocs/commands|material", top)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=1, help="builds per variant (best kept)")
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temp dir)")
    parser.add_argument("--profile", action="store_true",
                        help="profile our build (cProfile) at each size instead of timing")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="fs-dir-bench-"))
    try:
        for size in args.sizes:
            if args.profile:
                profile_build(size, work)
                continue
            result = bench(size, work, args.repeat)
            print(json.dumps(result), flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
