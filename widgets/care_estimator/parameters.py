"""The parameter set in force on a date: national figures plus the council's overrides."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from care_estimator.money import format_display, pence_from_rule
from care_estimator.rules_loader import rules_file, rules_names


class DateOutOfRange(ValueError):
    """No parameter set covers the date asked for."""


@dataclass(frozen=True)
class Parameter:
    """One dated figure with its source."""

    name: str
    description: str
    unit: str  # gbp | gbp_week | weeks | years | percent
    value: Any  # pence (int) for money units, else the plain value
    start: str  # ISO date it took effect
    reference: str
    unconfirmed: bool
    note: str
    source: str  # "national" or "local"

    @property
    def is_money(self) -> bool:
        return self.unit in ("gbp", "gbp_week")

    def display(self) -> str:
        """The value for people, e.g. ``£23,250``, ``£30.65``, ``12``, ``8%``."""
        if self.is_money:
            return format_display(self.value)
        if self.unit == "percent":
            return f"{self.value}%"
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
    return pence_from_rule(raw) if unit in ("gbp", "gbp_week") else raw


def available_sets() -> list[dict[str, Any]]:
    """The national parameter sets, oldest first (id, label, from, to)."""
    sets = [rules_file(name) for name in rules_names("parameters/")]
    return sorted(
        ({"set": s["set"], "label": s["label"], "from": s["from"], "to": s["to"]} for s in sets),
        key=lambda s: s["from"],
    )


def _national_for(on: dt.date) -> dict[str, Any]:
    iso = on.isoformat()
    for name in rules_names("parameters/"):
        data = rules_file(name)
        if data["from"] <= iso <= data["to"]:
            return data
    spans = ", ".join(f"{s['from']} to {s['to']}" for s in available_sets())
    raise DateOutOfRange(f"no rules for {iso}: the estimator covers {spans}")


def _local_params(on: dt.date) -> dict[str, Parameter]:
    iso = on.isoformat()
    local = rules_file("local")
    found: dict[str, Parameter] = {}
    for name, spec in (local.get("parameters") or {}).items():
        dated = [v for v in spec["values"] if v["from"] <= iso]
        if not dated:
            continue
        current = max(dated, key=lambda v: v["from"])
        found[name] = Parameter(
            name=name,
            description=spec["description"],
            unit=spec["unit"],
            value=_convert(spec["unit"], current["value"]),
            start=current["from"],
            reference=current.get("reference") or local["reference"],
            unconfirmed=bool(current.get("unconfirmed", False)),
            note=current.get("note", "Set by the council (fictional demonstration council)."),
            source="local",
        )
    return found


def load_parameters(on: dt.date) -> ParameterSet:
    """The parameter set in force on ``on``; raises :class:`DateOutOfRange` if none is."""
    data = _national_for(on)
    params: dict[str, Parameter] = {}
    for name, spec in data["parameters"].items():
        params[name] = Parameter(
            name=name,
            description=spec["description"],
            unit=spec["unit"],
            value=_convert(spec["unit"], spec["value"]),
            start=spec["from"],
            reference=spec["reference"],
            unconfirmed=bool(spec.get("unconfirmed", False)),
            note=spec.get("note", ""),
            source="national",
        )
    params.update(_local_params(on))
    return ParameterSet(
        set_id=data["set"],
        label=data["label"],
        start=data["from"],
        end=data["to"],
        on=on.isoformat(),
        params=params,
    )
