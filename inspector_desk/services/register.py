"""The preventive register: categories, entries, checks, and the queries the screens read.

Writes are one transaction each (rows + audit + outbox). Reads that show personal data in
detail (:func:`person_detail`) record the access. :func:`search_persons` is what the
register table pages through: folded-name word prefixes (any name part, Kazakh or Russian
spelling) or an IIN prefix, plus filters, sorted, ``offset``/``limit``. Name words are
looked up in ``person_terms`` (migration 0009), so a search-as-you-type page in name order
costs about a page however many persons match (see :func:`_name_page`).
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
from inspector_desk.services.device_role import enrolled_role, may_change_shared_reference
from inspector_desk.services.persons import RegisterError, full_name
from inspector_desk.services.session import Changes, Session, Tx

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


#: A category another live one with the same code, created earlier (smaller id), stands
#: for: two supervisors added the code offline (m0017). Lists leave it out.
_SHADOWED = ("EXISTS (SELECT 1 FROM register_categories o WHERE o.code = c.code "
             "AND o.deleted_at IS NULL AND o.id < c.id)")


def list_categories(session: Session, *, include_inactive: bool = False) -> list[Category]:
    """The register categories in their display order (one per code)."""
    where = "c.deleted_at IS NULL" + ("" if include_inactive else " AND c.active = 1")
    rows = session.db.execute(
        f"SELECT {_CAT_COLS} FROM register_categories c WHERE {where} AND NOT {_SHADOWED} "
        "ORDER BY sort_order, code").fetchall()
    return [Category(*r[:9], bool(r[9])) for r in rows]


def categories_by_id(session: Session) -> dict[str, Category]:
    """Every live category by id, a shadowed one too (its entries may not have moved yet)."""
    rows = session.db.execute(
        f"SELECT {_CAT_COLS} FROM register_categories WHERE deleted_at IS NULL").fetchall()
    return {r[0]: Category(*r[:9], bool(r[9])) for r in rows}


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
    if not may_change_shared_reference(session):
        raise RegisterError("device_not_supervisor")


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
    ``apply_to_open`` the open entries of the category take it too — here the ones this
    device may change, on every precinct's device when it pulls the category
    (:func:`follow_category_intervals`)."""
    _require_supervisor(session)
    values = _category_values(data)
    values.pop("code", None)
    if "check_interval_days" in values or apply_to_open:
        values["open_entries_follow"] = int(apply_to_open)
    with session.write() as tx:
        old = tx.update("register_categories", category_id, values)
        moved = _follow_interval(session, tx, category_id) if apply_to_open else 0
        if old or moved:
            tx.audit("register.category.update", "register_categories", category_id,
                     f"fields changed: {', '.join(sorted(old))}; open entries updated: {moved}")
    return tx.changes


def _own_entries(session: Session) -> tuple[str, list[Any]]:
    """A condition on ``e`` (register_entries) for the entries this device may change: all
    of them on a precinct's device; on a supervisor's device (which holds the district) the
    ones it wrote itself — its own precinct's. The other precincts' devices change theirs."""
    if enrolled_role(session) == "supervisor":
        return " AND e.device_id = ?", [session.device_id]
    return "", []


def _follow_interval(session: Session, tx: Tx, category_id: str) -> int:
    """Move the open entries of a category to its check interval; returns how many moved
    (only the entries this device may change, :func:`_own_entries`)."""
    where, params = _own_entries(session)
    moved = 0
    for eid, interval in session.db.execute(
            "SELECT e.id, c.check_interval_days FROM register_entries e "
            "JOIN register_categories c ON c.id = e.category_id "
            "WHERE e.category_id = ? AND e.status = 'active' AND e.deleted_at IS NULL "
            f"AND e.check_interval_days <> c.check_interval_days{where}",
            [category_id, *params]).fetchall():
        moved += bool(tx.update("register_entries", eid, {"check_interval_days": interval}))
    return moved


def settle_category_codes(session: Session) -> int:
    """The after-pull hook that settles a code added twice (two supervisors offline, or a
    supervisor and the department): the category created first stands, and this device
    moves its own entries (:func:`_own_entries`) from the other to it. Every device decides
    alike, so their changes agree. Returns how many entries moved."""
    where, params = _own_entries(session)
    rows = session.db.execute(
        "SELECT e.id, (SELECT min(o.id) FROM register_categories o WHERE o.code = c.code "
        "AND o.deleted_at IS NULL) FROM register_entries e "
        "JOIN register_categories c ON c.id = e.category_id "
        f"WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL AND {_SHADOWED}{where}",
        params).fetchall()
    if not rows:
        return 0
    with session.write() as tx:
        for eid, first in rows:
            tx.update("register_entries", eid, {"category_id": first})
        tx.audit("register.category.settle", "register_entries", None,
                 f"entries moved to the category first created under their code: {len(rows)}")
    return len(rows)


