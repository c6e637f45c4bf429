"""Time rules: the formats of the exchange, night time 22:00–06:00 (УПК 7 p.51), deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_desk.domain.forms.timing import (
    overlaps_night,
    parse_date,
    parse_datetime,
    parse_time,
)

D = dt.date(2026, 3, 20)


def at(clock: str, day: int = 0) -> dt.datetime:
    return dt.datetime.combine(D + dt.timedelta(days=day), parse_time(clock))


@pytest.mark.parametrize(
    "text", ["25:70", "24:00", "9:05", "09:5", "0905", "09:05:00", "", None, 905, "٠٩:٠٥"]
)
def test_bad_times(text):
    assert parse_time(text) is None


@pytest.mark.parametrize(("text", "value"), [("00:00", dt.time(0, 0)), ("23:59", dt.time(23, 59))])
def test_good_times(text, value):
    assert parse_time(text) == value


@pytest.mark.parametrize(
    "text", ["2026-02-30", "2026-2-3", "20260203", "2026-02-03T10:00", " 2026-02-03"]
)
def test_bad_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2026-03-20T12:45", True),
        ("2026-03-20T12:45:30", True),
        ("2026-03-20 12:45", False),
        ("2026-03-20T12:45+05:00", False),
        ("2026-03-20T25:00", False),
        ("2026-03-20", False),
    ],
)
def test_datetimes(text, ok):
    assert (parse_datetime(text) is not None) is ok


@pytest.mark.parametrize(
    ("start", "end", "night"),
    [
        (at("10:00"), at("12:35"), False),
        (at("06:00"), at("21:59"), False),
        (at("20:00"), at("22:00"), False),  # ends as night begins
        (at("21:59"), at("22:01"), True),
        (at("05:59"), at("07:00"), True),
        (at("23:40"), at("01:15", 1), True),
        (at("22:00"), None, True),
        (at("05:30"), None, True),
        (at("06:00"), None, False),
        (at("10:00"), at("10:00", 400), True),
    ],
)
def test_night_overlap(start, end, night):
    assert overlaps_night(start, end) is night
