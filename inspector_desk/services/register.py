"""The preventive register: categories, entries, checks, and the queries the screens read.

Writes are one transaction each (rows + audit + outbox). Reads that show personal data in
detail (:func:`person_detail`) record the access. :func:`search_persons` is what the
register table pages through: a folded-name FTS5 match (any name part, Kazakh or Russian
spelling) or an IIN prefix, plus filters, sorted, ``offset``/``limit``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector_desk.domain.register import (
    CHECK_KINDS,
    CLOSE_REASONS,
    KINDS,
    NEXT_DUE_SQL,
    default_end,
    parse_date,
)
from inspector_desk.domain.textfold import fold_tokens
from inspector_desk.services.persons import RegisterError, full_name
from inspector_desk.services.session import Changes, Session

MANAGING_ROLES = ("supervisor",)


# -- categories ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Category:
    id: str
    code: str
    name_kk: str
    name_ru: str
    name_en: str
    legal_basis: str
    period_days: int | None
    check_interval_days: int
    kind: str
    active: bool

    def name(self, lang: str) -> str:
        return {"kk": self.name_kk, "ru": self.name_ru}.get(lang, self.name_en)


_CAT_COLS = ("id, code, name_kk, name_ru, name_en, legal_basis, period_days, "
             "check_interval_days, kind, active")


def list_categories(session: Session, *, include_inactive: bool = False) -> list[Category]:
    """The register categories in their display order."""
    where = "deleted_at IS NULL" + ("" if include_inactive else " AND active = 1")
    rows = session.db.execute(
        f"SELECT {_CAT_COLS} FROM register_categories WHERE {where} ORDER BY sort_order, code"
    ).fetchall()
    return [Category(*r[:9], bool(r[9])) for r in rows]


def find_category(session: Session, value: str) -> Category | None:
    """A category by its code or its Kazakh/Russian/English name (case-insensitive)."""
    key = " ".join(fold_tokens(value))
    for cat in list_categories(session, include_inactive=True):
        names = (cat.code, cat.name_kk, cat.name_ru, cat.name_en)
        if value.strip() == cat.code or key in {" ".join(fold_tokens(n)) for n in names}:
            return cat
    return None


def _require_supervisor(session: Session) -> None:
    if session.actor is None or session.actor.role not in MANAGING_ROLES:
        raise RegisterError("not_allowed")


def _days(value: Any, name: str, *, optional: bool = False) -> int | None:
    if value in (None, "") and optional:
        return None
    try:
        days = int(str(value).strip())
    except ValueError:
        raise RegisterError("bad_number", name, value=value) from None
    if not 1 <= days <= 3650:
        raise RegisterError("bad_number", name, value=value)
    return days


def _category_values(data: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in ("code", "name_kk", "name_ru", "name_en", "legal_basis"):
        if name in data:
            values[name] = str(data[name] or "").strip()
            if name != "legal_basis" and not values[name]:
                raise RegisterError("field_required", name)
    if "period_days" in data:
        values["period_days"] = _days(data["period_days"], "period_days", optional=True)
    if "check_interval_days" in data:
        values["check_interval_days"] = _days(data["check_interval_days"], "check_interval_days")
    if "kind" in data:
        if data["kind"] not in KINDS:
            raise RegisterError("unknown_choice", "kind", value=data["kind"])
        values["kind"] = data["kind"]
    if "active" in data:
        values["active"] = 1 if data["active"] else 0
    return values


def add_category(session: Session, data: Mapping[str, Any]) -> Changes:
    """Add a category (supervisor only); needs code, names and a check interval."""
    _require_supervisor(session)
    values = _category_values(data)
    for name in ("code", "name_kk", "name_ru", "name_en", "check_interval_days"):
        if values.get(name) in (None, ""):
            raise RegisterError("field_required", name)
    with session.write() as tx:
        if session.db.execute("SELECT 1 FROM register_categories WHERE code = ? AND "
                              "deleted_at IS NULL", [values["code"]]).fetchone():
            raise RegisterError("code_taken", "code", code=values["code"])
        order = session.db.execute(
            "SELECT coalesce(max(sort_order), 0) + 1 FROM register_categories").fetchone()[0]
        cid = tx.insert("register_categories", {**values, "sort_order": order})
        tx.audit("register.category.add", "register_categories", cid,
                 f"category {values['code']} added")
    return tx.changes


def update_category(session: Session, category_id: str, data: Mapping[str, Any], *,
                    apply_to_open: bool = False) -> Changes:
    """Edit a category (supervisor only). New entries take the new interval; with
    ``apply_to_open`` the open entries of the category take it too."""
    _require_supervisor(session)
    values = _category_values(data)
    values.pop("code", None)
    with session.write() as tx:
        old = tx.update("register_categories", category_id, values)
        interval = values.get("check_interval_days")
        moved = 0
        if apply_to_open and interval:
            for (eid,) in session.db.execute(
                    "SELECT id FROM register_entries WHERE category_id = ? AND status = 'active' "
                    "AND deleted_at IS NULL", [category_id]).fetchall():
                moved += bool(tx.update("register_entries", eid, {"check_interval_days": interval}))
        if old or moved:
            tx.audit("register.category.update", "register_categories", category_id,
                     f"fields changed: {', '.join(sorted(old))}; open entries updated: {moved}")
    return tx.changes


# -- entries ---------------------------------------------------------------------------------
def _date(value: Any, name: str, *, optional: bool = False) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text_value = str(value or "").strip()
    if not text_value:
        if optional:
            return None
        raise RegisterError("field_required", name)
    try:
        return parse_date(text_value)
    except ValueError:
        raise RegisterError("bad_date", name, value=text_value) from None


def check_entry(session: Session, data: Mapping[str, Any], *,
                today: dt.date | None = None) -> tuple[dict[str, Any], list[RegisterError]]:
    """Clean the fields of a new register entry; returns the values and every problem."""
    today = today or dt.date.today()
    problems: list[RegisterError] = []
    values: dict[str, Any] = {}
    cat = None
    raw_cat = data.get("category_id") or data.get("category") or ""
    if not raw_cat:
        problems.append(RegisterError("field_required", "category"))
    else:
        cat = next((c for c in list_categories(session, include_inactive=True)
                    if c.id == raw_cat), None) or find_category(session, str(raw_cat))
        if cat is None:
            problems.append(RegisterError("unknown_category", "category", value=raw_cat))
    start = end = None
    try:
        start = _date(data.get("start_on"), "start_on")
        if start and start > today:
            problems.append(RegisterError("start_future", "start_on"))
    except RegisterError as exc:
        problems.append(exc)
    try:
        end = _date(data.get("end_on"), "end_on", optional=True)
    except RegisterError as exc:
        problems.append(exc)
    try:
        basis_date = _date(data.get("basis_date"), "basis_date", optional=True)
        values["basis_date"] = basis_date.isoformat() if basis_date else None
    except RegisterError as exc:
        problems.append(exc)
    if start and end and end < start:
        problems.append(RegisterError("end_before_start", "end_on"))
    if cat and start:
        end = end or default_end(start, cat.period_days)
        values.update(category_id=cat.id, start_on=start.isoformat(),
                      end_on=end.isoformat() if end else None,
                      check_interval_days=cat.check_interval_days)
    for name in ("basis_document", "basis_number", "basis_authority", "notes"):
        values[name] = " ".join(str(data.get(name) or "").split())
    return values, problems


def add_entry(session: Session, person_id: str, data: Mapping[str, Any]) -> Changes:
    """Put a person on the register in a category; the end defaults from the category."""
    values, problems = check_entry(session, data)
    if problems:
        raise problems[0]
    officer = data.get("officer_id") or (session.actor.officer_id if session.actor else None)
    with session.write() as tx:
        _live(tx, "persons", person_id)
        eid = tx.insert("register_entries", {**values, "person_id": person_id,
                                             "officer_id": officer, "status": "active"})
        tx.audit("register.entry.add", "register_entries", eid, "put on the register")
    return tx.changes


def close_entry(session: Session, entry_id: str, *, reason: str, closed_on: Any = None,
                note: str = "") -> Changes:
    """Close an entry with a reason (expired, court_cancelled, moved, died, other)."""
    if reason not in CLOSE_REASONS:
        raise RegisterError("unknown_choice", "close_reason", value=reason)
    day = _date(closed_on, "closed_on", optional=True) or dt.date.today()
    with session.write() as tx:
        entry = _live(tx, "register_entries", entry_id)
        if entry["status"] == "closed":
            raise RegisterError("entry_closed")
        if day < dt.date.fromisoformat(entry["start_on"]):
            day = dt.date.fromisoformat(entry["start_on"])
        tx.update("register_entries", entry_id, {"status": "closed", "close_reason": reason,
                                                 "closed_on": day.isoformat(),
                                                 "close_note": note.strip()})
        tx.audit("register.entry.close", "register_entries", entry_id, f"closed: {reason}")
    return tx.changes


def reopen_entry(session: Session, entry_id: str) -> Changes:
    """Reopen a closed entry (audited)."""
    with session.write() as tx:
        entry = _live(tx, "register_entries", entry_id)
        if entry["status"] == "active":
            raise RegisterError("entry_open")
        tx.update("register_entries", entry_id, {"status": "active", "close_reason": None,
                                                 "closed_on": None})
        tx.audit("register.entry.reopen", "register_entries", entry_id, "reopened")
    return tx.changes


def _live(tx, entity: str, rid: str) -> dict[str, Any]:
    try:
        row = tx.get(entity, rid)
    except KeyError:
        raise RegisterError("not_found") from None
    if row.get("deleted_at"):
        raise RegisterError("not_found")
    return row


# -- checks ----------------------------------------------------------------------------------
def record_check(session: Session, entry_id: str, *, checked_on: Any, kind: str,
                 result: str = "", notes: str = "", round_visit_id: str | None = None,
                 today: dt.date | None = None) -> Changes:
    """Record a check of an open entry; the next due date follows from it."""
    today = today or dt.date.today()
    day = _date(checked_on, "checked_on")
    if kind not in CHECK_KINDS:
        raise RegisterError("unknown_choice", "kind", value=kind)
    if day > today:
        raise RegisterError("check_future", "checked_on")
    with session.write() as tx:
        entry = _live(tx, "register_entries", entry_id)
        if entry["status"] != "active":
            raise RegisterError("entry_closed")
        start = dt.date.fromisoformat(entry["start_on"])
        if day < start:
            raise RegisterError("check_before_start", "checked_on", start=f"{start:%d.%m.%Y}")
        cid = tx.insert("checks", {
            "entry_id": entry_id, "person_id": entry["person_id"], "checked_on": day.isoformat(),
            "kind": kind, "result": result.strip(), "notes": notes.strip(),
            "officer_id": session.actor.officer_id if session.actor else None,
            "round_visit_id": round_visit_id})
        tx.audit("register.check.add", "checks", cid, f"check recorded: {kind}")
    return tx.changes


# -- queries ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PersonFilters:
    """Filters of the register table (all optional)."""

    category_id: str | None = None
    status: str | None = None  # "on_register" | "closed" | "not_on_register"
    overdue: bool = False
    settlement: str | None = None
    household_id: str | None = None
    officer_id: str | None = None


SORTS = ("name", "iin", "birth_date", "address", "next_due")


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One row of the register table."""

    id: str
    iin: str
    name: str
    birth_date: str | None
    address: str
    categories: tuple[str, ...]  # codes of active entries
    next_due: str | None


