"""When the estimator's rules change: the dates a shared link's figures are compared by.

A shared estimate carries the date it was made. If the parameters in force that day (the
national figures and the council's own) differ from today's, the results show the figures
as they were that day and offer today's. The browser cannot read the rules' history, so
the page carries the dates from which the parameters differ from the day before
(``rule_periods``), worked out here from the engine's own ``load_parameters``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from build_tools.estimator_site.controls import json_attr
from build_tools.estimator_site.engine import load_engine


def _candidate_dates(years: list[dict[str, Any]]) -> list[str]:
    """Every date on which some parameter may change, within the years covered."""
    from care_estimator.parameters import parameter_names
    from care_estimator.rules_loader import rules_file

    first, last = years[0]["from"], years[-1]["to"]
    dates = {year["from"] for year in years}
    specs = [rules_file(f"parameters/{name}") for name in parameter_names()]
    specs += list((rules_file("local").get("parameters") or {}).values())
    for spec in specs:
        dates.update(str(value["from"]) for value in spec.get("values") or [])
    return sorted(d for d in dates if first <= d <= last)


def rule_periods(project_root: Path) -> dict[str, Any]:
    """``{"from": [dates the rules change, oldest first], "to": last date covered}``.

    Two dates fall under the same rules when no date in ``from`` lies after the earlier
    and on or before the later; a date before the first or after ``to`` is not covered.
    """
    load_engine(project_root)
    from care_estimator.parameters import available_sets, load_parameters

    years = available_sets()
    changes: list[str] = []
    previous: tuple[Any, ...] | None = None
    for iso in _candidate_dates(years):
        params = load_parameters(dt.date.fromisoformat(iso))
        fingerprint = (params.set_id, tuple(sorted(
            (name, repr(param.value)) for name, param in params.params.items())))
        if fingerprint != previous:
            changes.append(iso)
            previous = fingerprint
    return {"from": changes, "to": years[-1]["to"]}


def rule_periods_attr(project_root: Path) -> str:
    """:func:`rule_periods` as JSON for a ``data-`` attribute."""
    return json_attr(rule_periods(project_root))
