"""Citizen receptions and appeals (issue 4): one function per user action, plus the queries
the Receptions page, Today, the talon and the journal read.

Every action is one ``with session.write() as tx`` that writes the appeal through
``tx.insert``/``tx.update`` and one audit entry without personal data (the registration
number and codes only). Nothing is deleted: :func:`cancel_appeal` keeps the record with
its reason. Rules and terms live in :mod:`inspector_desk.domain.appeals`; the calendar is
the shipped one with the supervisor's decreed transfers
(:func:`inspector_desk.services.calendar_overrides.precinct_calendar`).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from inspector_desk.domain import appeals as rules
from inspector_desk.domain.appeals import AppealDraft, AppealError
from inspector_desk.domain.kz_calendar import CalendarRangeError, WorkCalendar
from inspector_desk.domain.textfold import fold
from inspector_desk.services.calendar_overrides import precinct_calendar
from inspector_desk.services.session import Changes, Session, Tx

#: Roles that take and handle appeals (trainers and trainees work on exercises only).
HANDLING_ROLES = ("inspector", "assistant", "supervisor")
PREFIX_KEY = "reception_prefix"
DEFAULT_HOURS = {str(d): ["17:00", "20:00"] for d in range(5)}  # Mon–Fri; holidays excluded


# --- records ---------------------------------------------------------------------------

def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class Appeal:
    """An appeal as stored (dates parsed; ``attachments`` a tuple of names)."""

    id: str
    reg_number: str
    reg_year: int
    reg_prefix: str
    reg_seq: int
    reg_suffix: int
    number_note: str | None
    received_at: dt.datetime
    registered_on: dt.date
    receiving_officer_name: str
    receiving_officer_position: str | None
    receiving_officer_rank: str | None
    format: str
    kind: str
    anonymous: bool
    applicant_name: str | None
    applicant_iin: str | None
    applicant_address: str | None
    applicant_phone: str | None
    applicant_lang: str
    person_id: str | None
    summary: str
    attachments: tuple[str, ...]
    status: str
    due_on: dt.date | None
    forward_due_on: dt.date | None
    forwarded_to: str | None = None
    forwarded_on: dt.date | None = None
    forwarded_number: str | None = None
    forwarded_late: bool = False
    forward_late_reason: str | None = None
    extended_on: dt.date | None = None
    extension_reason: str | None = None
    extension_notice_due: dt.date | None = None
    extension_informed_on: dt.date | None = None
    decided_on: dt.date | None = None
    outcome: str | None = None
    answer_via: str | None = None
    answered_on: dt.date | None = None
    decision_summary: str | None = None
    handed_to: str | None = None
    handed_on: dt.date | None = None
    handed_reference: str | None = None
    closed_on: dt.date | None = None
    cancelled_on: dt.date | None = None
    cancel_reason: str | None = None
    precinct_id: str | None = None

    @property
    def applicant_display(self) -> str:
        return "" if self.anonymous else (self.applicant_name or "")


_DATE_FIELDS = {f.name for f in fields(Appeal)
                if f.type in ("dt.date | None", "dt.date")}
_COLUMNS = [f.name for f in fields(Appeal)]
_SELECT = "SELECT " + ", ".join(_COLUMNS) + " FROM appeals"


def _appeal(row: Sequence) -> Appeal:
    values = dict(zip(_COLUMNS, row, strict=True))
    for name in _DATE_FIELDS:
        values[name] = _date(values[name])
    values["received_at"] = dt.datetime.fromisoformat(values["received_at"])
    values["anonymous"] = bool(values["anonymous"])
    values["forwarded_late"] = bool(values["forwarded_late"])
    values["attachments"] = tuple(json.loads(values["attachments"] or "[]"))
    return Appeal(**values)


@dataclass(frozen=True, slots=True)
class Taken:
    """What :func:`take_appeal` returns: the new record's id and number, and the changes."""

    id: str
    number: str
    changes: Changes = field(default_factory=Changes)


# --- numbering -------------------------------------------------------------------------