def follow_category_intervals(session: Session) -> int:
    """The after-pull hook of ``register_categories``: the open entries of every category
    whose supervisor chose so (``open_entries_follow``) take its check interval on this
    device. Idempotent: every device of a precinct moves them to the same value."""
    ids = [r[0] for r in session.db.execute(
        "SELECT id FROM register_categories WHERE open_entries_follow = 1 "
        "AND deleted_at IS NULL").fetchall()]
    if not ids:
        return 0
    with session.write() as tx:
        moved = sum(_follow_interval(session, tx, cid) for cid in ids)
        if moved:
            tx.audit("register.category.follow", "register_entries", None,
                     f"open entries moved to their category's check interval: {moved}")
    return moved


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
        cat = categories_by_id(session).get(str(raw_cat)) or find_category(session, str(raw_cat))
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
#: Sorts after every continuation of a word (the upper end of a prefix range).
_HIGH = "\U0010ffff"
#: A query word matching at most this many persons is looked up in ``person_terms`` and its
#: matches sorted; above it the word's 1–3 letter term is walked in name order (the first
#: page costs a page, wherever in the alphabet the matches are). See migration 0009.
SPARSE = 5000
#: An IIN prefix matching at most this many persons is read from the (iin, search_key)
#: index and sorted; above it the name index is walked (IINs are spread evenly over names,
#: so at least one row in 20 matches and a page fills quickly).
SPARSE_IIN = 10_000


def _terms(query: str) -> tuple[list[str], list[str]]:
    words = list(dict.fromkeys(fold_tokens(query)))
    return [w for w in words if not w.isdigit()], [w for w in words if w.isdigit()]


def _has_word(column: str, words: list[str]) -> tuple[list[str], list[Any]]:
    """Conditions: each of ``words`` begins a word of the folded name in ``column``."""
    return [f"instr(' ' || {column}, ?) > 0" for _ in words], [f" {w}" for w in words]


def _iin_prefix(column: str, digits: list[str]) -> tuple[list[str], list[Any]]:
    clauses, params = [], []
    for d in digits:
        clauses.append(f"{column} >= ? AND {column} < ?")
        params += [d, d + ":"]  # ':' follows '9'
    return clauses, params


def _term(word: str) -> tuple[str, list[Any]]:
    """``person_terms`` rows of the persons with a name word beginning with ``word``: one
    term (persons in name order, one row each) up to 3 letters, a range of words above."""
    if len(word) <= 3:
        return "t.term = ?", [word]
    return "t.term >= ? AND t.term < ?", [word, word + _HIGH]


@dataclass(slots=True)
class _Plan:
    """How a query's text part is matched: the most selective word drives."""

    names: list[str]
    digits: list[str]
    driver: str | None = None  # the word (or IIN prefix) read first
    sparse: bool = False  # the driver's matches are few enough to read and sort


def _plan(session: Session, query: str) -> _Plan:
    names, digits = _terms(query)
    plan = _Plan(names, digits)
    best: tuple[int, int, str] | None = None
    # longer words first: usually the rarest, and a small count ends the search
    for word in sorted(names, key=len, reverse=True):
        cond, params = _term(word)
        n = session.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM person_terms t "
                               f"WHERE {cond} LIMIT {SPARSE + 1})", params).fetchone()[0]
        if best is None or n < best[0]:
            best = (n, 0, word)
        if n <= 100:
            break
    if (best is None or best[0] > 100) and digits:
        word = max(digits, key=len)
        clauses, params = _iin_prefix("iin", [word])
        n = session.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM persons WHERE iin IS NOT NULL AND "
            f"deleted_at IS NULL AND {clauses[0]} LIMIT {SPARSE_IIN + 1})", params).fetchone()[0]
        if n <= SPARSE_IIN and (best is None or n < best[0]):
            best = (n, 1, word)
    if best is not None:
        plan.driver = best[2]
        plan.sparse = best[0] <= (SPARSE_IIN if best[1] else SPARSE)
    return plan