_ACTIVE = "e.status = 'active' AND e.deleted_at IS NULL"
#: A query matching at most this many persons is looked up directly and sorted; above it
#: the name index is scanned in order (matches are dense, so a page fills quickly).
SPARSE = 1000


def _terms(query: str) -> tuple[list[str], list[str]]:
    words = fold_tokens(query)
    return [w for w in words if not w.isdigit()], [w for w in words if w.isdigit()]


def _match_sql(names: list[str], digits: list[str]) -> tuple[list[str], list[Any]]:
    """Row conditions testing the query on ``p.search_key``/``p.iin`` (the index has both)."""
    clauses, params = [], []
    for w in names:
        clauses.append("(' ' || p.search_key) LIKE ?")
        params.append(f"% {w}%")
    for d in digits:
        clauses.append("p.iin >= ? AND p.iin < ?")
        params += [d, d + ":"]  # ':' follows '9'
    return clauses, params


def _sparse_rowids(session: Session, names: list[str], digits: list[str]) -> list[int] | None:
    """The rowids matching the query's longer words and IIN digits when there are at most
    :data:`SPARSE` (else ``None``); one-letter words are tested on these rows afterwards."""
    long = [w for w in names if len(w) >= 2]
    if long:
        fts = " ".join(f'"{w}"*' for w in long)
        sql, params = "SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?", [fts]
        if digits:
            more, ps = _match_sql([], digits)
            sql = f"SELECT p.rowid FROM persons p WHERE p.rowid IN ({sql}) AND {' AND '.join(more)}"
            params += ps
    elif digits and len(max(digits, key=len)) >= 3:
        more, params = _match_sql([], digits)
        sql = f"SELECT p.rowid FROM persons p WHERE p.deleted_at IS NULL AND {' AND '.join(more)}"
    else:
        return None
    rows = session.db.execute(f"{sql} LIMIT {SPARSE + 1}", params).fetchall()
    return None if len(rows) > SPARSE else [r[0] for r in rows]


