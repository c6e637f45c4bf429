"""Locale formatting for dates and numbers (Babel, explicit locale; never global state).

``lang`` is one of kk, ru, en. Short dates are written as people write them (21.11.2026);
long dates come from Babel ("2026 ж. 21 қараша", "21 ноября 2026 г.").
"""

from __future__ import annotations

import datetime as dt

LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}


def locale_for(lang: str) -> str:
    """The Babel locale of a UI language code."""
    return LOCALES.get(lang, "ru_RU")


def short_date(value: dt.date) -> str:
    """``DD.MM.YYYY``, the way dates are written on forms in Kazakhstan, in every language."""
    return f"{value:%d.%m.%Y}"


def long_date(value: dt.date, lang: str) -> str:
    """A date in words for print and headings."""
    from babel.dates import format_date

    return format_date(value, "long", locale=locale_for(lang))


def date_time(value: dt.datetime, lang: str) -> str:
    """Date and time to the minute (``21.11.2026 14:05``)."""
    return f"{value:%d.%m.%Y %H:%M}"


def weekday_names(lang: str, width: str = "wide") -> list[str]:
    """Monday..Sunday in ``lang``, capitalised (``width``: Babel's ``wide`` or
    ``abbreviated``)."""
    from babel.dates import get_day_names

    names = get_day_names(width, locale=locale_for(lang))
    return [names[i][:1].upper() + names[i][1:] for i in range(7)]


def number(value: float | int, lang: str) -> str:
    """A number with the language's grouping and decimal signs."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_for(lang))