def _term_query(plan: _Plan) -> tuple[str, list[Any], bool] | None:
    """``FROM … WHERE …`` over ``person_terms t`` yielding ``t.key, t.rid`` of the matching
    persons, its parameters, and whether a person can come twice (a range of words);
    ``None`` when the name index serves the query better (IIN prefixes only)."""
    if plan.driver is None or plan.driver in plan.digits:
        return None
    word = plan.driver
    if plan.sparse:
        cond, params = _term(word)
        rest = [w for w in plan.names if w != word]
    else:  # walk the word's 3-letter term in name order, testing the whole word on the key
        cond, params = _term(word[:3])
        rest = [w for w in plan.names if w != word[:3]]
    clauses, ps = _has_word("t.key", rest)
    join = ""
    if plan.digits:  # tested on the (search_key, iin) index, not the table
        join = (" JOIN persons p INDEXED BY persons_search_key ON p.search_key = t.key "
                "AND p.rowid = t.rid AND p.deleted_at IS NULL")
        more, ps2 = _iin_prefix("p.iin", plan.digits)
        clauses += more
        ps += ps2
    sql = f"FROM person_terms t{join} WHERE {' AND '.join([cond, *clauses])}"
    return sql, params + ps, plan.sparse and len(word) > 3


def _match_sql(session: Session, query: str) -> tuple[list[str], list[Any]]:
    """Conditions on ``p`` matching ``query`` (for filtered or otherwise sorted pages)."""
    plan = _plan(session, query)
    clauses, params = _has_word("p.search_key", plan.names)
    more, ps = _iin_prefix("p.iin", plan.digits)
    clauses += more
    params += ps
    if plan.sparse and plan.driver in plan.names:
        cond, ps = _term(plan.driver)
        clauses.insert(0, f"p.rowid IN (SELECT t.rid FROM person_terms t WHERE {cond})")
        params = ps + params
    elif plan.sparse and plan.driver in plan.digits:
        clauses.insert(0, "p.iin IS NOT NULL")
    return clauses, params


def _where(session: Session, query: str, filters: PersonFilters,
           today: dt.date) -> tuple[str, list[Any]]:
    """SQL conditions on ``p`` and their parameters."""
    clauses = ["p.deleted_at IS NULL"]
    params: list[Any] = []
    if query.strip():
        more, ps = _match_sql(session, query)
        clauses += more
        params += ps
    entry_sets = []
    if filters.category_id:
        entry_sets.append((_SAME_CODE, [filters.category_id]))
    if filters.officer_id:
        entry_sets.append((_SAME_OFFICER, [filters.officer_id]))
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
    return " AND ".join(clauses), params


