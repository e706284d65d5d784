"""The compact index: positions, bit masks, hidden services, hours and closures."""

from __future__ import annotations

import json

from build_tools.finder.index import (
    FIELDS,
    Table,
    Vocabulary,
    build_index,
    closed_dates,
    dumps,
    service_row,
    weekly_hours,
)

VOCAB = Vocabulary(
    categories=(("meals", "Meals"), ("transport", "Transport")),
    areas=(("north", "North", ("N1", "N2")), ("south", "South", ("S1",))),
    client_groups=(("older-people", "Older people"), ("everyone", "Everyone")),
    referral_routes=(("self-referral", "Yourself"), ("via-council", "Council")),
    delivery_modes=(("at-home", "At home"), ("phone", "By phone")),
)


def summary(**overrides: object) -> dict:
    base = {
        "name": "Lunch <club>",
        "url": "services/lunch/",
        "organisation": {"name": "Org"},
        "summary": "Hot meals",
        "status": "active",
        "categories": ["transport"],
        "localities": ["north"],
        "postcode_districts": ["N1", "N2", "S1"],
        "min_age": 50,
        "max_age": None,
        "client_groups": ["older-people"],
        "cost_kinds": ["free", "council-funded"],
        "costs": [{"kind": "free", "text": "free"}],
        "delivery": ["phone"],
        "referral_routes": ["self-referral", "via-council"],
        "hours": {"mon": [["09:00", "12:00"], ["13:00", "17:00"]]},
        "hours_text": ["Mon 09:00-12:00, 13:00-17:00"],
        "hours_exceptions": [
            "2026-12-24 to 2026-12-26 closed (Christmas)",
            "2026-12-31 09:00-12:00",
        ],
        "phones": [{"number": "01632 960123"}],
        "website": "https://example.org/",
        "email": None,
    }
    base.update(overrides)
    return base


def test_row_positions_and_masks() -> None:
    schedules = Table()
    row = dict(zip(FIELDS, service_row(summary(), VOCAB, schedules), strict=True))
    assert row["categories"] == [1]
    assert row["areas"] == [0]
    assert row["extra_districts"] == [2]  # S1 comes from a venue outside the areas served
    assert row["cost_bits"] == 0b101
    assert row["delivery_bits"] == 0b10
    assert row["route_bits"] == 0b11
    assert row["cost_text"] == "Free"
    weekly, text = schedules.values[row["schedule"]]
    assert weekly[0] == [540, 720, 780, 1020]
    assert weekly[1] == []
    assert text == ["Mon 09:00-12:00, 13:00-17:00"]
    assert service_row(summary(name="Other"), VOCAB, schedules)[FIELDS.index("schedule")] == 0
    assert row["closed"] == [["2026-12-24", "2026-12-26"]]


def test_no_hours_is_zero_and_closures_parse() -> None:
    assert weekly_hours({}) == 0
    assert weekly_hours({"mon": []}) == 0
    assert closed_dates(["2027-01-01 closed", "Bank holidays closed"]) == [
        ["2027-01-01", "2027-01-01"]
    ]


def test_inactive_services_are_counted_not_listed() -> None:
    index = build_index(
        [summary(), summary(name="Gone", status="inactive")],
        VOCAB,
        {"name": "Council", "contact_centre": {"phone": "01632 960000"}},
        "2026-11-23",
    )
    assert [row[0] for row in index["services"]] == ["Lunch <club>"]
    assert index["hidden"] == 1
    assert index["districts"] == ["N1", "N2", "S1"]


def test_dump_escapes_angle_brackets_and_round_trips() -> None:
    index = build_index([summary()], VOCAB, {}, "2026-11-23")
    raw = dumps(index)
    assert b"<" not in raw
    assert json.loads(raw)["services"][0][0] == "Lunch <club>"


def test_index_shares_page_sizes_and_weekdays() -> None:
    from build_tools.finder.index import PAGE_SIZE, WEEKDAYS

    index = build_index([summary()], VOCAB, {"name": "C"}, "2026-11-23")
    assert index["page_size"] == PAGE_SIZE == {"public": 20, "contact-centre": 50}
    assert index["days"] == [list(d) for d in WEEKDAYS]
    assert [d[0] for d in index["days"]] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def test_names_and_summaries_are_one_line() -> None:
    row = service_row(summary(name="Lunch\n club", summary="Hot\n\nmeals  daily"), VOCAB, Table())
    assert row[FIELDS.index("name")] == "Lunch club"
    assert row[FIELDS.index("summary")] == "Hot meals daily"
