"""Estimator engine timings in CPython: cold import, questionnaire, one estimate, wheel build.

    .venv/bin/python -m benchmarks.engine_bench [--repeat 200]

Reports medians in milliseconds and the wheel's size. The browser (Pyodide) timings are
measured by the browser estimator's own benchmark.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDGETS = ROOT / "widgets"
EXAMPLES = sorted((WIDGETS / "examples").glob("*.json"))


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def cold_import_ms() -> float:
    """Import the package and load the rules in a fresh interpreter (YAML in a checkout)."""
    code = ("import time; t=time.perf_counter(); import care_estimator, datetime; "
            "care_estimator.load_parameters(datetime.date(2026, 5, 1)); "
            "print((time.perf_counter()-t)*1000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=WIDGETS, check=True)
    return float(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    sys.path.insert(0, str(WIDGETS))
    import datetime as dt

    import care_estimator

    on = dt.date(2026, 5, 1)
    cold = statistics.median(cold_import_ms() for _ in range(5))
    print(f"cold import + rules (YAML): {cold:.1f} ms")
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        care_estimator.load_questionnaire("person", on)
        timings.append(_ms(start))
    print(f"load_questionnaire('person'): {statistics.median(timings):.2f} ms")
    payloads = [p.read_text() for p in EXAMPLES]
    timings = []
    for i in range(args.repeat):
        start = time.perf_counter()
        json.loads(care_estimator.estimate_json(payloads[i % len(payloads)], "2026-05-01"))
        timings.append(_ms(start))
    print(f"estimate_json (examples, warm): median {statistics.median(timings):.2f} ms, "
          f"max {max(timings):.2f} ms")
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                        out, str(WIDGETS)], capture_output=True, check=True)
        took = _ms(start)
        (wheel,) = Path(out).glob("*.whl")
        print(f"wheel build: {took:.0f} ms; {wheel.name}: {wheel.stat().st_size / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