def number_prefix(session: Session) -> str:
    """This device's registration-number prefix (set, or derived from the device id)."""
    return session.meta(PREFIX_KEY) or rules.default_prefix(session.device_id)


def set_number_prefix(session: Session, prefix: str) -> Changes:
    """Give this device a short prefix (e.g. the one the department assigned)."""
    prefix = prefix.strip().upper()
    if not rules.valid_prefix(prefix):
        raise AppealError("bad_prefix", "prefix")
    with session.write() as tx:
        tx.execute_local("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                         "DO UPDATE SET value = excluded.value", [PREFIX_KEY, prefix])
        tx.audit("appeal.prefix", "meta", None, f"registration prefix set to {prefix}")
        return tx.changes


def _next_seq(session: Session, precinct_id: str | None, year: int, prefix: str) -> int:
    row = session.db.execute(
        "SELECT max(reg_seq) FROM appeals WHERE precinct_id IS ? AND reg_year = ? "
        "AND reg_prefix = ?", [precinct_id, year, prefix]).fetchone()
    return int(row[0] or 0) + 1


#: Appeal fields the numbering rule sets after a clash: two devices that renumbered one
#: appeal from different views conflict on them, and the rule (run again with every record
#: in view) settles it.
NUMBERING = ("reg_number", "reg_suffix", "number_note")


def resolve_number_clashes(session: Session) -> list[rules.Renumbering]:
    """Find registration numbers used twice (sync), renumber deterministically, keep both.

    Returns what changed so the GUI can tell the user; each renumbered record also keeps
    a ``number_note`` (the old number) shown beside it until the applicant is told.
    """
    rows = session.db.execute(
        "SELECT a.id, a.precinct_id, a.reg_year, a.reg_prefix, a.reg_seq, a.reg_suffix, "
        "a.received_at FROM appeals a JOIN (SELECT precinct_id, reg_year, reg_prefix, reg_seq "
        "FROM appeals WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d "
        "ON a.precinct_id IS d.precinct_id AND a.reg_year = d.reg_year "
        "AND a.reg_prefix = d.reg_prefix AND a.reg_seq = d.reg_seq "
        "WHERE a.deleted_at IS NULL AND a.precinct_id IS ?",  # only this device's precinct:
        [session.meta("precinct_id")]).fetchall()  # a supervisor may write no other
    names = ("id", "precinct_id", "reg_year", "reg_prefix", "reg_seq", "reg_suffix",
             "received_at")
    plan = rules.resolve_number_clashes([dict(zip(names, r, strict=True)) for r in rows])
    moot = session.db.execute(
        "SELECT id FROM conflicts WHERE state = 'open' AND entity = 'appeals' "
        f"AND field IN ({', '.join('?' * len(NUMBERING))})", NUMBERING).fetchall()
    if not plan and not moot:
        return []
    with session.write() as tx:
        for change in plan:
            suffix = int(change.new_number.rpartition("/")[2]) if "/" in change.new_number else 0
            tx.update("appeals", change.id, {"reg_number": change.new_number,
                                             "reg_suffix": suffix,
                                             "number_note": change.old_number})
            tx.audit("appeal.renumber", "appeals", change.id,
                     f"number clash: {change.old_number} -> {change.new_number}")
        if moot:  # the numbers follow the rule just applied, not a person's choice
            tx.execute_local(
                "UPDATE conflicts SET state = 'resolved', resolved_at = ? WHERE id IN "
                f"({', '.join('?' * len(moot))})",
                [dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), *(m[0] for m in moot)])
            tx.audit("appeal.renumber", "conflicts", None,
                     f"{len(moot)} conflict(s) on renumbering settled by the numbering rule")
    return plan


# --- actions ---------------------------------------------------------------------------

def _require_role(session: Session) -> None:
    role = session.actor.role if session.actor else "?"
    if role not in HANDLING_ROLES:
        raise AppealError("not_allowed", None, role=role)