def _where(session: Session, query: str, filters: PersonFilters,
           today: dt.date) -> tuple[str, list[Any], bool]:
    """SQL conditions on ``p``, their parameters, and whether the query is dense."""
    clauses = ["p.deleted_at IS NULL"]
    params: list[Any] = []
    names, digits = _terms(query)
    dense = False
    if names or digits:
        rowids = _sparse_rowids(session, names, digits)
        if rowids is None:
            dense = True
            more, ps = _match_sql(names, digits)
            clauses += more
            params += ps
        else:
            clauses.append(f"p.rowid IN ({','.join(map(str, rowids)) or 'NULL'})")
            more, ps = _match_sql([w for w in names if len(w) < 2], [])
            clauses += more
            params += ps
    entry_sets = []
    if filters.category_id:
        entry_sets.append(("e.category_id = ?", [filters.category_id]))
    if filters.officer_id:
        entry_sets.append(("e.officer_id = ?", [filters.officer_id]))
    if filters.overdue:
        entry_sets.append((f"{NEXT_DUE_SQL} < ?", [today.isoformat()]))
    if filters.status == "on_register":
        entry_sets.append(("1", []))
    for cond, ps in entry_sets:
        clauses.append(f"p.id IN (SELECT e.person_id FROM register_entries e "
                       f"WHERE {_ACTIVE} AND {cond})")
        params += ps
    if filters.status == "closed":
        clauses.append("p.id IN (SELECT person_id FROM register_entries WHERE deleted_at IS NULL)"
                       f" AND p.id NOT IN (SELECT e.person_id FROM register_entries e "
                       f"WHERE {_ACTIVE})")
    elif filters.status == "not_on_register":
        clauses.append(f"p.id NOT IN (SELECT e.person_id FROM register_entries e WHERE {_ACTIVE})")
    if filters.settlement:
        clauses.append("p.settlement = ?")
        params.append(filters.settlement)
    if filters.household_id:
        clauses.append("p.household_id = ?")
        params.append(filters.household_id)
    return " AND ".join(clauses), params, dense and not entry_sets


