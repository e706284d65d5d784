"""Published contracts: JSON Schemas, the questionnaire format and the parameter sources."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from care_estimator import estimate, load_parameters, load_questionnaire
from care_estimator.parameters import DateOutOfRange, available_sets
from care_estimator.questionnaire import QUESTION_TYPES

from tests.engine.helpers import WIDGETS, payload

SCHEMAS = WIDGETS / "care_estimator" / "schemas"
ON = dt.date(2026, 5, 1)


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text())


def test_examples_match_the_input_schema_and_results_the_output_schema() -> None:
    input_schema, output_schema = schema("input.schema.json"), schema("output.schema.json")
    for example in sorted((WIDGETS / "examples").glob("*.json")):
        data = json.loads(example.read_text())
        jsonschema.validate(data, input_schema)
        for on in (dt.date(2025, 6, 1), ON):
            jsonschema.validate(estimate(data, on), output_schema)


@pytest.mark.parametrize("flow", ["person", "carer"])
def test_questionnaire_structure(flow: str) -> None:
    questionnaire = load_questionnaire(flow, ON)
    assert set(questionnaire) >= {"flow", "title", "intro", "parameter_set", "pages"}
    ids = [q["id"] for page in questionnaire["pages"] for q in page["questions"]]
    assert len(ids) == len(set(ids))
    page_ids = [page["id"] for page in questionnaire["pages"]]
    assert len(page_ids) == len(set(page_ids))
    for page in questionnaire["pages"]:
        assert set(page) == {"id", "title", "intro", "outcome", "show_if", "questions"}
        for question in page["questions"]:
            assert question["type"] in QUESTION_TYPES
            assert set(question) == {"id", "type", "label", "hint", "details", "options",
                                     "validation", "show_if", "prefix", "suffix", "outcome"}
            assert "{" not in question["label"] and "{" not in (question["hint"] or "")
            if question["type"] in ("choice", "checkboxes", "yesno"):
                assert question["options"], question["id"]
            if question["validation"]["required"]:
                assert question["validation"]["messages"].get("required"), question["id"]


def test_questionnaire_fills_figures_for_the_date() -> None:
    hints = {q["id"]: q["hint"] for p in load_questionnaire("person", ON)["pages"]
             for q in p["questions"]}
    assert "£13" in hints["weekly_dre"]
    older = {q["id"]: q["hint"] for p in load_questionnaire("person", dt.date(2025, 6, 1))[
        "pages"] for q in p["questions"]}
    assert "£12.50" in older["weekly_dre"]


def test_every_parameter_has_a_source_and_a_date() -> None:
    for span in available_sets():
        params = load_parameters(dt.date.fromisoformat(span["from"]))
        for p in params.params.values():
            assert p.reference.startswith("https://"), p.name
            dt.date.fromisoformat(p.start)
            if p.unconfirmed:
                assert p.note, f"{p.name} is unconfirmed but says nothing about why"


def test_unconfirmed_parameters_used_are_listed_in_the_result() -> None:
    result = estimate(payload("home"), ON)
    listed = {u["parameter"] for u in result["unconfirmed"]}
    assert "mig_single_pension_age" in listed  # used, and derived rather than read
    assert "aa_higher" not in listed


def test_dates_between_sets_and_outside_them() -> None:
    assert load_parameters(dt.date(2026, 4, 5)).set_id == "2025-26"
    assert load_parameters(dt.date(2026, 4, 6)).set_id == "2026-27"
    with pytest.raises(DateOutOfRange):
        load_parameters(dt.date(2024, 4, 5))
    assert load_parameters(dt.date(2025, 4, 5)).set_id == "2024-25"


def test_explanation_names_rules_parameters_and_sources() -> None:
    steps = estimate(payload("home", {"savings": "15750"}), ON)["explanation"]
    tariff = next(s for s in steps if s["rule"] == "charging.tariff_income")
    assert tariff["parameter"] == "tariff_step" and tariff["value"] == "6.00"
    assert tariff["reference"].startswith("https://www.legislation.gov.uk/")


def test_readme_example_matches_the_engine() -> None:
    readme = (WIDGETS / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```json\n")
    example_in = json.loads(blocks[-2].split("\n```")[0])
    example_out = json.loads(blocks[-1].split("\n```")[0])
    assert estimate(example_in, dt.date.fromisoformat(example_out["date"])) == example_out