def _officer(session: Session) -> tuple[str, str | None, str | None]:
    row = session.db.execute("SELECT full_name, position, rank FROM officers WHERE id = ?",
                             [session.actor.officer_id]).fetchone()
    if row is None:
        return session.actor.full_name, None, None
    return row[0], row[1], row[2]


def _calendar(session: Session, calendar: WorkCalendar | None) -> WorkCalendar:
    return calendar or precinct_calendar(session)


def take_appeal(session: Session, draft: AppealDraft, *, now: dt.datetime | None = None,
                calendar: WorkCalendar | None = None) -> Taken:
    """Register an appeal the day it is received (АППК 64) and number it.

    Registration is the day of receipt when that is a working day, else the next working
    day (АППК 64 p.3); the decision term is 15 working days from the next day (АППК 76).
    """
    _require_role(session)
    now = now or dt.datetime.now()
    rules.validate_draft(draft, now)
    cal = _calendar(session, calendar)
    received = draft.received_at.replace(second=0, microsecond=0, tzinfo=None)
    try:
        registered = cal.registration_day(received.date())
        due = cal.decision_due(registered)
        forward_due = cal.forward_due(registered)
    except CalendarRangeError as exc:
        raise AppealError("calendar_range", "received_at", day=exc.day) from None
    precinct_id = session.meta("precinct_id")
    prefix = number_prefix(session)
    name, position, rank = _officer(session)
    anonymous = draft.anonymous
    with session.write() as tx:
        seq = _next_seq(session, precinct_id, registered.year, prefix)
        number = rules.format_number(registered.year, prefix, seq)
        rid = tx.insert("appeals", {
            "precinct_id": precinct_id,
            "reg_number": number, "reg_year": registered.year, "reg_prefix": prefix,
            "reg_seq": seq, "reg_suffix": 0,
            "received_at": received.isoformat(timespec="minutes"),
            "registered_on": registered.isoformat(),
            "receiving_officer_id": session.actor.officer_id,
            "receiving_officer_name": name, "receiving_officer_position": position,
            "receiving_officer_rank": rank,
            "format": draft.format, "kind": draft.kind, "anonymous": int(anonymous),
            "applicant_name": None if anonymous else draft.applicant_name.strip(),
            "applicant_iin": None if anonymous else (draft.applicant_iin.strip() or None),
            "applicant_address": draft.applicant_address.strip() or None,
            "applicant_phone": draft.applicant_phone.strip() or None,
            "applicant_lang": draft.applicant_lang,
            "person_id": draft.person_id,
            "summary": draft.summary.strip(),
            "attachments": json.dumps([a.strip() for a in draft.attachments if a.strip()],
                                      ensure_ascii=False),
            "status": "registered",
            "due_on": None if draft.kind == "offence_report" else due.isoformat(),
            "forward_due_on": forward_due.isoformat(),
        })
        tx.audit("appeal.take", "appeals", rid,
                 f"appeal {number} registered ({draft.kind}, {draft.format})")
        return Taken(rid, number, tx.changes)


def get_appeal(session: Session, appeal_id: str) -> Appeal:
    """One appeal (``AppealError('not_found')`` when there is none)."""
    row = session.db.execute(f"{_SELECT} WHERE id = ?", [appeal_id]).fetchone()
    if row is None:
        raise AppealError("not_found")
    return _appeal(row)


def _move(tx: Tx, appeal: Appeal, target: str, values: dict, action: str, summary: str) -> None:
    rules.check_move(appeal.status, target)
    tx.update("appeals", appeal.id, {"status": target, **values})
    tx.audit(action, "appeals", appeal.id, f"appeal {appeal.reg_number}: {summary}")


def start_work(session: Session, appeal_id: str) -> Changes:
    """Registered → in work."""
    _require_role(session)
    appeal = get_appeal(session, appeal_id)
    with session.write() as tx:
        _move(tx, appeal, "in_work", {}, "appeal.start", "taken into work")
        return tx.changes