_ORDER = {
    "name": "p.search_key {d}, p.id",
    "iin": "p.iin {d}",
    "birth_date": "p.birth_date {d}, p.search_key",
    "address": "p.settlement {d}, p.street {d}, p.house {d}, p.search_key",
    "next_due": "due.next_due IS NULL, due.next_due {d}, p.search_key",
}


def search_persons(session: Session, query: str = "", filters: PersonFilters | None = None,
                   offset: int = 0, limit: int = 200, *, sort: str = "name",
                   descending: bool = False, today: dt.date | None = None) -> list[PersonRow]:
    """A page of the register table: persons matching ``query`` and ``filters``, sorted.

    ``query`` words are name-part prefixes (folded: "алия" finds "Әлия") or IIN prefixes.
    """
    today = today or dt.date.today()
    where, params, dense = _where(session, query, filters or PersonFilters(), today)
    order = _ORDER[sort if sort in _ORDER else "name"].format(d="DESC" if descending else "ASC")
    # a dense query in name order: walk the (search_key, iin) index until the page is full
    cols = ("p.id, p.iin, p.last_name, p.first_name, p.patronymic, p.birth_date, "
            "p.settlement, p.street, p.house, p.apartment")
    if sort == "next_due":
        rows = _by_next_due(session, cols, where, params, offset, limit, descending)
    else:
        # a dense query in name order: walk the (search_key, iin) index until the page fills
        hint = "INDEXED BY persons_search_key" if dense and sort == "name" else ""
        rows = session.db.execute(
            f"SELECT {cols} FROM persons p {hint} WHERE {where} ORDER BY {order} "
            "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    cats: dict[str, list[str]] = {}
    due: dict[str, str] = {}
    for pid, code, next_due in session.db.execute(
            f"SELECT e.person_id, c.code, {NEXT_DUE_SQL} FROM register_entries e "
            f"JOIN register_categories c ON c.id = e.category_id "
            f"WHERE {_ACTIVE} AND e.person_id IN ({marks}) ORDER BY c.sort_order", ids):
        cats.setdefault(pid, []).append(code)
        if pid not in due or next_due < due[pid]:
            due[pid] = next_due
    out = []
    for r in rows:
        person = dict(zip(("last_name", "first_name", "patronymic"), r[2:5], strict=True))
        address = ", ".join(x for x in (r[6], r[7], r[8] + (f"-{r[9]}" if r[9] else "")) if x)
        out.append(PersonRow(r[0], r[1] or "", full_name(person), r[5], address,
                             tuple(cats.get(r[0], ())), due.get(r[0])))
    return out


def _by_next_due(session: Session, cols: str, where: str, params: list[Any], offset: int,
                 limit: int, descending: bool) -> list[tuple]:
    """Persons with open entries by next due date first, then the others by name.

    Two queries instead of one sort over every person: the open entries are few.
    """
    due = (f"(SELECT e.person_id, min({NEXT_DUE_SQL}) AS next_due FROM register_entries e "
           f"WHERE {_ACTIVE} GROUP BY e.person_id) due")
    with_due = session.db.execute(
        f"SELECT count(*) FROM {due} JOIN persons p ON p.id = due.person_id WHERE {where}",
        params).fetchone()[0]
    rows: list[tuple] = []
    if offset < with_due:
        d = "DESC" if descending else "ASC"
        rows = session.db.execute(
            f"SELECT {cols} FROM {due} JOIN persons p ON p.id = due.person_id WHERE {where} "
            f"ORDER BY due.next_due {d}, p.search_key LIMIT ? OFFSET ?",
            [*params, limit, offset]).fetchall()
    if len(rows) < limit:
        rows += session.db.execute(
            f"SELECT {cols} FROM persons p WHERE {where} AND p.id NOT IN (SELECT e.person_id "
            f"FROM register_entries e WHERE {_ACTIVE}) ORDER BY p.search_key LIMIT ? OFFSET ?",
            [*params, limit - len(rows), max(0, offset - with_due)]).fetchall()
    return rows


def count_persons(session: Session, query: str = "", filters: PersonFilters | None = None, *,
                  today: dt.date | None = None, cap: int | None = None) -> int:
    """How many persons :func:`search_persons` would page through (at most ``cap + 1``)."""
    where, params, _ = _where(session, query, filters or PersonFilters(),
                              today or dt.date.today())
    limit = f" LIMIT {cap + 1}" if cap is not None else ""
    return session.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM persons p WHERE {where}"
                              f"{limit})", params).fetchone()[0]


