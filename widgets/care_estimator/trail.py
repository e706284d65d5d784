"""The explanation trail: every step names its rule, and the parameter and source it used."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from care_estimator.money import format_display, format_pounds
from care_estimator.parameters import ParameterSet
from care_estimator.text import sentence


@dataclass
class Trail:
    """Collects explanation steps and the parameters used while estimating."""

    params: ParameterSet
    steps: list[dict[str, Any]] = field(default_factory=list)
    used: dict[str, None] = field(default_factory=dict)

    def param(self, name: str) -> Any:
        """A parameter's value, remembering that it was used."""
        self.used[name] = None
        return self.params.value(name)

    def step(self, rule: str, text: str, parameter: str | None = None,
             amount: int | None = None) -> None:
        """Record one step; ``amount`` (pence) is shown as the step's value when given."""
        entry: dict[str, Any] = {
            "step": len(self.steps) + 1,
            "rule": rule,
            "text": text,
            "parameter": parameter,
            "value": format_pounds(amount) if amount is not None else None,
            "reference": None,
            "unconfirmed": False,
        }
        if parameter is not None:
            p = self.params[parameter]
            self.used[parameter] = None
            entry["reference"] = p.reference
            entry["unconfirmed"] = p.unconfirmed
            if amount is None:
                entry["value"] = format_pounds(p.value) if p.is_money else str(p.value)
        figure = None
        if amount is not None:
            figure = format_display(amount)
        elif parameter is not None:
            figure = self.params[parameter].display()
        if figure is not None:
            entry["text"] = f"{text} ({figure})"
            if entry["unconfirmed"]:
                entry["text"] += " This figure is not yet confirmed."
        self.steps.append(entry)

    def say(self, rule: str, values: dict[str, Any] | None = None,
            parameter: str | None = None, amount: int | None = None,
            key: str | None = None) -> None:
        """Record one step whose sentence is ``rules/text/trail.yaml``'s ``key`` (the rule
        by default), filled in with ``values``, in the form the estimate speaks in."""
        self.step(rule, sentence("trail", key or rule, values), parameter, amount)

    def unconfirmed(self) -> list[dict[str, str]]:
        """The parameters used whose figure could not be confirmed from a source."""
        found = []
        for name in self.used:
            p = self.params[name]
            if p.unconfirmed:
                found.append({
                    "parameter": name,
                    "value": format_pounds(p.value) if p.is_money else str(p.value),
                    "reference": p.reference,
                    "note": p.note,
                })
        return found

