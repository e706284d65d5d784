"""Opening hours written the friendly way: ``Mon-Fri 09:00-17:00``.

Weekly lines: ``DAYS TIMES`` where DAYS is ``Mon``, ``Mon-Fri``, ``Mon,Wed,Fri``
(ranges and lists mix) or ``Daily``, and TIMES is ``09:00-12:00, 13:00-17:00``,
``closed`` or ``24 hours``. Exception lines: ``2026-12-25 closed (Christmas Day)``,
``2026-12-24 09:00-13:00``, ``2026-12-24 to 2027-01-02 closed`` or
``Bank holidays closed``. Everything is parsed into a canonical form so that
``format_line(parse_line(x))`` is stable.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = {d: d.capitalize() for d in DAYS}
LONG_NAMES = dict(zip(DAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                             "Saturday", "Sunday"), strict=True))
ICAL = dict(zip(DAYS, ("MO", "TU", "WE", "TH", "FR", "SA", "SU"), strict=True))
_TIME = r"(?:[01]\d|2[0-4]):[0-5]\d"
_PERIOD = re.compile(rf"^({_TIME})-({_TIME})$")
_DATE = r"\d{4}-\d{2}-\d{2}"
# Groups: 1 start date (or "bank holidays"), 2 end date, 3 times, 4 note.
_EXCEPTION = re.compile(
    rf"^({_DATE}|bank holidays)(?:\s+to\s+({_DATE}))?\s+(.+?)"
    r"(?:\s+\(([^()]+)\))?$",
    re.IGNORECASE,
)

_DAY_WORDS = {**{name.lower(): key for key, name in LONG_NAMES.items()},
              "tues": "tue", "weds": "wed", "thur": "thu", "thurs": "thu"}

Period = tuple[str, str]


class HoursError(ValueError):
    """A line of opening hours that cannot be read; the message says why."""


@dataclass(frozen=True)
class WeeklyLine:
    """Some days of the week with their opening periods (empty = closed)."""

    days: tuple[str, ...]
    periods: tuple[Period, ...]


@dataclass(frozen=True)
class ExceptionLine:
    """A dated change: ``start`` is an ISO date or ``"bank holidays"``."""

    start: str
    end: str | None
    periods: tuple[Period, ...]
    note: str | None = None


@dataclass(frozen=True)
class OpeningHours:
    """Parsed weekly hours and exceptions, in the order written."""

    weekly: tuple[WeeklyLine, ...] = ()
    exceptions: tuple[ExceptionLine, ...] = field(default=())

    def by_weekday(self) -> dict[str, list[list[str]]]:
        """``{"mon": [["09:00", "17:00"]], ...}``; later lines add periods."""
        result: dict[str, list[list[str]]] = {d: [] for d in DAYS}
        for line in self.weekly:
            for day in line.days:
                for start, end in line.periods:
                    if [start, end] not in result[day]:
                        result[day].append([start, end])
        for day in DAYS:
            result[day].sort()
        return result

    def lines(self) -> list[str]:
        return [format_line(w) for w in self.weekly]

    def exception_lines(self) -> list[str]:
        return [format_exception(e) for e in self.exceptions]


def _minutes(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def parse_periods(text: str) -> tuple[Period, ...]:
    """``09:00-12:00, 13:00-17:00`` → periods; ``closed`` → ``()``."""
    cleaned = text.strip().lower()
    if cleaned == "closed":
        return ()
    if cleaned in {"24 hours", "24hours", "open 24 hours"}:
        return (("00:00", "24:00"),)
    periods = []
    for part in cleaned.split(","):
        match = _PERIOD.match(part.strip().replace("–", "-"))
        if not match:
            raise HoursError(f"cannot read the times {part.strip()!r}; write them like 09:00-17:00")
        start, end = match.groups()
        if _minutes(start) >= _minutes(end) or _minutes(end) > 24 * 60:
            raise HoursError(f"{part.strip()!r} closes before it opens; use 24-hour times")
        periods.append((start, end))
    periods.sort()
    for (_, end), (start, _) in itertools.pairwise(periods):
        if _minutes(start) < _minutes(end):
            raise HoursError(f"periods overlap in {text.strip()!r}")
    return tuple(periods)


def parse_days(text: str) -> tuple[str, ...]:
    """``Mon-Fri``, ``Mon,Wed``, ``Sat-Sun``, ``Daily`` → weekday keys in week order."""
    cleaned = text.strip().lower()
    if cleaned in {"daily", "every day", "mon-sun"}:
        return DAYS
    chosen: set[str] = set()
    for part in cleaned.split(","):
        bounds = [_DAY_WORDS.get(b.strip(), b.strip()) for b in part.replace("–", "-").split("-")]
        if not all(b in DAYS for b in bounds) or len(bounds) > 2:
            raise HoursError(f"cannot read the days {part.strip()!r}; use Mon, Tue … Sun, "
                             "a range like Mon-Fri or Daily")
        first, last = DAYS.index(bounds[0]), DAYS.index(bounds[-1])
        if last < first:
            raise HoursError(f"day range {part.strip()!r} runs backwards")
        chosen.update(DAYS[first:last + 1])
    return tuple(d for d in DAYS if d in chosen)


def parse_line(text: str) -> WeeklyLine:
    """One weekly line such as ``Mon-Fri 09:00-17:00``."""
    parts = text.strip().split(None, 1)
    if len(parts) != 2:
        raise HoursError(f"{text!r} needs days and times, like 'Mon-Fri 09:00-17:00'")
    return WeeklyLine(parse_days(parts[0]), parse_periods(parts[1]))


def parse_exception(text: str) -> ExceptionLine:
    """One dated exception such as ``2026-12-25 closed (Christmas Day)``."""
    match = _EXCEPTION.match(text.strip())
    if not match:
        raise HoursError(f"cannot read {text!r}; write it like '2026-12-25 closed' or "
                         "'2026-12-24 09:00-13:00'")
    start, end = match[1].lower(), match[2]
    for value in (start, end):
        if value and value != "bank holidays":
            try:
                date.fromisoformat(value)
            except ValueError as error:
                raise HoursError(f"{value!r} is not a real date") from error
    if end and start == "bank holidays":
        raise HoursError("bank holidays cannot have an end date")
    if end and end < start:
        raise HoursError(f"the range {start} to {end} runs backwards")
    if end == start:
        end = None
    return ExceptionLine(start, end, parse_periods(match[3]), match[4])


def format_periods(periods: tuple[Period, ...]) -> str:
    if not periods:
        return "closed"
    if periods == (("00:00", "24:00"),):
        return "24 hours"
    return ", ".join(f"{a}-{b}" for a, b in periods)


def format_days(days: tuple[str, ...]) -> str:
    """Shortest canonical day text: runs of 3+ days become ranges."""
    if days == DAYS:
        return "Daily"
    indexes = [DAYS.index(d) for d in days]
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts = []
    for run in runs:
        if len(run) >= 2:
            parts.append(f"{DAY_NAMES[DAYS[run[0]]]}-{DAY_NAMES[DAYS[run[-1]]]}")
        else:
            parts.append(DAY_NAMES[DAYS[run[0]]])
    return ",".join(parts)


def format_line(line: WeeklyLine) -> str:
    return f"{format_days(line.days)} {format_periods(line.periods)}"


def format_exception(line: ExceptionLine) -> str:
    start = "Bank holidays" if line.start == "bank holidays" else line.start
    text = f"{start} to {line.end}" if line.end else start
    text = f"{text} {format_periods(line.periods)}"
    return f"{text} ({line.note})" if line.note else text


def describe_periods(periods: tuple[Period, ...]) -> str:
    if not periods:
        return "Closed"
    if periods == (("00:00", "24:00"),):
        return "24 hours"
    return ", ".join(f"{a} to {b}" for a, b in periods)
