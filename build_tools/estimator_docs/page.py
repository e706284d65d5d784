"""The "How we estimate" page: questionnaire points, RAS, every parameter, worked examples.

Everything comes from the same rules the engine uses, so the page cannot drift from it.
"""

from __future__ import annotations

import importlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from build_tools.estimator_docs.engine import date_in_range
from build_tools.estimator_site.engine import load_engine
from build_tools.estimator_docs.markdown import code, link, table, text

SRC_URI = "estimator/how-we-estimate.md"
CHARGING_REGULATIONS = "https://www.legislation.gov.uk/uksi/2014/2672/contents/made"
CASES_DIR = Path("tests") / "engine" / "cases"
EXAMPLES_DIR = Path("widgets") / "examples"
EXAMPLE_TITLES = {
    "self-funder-at-home": "Someone at home with savings above the upper limit",
    "modest-savings-at-home": "Someone at home with modest savings",
    "care-home-resident": "Someone moving into a care home who owns their home",
    "carer": "A carer",
    "unlikely-to-be-eligible": "Someone unlikely to be eligible",
}


def _rules(name: str) -> Any:
    return importlib.import_module("care_estimator.rules_loader").rules_file(name)


def _intro(params: Any, fictional: bool) -> list[str]:
    lines = [
        "# How we estimate",
        "",
        "Our online estimator tells you, in a few minutes and without sending your answers "
        "anywhere, whether you are likely to be eligible for care and support, roughly what "
        "personal budget a needs assessment might give you, and what you might pay. This page "
        "publishes exactly how it works: every question and its points, how points become "
        "money, every figure we use with its source, and worked examples.",
        "",
        f"The figures below are the ones in force for **{text(params.label)}** "
        f"({text(params.start)} to {text(params.end)}).",
        "",
        "!!! note \"An estimate, not a decision\"",
        "    Only a needs assessment and a financial assessment can decide what you are "
        "entitled to. Any personal budget is indicative: the final amount is agreed in your "
        "support plan, and it must be enough to meet your eligible needs.",
        "",
    ]
    if fictional:
        lines += ["This is a demonstration: the council and its local rates are fictional. "
                  "The national figures are real and sourced.", ""]
    return lines


def _eligibility_section() -> list[str]:
    person = _rules("questionnaire/person")
    carer = _rules("questionnaire/carer")
    rules = _rules("eligibility")["care_act_2014"]
    local = _rules("local")
    lines = [
        "## Step 1: are you likely to be eligible?",
        "",
        f"We use the national eligibility criteria of the Care Act 2014 "
        f"({link(rules['person']['reference'], 'regulation 2 of SI 2015/313')}). You are likely "
        "to be eligible when all three are true:",
        "",
        "1. your needs come from a physical or mental condition or illness;",
        f"2. because of them you cannot achieve **{rules['person']['minimum_outcomes_unable']} or "
        "more** of the ten outcomes below; and",
        "3. as a result there is, or is likely to be, a significant impact on your wellbeing.",
        "",
        "You count as unable to achieve an outcome if you cannot do it without help, or you "
        "can but it causes significant pain, distress or anxiety, puts you or others at risk, "
        "or takes much longer than normal. If you answer \"I'm not sure\", we say we cannot "
        "tell, and suggest an assessment.",
        "",
        table(["Outcome", "In the regulations"],
              [[text(o["title"]), text(o["legal"])] for o in person["outcomes"]]),
        "",
        f"For carers we use {link(rules['carer']['reference'], 'regulation 3')}: the care is "
        "necessary; caring puts your health at risk or stops you achieving at least one of the "
        "eight outcomes below; and your wellbeing is significantly affected.",
        "",
        table(["Carer outcome", "In the regulations"],
              [[text(o["title"]), text(o["legal"])] for o in carer["outcomes"]]),
        "",
    ]
    scheme = local.get("eligibility_scheme", "care_act_2014")
    lines += [
        "The estimator can also use the older Fair Access to Care Services (FACS) bands, with "
        "a threshold the council chooses. "
        + ("This council uses the Care Act criteria." if scheme == "care_act_2014" else
           f"This council uses FACS and funds {text(local.get('facs_threshold'))} needs and "
           "above."),
        "",
    ]
    return lines


def _points_rows(questionnaire: dict[str, Any]) -> list[list[str]]:
    rows = []
    for page in questionnaire["pages"]:
        for question in page["questions"]:
            scored = [o for o in question["options"] if o["points"] or o["unable"]]
            if not scored:
                continue
            for option in question["options"]:
                rows.append([
                    text(page["title"]),
                    text(option["label"]),
                    str(option["points"]),
                    "Yes" if option["unable"] else "",
                ])
    return rows


def _points_section(on: date, engine: Any) -> list[str]:
    lines = ["## Step 2: your answers score points", "",
             "Each answer carries points. Help with personal care (eating, washing, the "
             "toilet, dressing and moving around at home) counts double. The last column "
             "shows the answers that mean you cannot achieve that outcome.", ""]
    for flow, title in (("person", "Questions about the person needing care"),
                        ("carer", "Questions for carers")):
        questionnaire = engine.load_questionnaire(flow, on)
        lines += [f"### {title}", "",
                  table(["Question", "Answer", "Points", "Unable to achieve"],
                        _points_rows(questionnaire)), ""]
    return lines


