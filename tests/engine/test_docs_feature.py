"""The site feature: ``{{ rules.* }}`` figures and the generated "How we estimate" page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from care_estimator import load_parameters

from build_tools.estimator_docs import FEATURE
from build_tools.estimator_docs.markdown import link, text
from build_tools.features import BuildContext
from build_tools.problems import Severity
from tests.engine.helpers import ROOT

REQUIRED = (
    "year", "capital_upper_limit", "capital_lower_limit", "tariff_step", "tariff_per_step",
    "personal_expenses_allowance", "mig_single_18_24", "mig_single_25_to_pension_age",
    "mig_single_pension_age", "mig_couple_pension_age", "mig_disability_premium",
    "mig_enhanced_disability_premium", "mig_carer_premium", "minor_adaptations_limit",
    "reablement_weeks", "property_disregard_weeks", "dre_flat_allowance",
    "minimum_weekly_charge", "maximum_weekly_charge", "dfg_maximum", "nhs_funded_nursing_care",
    "price_per_point", "unconfirmed_note", "mig_couple_18_plus", "contact_council_weeks_before",
    "rural_uplift_percent", "care_home_rate_residential", "care_home_rate_nursing",
)


def context(today: dt.date, tmp_path: Path) -> BuildContext:
    return BuildContext(project_root=ROOT, docs_dir=ROOT / "content", site_dir=tmp_path,
                        identity={}, today=today)


def test_rules_variables_have_the_agreed_names_and_formats(tmp_path: Path) -> None:
    rules = FEATURE.variables(context(dt.date(2026, 11, 23), tmp_path))["rules"]
    missing = [name for name in REQUIRED if name not in rules]
    assert not missing
    assert rules["year"] == "2026 to 2027"
    assert rules["capital_upper_limit"] == "£23,250"
    assert rules["tariff_step"] == "£250" and rules["tariff_per_step"] == "£1"
    assert rules["minor_adaptations_limit"] == "£1,000"
    assert rules["reablement_weeks"] == "6" and rules["property_disregard_weeks"] == "12"
    assert rules["dfg_maximum"] == "£30,000"
    assert rules["nhs_funded_nursing_care"] == "£267.68"
    assert "capital limits" in rules["unconfirmed_note"]


def test_every_content_page_variable_exists(tmp_path: Path) -> None:
    import re

    rules = FEATURE.variables(context(dt.date(2026, 11, 23), tmp_path))["rules"]
    used = {m for page in (ROOT / "content").rglob("*.md")
            for m in re.findall(r"rules\.([a-z_0-9]+)", page.read_text(encoding="utf-8"))}
    assert used - set(rules) == set()


def test_build_date_outside_the_rules_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    ctx = context(dt.date(2031, 1, 1), tmp_path)
    problems = FEATURE.validate(ctx)
    assert [p.severity for p in problems] == [Severity.WARNING]
    assert FEATURE.variables(ctx)["rules"]["year"] == "2026 to 2027"
    assert FEATURE.validate(context(dt.date(2026, 5, 1), tmp_path)) == []


@pytest.fixture(scope="module")
def page() -> str:
    ctx = BuildContext(project_root=ROOT, docs_dir=ROOT / "content", site_dir=ROOT / "site",
                       identity={}, today=dt.date(2026, 5, 1))
    (generated,) = FEATURE.pages(ctx)
    assert generated.src_uri == "estimator/how-we-estimate.md"
    return generated.markdown


def test_page_lists_every_parameter_with_value_date_and_source(page: str) -> None:
    for name, p in load_parameters(dt.date(2026, 5, 1)).params.items():
        row = next(line for line in page.splitlines() if f"`{name}`" in line)
        assert text(p.display()) in row and p.start in row and link(p.reference) in row
        assert ("Not confirmed" in row) == p.unconfirmed


def test_page_shows_points_allocation_table_and_examples(page: str) -> None:
    assert "| Eating and drinking | I need help every day | 20 | Yes |" in page
    assert "£3.10" in page and "| 250 | 100% |" in page
    assert "Someone at home with modest savings" in page
    assert "Checked by hand" in page


def test_page_has_no_raw_html_or_scripts(page: str) -> None:
    assert "<script" not in page and "style=" not in page and "<" not in page.replace(
        "&lt;", "")


def test_markdown_helpers_escape_data() -> None:
    assert text("<b>|*x*") == "&lt;b&gt;\\|\\*x\\*"
    assert link("javascript:alert(1)") == "javascript:alert(1)"
    assert link("https://www.legislation.gov.uk/a (b)") == (
        "[legislation.gov.uk](https://www.legislation.gov.uk/a%20%28b%29)")


def test_shipped_rules_pass_the_check() -> None:
    from build_tools.estimator_docs.check import check_rules

    assert check_rules(ROOT) == []


def test_rules_check_names_file_line_and_field(tmp_path: Path) -> None:
    from build_tools.estimator_docs.check import check_parameter_file

    bad = tmp_path / "widgets" / "care_estimator" / "rules" / "parameters" / "2027-28.yaml"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        'set: "2027-28"\nlabel: 2027 to 2028\nfrom: 2027-04-05\nto: 2028-04-02\n'
        "parameters:\n"
        "  capital_upper_limit:\n"
        "    description: Upper limit.\n"
        "    unit: gbp\n"
        "    value: lots\n"
        "    from: 2027-04-05\n"
        "    reference: www.example.org\n"
        "  pea:\n"
        "    description: PEA.\n"
        "    unit: pounds\n"
        "    value: '31.80'\n"
        "    unconfirmed: true\n"
        "    reference: https://www.example.org/pea\n"
    )
    found = {(p.line, p.field): p.message for p in check_parameter_file(tmp_path, bad)}
    assert found[(9, "parameters.capital_upper_limit.value")] == "'lots' is not an amount in pounds"
    assert (11, "parameters.capital_upper_limit.reference") in found
    assert (14, "parameters.pea.unit") in found
    assert (13, "parameters.pea.from") in found
    assert (13, "parameters.pea.note") in found


def test_home_care_market_price_figures_for_pages_and_the_page(page: str, tmp_path: Path
                                                               ) -> None:
    rules = FEATURE.variables(context(dt.date(2026, 11, 23), tmp_path))["rules"]
    assert rules["market_home_care_median"] == "£25"
    assert rules["market_home_care_low"] == "£23.95"
    assert rules["market_home_care_high"] == "£28.50"
    assert rules["market_home_care_count"] == "9"
    assert rules["home_care_rate_hourly"] == "£23.10"
    bullet = next(line for line in page.splitlines()
                  if line.startswith("- What self-funders pay for care at home"))
    assert "**£23.10** an hour" in bullet and "**£25** an hour" in bullet
    assert "from £23.95 to £28.50" in bullet and "Weekend and bank holiday rates" in bullet
