"""Rules compiled to JSON match the YAML; the wheel is pure, carries the JSON, needs no YAML."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from care_estimator import compile_rules, rules_loader

from tests.engine.helpers import WIDGETS


def test_compiled_json_gives_the_same_data_as_the_yaml() -> None:
    from_yaml = rules_loader.load_from_yaml()
    from_json = json.loads(compile_rules.compile_to_json(rules_loader.RULES_DIR))
    assert from_json == from_yaml
    assert "parameters/capital_upper_limit" in from_yaml["files"]
    years = from_yaml["files"]["parameters/_years"]["years"]
    assert {"set": "2026-27", "label": "2026 to 2027", "from": "2026-04-06",
            "to": "2027-04-04"} in years


def test_development_checkout_reads_yaml() -> None:
    assert rules_loader.load_compiled() is None  # editable install: no compiled file


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(WIDGETS)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    (found,) = out.glob("*.whl")
    return found


def test_wheel_is_pure_and_carries_compiled_rules(wheel: Path) -> None:
    assert wheel.name == "care_estimator-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "care_estimator/rules_compiled.json" in names
        assert "care_estimator/schemas/output.schema.json" in names
        metadata = archive.read("care_estimator-0.1.0.dist-info/METADATA").decode()
        compiled = json.loads(archive.read("care_estimator/rules_compiled.json"))
    assert "Requires-Dist" not in metadata
    assert compiled == rules_loader.load_from_yaml()


def test_wheel_runs_without_pyyaml(wheel: Path) -> None:
    script = (
        "import sys, json, datetime\n"
        "sys.modules['yaml'] = None  # any import of PyYAML now fails\n"
        f"sys.path.insert(0, {str(wheel)!r})\n"
        "import care_estimator\n"
        "from care_estimator import rules_loader\n"
        "assert rules_loader.load_compiled() is not None\n"
        f"answers = open({str(WIDGETS / 'examples' / 'carer.json')!r}).read()\n"
        "print(care_estimator.estimate_json(answers, '2026-05-01'))\n"
    )
    done = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    in_wheel = json.loads(done.stdout)
    from care_estimator import estimate_json

    here = json.loads(estimate_json((WIDGETS / "examples" / "carer.json").read_text(),
                                    "2026-05-01"))
    assert in_wheel == here
