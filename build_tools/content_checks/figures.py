"""No figure typed by hand, and unconfirmed figures shown as such.

Money is found by :mod:`money`. This module finds weeks, days, hours, months and ages
whose number is the value of a rules parameter with that unit (``12 weeks`` while
``property_disregard_weeks`` is 12, ``twenty-eight days``, ``a 6-week stay``), so the page
uses ``{{ rules.* }}`` and changes with the rules. It also fails a page that shows a figure
marked ``unconfirmed: true`` without ``{{ rules.unconfirmed_note }}``.

When a number only happens to match (a law's "28 days" that is not the rules' 28 days), the
editor puts the Jinja comment ``{# not a rules figure #}`` in that sentence: figures typed in
the sentence are then allowed, and the comment never reaches the page. A marker in a sentence
with no figure is reported, so none is left behind when the sentence changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from build_tools.content_checks.money import VARIABLE

#: Parameter unit -> the words a reader would see after the number.
UNIT_WORDS = {
    "weeks": r"weeks?", "days": r"days?", "hours": r"hours?", "months": r"months?",
}
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy"}
#: Editors' escape for one sentence whose number is not the rules figure (see module doc).
NOT_A_FIGURE = re.compile(r"\{#-?\s*not a rules figure\s*-?#\}", re.I)
ESCAPE_TEXT = "{# not a rules figure #}"
#: Where a sentence ends: . ! or ? (and any footnote marks) before a space; a blank line;
#: a new list item, heading, quote, table row or admonition.
SENTENCE_END = re.compile(r"[.!?](?:\[\^[^\]\s]*\])*(?=\s|$)|\n[ \t]*\n"
                          r"|\n(?=[ \t]*(?:[-*+>|#]|\d+[.)]|!!!|\?\?\?))")
SHOWN = re.compile(r"\{\{\s*rules\.(\w+)")
NOTE = re.compile(r"\{\{\s*rules\.unconfirmed_note\b")


@dataclass(frozen=True)
class Figure:
    """A rules parameter that can be typed as a number of weeks, days, hours or years."""

    name: str
    unit: str
    value: int


@dataclass(frozen=True)
class TypedFigure:
    """A figure typed into a page: where (1-based line and column), the text, the parameter."""

    line: int
    column: int
    text: str
    name: str


def number_words(value: int) -> list[str]:
    """``12`` -> ``["12", "twelve"]``; ``28`` -> ``["28", "twenty-eight", "twenty eight"]``."""
    forms = [str(value)]
    if 0 <= value < len(WORDS):
        forms.append(WORDS[value])
    elif value in TENS:
        forms.append(TENS[value])
    elif 20 < value < 80 and value - value % 10 in TENS:
        tens, unit = TENS[value - value % 10], WORDS[value % 10]
        forms += [f"{tens}-{unit}", f"{tens} {unit}"]
    return forms


def pattern(figure: Figure) -> re.Pattern[str] | None:
    """How the figure looks typed in prose, or ``None`` for units we do not look for."""
    numbers = "|".join(re.escape(n) for n in number_words(figure.value))
    if figure.unit in UNIT_WORDS:
        return re.compile(rf"\b(?:{numbers})(?:\s|-)+{UNIT_WORDS[figure.unit]}\b", re.I)
    if figure.unit == "years":
        return re.compile(rf"\b(?:aged?|age of)\s+(?:{numbers})\b"
                          rf"|\b(?:{numbers})(?:\s|-)+years?(?:\s|-)+old\b", re.I)
    return None


def figures_from(params: Iterable[Any]) -> list[Figure]:
    """Whole-number parameters with a unit of time or age (money is the £ check's job)."""
    return [Figure(p.name, p.unit, int(p.value)) for p in params
            if (p.unit in UNIT_WORDS or p.unit == "years")
            and isinstance(p.value, int | float) and float(p.value).is_integer()]


@dataclass(frozen=True)
class UnusedEscape:
    """A ``{# not a rules figure #}`` in a sentence with no rules figure (1-based place)."""

    line: int
    column: int


def _sentence_of(text: str) -> list[int]:
    """For each offset in ``text``, the number of the sentence it is in."""
    numbers, sentence, last = [], 0, 0
    for end in SENTENCE_END.finditer(text):
        numbers += [sentence] * (end.end() - last)
        sentence, last = sentence + 1, end.end()
    return numbers + [sentence] * (len(text) - last + 1)


def scan_figures(text: str, figures: Iterable[Figure],
                 first_line: int = 1) -> tuple[list[TypedFigure], list[UnusedEscape]]:
    """Figures from ``figures`` typed outside template markers and not excused by a
    ``{# not a rules figure #}`` in their sentence; and markers that excuse nothing."""
    masked = VARIABLE.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)
    compiled = [(f, p) for f in figures if (p := pattern(f)) is not None]
    sentence = _sentence_of(masked)
    escapes = {sentence[m.start()]: m.start() for m in NOT_A_FIGURE.finditer(text)}
    excused: set[int] = set()
    found = []
    offset = 0
    for number, line in enumerate(masked.splitlines(keepends=True), start=first_line):
        for figure, regex in compiled:
            for match in regex.finditer(line):
                at = sentence[offset + match.start()]
                if at in escapes:
                    excused.add(at)
                else:
                    found.append(TypedFigure(number, match.start() + 1, match.group(0),
                                             figure.name))
        offset += len(line)
    unused = [UnusedEscape(first_line + text.count("\n", 0, start),
                           start - text.rfind("\n", 0, start))
              for at, start in sorted(escapes.items(), key=lambda item: item[1])
              if at not in excused]
    return sorted(found, key=lambda f: (f.line, f.column)), unused


def find_typed_figures(text: str, figures: Iterable[Figure],
                       first_line: int = 1) -> list[TypedFigure]:
    """Every figure from ``figures`` typed outside template markers (and not excused)."""
    return scan_figures(text, figures, first_line)[0]


def shows_unconfirmed(text: str, unconfirmed: Iterable[str]) -> list[str]:
    """Unconfirmed figures the page shows, if it does not also show the unconfirmed note."""
    if NOTE.search(text):
        return []
    names = set(unconfirmed)
    return list(dict.fromkeys(name for name in SHOWN.findall(text) if name in names))


@dataclass(frozen=True)
class RulesFacts:
    """What the content checks need from the rules in force on the build date."""

    figures: list[Figure]
    unconfirmed: frozenset[str]


def rules_facts(project_root: Path, on: date) -> RulesFacts:
    """The time and age figures, and the unconfirmed names, from the estimator's rules."""
    from build_tools.estimator_docs.engine import date_in_range, load_engine
    from build_tools.estimator_docs.variables import rules_variables

    engine = load_engine(project_root)
    on, _warning = date_in_range(project_root, on)
    params = engine.load_parameters(on).params
    flagged = {name for name, p in params.items() if p.unconfirmed}
    variables: Mapping[str, Any] = rules_variables(project_root, on)
    flagged |= set(variables.get("unconfirmed_names", []))
    return RulesFacts(figures_from(params.values()), frozenset(flagged))