def _money_section(params: Any) -> list[str]:
    ras = _rules("ras")
    person = ras["person"]
    local = _rules("local")
    rural = [loc["label"] for loc in local["localities"] if loc.get("rural")]
    price = params["price_per_point"].display()
    lines = ["## Step 3: how points become an indicative budget", ""]
    if person["method"] == "allocation_table":
        lines.append("We use an allocation table: your points fall in a band, and the band "
                     "gives a share of a maximum weekly amount.")
    else:
        lines.append(f"We multiply your points by a price per point: **{text(price)}** a "
                     "week for each point.")
    deductions = person["unpaid_help"]["percent_by_answer"]
    lines += [
        "",
        "1. Points times the price per point.",
        ("2. Minus a share for unpaid help that family or friends are willing and able to "
         "keep giving: " + ", ".join(f"{text(k.replace('_', ' '))} {v}%"
                                     for k, v in deductions.items()) + "."
         if person["unpaid_help"].get("deduct") else
         "2. Unpaid help is not deducted."),
        f"3. Plus {text(params['rural_uplift_percent'].display())} in rural areas "
        f"({text(', '.join(rural))}), where care costs more to deliver.",
        f"4. We show a range of {person['tolerance_percent']}% either side.",
        "",
        "Each percentage step is rounded to the nearest penny, with halves rounded up. At "
        f"**{person['upper_band_points']} points or more** we say your needs call for a full "
        "assessment rather than an estimate.",
        "",
        f"Carers' budgets use {text(params['carer_price_per_point'].display())} a week a point.",
        "",
        "If the council switched to an allocation table, it would use this one (100% is "
        f"{text(params['allocation_maximum_weekly'].display())} a week):",
        "",
        table(["Points from", "Share of the maximum"],
              [[str(b["from_points"]), f"{b['percent']}%"]
               for b in person["allocation_table"]["bands"]]),
        "",
    ]
    return lines


def _charging_section(params: Any) -> list[str]:
    def f(name: str) -> str:
        return f"**{text(params[name].display())}**"

    return [
        "## Step 4: what you might pay",
        "",
        f"We follow the {link(CHARGING_REGULATIONS, 'charging regulations')}.",
        "",
        f"- Savings above {f('capital_upper_limit')}: you pay the full cost of your care. At "
        "home, we do not count the home you live in.",
        f"- Between {f('capital_lower_limit')} and the upper limit: we count "
        f"{f('tariff_per_step')} a week of income for every {f('tariff_step')}, or part of "
        "it, above the lower limit.",
        "- Care at home: your income (pensions, benefits, and the care or daily living part of "
        "disability benefits; not earnings or mobility payments), plus that tariff income, "
        "minus the Minimum Income Guarantee for your age and household, your housing costs "
        f"and disability-related costs (your figure, or {f('dre_flat_allowance')} a week if "
        "you get a disability benefit) is the most you pay. It is never more than the cost of "
        f"your care, or {f('maximum_weekly_charge')} a week; charges under "
        f"{f('minimum_weekly_charge')} are not collected.",
        f"- Care homes: you keep {f('personal_expenses_allowance')} a week. Your home is not "
        f"counted for the first {f('property_disregard_weeks')} weeks, or at all while a "
        "partner or a qualifying relative lives there. A deferred payment agreement may help "
        "if your other savings are below the upper limit.",
        f"- Always free: reablement for up to {f('reablement_weeks')} weeks, and equipment and "
        f"minor adaptations costing {f('minor_adaptations_limit')} or less.",
        f"- If you pay for your own care, we work out how many weeks your savings last at that "
        f"cost, and suggest contacting us {f('contact_council_weeks_before')} weeks before they "
        "reach the upper limit.",
        "",
    ]


def _parameters_section(params: Any) -> list[str]:
    rows = []
    for name, p in sorted(params.params.items()):
        status = "Confirmed" if not p.unconfirmed else f"Not confirmed: {text(p.note)}"
        if p.source == "local":
            status = "Council's choice (fictional)" if not p.unconfirmed else status
        rows.append([text(p.description), code(name), text(p.display()), text(p.start),
                     link(p.reference), status])
    unconfirmed = [p for p in params.params.values() if p.unconfirmed]
    lines = ["## Every figure we use", ""]
    if unconfirmed:
        lines += [f"{len(unconfirmed)} of these figures are not yet confirmed from an official "
                  "source. The estimator lists them in every result that uses them.", ""]
    lines += [table(["Figure", "Name", "Value", "From", "Source", "Status"], rows), ""]
    return lines


def _example_rows(project_root: Path, on: date, engine: Any) -> list[list[str]]:
    rows = []
    for path in sorted((project_root / EXAMPLES_DIR).glob("*.json")):
        result = engine.estimate(json.loads(path.read_text(encoding="utf-8")), on)
        weekly = result["budget"]["weekly"]
        rows.append([
            text(EXAMPLE_TITLES.get(path.stem, path.stem.replace("-", " "))),
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


def _examples_section(project_root: Path, on: date, engine: Any) -> list[str]:
    lines = ["## Worked examples", "",
             "These example answers are published with the estimator. The figures are "
             "worked out by the estimator itself today.", "",
             table(["Example", "Eligibility", "Weekly budget", "You pay a week",
                    "Council pays a week"], _example_rows(project_root, on, engine)), ""]
    cases = _case_rows(project_root)
    if cases:
        lines += ["### Checked by hand", "",
                  f"We checked these {len(cases)} examples by hand against the rules; our "
                  "tests fail if the estimator ever disagrees.", "",
                  table(["Example", "Date", "Working"], cases), ""]
    return lines


def how_we_estimate(project_root: Path, today: date) -> str:
    """The whole page as Markdown."""
    engine = load_engine(project_root)
    on, _warning = date_in_range(project_root, today)
    params = engine.load_parameters(on)
    local = _rules("local")
    lines = _intro(params, bool(local.get("fictional")))
    lines += _eligibility_section()
    lines += _points_section(on, engine)
    lines += _money_section(params)
    lines += _charging_section(params)
    lines += _parameters_section(params)
    lines += _examples_section(project_root, on, engine)
    return "\n".join(lines)
