"""Kazakhstan working days and the АППК terms counted on them (domain guide §4)."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys

import holidays
import pytest

from inspector_desk.domain import kz_calendar_build
from inspector_desk.domain.kz_calendar import (
    CalendarRangeError,
    WorkCalendar,
    calendar_path,
    days_left,
    load_calendar,
)

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return load_calendar()


# --- the worked example and the days it crosses ------------------------------------------


def test_guide_example_registered_wed_4_march_2026_is_due_tue_31_march(cal):
    assert D(2026, 3, 4).weekday() == 2
    assert cal.decision_due(D(2026, 3, 4)) == D(2026, 3, 31)
    assert cal.add_working_days(D(2026, 3, 4), 15) == D(2026, 3, 31)


def test_womens_day_on_sunday_2026_moves_to_monday_9_march(cal):
    assert not cal.is_working_day(D(2026, 3, 8))
    assert not cal.is_working_day(D(2026, 3, 9))
    assert cal.is_working_day(D(2026, 3, 10))


def test_nauryz_2026_is_23_to_25_march(cal):
    week = "".join("W" if cal.is_working_day(D(2026, 3, day)) else "-" for day in range(20, 27))
    assert week == "W-----W"  # Fri 20 … Thu 26
    assert cal.holiday_name(D(2026, 3, 23)) == "Наурыз мейрамы"
    assert cal.holiday_name(D(2026, 3, 23), "en") == "Nowruz Holiday"
    assert cal.holiday_name(D(2026, 3, 26)) is None


def test_nauryz_2024_saturday_is_observed_on_monday(cal):
    assert not cal.is_working_day(D(2024, 3, 21))
    assert not cal.is_working_day(D(2024, 3, 22))
    assert not cal.is_working_day(D(2024, 3, 25))
    assert cal.is_working_day(D(2024, 3, 26))


def test_decreed_transfer_makes_saturday_4_may_2024_a_working_day(cal):
    saturday = D(2024, 5, 4)
    assert saturday.weekday() == 5
    assert cal.is_working_day(saturday)
    assert not cal.is_working_day(D(2024, 5, 8))  # the day off it was moved to
    # Registered Fri 3 May: Sat 4 May counts, 7, 8 and 9 May do not.
    assert cal.add_working_days(D(2024, 5, 3), 2) == D(2024, 5, 6)


def test_decreed_transfer_makes_sunday_5_january_2025_a_working_day(cal):
    assert cal.is_working_day(D(2025, 1, 5))
    assert not cal.is_working_day(D(2025, 1, 3))


def test_kurban_ait_2026_is_provisional_and_2025_is_not(cal):
    assert not cal.is_working_day(D(2026, 5, 27))
    assert cal.is_provisional(D(2026, 5, 27))
    assert not cal.is_provisional(D(2025, 6, 6))
    assert not cal.is_provisional(D(2026, 3, 23))
    assert cal.provisional_between(D(2026, 5, 20), D(2026, 6, 10))
    assert not cal.provisional_between(D(2026, 3, 4), D(2026, 3, 31))


# --- counting ----------------------------------------------------------------------------


def test_zero_working_days_is_the_start_and_negative_counts_back(cal):
    assert cal.add_working_days(D(2026, 3, 7), 0) == D(2026, 3, 7)
    assert cal.add_working_days(D(2026, 3, 31), -15) == D(2026, 3, 4)


def test_working_days_between_inverts_add(cal):
    start = D(2026, 3, 4)
    for n in range(0, 40):
        assert cal.working_days_between(start, cal.add_working_days(start, n)) == n
    assert cal.working_days_between(D(2026, 3, 31), D(2026, 3, 4)) == -15
    assert cal.working_days_between(D(2026, 3, 7), D(2026, 3, 8)) == 0


def test_days_left_counts_working_days_to_due(cal):
    due = D(2026, 3, 31)
    assert days_left(due, D(2026, 3, 31)) == 0
    assert days_left(due, D(2026, 3, 30)) == 1
    assert days_left(due, D(2026, 3, 27)) == 2
    assert cal.days_left(due, D(2026, 4, 1)) == -1
    assert cal.days_left(due, D(2026, 4, 4)) == -3  # Saturday after Wed, Thu, Fri overdue


def test_datetime_counts_as_its_date(cal):
    assert cal.is_working_day(dt.datetime(2026, 3, 9, 10, 30)) is False
    assert cal.decision_due(dt.datetime(2026, 3, 4, 18, 0)) == D(2026, 3, 31)


# --- АППК terms ----------------------------------------------------------------------------


def test_registration_day_is_the_next_working_day_when_received_on_a_day_off(cal):
    assert cal.registration_day(D(2026, 3, 4)) == D(2026, 3, 4)
    assert cal.registration_day(D(2026, 3, 7)) == D(2026, 3, 10)  # Sat; Mon 9 March off
    assert cal.registration_day(D(2026, 3, 6), after_hours=True) == D(2026, 3, 10)
    assert cal.registration_day(D(2026, 3, 4), after_hours=True) == D(2026, 3, 5)
    assert cal.registration_day(D(2024, 5, 4)) == D(2024, 5, 4)  # working Saturday


def test_decision_due_on_a_day_off_counts_from_the_registration_day(cal):
    assert cal.decision_due(D(2026, 3, 7)) == cal.decision_due(D(2026, 3, 10)) == D(2026, 4, 3)


def test_forward_due_is_three_working_days_after_receipt(cal):
    assert cal.forward_due(D(2026, 3, 6)) == D(2026, 3, 12)
    assert cal.forward_due(D(2026, 3, 4)) == D(2026, 3, 10)


def test_extension_limit_is_two_months_from_the_decision(cal):
    # 10 May 2026 is a Sunday and 11 May the observed Victory Day.
    assert cal.extension_limit(D(2026, 3, 10)) == D(2026, 5, 12)
    assert cal.extension_limit(D(2026, 4, 15)) == D(2026, 6, 15)
    # No 31 February: the month's last day, a Saturday, then Monday.
    assert cal.extension_limit(D(2025, 12, 31)) == D(2026, 3, 2)
    assert cal.extension_notice_due(D(2026, 3, 6)) == D(2026, 3, 12)


# --- supervisor's overrides ----------------------------------------------------------------


def test_override_day_off_moves_the_deadline_and_leaves_the_original(cal):
    changed = cal.with_overrides(days_off=[D(2026, 3, 31)])
    assert changed.decision_due(D(2026, 3, 4)) == D(2026, 4, 1)
    assert cal.decision_due(D(2026, 3, 4)) == D(2026, 3, 31)


def test_override_working_saturday_shortens_the_term(cal):
    changed = cal.with_overrides(working_days=[D(2026, 3, 28)])
    assert changed.is_working_day(D(2026, 3, 28))
    assert changed.decision_due(D(2026, 3, 4)) == D(2026, 3, 30)
    assert changed.working_days_between(D(2026, 3, 4), D(2026, 3, 30)) == 15


def test_override_confirms_or_corrects_an_estimated_holiday(cal):
    confirmed = cal.with_overrides(days_off=[D(2026, 5, 27)])
    assert not confirmed.is_provisional(D(2026, 5, 27))
    assert not confirmed.is_working_day(D(2026, 5, 27))
    moved = cal.with_overrides(working_days=[D(2026, 5, 27)], days_off=[D(2026, 5, 26)])
    assert moved.is_working_day(D(2026, 5, 27))
    assert not moved.is_working_day(D(2026, 5, 26))
    assert not moved.is_provisional(D(2026, 5, 27))
    assert moved.holiday_name(D(2026, 5, 27)) is None


def test_override_can_undo_a_holiday_and_a_transfer(cal):
    changed = cal.with_overrides(working_days=[D(2026, 3, 9)], days_off=[D(2024, 5, 4)])
    assert changed.is_working_day(D(2026, 3, 9))
    assert not changed.is_working_day(D(2024, 5, 4))


def test_override_same_date_both_ways_is_refused(cal):
    with pytest.raises(ValueError):
        cal.with_overrides(days_off=[D(2026, 4, 1)], working_days=[D(2026, 4, 1)])


# --- the table -------------------------------------------------------------------------------


def test_dates_outside_the_table_are_refused(cal):
    assert (cal.first, cal.last) == (D(2000, 1, 1), D(2040, 12, 31))
    with pytest.raises(CalendarRangeError):
        cal.is_working_day(D(1999, 12, 31))
    with pytest.raises(CalendarRangeError):
        cal.decision_due(D(2040, 12, 20))


def test_load_calendar_is_cached():
    assert load_calendar() is load_calendar()


def test_committed_table_matches_the_installed_holidays_package():
    """Fails after a ``holidays`` upgrade: run ``python -m inspector_desk.domain.kz_calendar_build``."""
    text = calendar_path().read_text(encoding="utf-8")
    assert text == kz_calendar_build.render(kz_calendar_build.build())


def test_using_the_calendar_does_not_import_holidays():
    code = (
        "import sys, datetime\n"
        "from inspector_desk.domain.kz_calendar import load_calendar\n"
        "load_calendar().decision_due(datetime.date(2026, 3, 4))\n"
        "print('holidays' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- against the holidays package, independently ----------------------------------------------

KZ = holidays.country_holidays("KZ", years=range(2023, 2033), language="en_US")


def reference_is_working(day: dt.date) -> bool:
    """Straight from the package: a weekend day works only if a decree moved work to it."""
    if day.weekday() >= 5:
        return day in KZ.weekend_workdays
    return day not in KZ


def reference_due(registered: dt.date, n: int) -> dt.date:
    """Register (next working day if needed), then count n working days from the next day."""
    day = registered
    while not reference_is_working(day):
        day += dt.timedelta(days=1)
    counted = 0
    while counted < n:
        day += dt.timedelta(days=1)
        if reference_is_working(day):
            counted += 1
    return day


def test_ten_thousand_random_registrations_2024_2030_match_a_day_by_day_count(cal):
    rng = random.Random(20260304)
    first, last = D(2024, 1, 1).toordinal(), D(2030, 12, 31).toordinal()
    for _ in range(10_000):
        registered = D.fromordinal(rng.randint(first, last))
        n = rng.choice((15, 15, 15, 3, rng.randint(0, 45)))
        expected = reference_due(registered, n)
        assert cal.decision_due(registered, n) == expected, (registered, n)
        reg = cal.registration_day(registered)
        assert cal.working_days_between(reg, expected) == n, (registered, n)


def test_every_day_2024_2032_agrees_with_the_package(cal):
    day = D(2024, 1, 1)
    while day.year < 2033:
        assert cal.is_working_day(day) == reference_is_working(day), day
        day += dt.timedelta(days=1)


def test_provisional_dates_are_the_packages_estimated_ones(cal):
    estimated = {d for d, name in KZ.items() if "estimated" in name and d.year >= 2024}
    ours = {
        d
        for d in (D(2024, 1, 1) + dt.timedelta(days=i) for i in range(365 * 9 + 2))
        if d.year < 2033 and cal.is_provisional(d)
    }
    assert estimated == ours
    assert D(2026, 5, 27) in ours