def _name_page(session: Session, query: str, offset: int, limit: int,
               descending: bool) -> list[int] | None:
    """Rowids of a page of persons matching ``query`` in name order, with no filters: from
    ``person_terms`` (or, for IIN prefixes, the name or IIN index), bounded by the page
    and :data:`SPARSE`. ``None`` for an empty query."""
    plan = _plan(session, query)
    if plan.driver is None and not plan.digits:
        return None
    d = "DESC" if descending else "ASC"
    terms = _term_query(plan)
    if terms is not None:
        sql, params, twice = terms
        distinct = "DISTINCT " if twice else ""
        rows = session.db.execute(
            f"SELECT {distinct}t.key, t.rid {sql} ORDER BY t.key {d}, t.rid {d} "
            "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [r[1] for r in rows]
    clauses, params = _iin_prefix("p.iin", plan.digits)
    more, ps = _has_word("p.search_key", plan.names)
    if plan.sparse:  # a few thousand persons by IIN, sorted
        index = "persons_iin_search_key"
        clauses.insert(0, "p.iin IS NOT NULL")
    else:  # many: walk the (search_key, iin) index in name order
        index = "persons_search_key"
    rows = session.db.execute(
        f"SELECT p.rowid FROM persons p INDEXED BY {index} WHERE p.deleted_at IS NULL AND "
        f"{' AND '.join(clauses + more)} ORDER BY p.search_key {d}, p.rowid {d} "
        "LIMIT ? OFFSET ?", [*params, *ps, limit, offset]).fetchall()
    return [r[0] for r in rows]


_ORDER = {
    "name": "p.search_key {d}, p.rowid {d}",
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
    filters = filters or PersonFilters()
    cols = ("p.id, p.iin, p.last_name, p.first_name, p.patronymic, p.birth_date, "
            "p.settlement, p.street, p.house, p.apartment")
    rids = None
    by_name = sort not in _ORDER or sort == "name"
    if by_name and filters == PersonFilters() and query.strip():
        rids = _name_page(session, query, offset, limit, descending)
    if rids is not None:
        # the page's rows by rowid, in the order found
        found = {r[-1]: r for r in session.db.execute(
            f"SELECT {cols}, p.rowid FROM persons p WHERE p.deleted_at IS NULL AND p.rowid IN "
            f"({','.join(map(str, rids)) or 'NULL'})")}
        rows = [found[r] for r in rids if r in found]
    else:
        where, params = _where(session, query, filters, today)
        order = _ORDER[sort if sort in _ORDER else "name"].format(
            d="DESC" if descending else "ASC")
        if sort == "next_due":
            rows = _by_next_due(session, cols, where, params, offset, limit, descending)
        else:
            rows = session.db.execute(
                f"SELECT {cols} FROM persons p WHERE {where} ORDER BY {order} "
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
            f"ORDER BY due.next_due {d}, p.search_key, p.rowid LIMIT ? OFFSET ?",
            [*params, limit, offset]).fetchall()
    if len(rows) < limit:
        rows += session.db.execute(
            f"SELECT {cols} FROM persons p WHERE {where} AND p.id NOT IN (SELECT e.person_id "
            f"FROM register_entries e WHERE {_ACTIVE}) ORDER BY p.search_key, p.rowid "
            "LIMIT ? OFFSET ?",
            [*params, limit - len(rows), max(0, offset - with_due)]).fetchall()
    return rows


def count_persons(session: Session, query: str = "", filters: PersonFilters | None = None, *,
                  today: dt.date | None = None, cap: int | None = None) -> int:
    """How many persons :func:`search_persons` would page through (at most ``cap + 1``).

    With a ``cap`` and no filters the count reads at most ``cap + 1`` matches (or the
    :data:`SPARSE` ones of the query's rarest word), so it is as quick as a page.
    """
    filters = filters or PersonFilters()
    limit = f" LIMIT {cap + 1}" if cap is not None else ""
    if filters == PersonFilters() and query.strip():
        terms = _term_query(_plan(session, query))
        if terms is not None:
            sql, params, _twice = terms
            return session.db.execute(f"SELECT count(*) FROM (SELECT DISTINCT t.rid {sql}"
                                      f"{limit})", params).fetchone()[0]
    where, params = _where(session, query, filters, today or dt.date.today())
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
    """(id, full name) of the officers of the device, one per login of a precinct: an
    officer who set up a new device under the same login has a record on each device, and
    a filter by the officer (``PersonFilters.officer_id``, ``due_checks``) matches the
    records of both. The id is the one this device's login unlocks, if any. Officers of two
    precincts (a supervisor's device holds the district) may share a login: they stay two."""
    rows = session.db.execute(
        "SELECT o.id, o.full_name, o.login, o.precinct_id FROM officers o "
        "LEFT JOIN meta m ON m.key = 'officer:' || o.login AND m.value = o.id "
        "WHERE o.deleted_at IS NULL ORDER BY o.login, m.value IS NULL, o.id").fetchall()
    one: dict[tuple[str, str | None], tuple[str, str]] = {}
    for oid, name, login, precinct in rows:  # a login names an officer within a precinct
        one.setdefault((login, precinct), (oid, name))
    return sorted(one.values(), key=lambda o: (o[1], o[0]))


def officer_names(session: Session) -> dict[str, str]:
    """Every officer record's id → full name (records written under either of an officer's
    records are named)."""
    return dict(session.db.execute("SELECT id, full_name FROM officers").fetchall())


#: Entries of the given category or one added under the same code (not yet moved to it).
_SAME_CODE = ("e.category_id IN (SELECT c2.id FROM register_categories c1 "
              "JOIN register_categories c2 ON c2.code = c1.code WHERE c1.id = ?)")
#: Entries whose officer is the given one or has its login in its precinct (one officer,
#: two devices; another precinct's officer may use the same login).
_SAME_OFFICER = ("e.officer_id IN (SELECT o2.id FROM officers o1 JOIN officers o2 "
                 "ON o2.login = o1.login AND o2.precinct_id IS o1.precinct_id WHERE o1.id = ?)")


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
    photo: bytes | None = None  # JPEG or PNG as stored


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
    names = officer_names(session)
    cur = session.db.execute("SELECT * FROM persons WHERE id = ? AND deleted_at IS NULL",
                             [person_id])
    row = cur.fetchone()
    if row is None:
        raise RegisterError("not_found")
    person = dict(zip([d[0] for d in cur.description], row, strict=True))
    photo = person.pop("photo", None)
    cats = categories_by_id(session)
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
    return PersonDetail(person, entries, bytes(photo) if photo else None)


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
        extra += f" AND {_SAME_CODE}"
        params.append(category_id)
    if officer_id:
        extra += f" AND {_SAME_OFFICER}"
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
