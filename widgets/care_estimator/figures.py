"""Formatted figures for the parameter set in force on a date (for text and site pages)."""

from __future__ import annotations

import datetime as dt

from care_estimator.parameters import ParameterSet, load_parameters


def figures_for(params: ParameterSet) -> dict[str, str]:
    """Every parameter formatted for people (``£23,250``, ``£30.65``, ``12``) plus extras."""
    figures = {name: p.display() for name, p in params.params.items()}
    figures["year"] = params.label
    figures["parameter_set"] = params.set_id
    return figures


def figures_on(on: dt.date) -> dict[str, str]:
    """:func:`figures_for` the parameter set in force on ``on``."""
    return figures_for(load_parameters(on))


def fill(text: str | None, figures: dict[str, str]) -> str | None:
    """Replace ``{name}`` placeholders in rules text with formatted figures."""
    if text is None:
        return None
    return text.format_map(figures)
