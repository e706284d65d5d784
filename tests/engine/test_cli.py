"""The command line, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.engine.helpers import WIDGETS, payload


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "care_estimator", *args], input=stdin,
                          capture_output=True, text=True, cwd=WIDGETS, check=False)


def test_every_example_runs() -> None:
    for example in sorted((WIDGETS / "examples").glob("*.json")):
        done = run("estimate", "--date", "2026-05-01", str(example))
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)
        assert result["indicative"] is True and result["explanation"]


def test_examples_cover_the_five_situations() -> None:
    statuses = {}
    for name in ("self-funder-at-home", "modest-savings-at-home", "care-home-resident",
                 "carer", "unlikely-to-be-eligible"):
        done = run("estimate", "--date", "2026-05-01", str(WIDGETS / "examples" / f"{name}.json"))
        statuses[name] = json.loads(done.stdout)
    assert statuses["self-funder-at-home"]["self_funder"]["is_self_funder"] is True
    assert statuses["modest-savings-at-home"]["charging"]["tariff_income"] == "6.00"
    assert statuses["care-home-resident"]["charging"]["setting"] == "care_home"
    assert statuses["carer"]["flow"] == "carer"
    assert statuses["unlikely-to-be-eligible"]["eligibility"]["status"] == "likely_not_eligible"


def test_bad_input_exits_2_with_every_problem_and_no_traceback(tmp_path: Path) -> None:
    answers = tmp_path / "bad.json"
    answers.write_text(json.dumps(payload("home", {"age": "200", "savings": "-1",
                                                   "colour": "red"})))
    done = run("estimate", "--date", "2030-01-01", str(answers))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert "4 problem(s)" in done.stderr
    for field in ("age", "savings", "colour", "date"):
        assert f"- {field}:" in done.stderr


def test_unreadable_and_invalid_json_files(tmp_path: Path) -> None:
    missing = run("estimate", "--date", "2026-05-01", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    done = run("estimate", "--date", "not-a-date", str(broken))
    assert done.returncode == 2 and "2 problem(s)" in done.stderr
    assert "Traceback" not in done.stderr


def test_stdin_and_questionnaire_commands() -> None:
    done = run("estimate", "--date", "2025-06-01", "-", stdin=json.dumps(payload("carer")))
    assert done.returncode == 0 and json.loads(done.stdout)["parameter_set"] == "2025-26"
    shown = run("questionnaire", "carer", "--date", "2026-05-01")
    assert shown.returncode == 0 and json.loads(shown.stdout)["flow"] == "carer"
    outside = run("questionnaire", "person", "--date", "2020-01-01")
    assert outside.returncode == 2 and "Traceback" not in outside.stderr
