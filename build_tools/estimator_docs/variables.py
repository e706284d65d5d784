"""``rules``: formatted figures for Markdown pages, e.g. ``{{ rules.capital_upper_limit }}``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from build_tools.estimator_docs.engine import date_in_range
from build_tools.estimator_site.engine import load_engine

# Figures shown on advice pages that must be flagged when unconfirmed.
PUBLIC_FIGURES = (
    "capital_upper_limit", "capital_lower_limit", "tariff_step", "tariff_per_step",
    "personal_expenses_allowance", "mig_single_18_24", "mig_single_25_to_pension_age",
    "mig_single_pension_age", "mig_couple_18_plus", "mig_couple_pension_age",
    "mig_disability_premium", "mig_enhanced_disability_premium", "mig_carer_premium",
    "minor_adaptations_limit", "reablement_weeks", "property_disregard_weeks",
    "dre_flat_allowance", "minimum_weekly_charge", "maximum_weekly_charge", "dfg_maximum",
    "nhs_funded_nursing_care", "price_per_point",
    "carers_allowance_weekly", "carers_allowance_hours", "carers_allowance_earnings_limit",
    "disability_benefits_care_home_days",
)


SHORT_LABELS = {
    "capital_upper_limit": "the capital limits",
    "capital_lower_limit": "the capital limits",
    "personal_expenses_allowance": "the Personal Expenses Allowance",
    "pension_age": "the pension age used for the Minimum Income Guarantee",
    "carers_allowance_weekly": "Carer's Allowance",
    "carers_allowance_hours": "Carer's Allowance",
    "carers_allowance_earnings_limit": "the Carer's Allowance earnings limit",
    "disability_benefits_care_home_days": "when disability benefits stop in a care home",
}


def short_label(name: str, description: str) -> str:
    """A few words naming a figure, for the unconfirmed note."""
    if name.startswith("mig_"):
        return "the Minimum Income Guarantee amounts"
    return SHORT_LABELS.get(name, description.split(". ")[0].rstrip(".").lower())


def unconfirmed_note(labels: list[str], label: str) -> str:
    """One plain-English sentence naming the figures not yet confirmed (or ``""``)."""
    unique = list(dict.fromkeys(labels))
    if not unique:
        return ""
    listed = unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]
    return (f"Some figures for {label} are our best estimate until official figures are "
            f"confirmed: {listed}.")


def market_variables(engine_rules: Any) -> dict[str, str]:
    """The local market prices (``rules/market_prices.yaml``) for advice pages, by band
    (such as ``home_care``): ``market_home_care_median``, ``_low`` and ``_high``
    (``£25``, ``£23.95``), ``_count``, and ``market_checked``."""
    data = engine_rules("market_prices") or {}
    found: dict[str, str] = {}
    for band, spec in (data.get("prices") or {}).items():
        if not isinstance(spec, dict):
            continue
        for key in ("median", "low", "high"):
            if spec.get(key) is not None:
                pence = int(Decimal(str(spec[key])) * 100)  # rules give whole pence
                whole, part = divmod(pence, 100)
                found[f"market_{band}_{key}"] = f"£{whole:,}" if not part else (
                    f"£{whole:,}.{part:02d}")
        found[f"market_{band}_count"] = str(spec.get("count", ""))
    if data.get("checked") is not None:
        found["market_checked"] = str(data["checked"])
    return found


def rules_variables(project_root: Path, on: date) -> dict[str, Any]:
    """Every parameter in force on ``on``, formatted, plus year and unconfirmed notes."""
    engine = load_engine(project_root)
    on, _warning = date_in_range(project_root, on)
    params = engine.load_parameters(on)
    rules: dict[str, Any] = {name: p.display() for name, p in params.params.items()}
    unconfirmed = [name for name in PUBLIC_FIGURES
                   if name in params.params and params[name].unconfirmed]
    labels = [short_label(name, params[name].description) for name in unconfirmed]
    rules.update(
        year=params.label,
        parameter_set=params.set_id,
        year_starts=params.start,
        year_ends=params.end,
        unconfirmed_names=unconfirmed,
        unconfirmed_note=unconfirmed_note(labels, params.label),
    )
    rules.update(market_variables(_rules_file))
    return rules


def _rules_file(name: str) -> Any:
    """One of the engine's rules files (the engine is loaded by then)."""
    import importlib

    return importlib.import_module("care_estimator.rules_loader").rules_file(name)
