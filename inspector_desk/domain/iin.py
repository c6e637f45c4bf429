"""ИИН (ЖСН): Kazakhstan's 12-digit individual identification number.

Layout: YYMMDD, a century/sex digit (1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s;
odd = male, even = female), four serial digits and a check digit.
Check digit: Σ dᵢ·wᵢ mod 11 with w = 1..11; if that is 10, again with
w = 3..11,1,2; if 10 again the number is invalid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}


class InvalidIin(ValueError):
    """An IIN failed validation; ``code`` is a stable reason id (see ``REASONS``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


#: Reason codes and their messages, by language.
REASONS: dict[str, dict[str, str]] = {
    "length": {
        "en": "an IIN has exactly 12 digits",
        "ru": "ИИН состоит ровно из 12 цифр",
        "kk": "ЖСН дәл 12 цифрдан тұрады",
    },
    "not_digits": {
        "en": "an IIN contains digits only",
        "ru": "ИИН содержит только цифры",
        "kk": "ЖСН тек цифрлардан тұрады",
    },
    "century": {
        "en": "the 7th digit (century and sex) must be 1–6",
        "ru": "7-я цифра (век и пол) должна быть от 1 до 6",
        "kk": "7-ші цифр (ғасыр және жыныс) 1–6 болуы керек",
    },
    "date": {
        "en": "the first six digits are not a real birth date",
        "ru": "первые шесть цифр не являются существующей датой рождения",
        "kk": "алғашқы алты цифр нақты туған күн емес",
    },
    "future": {
        "en": "the birth date in the IIN is in the future",
        "ru": "дата рождения в ИИН ещё не наступила",
        "kk": "ЖСН-дағы туған күн әлі келмеген",
    },
    "check_digit": {
        "en": "the check digit does not match",
        "ru": "контрольная цифра не совпадает",
        "kk": "бақылау цифры сәйкес келмейді",
    },
}


def reason_text(code: str, lang: str) -> str:
    """The message for an :class:`InvalidIin` code in ``lang`` (kk, ru or en)."""
    return REASONS[code].get(lang) or REASONS[code]["en"]


@dataclass(frozen=True, slots=True)
class IinInfo:
    """What a valid IIN tells: the number itself, birth date and sex (``"M"``/``"F"``)."""

    iin: str
    birth_date: dt.date
    sex: str


def check_digit(first11: str) -> int | None:
    """The check digit for the first 11 digits, or ``None`` when no digit is possible."""
    digits = [int(c) for c in first11]
    for weights in (_W1, _W2):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if rest != 10:
            return rest
    return None


def parse_iin(value: str, *, today: dt.date | None = None) -> IinInfo:
    """Validate ``value`` and return what it encodes; raise :class:`InvalidIin` otherwise.

    Surrounding whitespace is ignored; nothing else is forgiven.
    """
    s = value.strip()
    if not s.isascii() or not s.isdigit():
        raise InvalidIin("not_digits" if len(s) == 12 or s else "length")
    if len(s) != 12:
        raise InvalidIin("length")
    century = _CENTURY.get(s[6])
    if century is None:
        raise InvalidIin("century")
    try:
        born = dt.date(century + int(s[0:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        raise InvalidIin("date") from None
    if born > (today or dt.date.today()):
        raise InvalidIin("future")
    if check_digit(s[:11]) != int(s[11]):
        raise InvalidIin("check_digit")
    return IinInfo(iin=s, birth_date=born, sex="M" if int(s[6]) % 2 else "F")


def is_valid_iin(value: str) -> bool:
    """True when ``value`` is a valid IIN."""
    try:
        parse_iin(value)
    except InvalidIin:
        return False
    return True


def make_iin(birth_date: dt.date, sex: str, serial: int) -> str | None:
    """Compose a valid IIN (for demo data and tests), or ``None`` if this serial has no check digit."""
    base = {1800: 1, 1900: 3, 2000: 5}[birth_date.year // 100 * 100] + (0 if sex == "M" else 1)
    first11 = f"{birth_date:%y%m%d}{base}{serial:04d}"
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)
