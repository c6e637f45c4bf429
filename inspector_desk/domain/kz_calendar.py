"""Kazakhstan's working-day calendar and the appeal terms of the АППК counted on it.

The table comes from ``resources/calendar/kz_calendar.json``, generated from the
``holidays`` package by :mod:`inspector_desk.domain.kz_calendar_build`; this module never
imports ``holidays`` (too slow for the ``deadline`` command and list colouring).
Decreed transfers the package lacks are added with :meth:`WorkCalendar.with_overrides`.

Terms (primary text: ``reference/legal/appk_rk.md``):

* АППК 64 p.3 — an appeal is registered the day it arrives; one that arrives after the
  working day or on a non-working day is registered on the next working day.
* АППК 76 p.1–2 — decided within 15 working days; the count starts the day *after*
  registration, so Wed 2026-03-04 → Tue 2026-03-31.
* АППК 65 — forwarded within 3 working days of receipt (counted the same way).
* АППК 76 p.3 — an extension runs "не более чем до двух месяцев со дня принятия такого
  решения": at most two calendar months from the day the *extension decision* is taken
  (not from registration); the applicant is told within 3 working days. P.5 moves a
  term ending on a non-working day to the next working day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
from collections.abc import Iterable
from pathlib import Path

DECISION_DAYS = 15  # АППК 76 p.1
FORWARD_DAYS = 3  # АППК 65 p.1
NOTICE_DAYS = 3  # АППК 76 p.3: applicant told of an extension
EXTENSION_MONTHS = 2  # АППК 76 p.3

_ONE = dt.timedelta(days=1)


def _month_length(year: int, month: int) -> int:
    """Days in the month (avoids importing the stdlib ``calendar`` and its ``locale``)."""
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


class CalendarRangeError(ValueError):
    """A date (``day``) outside the years the calendar table covers."""

    def __init__(self, day: dt.date, first: dt.date, last: dt.date) -> None:
        super().__init__(f"{day.isoformat()} is outside the calendar ({first.year}–{last.year})")
        self.day = day


def _weekdays_through(ordinal: int) -> int:
    """Mon–Fri days from 0001-01-01 (a Monday, ordinal 1) up to ``ordinal`` inclusive."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