def settlements(session: Session) -> list[str]:
    """The distinct settlements of persons (for the address filter).

    A skip-scan over the settlement index: one indexed look-up per settlement.
    """
    found: list[str] = []
    last = ""
    while True:
        row = session.db.execute(
            "SELECT min(settlement) FROM persons WHERE deleted_at IS NULL AND settlement > ?",
            [last]).fetchone()
        if row is None or row[0] is None:
            return found
        last = row[0]
        found.append(last)


def officers(session: Session) -> list[tuple[str, str]]:
    """(id, full name) of the officers of the device."""
    return [(r[0], r[1]) for r in session.db.execute(
        "SELECT id, full_name FROM officers WHERE deleted_at IS NULL ORDER BY full_name")]


@dataclass(frozen=True, slots=True)
class CheckRow:
    id: str
    checked_on: str
    kind: str
    result: str
    notes: str
    officer: str


@dataclass(frozen=True, slots=True)
class EntryRow:
    id: str
    category: Category
    basis: str
    start_on: str
    end_on: str | None
    status: str
    close_reason: str | None
    closed_on: str | None
    officer: str
    check_interval_days: int
    next_due: str | None
    checks: list[CheckRow] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PersonDetail:
    person: dict[str, Any]
    entries: list[EntryRow]


def basis_text(entry: Mapping[str, Any]) -> str:
    """The legal basis of an entry in one line ("document № number, date, authority")."""
    parts = [entry.get("basis_document") or ""]
    if entry.get("basis_number"):
        parts[0] = f"{parts[0]} № {entry['basis_number']}".strip()
    if entry.get("basis_date"):
        parts.append(f"{dt.date.fromisoformat(entry['basis_date']):%d.%m.%Y}")
    if entry.get("basis_authority"):
        parts.append(entry["basis_authority"])
    return ", ".join(p for p in parts if p)


