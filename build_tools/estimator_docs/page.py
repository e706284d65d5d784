"""The "How we estimate" page: questionnaire points, RAS, every parameter, worked examples.

Everything comes from the same rules the engine uses, so the page cannot drift from it.
Python gathers the figures (a view model); the words are in
``templates/estimator_docs/how_we_estimate.md``.
"""

from __future__ import annotations

import importlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from markupsafe import Markup

from build_tools.estimator_docs.engine import date_in_range
from build_tools.estimator_docs.markdown import code, link, table, text
from build_tools.estimator_site.engine import load_engine
from build_tools.rendering import Renderer

SRC_URI = "estimator/how-we-estimate.md"
TEMPLATES = Path(__file__).parent / "templates"
CHARGING_REGULATIONS = "https://www.legislation.gov.uk/uksi/2014/2672/contents/made"
# Published with the engine (package data): hand-checked cases and example answers.
CASES_DIR = Path("widgets") / "care_estimator" / "examples"
EXAMPLES_DIR = Path("widgets") / "examples"
TITLES_FILE = Path(__file__).parent / "example_titles.yaml"
# The figures the "what you might pay" section quotes.
CHARGING_FIGURES = (
    "capital_upper_limit", "capital_lower_limit", "tariff_per_step", "tariff_step",
    "dre_flat_allowance", "maximum_weekly_charge", "minimum_weekly_charge",
    "personal_expenses_allowance", "property_disregard_weeks", "reablement_weeks",
    "minor_adaptations_limit", "contact_council_weeks_before",
    "property_sale_costs_percent", "disability_benefits_care_home_days",
    "dpa_disposable_income_allowance", "dpa_equity_limit_percent",
    "savings_credit_disregard_single", "savings_credit_disregard_couple",
)


def _rules(name: str) -> Any:
    return importlib.import_module("care_estimator.rules_loader").rules_file(name)


def _markdown(function: Any) -> Any:
    """A Markdown helper as a template filter: its output is already safe Markdown."""
    return lambda *args: Markup(function(*args))


def renderer(project_root: Path | None = None) -> Renderer:
    """The page's templates, with the Markdown helpers as filters."""
    made = Renderer([TEMPLATES], project_root)
    made.env.filters.update(md=_markdown(text), code=_markdown(code), source=_markdown(link),
                            table=_markdown(table))
    return made


def _points_rows(questionnaire: dict[str, Any]) -> list[list[str]]:
    rows = []
    for page in questionnaire["pages"]:
        for question in page["questions"]:
            if not any(o["points"] or o["unable"] for o in question["options"]):
                continue
            rows += [[text(page["title"]), text(option["label"]), str(option["points"]),
                      "Yes" if option["unable"] else ""] for option in question["options"]]
    return rows


def _outcome_rows(questionnaire: dict[str, Any]) -> list[list[str]]:
    return [[text(o["title"]), text(o["legal"])] for o in questionnaire["outcomes"]]


def _eligibility(local: dict[str, Any]) -> dict[str, Any]:
    rules = _rules("eligibility")["care_act_2014"]
    return {
        "person_reference": rules["person"]["reference"],
        "carer_reference": rules["carer"]["reference"],
        "minimum_outcomes": rules["person"]["minimum_outcomes_unable"],
        "person_outcomes": _outcome_rows(_rules("questionnaire/person")),
        "carer_outcomes": _outcome_rows(_rules("questionnaire/carer")),
        "scheme": local.get("eligibility_scheme", "care_act_2014"),
        "facs_threshold": local.get("facs_threshold"),
    }


