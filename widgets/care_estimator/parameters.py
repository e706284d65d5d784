"""The parameter set in force on a date: national figures plus the council's overrides."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from care_estimator.money import format_display, pence_from_rule
from care_estimator.rules_loader import rules_file, rules_names

MONEY_UNITS = ("gbp", "gbp_week", "gbp_hour")


class DateOutOfRange(ValueError):
    """No parameter set covers the date asked for."""


@dataclass(frozen=True)
class Parameter:
    """One dated figure with its source."""

    name: str
    description: str
    unit: str  # gbp | gbp_week | gbp_hour | weeks | years | days | hours | percent | basis_points
    value: Any  # pence (int) for money units, else the plain value
    start: str  # ISO date it took effect
    reference: str
    unconfirmed: bool
    note: str
    source: str  # "national" or "local"

    @property
    def is_money(self) -> bool:
        return self.unit in MONEY_UNITS

    def display(self) -> str:
        """The value for people, e.g. ``£23,250``, ``£30.65``, ``12``, ``8%``."""
        if self.is_money:
            return format_display(self.value)
        if self.unit == "percent":
            return f"{self.value}%"
        if self.unit == "basis_points":
            return f"{self.value // 100}.{self.value % 100:02d}%"
        return str(self.value)


@dataclass(frozen=True)
class ParameterSet:
    """Every parameter in force on one date."""

    set_id: str
    label: str
    start: str
    end: str
    on: str
    params: dict[str, Parameter]

    def __getitem__(self, name: str) -> Parameter:
        return self.params[name]

    def value(self, name: str) -> Any:
        return self.params[name].value


def _convert(unit: str, raw: Any) -> Any:
    return pence_from_rule(raw) if unit in MONEY_UNITS else raw


YEARS_FILE = "parameters/_years"
# A value dated within a charging year's first week counts from the year's first day
# (benefits are uprated on the first Monday of the tax year).
FIRST_WEEK = dt.timedelta(days=6)


def available_sets() -> list[dict[str, Any]]:
    """The charging years covered, oldest first (set, label, from, to)."""
    years = rules_file(YEARS_FILE)["years"]
    return sorted(({"set": y["set"], "label": y["label"], "from": y["from"], "to": y["to"]}
                   for y in years), key=lambda y: y["from"])


def parameter_names() -> list[str]:
    """Every national parameter, by file name (``rules/parameters/<name>.yaml``)."""
    return [name.split("/", 1)[1] for name in rules_names("parameters/")
            if name != YEARS_FILE]


def _year_for(on: dt.date) -> dict[str, Any]:
    iso = on.isoformat()
    for year in available_sets():
        if year["from"] <= iso <= year["to"]:
            return year
    spans = ", ".join(f"{s['from']} to {s['to']}" for s in available_sets())
    raise DateOutOfRange(f"no rules for {iso}: the estimator covers {spans}")


def _in_force(values: list[dict[str, Any]], cutoff: str) -> dict[str, Any] | None:
    dated = [v for v in values if v["from"] <= cutoff]
    return max(dated, key=lambda v: v["from"]) if dated else None


def _resolve(name: str, spec: dict[str, Any], cutoff: str, source: str,
             default_reference: str = "", default_note: str = "") -> Parameter | None:
    current = _in_force(spec["values"], cutoff)
    if current is None:
        return None
    return Parameter(
        name=name,
        description=spec["description"],
        unit=spec["unit"],
        value=_convert(spec["unit"], current["value"]),
        start=current["from"],
        reference=current.get("reference") or default_reference,
        unconfirmed=bool(current.get("unconfirmed", False)),
        note=current.get("note", default_note),
        source=source,
    )


def _national_params(on: dt.date, year: dict[str, Any]) -> dict[str, Parameter]:
    first_week = dt.date.fromisoformat(year["from"]) + FIRST_WEEK
    cutoff = max(on, first_week).isoformat()
    found: dict[str, Parameter] = {}
    for name in parameter_names():
        param = _resolve(name, rules_file(f"parameters/{name}"), cutoff, "national")
        if param is not None:
            found[name] = param
    return found


def _local_params(on: dt.date) -> dict[str, Parameter]:
    local = rules_file("local")
    found: dict[str, Parameter] = {}
    for name, spec in (local.get("parameters") or {}).items():
        param = _resolve(name, spec, on.isoformat(), "local", local["reference"],
                         "Set by the council (fictional demonstration council).")
        if param is not None:
            found[name] = param
    return found


def load_parameters(on: dt.date) -> ParameterSet:
    """The parameter set in force on ``on``; raises :class:`DateOutOfRange` if none is."""
    year = _year_for(on)
    params = _national_params(on, year)
    params.update(_local_params(on))
    return ParameterSet(
        set_id=year["set"],
        label=year["label"],
        start=year["from"],
        end=year["to"],
        on=on.isoformat(),
        params=params,
    )