def person_detail(session: Session, person_id: str, *, purpose: str = "view") -> PersonDetail:
    """A person with every register entry and its check history; the access is audited."""
    names = dict(officers(session))
    cur = session.db.execute("SELECT * FROM persons WHERE id = ? AND deleted_at IS NULL",
                             [person_id])
    row = cur.fetchone()
    if row is None:
        raise RegisterError("not_found")
    person = dict(zip([d[0] for d in cur.description], row, strict=True))
    person.pop("photo", None)
    cats = {c.id: c for c in list_categories(session, include_inactive=True)}
    entries = []
    for e in _dicts(session, f"SELECT e.*, {NEXT_DUE_SQL} AS next_due FROM register_entries e "
                             "WHERE e.person_id = ? AND e.deleted_at IS NULL "
                             "ORDER BY e.status, e.start_on DESC", [person_id]):
        checks = [CheckRow(c["id"], c["checked_on"], c["kind"], c["result"], c["notes"],
                           names.get(c["officer_id"], ""))
                  for c in _dicts(session, "SELECT * FROM checks WHERE entry_id = ? AND "
                                           "deleted_at IS NULL ORDER BY checked_on DESC",
                                  [e["id"]])]
        entries.append(EntryRow(
            e["id"], cats[e["category_id"]], basis_text(e), e["start_on"], e["end_on"],
            e["status"], e["close_reason"], e["closed_on"], names.get(e["officer_id"], ""),
            e["check_interval_days"], e["next_due"] if e["status"] == "active" else None,
            checks))
    session.record_access(f"person.{purpose}", "persons", person_id, f"person card {purpose}")
    return PersonDetail(person, entries)


def _dicts(session: Session, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = session.db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


@dataclass(frozen=True, slots=True)
class DueCheck:
    """An open entry whose check is due (``days_overdue`` ≥ 0) or coming up (< 0)."""

    entry_id: str
    person_id: str
    name: str
    iin: str
    category: str  # code
    next_due: str
    days_overdue: int
    officer_id: str | None


def due_checks(session: Session, *, today: dt.date | None = None, within_days: int = 0,
               category_id: str | None = None, officer_id: str | None = None) -> list[DueCheck]:
    """Open entries whose next check is due by ``today + within_days``, most overdue first."""
    today = today or dt.date.today()
    limit = (today + dt.timedelta(days=within_days)).isoformat()
    extra, params = "", [limit]
    if category_id:
        extra += " AND e.category_id = ?"
        params.append(category_id)
    if officer_id:
        extra += " AND e.officer_id = ?"
        params.append(officer_id)
    rows = session.db.execute(
        f"SELECT * FROM (SELECT e.id, e.person_id, p.last_name, p.first_name, p.patronymic, "
        f"p.iin, c.code, {NEXT_DUE_SQL} AS due, e.officer_id FROM register_entries e "
        f"JOIN persons p ON p.id = e.person_id AND p.deleted_at IS NULL "
        f"JOIN register_categories c ON c.id = e.category_id WHERE {_ACTIVE}{extra}) "
        f"WHERE due <= ? ORDER BY due, last_name", [*params[1:], limit]).fetchall()
    out = []
    for r in rows:
        name = full_name(dict(zip(("last_name", "first_name", "patronymic"), r[2:5], strict=True)))
        out.append(DueCheck(r[0], r[1], name, r[5] or "", r[6], r[7],
                            (today - dt.date.fromisoformat(r[7])).days, r[8]))
    return out