def forward_appeal(session: Session, appeal_id: str, *, body: str, forwarded_on: dt.date,
                   outgoing_number: str, late_reason: str = "", partial: bool = False,
                   today: dt.date | None = None,
                   calendar: WorkCalendar | None = None) -> Changes:
    """Forward to the competent body (АППК 65), recording body, date and outgoing number.

    Late forwarding (after 3 working days) is accepted with its reason and flagged.
    ``partial`` forwards some of the demands (65 p.2): the rest stays with us, in work.
    """
    _require_role(session)
    appeal = get_appeal(session, appeal_id)
    late = rules.check_forward(
        registered=appeal.registered_on, forwarded_on=forwarded_on,
        today=today or dt.date.today(), body=body, outgoing_number=outgoing_number,
        late_reason=late_reason, calendar=_calendar(session, calendar))
    values = {"forwarded_to": body.strip(), "forwarded_on": forwarded_on.isoformat(),
              "forwarded_number": outgoing_number.strip(), "forwarded_late": int(late),
              "forward_late_reason": late_reason.strip() or None}
    with session.write() as tx:
        note = "forwarded late" if late else "forwarded"
        if partial:
            if appeal.status == "registered":
                _move(tx, appeal, "in_work", values, "appeal.forward", f"part {note}")
            else:
                rules.check_move(appeal.status, "forwarded")
                tx.update("appeals", appeal.id, values)
                tx.audit("appeal.forward", "appeals", appeal.id,
                         f"appeal {appeal.reg_number}: part {note}")
        else:
            _move(tx, appeal, "forwarded", values, "appeal.forward", note)
        return tx.changes


def extend_appeal(session: Session, appeal_id: str, *, decided_on: dt.date, new_due: dt.date,
                  reason: str, today: dt.date | None = None,
                  calendar: WorkCalendar | None = None) -> Changes:
    """Extend the term by a reasoned decision (АППК 76 p.3): at most 2 months from it."""
    _require_role(session)
    appeal = get_appeal(session, appeal_id)
    rules.check_move(appeal.status, "extended")
    cal = _calendar(session, calendar)
    notice = rules.check_extension(
        registered=appeal.registered_on, current_due=appeal.due_on or appeal.registered_on,
        decided_on=decided_on, new_due=new_due, today=today or dt.date.today(),
        reason=reason, calendar=cal)
    with session.write() as tx:
        _move(tx, appeal, "extended",
              {"extended_on": decided_on.isoformat(), "extension_reason": reason.strip(),
               "due_on": new_due.isoformat(), "extension_notice_due": notice.isoformat()},
              "appeal.extend", f"term extended to {new_due.isoformat()}")
        return tx.changes


def notice_late_days(notice_due: dt.date | None, day: dt.date, calendar: WorkCalendar) -> int:
    """Working days by which telling the applicant of an extension on ``day`` is late (0 on
    time); at least 1 once the term has passed, even on a day off right after it."""
    if notice_due is None:
        return 0
    try:
        state = rules.due_state("extended", notice_due, day, calendar)
    except CalendarRangeError:
        return 0 if day <= notice_due else 1
    return -state.days if state.level == "overdue" else 0


def record_extension_notice(session: Session, appeal_id: str, *, informed_on: dt.date,
                            today: dt.date | None = None,
                            calendar: WorkCalendar | None = None) -> Changes:
    """Record that the applicant was told of the extension (АППК 76 p.3: within 3 working
    days of the decision).

    A late notice is accepted (the applicant must still be told) and the audit entry says
    how many working days late it was. The pending term ``extension_notice_due`` is cleared
    (nothing is left to send, see :class:`DueLine`) and the day is kept in
    ``extension_informed_on``.
    """
    _require_role(session)
    appeal = get_appeal(session, appeal_id)
    if appeal.status != "extended" or appeal.extension_notice_due is None:
        raise AppealError("no_notice_pending")
    if appeal.extended_on is not None and informed_on < appeal.extended_on:
        raise AppealError("notice_before_extension", "informed_on", day=appeal.extended_on)
    if informed_on > (today or dt.date.today()):
        raise AppealError("date_in_future", "informed_on")
    late = notice_late_days(appeal.extension_notice_due, informed_on,
                            _calendar(session, calendar))
    summary = f"applicant told of the extension on {informed_on.isoformat()}"
    if late:
        summary += f", {late} working day(s) late"
    with session.write() as tx:
        tx.update("appeals", appeal.id, {"extension_notice_due": None,
                                         "extension_informed_on": informed_on.isoformat()})
        tx.audit("appeal.extension_notice", "appeals", appeal.id,
                 f"appeal {appeal.reg_number}: {summary}")
        return tx.changes


