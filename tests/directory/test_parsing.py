"""Opening hours, costs and the line-aware YAML reader."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from build_tools.directory.costs import CostError, format_pence, parse_cost
from build_tools.directory.fields import normalise_postcode, phone_problem
from build_tools.directory.hours import (
    DAYS,
    HoursError,
    WeeklyLine,
    format_line,
    parse_exception,
    parse_line,
)
from build_tools.directory.yaml_lines import DuplicateKey, load_with_positions


@pytest.mark.parametrize(("text", "days", "periods"), [
    ("Mon-Fri 09:00-17:00", DAYS[:5], (("09:00", "17:00"),)),
    ("Sat 10:00-12:00, 13:00-15:00", ("sat",), (("10:00", "12:00"), ("13:00", "15:00"))),
    ("Mon,Wed,Fri 09:00-12:00", ("mon", "wed", "fri"), (("09:00", "12:00"),)),
    ("Daily 24 hours", DAYS, (("00:00", "24:00"),)),
    ("Sunday closed", ("sun",), ()),
    ("Tues-Thurs 08:30-16:30", ("tue", "wed", "thu"), (("08:30", "16:30"),)),
])
def test_weekly_lines(text: str, days: tuple[str, ...], periods: tuple) -> None:
    line = parse_line(text)
    assert line.days == days and line.periods == periods


@pytest.mark.parametrize("text", ["Mon 9-5", "Fri-Mon 09:00-17:00", "Mon 25:00-26:00",
                                  "Mon", "Someday 09:00-10:00", "Mon 10:00-09:00"])
def test_bad_weekly_lines(text: str) -> None:
    with pytest.raises(HoursError):
        parse_line(text)


def test_exceptions() -> None:
    item = parse_exception("2026-12-24 to 2027-01-02 closed (Christmas break)")
    assert (item.start, item.end, item.periods, item.note) == (
        "2026-12-24", "2027-01-02", (), "Christmas break")
    assert parse_exception("Bank holidays 10:00-14:00").start == "bank holidays"
    with pytest.raises(HoursError):
        parse_exception("2027-01-02 to 2026-12-24 closed")


def test_by_weekday_merges_lines() -> None:
    from build_tools.directory.hours import OpeningHours

    hours = OpeningHours((parse_line("Mon-Fri 09:00-12:00"), parse_line("Mon 13:00-17:00")))
    week = hours.by_weekday()
    assert week["mon"] == [["09:00", "12:00"], ["13:00", "17:00"]]
    assert week["sat"] == []


@given(st.sets(st.sampled_from(DAYS), min_size=1),
       st.integers(0, 22), st.integers(1, 2))
def test_format_then_parse_is_stable(days: set[str], start: int, length: int) -> None:
    ordered = tuple(d for d in DAYS if d in days)
    line = WeeklyLine(ordered, ((f"{start:02d}:00", f"{start + length:02d}:00"),))
    assert parse_line(format_line(line)) == line


@pytest.mark.parametrize(("text", "kind", "pence", "unit"), [
    ("£18.50 per hour", "charged", 1850, "per hour"),
    ("£1,250.00 per week", "charged", 125000, "per week"),
    ("£6 per meal", "charged", 600, "per meal"),
    ("free", "free", 0, None),
    ("Funded by the council if eligible", "council-funded", None, None),
])
def test_costs(text: str, kind: str, pence: int | None, unit: str | None) -> None:
    cost = parse_cost(text)
    assert (cost.kind, cost.amount_pence, cost.unit) == (kind, pence, unit)
    assert parse_cost(cost.text) == cost


@pytest.mark.parametrize("text", ["£18.5 per hour", "18.50 per hour", "£5 per fortnight",
                                  "£0 per hour", "about a tenner"])
def test_bad_costs(text: str) -> None:
    with pytest.raises(CostError):
        parse_cost(text)


@given(st.integers(1, 10_000_000))
def test_pence_round_trip(pence: int) -> None:
    assert parse_cost(f"{format_pence(pence)} per week").amount_pence == pence


def test_postcodes_and_phones() -> None:
    assert normalise_postcode("wy1  2ab") == ("WY1 2AB", "WY1")
    assert normalise_postcode("WY12 3CD") == ("WY12 3CD", "WY12")
    assert normalise_postcode("WYVERN") is None
    assert phone_problem("01632 960123") is None  # Ofcom drama range
    assert phone_problem("020 7946 0123") is None
    assert phone_problem("01632 96") is not None
    assert phone_problem("0800 000") is not None


def test_yaml_positions() -> None:
    text = "a:\n  b: 1\n  c:\n    - x\n    - y: 2\n"
    data, pos = load_with_positions(text)
    assert data == {"a": {"b": 1, "c": ["x", {"y": 2}]}}
    assert pos.at(("a", "b")) == (2, 6)
    assert pos.at(("a", "c", 1, "y")) == (5, 10)
    assert pos.at(("a", "c", 1, "y"), key=True) == (5, 7)
    assert pos.at(("a", "missing")) == (2, 3)  # nearest ancestor
    dates, _ = load_with_positions("d: 2026-01-02\n")
    assert dates == {"d": "2026-01-02"}
    with pytest.raises(DuplicateKey):
        load_with_positions("a: 1\na: 2\n")
