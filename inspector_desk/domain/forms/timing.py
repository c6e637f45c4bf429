"""Dates and times as the exchange format writes them, and the action's start, end and night time.

Formats: date ``YYYY-MM-DD``, time ``HH:MM`` (local, to the minute), datetime
``YYYY-MM-DDTHH:MM`` (seconds allowed). Parsers return ``None`` for anything else.
Night time is 22:00–06:00 local time (УПК art. 7 p. 51).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_TIME = re.compile(r"\d{2}:\d{2}", re.ASCII)
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?", re.ASCII)

NIGHT_START = dt.time(22, 0)
NIGHT_END = dt.time(6, 0)


def parse_date(value: Any) -> dt.date | None:
    """``YYYY-MM-DD`` → date, else ``None``."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_time(value: Any) -> dt.time | None:
    """``HH:MM`` → time (00:00–23:59), else ``None``."""
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        return None
    hours, minutes = int(value[:2]), int(value[3:])
    if hours > 23 or minutes > 59:
        return None
    return dt.time(hours, minutes)


def parse_datetime(value: Any) -> dt.datetime | None:
    """``YYYY-MM-DDTHH:MM[:SS]`` → naive local datetime, else ``None``."""
    if not isinstance(value, str):
        return None
    m = _DATETIME.fullmatch(value)
    if not m:
        return None
    day, clock = parse_date(m.group(1)), parse_time(m.group(2))
    seconds = int(m.group(3) or 0)
    if day is None or clock is None or seconds > 59:
        return None
    return dt.datetime.combine(day, clock.replace(second=seconds))


def parse_moment(value: Any) -> dt.datetime | dt.date | None:
    """A datetime or, failing that, a date."""
    return parse_datetime(value) or parse_date(value)


def overlaps_night(start: dt.datetime, end: dt.datetime | None) -> bool:
    """True when ``[start, end)`` touches 22:00–06:00 (a single moment when ``end`` is None)."""
    if end is None or end <= start:
        t = start.time()
        return t >= NIGHT_START or t < NIGHT_END
    if end - start >= dt.timedelta(days=1):
        return True
    day = start.date() - dt.timedelta(days=1)
    while day <= end.date():
        night_from = dt.datetime.combine(day, NIGHT_START)
        night_to = dt.datetime.combine(day + dt.timedelta(days=1), NIGHT_END)
        if start < night_to and end > night_from:
            return True
        day += dt.timedelta(days=1)
    return False


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