def decide_appeal(session: Session, appeal_id: str, *, decided_on: dt.date, outcome: str,
                  answer_via: str, answered_on: dt.date | None = None, summary: str = "",
                  today: dt.date | None = None) -> Changes:
    """Record the decision and how and when the applicant was answered."""
    _require_role(session)
    appeal = get_appeal(session, appeal_id)
    rules.check_move(appeal.status, "decided")
    rules.check_decision(registered=appeal.registered_on, decided_on=decided_on,
                         answered_on=answered_on, today=today or dt.date.today(),
                         outcome=outcome, answer_via=answer_via)
    with session.write() as tx:
        _move(tx, appeal, "decided",
              {"decided_on": decided_on.isoformat(), "outcome": outcome,
               "answer_via": answer_via,
               "answered_on": answered_on.isoformat() if answered_on else None,
               "decision_summary": summary.strip() or None},
              "appeal.decide", f"decided ({outcome})")
        return tx.changes


def hand_over_offence(session: Session, appeal_id: str, *, duty_unit: str, handed_on: dt.date,
                      reference: str, today: dt.date | None = None) -> Changes:
    """Hand a report of an offence to the duty unit (УПК 181/185), keeping its reference."""
    _require_role(session)
    appeal = get_appeal(session, appeal_id)
    if appeal.kind != "offence_report":
        raise AppealError("offence_only", "kind")
    if not duty_unit.strip():
        raise AppealError("duty_unit_required", "duty_unit")
    if handed_on < appeal.received_at.date():
        raise AppealError("before_registration", "handed_on", registered=appeal.registered_on)
    if handed_on > (today or dt.date.today()):
        raise AppealError("date_in_future", "handed_on")
    if not reference.strip():
        raise AppealError("reference_required", "reference")
    with session.write() as tx:
        _move(tx, appeal, "handed_over",
              {"handed_to": duty_unit.strip(), "handed_on": handed_on.isoformat(),
               "handed_reference": reference.strip()},
              "appeal.hand_over", "handed to the duty unit")
        return tx.changes


def close_appeal(session: Session, appeal_id: str, *, closed_on: dt.date | None = None) -> Changes:
    """Decided / forwarded / handed over → closed."""
    _require_role(session)
    appeal = get_appeal(session, appeal_id)
    day = closed_on or dt.date.today()
    with session.write() as tx:
        _move(tx, appeal, "closed", {"closed_on": day.isoformat()}, "appeal.close", "closed")
        return tx.changes


def cancel_appeal(session: Session, appeal_id: str, *, reason: str,
                  today: dt.date | None = None) -> Changes:
    """Cancel an appeal registered by mistake; it stays, with the reason, in the journal."""
    _require_role(session)
    if not reason.strip():
        raise AppealError("cancel_reason_required", "reason")
    appeal = get_appeal(session, appeal_id)
    with session.write() as tx:
        _move(tx, appeal, "cancelled",
              {"cancelled_on": (today or dt.date.today()).isoformat(),
               "cancel_reason": reason.strip()}, "appeal.cancel", "cancelled")
        return tx.changes


