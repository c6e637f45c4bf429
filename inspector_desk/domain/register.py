"""Preventive register rules (pure): default categories, periods, next-due dates, codes.

Categories, periods and check intervals are data (the ``register_categories`` table) a
supervisor can edit; :data:`DEFAULT_CATEGORIES` are the defaults of domain guide §3. Every
device seeds them with the same fixed ids, so they never duplicate on sync.

The next check of an entry is due ``check_interval_days`` after its last check, or after
its start when it has none. An entry is *overdue* when that day is before today.
:data:`NEXT_DUE_SQL` computes the same in SQL; a test holds the two together.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

CHECK_KINDS = ("home_visit", "talk", "summons", "phone", "other")
CLOSE_REASONS = ("expired", "court_cancelled", "moved", "died", "other")
STATUSES = ("active", "closed")
KINDS = ("legal", "attention")

#: The stamp and device of seeded default rows (identical on every device).
SEED_STAMP = "2026-01-01T00:00:00.000Z/0000"
SEED_DEVICE = "seed"


@dataclass(frozen=True, slots=True)
class CategoryDefault:
    """A default register category (domain guide §3)."""

    code: str
    name_kk: str
    name_ru: str
    name_en: str
    legal_basis: str
    period_days: int | None  # None: set by the court / the term, no default end
    check_interval_days: int
    kind: str = "legal"

    @property
    def seed_id(self) -> str:
        """The fixed id every device gives this default (a UUIDv7-shaped constant)."""
        number = [c.code for c in DEFAULT_CATEGORIES].index(self.code) + 1
        return f"00000000-0000-7000-8000-{number:012d}"


DEFAULT_CATEGORIES: tuple[CategoryDefault, ...] = (
    CategoryDefault(
        "protective_order", "Қорғау нұсқамасы", "Защитное предписание", "Protective order",
        "КоАП РК, ст. 461 (нарушение); семейно-бытовое насилие", 30, 7),
    CategoryDefault(
        "special_requirements", "Құқық бұзушының мінез-құлқына ерекше талаптар",
        "Особые требования к поведению правонарушителя",
        "Special requirements on the offender's behaviour", "КоАП РК, ст. 54", 180, 15),
    CategoryDefault(
        "official_warning", "Ресми алдын ала ескерту", "Официальное предостережение",
        "Official warning", "Закон № 245-VIII от 30.12.2025", 30, 15),
    CategoryDefault(
        "parole", "Жазаны өтеуден шартты түрде мерзімінен бұрын босату",
        "Условно-досрочное освобождение", "Release on parole",
        "УК РК; постановление суда", None, 30),
    CategoryDefault(
        "administrative_supervision", "Әкімшілік қадағалау", "Административный надзор",
        "Administrative supervision", "Постановление суда", None, 30),
    CategoryDefault(
        "probation", "Пробациялық бақылау", "Пробация", "Probation",
        "Приговор суда", None, 30),
    CategoryDefault(
        "criminal_record", "Соттылық", "Судимость", "Criminal record (recidivism risk)",
        "УК РК", None, 90),
    CategoryDefault(
        "juvenile", "Кәмелетке толмағандар және олардың ата-аналары",
        "Несовершеннолетние и их родители", "Minors and their parents",
        "Закон № 245-VIII от 30.12.2025", None, 30),
    CategoryDefault(
        "risk_group", "Назардағы адамдар (есеп емес)", "Группа внимания (не учёт)",
        "Attention list (not a legal register)", "", None, 90, kind="attention"),
)


def default_end(start: dt.date, period_days: int | None) -> dt.date | None:
    """The end an entry gets from its category's period (``None`` when court-set)."""
    return start + dt.timedelta(days=period_days) if period_days else None


def next_due(start: dt.date, last_check: dt.date | None, interval_days: int) -> dt.date:
    """The day the next check of an entry is due."""
    return (last_check or start) + dt.timedelta(days=interval_days)


def days_overdue(due: dt.date, today: dt.date) -> int:
    """How many days past due (negative: days left; 0: due today)."""
    return (today - due).days


#: SQL for the next-due date of entry alias ``e`` (the same rule as :func:`next_due`).
NEXT_DUE_SQL = (
    "date(coalesce((SELECT max(c.checked_on) FROM checks c WHERE c.entry_id = e.id "
    "AND c.deleted_at IS NULL), e.start_on), '+' || e.check_interval_days || ' days')"
)


def parse_date(value: str) -> dt.date:
    """``YYYY-MM-DD`` or ``DD.MM.YYYY`` (``ValueError`` otherwise)."""
    s = value.strip()
    if len(s) == 10 and s[2] == "." and s[5] == ".":
        return dt.date(int(s[6:]), int(s[3:5]), int(s[0:2]))
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        return dt.date.fromisoformat(s)
    raise ValueError(value)


def normalize_phone(value: str) -> str | None:
    """A Kazakhstani phone as ``+7XXXXXXXXXX`` (``None`` when it cannot be one)."""
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) == 10:
        digits = "7" + digits
    elif len(digits) == 11 and digits[0] == "8":
        digits = "7" + digits[1:]
    if len(digits) != 11 or digits[0] != "7":
        return None
    return "+" + digits


_SEX = {"m": "M", "м": "M", "е": "M", "f": "F", "ж": "F", "ә": "F"}


def parse_sex(value: str) -> str | None:
    """``M``/``F`` from the letters people write (M/F, М/Ж, Е/Ә); ``None`` if unknown."""
    return _SEX.get(value.strip().casefold())