class WorkCalendar:
    """Working days between ``first_year`` and ``last_year`` (inclusive); immutable.

    A date is a working day when it is Mon–Fri and not in ``days_off``, or Sat/Sun and in
    ``working_days`` (a decreed transfer). ``provisional`` dates depend on an estimate
    (e.g. Kurban Ait before its decree). Methods raise :class:`CalendarRangeError` for
    dates outside the covered years; ``datetime`` values count as their date.
    """

    __slots__ = ("first", "last", "_off", "_work", "_prov", "_off_ord", "_work_ord", "_names")

    def __init__(
        self,
        *,
        first_year: int,
        last_year: int,
        days_off: Iterable[dt.date] = (),
        working_days: Iterable[dt.date] = (),
        provisional: Iterable[dt.date] = (),
        names: dict[dt.date, dict[str, str]] | None = None,
    ) -> None:
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._off = frozenset(d for d in days_off if d.weekday() < 5)
        self._work = frozenset(d for d in working_days if d.weekday() >= 5)
        self._prov = frozenset(provisional)
        self._off_ord = sorted(d.toordinal() for d in self._off)
        self._work_ord = sorted(d.toordinal() for d in self._work)
        self._names = names or {}

    def __repr__(self) -> str:
        return f"WorkCalendar({self.first.year}–{self.last.year})"

    def _day(self, d: dt.date) -> dt.date:
        if isinstance(d, dt.datetime):
            d = d.date()
        if not self.first <= d <= self.last:
            raise CalendarRangeError(d, self.first, self.last)
        return d

    # --- days -----------------------------------------------------------------------------

    def is_working_day(self, d: dt.date) -> bool:
        """True for a working day in Kazakhstan (weekends, holidays, transfers applied)."""
        d = self._day(d)
        if d.weekday() < 5:
            return d not in self._off
        return d in self._work

    def is_provisional(self, d: dt.date) -> bool:
        """True when ``d``'s status rests on an estimate (a holiday not yet decreed)."""
        return self._day(d) in self._prov

    def provisional_between(self, a: dt.date, b: dt.date) -> bool:
        """True when any day in (a, b] is provisional: a term over that span may move."""
        a, b = sorted((self._day(a), self._day(b)))
        return any(a < d <= b for d in self._prov)

    def holiday_name(self, d: dt.date, lang: str = "kk") -> str | None:
        """The holiday on ``d`` in ``lang`` (``kk`` or ``en``; others get ``kk``), or None."""
        names = self._names.get(self._day(d))
        return None if names is None else names.get(lang) or names.get("kk")

    # --- counting -------------------------------------------------------------------------

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``start`` (before it when ``n`` < 0; ``start`` if 0).

        ``start`` itself is never counted (АППК 76 p.2: the term runs from the next day).
        """
        d = self._day(start)
        step = _ONE if n >= 0 else -_ONE
        for _ in range(abs(n)):
            d = self._day(d + step)
            while not self.is_working_day(d):
                d = self._day(d + step)
        return d

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in (a, b]; negative (−count of (b, a]) when ``b`` < ``a``.

        Inverse of :meth:`add_working_days`: ``between(s, add(s, n)) == n``.
        """
        lo, hi = self._day(a).toordinal(), self._day(b).toordinal()
        sign = 1
        if hi < lo:
            lo, hi, sign = hi, lo, -1
        count = _weekdays_through(hi) - _weekdays_through(lo)
        count -= bisect.bisect_right(self._off_ord, hi) - bisect.bisect_right(self._off_ord, lo)
        count += bisect.bisect_right(self._work_ord, hi) - bisect.bisect_right(self._work_ord, lo)
        return sign * count

    def days_left(self, due: dt.date, today: dt.date) -> int:
        """Working days from ``today`` to ``due``: 0 when due today, negative when overdue."""
        return self.working_days_between(today, due)

    # --- appeal terms (АППК) --------------------------------------------------------------

    def registration_day(self, received: dt.date, *, after_hours: bool = False) -> dt.date:
        """The day an appeal received on ``received`` is registered (АППК 64 p.3).

        The same day if it is a working day, else the next working day; ``after_hours``
        (received after the end of the working day) means the next working day.
        """
        d = self._day(received)
        if after_hours:
            d = self._day(d + _ONE)
        while not self.is_working_day(d):
            d = self._day(d + _ONE)
        return d

    def decision_due(self, registered: dt.date, working_days: int = DECISION_DAYS) -> dt.date:
        """Last day to decide an appeal registered on ``registered`` (АППК 76 p.1–2).

        A non-working ``registered`` date is first moved to its registration day (64 p.3).
        """
        return self.add_working_days(self.registration_day(registered), working_days)

    def forward_due(self, received: dt.date) -> dt.date:
        """Last day to forward an appeal outside our remit (АППК 65: 3 working days).

        Counted from receipt, as art. 65 says, starting the next day.
        """
        return self.add_working_days(received, FORWARD_DAYS)

    def extension_limit(self, decided_on: dt.date) -> dt.date:
        """Latest end of a term extended by a decision taken on ``decided_on`` (АППК 76 p.3).

        Two calendar months from the decision (the same day number, or the month's last
        day), moved to the next working day when it is not one (76 p.5).
        """
        d = self._day(decided_on)
        month0 = d.month - 1 + EXTENSION_MONTHS
        year, month = d.year + month0 // 12, month0 % 12 + 1
        end = dt.date(year, month, min(d.day, _month_length(year, month)))
        while not self.is_working_day(end):
            end = self._day(end + _ONE)
        return end

    def extension_notice_due(self, decided_on: dt.date) -> dt.date:
        """Last day to tell the applicant of an extension (АППК 76 p.3: 3 working days)."""
        return self.add_working_days(decided_on, NOTICE_DAYS)

    # --- supervisor's changes -------------------------------------------------------------

    def with_overrides(
        self, *, days_off: Iterable[dt.date] = (), working_days: Iterable[dt.date] = ()
    ) -> WorkCalendar:
        """A new calendar with these dates made days off / working days.

        For decreed transfers the package lacks (kept in the database by a supervisor).
        An overridden date is no longer provisional, and a date made a working day loses its
        holiday name. A date in both sets is a ValueError.
        """
        off = {self._day(d) for d in days_off}
        work = {self._day(d) for d in working_days}
        if both := off & work:
            raise ValueError(f"both a day off and a working day: {sorted(both)[0].isoformat()}")
        return WorkCalendar(
            first_year=self.first.year,
            last_year=self.last.year,
            days_off=(self._off - work) | off,
            working_days=(self._work - off) | work,
            provisional=self._prov - off - work,
            names={d: n for d, n in self._names.items() if d not in work},
        )


def calendar_path() -> Path:
    """The committed calendar table."""
    from inspector_desk.paths import RESOURCES

    return RESOURCES / "calendar" / "kz_calendar.json"


def parse_table(table: dict) -> WorkCalendar:
    """A :class:`WorkCalendar` from the generator's JSON table (format 1)."""
    if table.get("format") != 1 or table.get("weekend") != [5, 6]:
        raise ValueError("unsupported calendar table format")
    day = dt.date.fromisoformat
    labels = table["holiday_names"]
    return WorkCalendar(
        first_year=table["first_year"],
        last_year=table["last_year"],
        days_off=map(day, table["days_off"]),
        working_days=map(day, table["working_days"]),
        provisional=map(day, table["provisional"]),
        names={day(k): labels[i] for k, i in table["holidays"].items()},
    )


@functools.cache
def load_calendar(path: Path | None = None) -> WorkCalendar:
    """The shipped Kazakhstan calendar (read once per ``path``; without overrides)."""
    with open(path or calendar_path(), encoding="utf-8") as f:
        return parse_table(json.load(f))


def days_left(due: dt.date, today: dt.date, calendar: WorkCalendar | None = None) -> int:
    """Working days from ``today`` to ``due`` (0 due today, negative overdue)."""
    return (calendar or load_calendar()).days_left(due, today)