def recompute_terms(session: Session, tx: Tx, calendar: WorkCalendar) -> int:
    """Recount the terms of this precinct's running, unextended appeals (after a calendar
    change; a supervisor's device also holds other precincts', which it may not write)."""
    rows = session.db.execute(
        "SELECT id, registered_on, due_on, forward_due_on, kind FROM appeals "
        "WHERE deleted_at IS NULL AND status IN ('registered', 'in_work') "
        "AND precinct_id IS ?", [session.meta("precinct_id")]).fetchall()
    changed = 0
    for rid, registered, due, forward_due, kind in rows:
        reg = dt.date.fromisoformat(registered)
        new_due = None if kind == "offence_report" else calendar.decision_due(reg).isoformat()
        new_fwd = calendar.forward_due(reg).isoformat()
        if (new_due, new_fwd) != (due, forward_due):
            tx.update("appeals", rid, {"due_on": new_due, "forward_due_on": new_fwd})
            changed += 1
    if changed:
        tx.audit("appeal.recount", "appeals", None, f"terms recounted for {changed} appeal(s)")
    return changed


def settle_term_conflicts(session: Session) -> int:
    """The after-pull hook that settles a conflict on an extended appeal's term: the
    extension (a reasoned decision, АППК 76 p.3) wins over a recount after a day transfer
    (a rule; recounts skip extended appeals). On the device that extended, its value is
    written again; on the device that recounted, the conflict is closed. A conflict that is
    not between the two is left for a person. Returns how many it settled."""
    from inspector_desk.services.calendar_overrides import precinct_calendar

    rows = session.db.execute(
        "SELECT c.id, c.entity_id, c.mine, c.theirs, a.registered_on, a.kind FROM conflicts c "
        "JOIN appeals a ON a.id = c.entity_id WHERE c.state = 'open' AND c.entity = 'appeals' "
        "AND c.field = 'due_on' AND a.status = 'extended' AND a.deleted_at IS NULL "
        "AND a.precinct_id IS ?", [session.meta("precinct_id")]).fetchall()
    if not rows:
        return 0
    calendar = precinct_calendar(session)
    settled = 0
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with session.write() as tx:
        for cid, rid, mine_json, theirs_json, registered, kind in rows:
            mine, theirs = (json.loads(v) if v else None for v in (mine_json, theirs_json))
            reg = dt.date.fromisoformat(registered)
            rule = None if kind == "offence_report" else calendar.decision_due(reg).isoformat()
            if mine != rule and theirs == rule:  # this device extended
                tx.update("appeals", rid, {"due_on": mine})
                choice = "mine"
            elif mine == rule and theirs != rule:  # this device recounted
                choice = "theirs"
            else:
                continue
            tx.execute_local("UPDATE conflicts SET state = 'resolved', resolution = ?, "
                             "resolved_at = ? WHERE id = ?", [choice, now, cid])
            tx.audit("appeal.recount", "appeals", rid,
                     "term conflict settled: the extension stands over the recount")
            settled += 1
    return settled


def recount_after_pull(session: Session) -> int:
    """The after-pull hook of ``calendar_overrides``: a transfer the department published
    or a supervisor of the precinct entered recounts the terms here too (every device of
    the precinct computes the same dates, so their changes agree)."""
    from inspector_desk.services.calendar_overrides import precinct_calendar

    with session.write() as tx:
        return recompute_terms(session, tx, precinct_calendar(session))


# --- queries ---------------------------------------------------------------------------

VIEWS = ("all", "open", "due_week", "overdue", "forwarded", "done")


@dataclass(frozen=True, slots=True)
class AppealFilter:
    """What the Receptions list shows: a view, optional kind and format, a search text."""

    view: str = "all"
    kind: str | None = None
    format: str | None = None
    search: str = ""


