"""Short names of records for lists that show records of every kind (the Sync page's
conflicts and set-aside changes): a person's name, an appeal's number, a protocol's title.

A conflict is resolved by a person who must know *which* record it is; a row saying only
"Person — phone" does not tell. Naming a person is a view of personal data, so a call that
names any is audited (``sync.records.view``, with the count only)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable

from inspector_desk.i18n import short_date, weekday_names
from inspector_desk.messages import all_messages, text
from inspector_desk.services.persons import full_name
from inspector_desk.services.session import Session

Key = tuple[str, str]  # (entity, record id)

#: Kinds whose name is (or includes) a person's name: naming them is audited.
PERSONAL = frozenset({"persons", "register_entries", "checks"})


def _row(session: Session, sql: str, rid: str) -> dict | None:
    cur = session.db.execute(sql, [rid])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def _person(session: Session, person_id: str | None) -> str:
    if not person_id:
        return ""
    row = _row(session, "SELECT last_name, first_name, patronymic FROM persons WHERE id = ?",
               person_id)
    return full_name(row) if row else ""


def _date(value: str | None) -> str:
    try:
        return f"{dt.date.fromisoformat(str(value)[:10]):%d.%m.%Y}"
    except ValueError:
        return ""


def _join(*parts: str) -> str:
    return " — ".join(p for p in parts if p)


def _entry(session: Session, rid: str, lang: str) -> str:
    row = _row(session, "SELECT e.person_id, c.name_kk, c.name_ru, c.name_en "
                        "FROM register_entries e LEFT JOIN register_categories c "
                        "ON c.id = e.category_id WHERE e.id = ?", rid)
    if row is None:
        return ""
    return _join(_person(session, row["person_id"]), row.get(f"name_{lang}") or "")


def _check(session: Session, rid: str, lang: str) -> str:
    row = _row(session, "SELECT person_id, checked_on FROM checks WHERE id = ?", rid)
    return _join(_person(session, row["person_id"]), _date(row["checked_on"])) \
        if row else ""


def _simple(sql: str, render: Callable[[dict, str], str]) -> Callable[[Session, str, str], str]:
    def title(session: Session, rid: str, lang: str) -> str:
        row = _row(session, sql, rid)
        return render(row, lang) if row else ""
    return title


def _protocol_title(row: dict, lang: str) -> str:
    return _join(row.get("title") or row.get("form") or "", _date(row.get("action_date")))


_TITLES: dict[str, Callable[[Session, str, str], str]] = {
    "persons": lambda s, rid, lang: _person(s, rid),
    "register_entries": _entry,
    "checks": _check,
    "appeals": _simple("SELECT reg_number FROM appeals WHERE id = ?",
                       lambda r, lang: f"№ {r['reg_number']}" if r["reg_number"] else ""),
    "protocols": _simple("SELECT title, form, action_date FROM protocols WHERE id = ?",
                         _protocol_title),
    "protocol_fields": _simple(
        "SELECT p.title, p.form, p.action_date FROM protocol_fields f "
        "JOIN protocols p ON p.id = f.protocol_id WHERE f.id = ?", _protocol_title),
    "officers": _simple("SELECT full_name FROM officers WHERE id = ?",
                        lambda r, lang: r["full_name"] or ""),
    "register_categories": _simple(
        "SELECT name_kk, name_ru, name_en FROM register_categories WHERE id = ?",
        lambda r, lang: r.get(f"name_{lang}") or r["name_en"] or ""),
    "calendar_overrides": _simple("SELECT day FROM calendar_overrides WHERE id = ?",
                                  lambda r, lang: _date(r["day"])),
    "precincts": _simple("SELECT name FROM precincts WHERE id = ?",
                         lambda r, lang: r["name"] or ""),
}


def record_titles(session: Session, keys: Iterable[Key], lang: str) -> dict[Key, str]:
    """A short name for each (entity, id) this device holds and can name; the others are
    left out. Audited once if any name is a person's."""
    titles: dict[Key, str] = {}
    personal = 0
    for entity, rid in dict.fromkeys(keys):
        render = _TITLES.get(entity)
        title = render(session, rid, lang) if render else ""
        if title:
            titles[(entity, rid)] = title
            personal += entity in PERSONAL
    if personal:
        session.record_access("sync.records.view", "persons", None,
                              f"names of {personal} records shown on the Sync page")
    return titles


#: Records whose fields the register's own labels (``register.field.*``) name.
_REGISTER_FIELDS = frozenset({"persons", "register_entries", "checks"})


def field_title(entity: str, name: str, lang: str) -> str:
    """The label of field ``name`` of an ``entity`` record in ``lang``, as the forms name it:
    the Sync page's own label for that record's field, the register's for persons, entries
    and checks, the generic one (``deleted_at``: removed); the name itself as the last
    resort (a field a newer program added)."""
    ids = [f"sync.field.{entity}.{name}"]
    if entity in _REGISTER_FIELDS:
        ids.append(f"register.field.{name}")
    ids.append(f"sync.field.{name}")
    messages = all_messages()
    for message_id in ids:
        if message_id in messages:
            return text(message_id, lang)
    return name


def field_value(entity: str, name: str, value: object, lang: str) -> str | None:
    """A field's value as a person reads it, where its stored form is not that: a date as
    the app writes dates (21.12.2026, not 2026-12-21), a reception schedule as "Mon
    09:00–12:00; Wed 10:00–11:00" in ``lang`` (not its JSON); ``None`` for any other value,
    or one that cannot be read so."""
    if not isinstance(value, str):
        return None
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return short_date(dt.date.fromisoformat(value))
        except ValueError:
            return None
    if (entity, name) != ("reception_hours", "schedule"):
        return None
    try:
        days = json.loads(value)
        names = weekday_names(lang, "abbreviated")
        parts = [f"{names[int(day)]} {hours[0]}–{hours[1]}"
                 for day, hours in sorted(days.items(), key=lambda kv: int(kv[0]))]
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError):
        return None
    return "; ".join(parts) if parts else "—"