def _money(params: Any, local: dict[str, Any]) -> dict[str, Any]:
    person = _rules("ras")["person"]
    unpaid = person["unpaid_help"]
    return {
        "method": person["method"],
        "price": params["price_per_point"].display(),
        "deduct": bool(unpaid.get("deduct")),
        "deductions": [(key.replace("_", " "), value)
                       for key, value in unpaid["percent_by_answer"].items()],
        "rural_uplift": params["rural_uplift_percent"].display(),
        "rural": ", ".join(loc["label"] for loc in local["localities"] if loc.get("rural")),
        "tolerance": person["tolerance_percent"],
        "upper_band_points": person["upper_band_points"],
        "carer_price": params["carer_price_per_point"].display(),
        "allocation_maximum": params["allocation_maximum_weekly"].display(),
        "bands": [[str(b["from_points"]), f"{b['percent']}%"]
                  for b in person["allocation_table"]["bands"]],
    }


def _market(params: Any) -> dict[str, Any] | None:
    """The home care market price and the council's hourly rate, if the council has both."""
    from build_tools.estimator_docs.variables import market_variables

    figures = market_variables(_rules)
    if "market_home_care_median" not in figures or "home_care_rate_hourly" not in params.params:
        return None
    return {"median": figures["market_home_care_median"],
            "low": figures["market_home_care_low"], "high": figures["market_home_care_high"],
            "count": figures["market_home_care_count"], "checked": figures["market_checked"],
            "council_rate": params["home_care_rate_hourly"].display()}


def _parameter_rows(params: Any) -> list[list[str]]:
    rows = []
    for name, p in sorted(params.params.items()):
        status = "Confirmed" if not p.unconfirmed else f"Not confirmed: {text(p.note)}"
        if p.source == "local":
            status = "Council's choice (fictional)" if not p.unconfirmed else status
        rows.append([text(p.description), code(name), text(p.display()), text(p.start),
                     link(p.reference), status])
    return rows


def _example_rows(project_root: Path, on: date, engine: Any) -> list[list[str]]:
    titles = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8")) or {}
    rows = []
    for path in sorted((project_root / EXAMPLES_DIR).glob("*.json")):
        result = engine.estimate(json.loads(path.read_text(encoding="utf-8")), on)
        weekly = result["budget"]["weekly"]
        rows.append([
            text(titles.get(path.stem, path.stem.replace("-", " "))),
            text(result["eligibility"]["status"].replace("_", " ")),
            text(f"£{weekly['low']} to £{weekly['high']}") if result["budget"]["applies"]
            else "None",
            text(f"£{result['charging']['weekly_contribution']}"),
            text(f"£{result['council_pays_weekly']}"),
        ])
    return rows


def _case_rows(project_root: Path) -> list[list[str]]:
    rows = []
    for path in sorted((project_root / CASES_DIR).glob("*.yaml")):
        if path.name == "bases.yaml":
            continue
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            rows.append([text(case["name"]), text(case["date"]),
                         text(case.get("why", "See the expected figures in the test file."))])
    return rows


def page_view(project_root: Path, today: date) -> dict[str, Any]:
    """Every figure and table the page shows, for the parameter set in force ``today``."""
    engine = load_engine(project_root)
    on, _warning = date_in_range(project_root, today)
    params = engine.load_parameters(on)
    local = _rules("local")
    return {
        "params": params,
        "fictional": bool(local.get("fictional")),
        "eligibility": _eligibility(local),
        "points": {flow: _points_rows(engine.load_questionnaire(flow, on))
                   for flow in ("person", "carer")},
        "money": _money(params, local),
        "charging_regulations": CHARGING_REGULATIONS,
        "figure": {name: params[name].display() for name in CHARGING_FIGURES},
        "market": _market(params),
        "parameters": _parameter_rows(params),
        "unconfirmed": sum(1 for p in params.params.values() if p.unconfirmed),
        "examples": _example_rows(project_root, on, engine),
        "cases": _case_rows(project_root),
    }


def how_we_estimate(project_root: Path, today: date) -> str:
    """The whole page as Markdown."""
    return renderer(project_root).render("estimator_docs/how_we_estimate.md", page=SRC_URI,
                                         **page_view(project_root, today))