def _where(flt: AppealFilter, today: dt.date) -> tuple[str, list]:
    clauses, params = ["deleted_at IS NULL"], []
    open_ = "status IN ('registered', 'in_work', 'extended')"
    if flt.view == "open":
        clauses.append(open_)
    elif flt.view == "due_week":
        sunday = today + dt.timedelta(days=6 - today.weekday())
        clauses += [open_, "due_on >= ?", "due_on <= ?"]
        params += [today.isoformat(), sunday.isoformat()]
    elif flt.view == "overdue":
        clauses += [open_, "due_on < ?"]
        params.append(today.isoformat())
    elif flt.view == "forwarded":
        clauses.append("forwarded_on IS NOT NULL")
    elif flt.view == "done":
        clauses.append("status IN ('decided', 'closed', 'handed_over', 'cancelled', "
                       "'forwarded')")
    if flt.kind:
        clauses.append("kind = ?")
        params.append(flt.kind)
    if flt.format:
        clauses.append("format = ?")
        params.append(flt.format)
    if flt.search.strip():
        clauses.append("appeal_fold(coalesce(applicant_name, '') || ' ' || reg_number || ' ' "
                       "|| coalesce(applicant_address, '') || ' ' || summary) LIKE ?")
        params.append("%" + fold(flt.search.strip()).replace("%", "").replace("_", "") + "%")
    return " AND ".join(clauses), params


def _register_fold(session: Session) -> None:
    session.db.conn.create_function("appeal_fold", 1, fold, deterministic=True)


def count_appeals(session: Session, flt: AppealFilter, *, today: dt.date | None = None) -> int:
    """How many appeals the filter matches."""
    _register_fold(session)
    where, params = _where(flt, today or dt.date.today())
    return session.db.execute(f"SELECT count(*) FROM appeals WHERE {where}", params).fetchone()[0]


