"""A record that fails the schema still gets its field checks, so every problem shows at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from build_tools.directory import load_directory, validate

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "services_directory" / "organisations" / "age-well-wyvernshire.yaml"


def test_schema_error_and_field_error_in_one_record_are_both_reported(tmp_path: Path) -> None:
    text = DEMO.read_text(encoding="utf-8")
    text = text.replace("  website: https://www.agewellwyvernshire.example.org/",
                        "  website: javascript:alert(1)", 1)
    text = text.replace("    - number: 01632 960273", "    - number: 0800 123", 1)
    folder = tmp_path / "records" / "organisations"
    folder.mkdir(parents=True)
    (folder / DEMO.name).write_text(text, encoding="utf-8")

    directory = load_directory(ROOT, tmp_path / "records")
    problems = {(p.field, p.line) for p in validate(directory, date(2026, 11, 23))}

    assert ("organization.website", 8) in problems
    assert ("organization.phones[0].number", 11) in problems
    assert "age-well-wyvernshire" not in directory.organisations, "an invalid record is not kept"
