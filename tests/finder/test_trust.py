"""Checked dates in words and the year-old warning (the Python side of trust.js)."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

from build_tools.directory.trust import checked_month, is_stale

ROOT = Path(__file__).resolve().parents[2]


def test_checked_month() -> None:
    assert checked_month("2026-03-14") == "March 2026"
    assert checked_month(date(2025, 12, 1)) == "December 2025"
    assert checked_month("") == ""
    assert checked_month("soon") == ""


def test_stale_after_a_year() -> None:
    today = date(2026, 11, 26)
    assert is_stale("2025-11-25", today)
    assert not is_stale("2025-11-26", today)
    assert not is_stale("2026-03-14", today)
    assert is_stale(None, today)


def test_same_rules_as_the_browser() -> None:
    dates = ["2025-11-25", "2025-11-26", "2026-03-14", "2024-02-29", ""]
    module = (ROOT / "build_tools" / "finder" / "assets" / "trust.js").as_uri()
    script = (f"import {{ checkedText, isStale }} from {json.dumps(module)};"
              f"console.log(JSON.stringify({json.dumps(dates)}.map((d) =>"
              " [checkedText(d), isStale(d, '2026-11-26')])));")
    out = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True,
                         text=True, check=True).stdout
    expected = [[f"Checked {checked_month(d)}" if d else "", is_stale(d, date(2026, 11, 26))]
                for d in dates]
    assert json.loads(out) == expected