def list_appeals(session: Session, flt: AppealFilter, *, today: dt.date | None = None,
                 offset: int = 0, limit: int = 200) -> list[Appeal]:
    """A page of appeals, newest first (open views: nearest term first)."""
    _register_fold(session)
    where, params = _where(flt, today or dt.date.today())
    order = ("due_on, received_at" if flt.view in ("due_week", "overdue", "open")
             else "received_at DESC, reg_number DESC")
    rows = session.db.execute(f"{_SELECT} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                              [*params, limit, offset]).fetchall()
    return [_appeal(r) for r in rows]


@dataclass(frozen=True, slots=True)
class DueLine:
    """An appeal for Today: running and due within 3 working days, or overdue."""

    id: str
    number: str
    applicant: str
    kind: str
    due_on: dt.date
    days_left: int  # working days; negative when overdue
    notice_due: dt.date | None  # an extension's notice to the applicant still to send


def due_lines(session: Session, *, today: dt.date | None = None,
              within: int = rules.DUE_SOON_DAYS,
              calendar: WorkCalendar | None = None) -> list[DueLine]:
    """Running appeals due within ``within`` working days or overdue, nearest first."""
    today = today or dt.date.today()
    cal = _calendar(session, calendar)
    try:
        horizon = cal.add_working_days(today, within)
    except CalendarRangeError:
        horizon = today + dt.timedelta(days=7)
    rows = session.db.execute(
        "SELECT id, reg_number, anonymous, applicant_name, kind, due_on, extension_notice_due "
        "FROM appeals WHERE deleted_at IS NULL AND status IN ('registered', 'in_work', "
        "'extended') AND due_on IS NOT NULL AND due_on <= ? ORDER BY due_on, reg_number",
        [horizon.isoformat()]).fetchall()
    out = []
    for rid, number, anonymous, name, kind, due, notice in rows:
        due_day = dt.date.fromisoformat(due)
        out.append(DueLine(rid, number, "" if anonymous else (name or ""), kind, due_day,
                           cal.days_left(due_day, today), _date(notice)))
    return out


def notice_lines(session: Session, *, today: dt.date | None = None,
                 within: int = rules.DUE_SOON_DAYS,
                 calendar: WorkCalendar | None = None) -> list[DueLine]:
    """Extended appeals whose applicant is still to be told of the extension, with that
    notice due within ``within`` working days or overdue (``due_on`` is the notice term)."""
    today = today or dt.date.today()
    cal = _calendar(session, calendar)
    try:
        horizon = cal.add_working_days(today, within)
    except CalendarRangeError:
        horizon = today + dt.timedelta(days=7)
    rows = session.db.execute(
        "SELECT id, reg_number, anonymous, applicant_name, kind, extension_notice_due "
        "FROM appeals WHERE deleted_at IS NULL AND status = 'extended' "
        "AND extension_notice_due IS NOT NULL AND extension_notice_due <= ? "
        "ORDER BY extension_notice_due, reg_number", [horizon.isoformat()]).fetchall()
    out = []
    for rid, number, anonymous, name, kind, notice in rows:
        day = dt.date.fromisoformat(notice)
        try:
            left = cal.days_left(day, today)
        except CalendarRangeError:
            left = 0
        out.append(DueLine(rid, number, "" if anonymous else (name or ""), kind, day, left, day))
    return out


def journal_appeals(session: Session, start: dt.date, end: dt.date) -> list[Appeal]:
    """Every appeal registered in [start, end], in registration order (for the journal)."""
    rows = session.db.execute(
        f"{_SELECT} WHERE deleted_at IS NULL AND registered_on BETWEEN ? AND ? "
        "ORDER BY registered_on, received_at, reg_number",
        [start.isoformat(), end.isoformat()]).fetchall()
    return [_appeal(r) for r in rows]


def precinct_name(session: Session) -> str:
    row = session.db.execute(
        "SELECT name FROM precincts WHERE id = (SELECT value FROM meta WHERE key='precinct_id')"
    ).fetchone()
    return row[0] if row else ""


def officer_rank(session: Session) -> str:
    """The acting officer's rank (for the hours notice)."""
    return _officer(session)[2] or ""


# --- reception hours -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReceptionHours:
    """The precinct's reception schedule: weekday (0 = Monday) → (start, end) "HH:MM"."""

    days: dict[int, tuple[str, str]]
    place: str = ""
    phone: str = ""
    note: str = ""
    id: str | None = None


def reception_hours(session: Session) -> ReceptionHours:
    """This precinct's stored schedule, or the default: 17:00–20:00 on working days
    (Mon–Fri). A supervisor's device also holds the other precincts' schedules."""
    row = session.db.execute(
        "SELECT id, schedule, coalesce(place, ''), coalesce(phone, ''), coalesce(note, '') "
        "FROM reception_hours WHERE deleted_at IS NULL AND precinct_id IS ? "
        "ORDER BY updated_at DESC, id LIMIT 1", [session.meta("precinct_id")]).fetchone()
    if row is None:
        return ReceptionHours({int(k): tuple(v) for k, v in DEFAULT_HOURS.items()})
    days = {int(k): (v[0], v[1]) for k, v in json.loads(row[1]).items()}
    return ReceptionHours(days, row[2], row[3], row[4], row[0])


_HOURS_NS = uuid.UUID("6f1c2d3e-8a4b-5c6d-9e0f-1a2b3c4d5e6f")


def _hours_id(precinct_id: str) -> str:
    """The id of a precinct's reception-hours record (the same on every device)."""
    return str(uuid.uuid5(_HOURS_NS, precinct_id))


def save_reception_hours(session: Session, hours: ReceptionHours) -> Changes:
    """Store the schedule (one record per precinct, updated in place)."""
    _require_role(session)
    for start, end in hours.days.values():
        try:
            ok = dt.time.fromisoformat(start) < dt.time.fromisoformat(end)
        except ValueError:
            ok = False
        if not ok:
            raise AppealError("bad_hours", "hours")
    values = {"precinct_id": session.meta("precinct_id"),
              "schedule": json.dumps({str(k): list(v) for k, v in sorted(hours.days.items())}),
              "place": hours.place.strip(), "phone": hours.phone.strip(),
              "note": hours.note.strip()}
    current = reception_hours(session)
    with session.write() as tx:
        if current.id:
            tx.update("reception_hours", current.id, values)
            rid = current.id
        else:  # one record per precinct, the same id on every device: two devices saving
            # the first schedule offline write one record (its fields merge or conflict)
            rid = tx.insert("reception_hours", values,
                            record_id=_hours_id(session.meta("precinct_id") or ""))
        tx.audit("reception_hours.save", "reception_hours", rid, "reception hours changed")
        return tx.changes
