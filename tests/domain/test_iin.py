"""ИИН validation (domain guide §3): the worked example, every reason, properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.domain.iin import (
    REASONS,
    InvalidIin,
    check_digit,
    is_valid_iin,
    make_iin,
    parse_iin,
    reason_text,
)

TODAY = dt.date(2026, 3, 4)


def first_pass(first11: str) -> int:
    return sum(int(c) * w for c, w in zip(first11, range(1, 12), strict=True)) % 11


def test_guide_example_is_a_man_born_4_july_1992():
    info = parse_iin("920704301801")
    assert (info.iin, info.birth_date, info.sex) == ("920704301801", dt.date(1992, 7, 4), "M")


def test_guide_example_needs_the_second_weight_set():
    assert first_pass("92070430180") == 10
    assert check_digit("92070430180") == 1


def test_surrounding_whitespace_is_ignored():
    assert parse_iin(" 920704301801\n").iin == "920704301801"


def test_even_century_digit_is_a_woman():
    iin = make_iin(dt.date(2001, 2, 3), "F", 17)
    assert iin is not None
    assert parse_iin(iin).sex == "F"
    assert parse_iin(iin).birth_date == dt.date(2001, 2, 3)


REASON_CASES = {
    "length": ["", "92070430180", "9207043018011"],
    "not_digits": ["92070430180A", "９２０７０４３０１８０１", "9207-4301801"],
    "century": ["920704001801", "920704701801", "920704901801"],
    "date": ["921304301801", "920230301801", "920700301801"],
    "future": ["991231500000"],
    "check_digit": ["920704301802", "920704301800"],
}


@pytest.mark.parametrize(
    ("code", "value"), [(code, v) for code, values in REASON_CASES.items() for v in values]
)
def test_each_reason_code_is_raised(code, value):
    with pytest.raises(InvalidIin) as caught:
        parse_iin(value, today=TODAY)
    assert caught.value.code == code
    assert not is_valid_iin(value)


def test_the_cases_cover_every_reason():
    assert set(REASON_CASES) == set(REASONS)


@pytest.mark.parametrize("code", sorted(REASONS))
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_reason_has_a_message_in_each_language(code, lang):
    assert reason_text(code, lang).strip()


def test_unknown_language_falls_back_to_english():
    assert reason_text("length", "de") == REASONS["length"]["en"]


def test_future_is_judged_against_today():
    iin = make_iin(dt.date(2026, 3, 5), "M", 1) or make_iin(dt.date(2026, 3, 5), "M", 2)
    assert iin is not None
    with pytest.raises(InvalidIin, match="future"):
        parse_iin(iin, today=TODAY)
    assert parse_iin(iin, today=dt.date(2026, 3, 5)).birth_date == dt.date(2026, 3, 5)


def test_serial_without_a_check_digit_gives_none():
    born = dt.date(1992, 7, 4)
    impossible = [s for s in range(10000) if check_digit(f"{born:%y%m%d}3{s:04d}") is None]
    assert impossible, "some serials have no check digit"
    assert make_iin(born, "M", impossible[0]) is None


births = st.dates(min_value=dt.date(1800, 1, 1), max_value=TODAY)
sexes = st.sampled_from(["M", "F"])
serials = st.integers(min_value=0, max_value=9999)


@given(births, sexes, serials)
def test_make_iin_round_trips(born, sex, serial):
    iin = make_iin(born, sex, serial)
    if iin is None:
        assert check_digit(f"{born:%y%m%d}{iin_base(born, sex)}{serial:04d}") is None
        return
    info = parse_iin(iin, today=TODAY)
    assert (info.iin, info.birth_date, info.sex) == (iin, born, sex)
    assert iin[7:11] == f"{serial:04d}"


def iin_base(born: dt.date, sex: str) -> str:
    return str({1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + (sex == "F"))


@given(births, sexes, serials, st.integers(0, 11), st.integers(1, 9))
def test_single_digit_change_is_caught_or_valid_by_the_check(born, sex, serial, pos, delta):
    iin = make_iin(born, sex, serial)
    if iin is None:
        return
    changed = iin[:pos] + str((int(iin[pos]) + delta) % 10) + iin[pos + 1 :]
    try:
        parse_iin(changed, today=TODAY)
    except InvalidIin:
        return
    # Accepted: then it is a different number whose own check digit is right. That needs
    # the 11th digit (first-pass weight 11 ≡ 0 mod 11, so the first pass cannot see it)
    # or a number that needs the second weight set.
    assert changed != iin
    assert check_digit(changed[:11]) == int(changed[11])
    assert pos == 10 or 10 in (first_pass(iin[:11]), first_pass(changed[:11]))


def test_check_digit_change_is_always_caught():
    iin = "920704301801"
    for digit in "023456789":
        with pytest.raises(InvalidIin, match="check_digit"):
            parse_iin(iin[:11] + digit)
