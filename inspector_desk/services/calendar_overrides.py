"""Decreed day transfers a supervisor adds to the shipped Kazakhstan calendar (synced).

The shipped table (``resources/calendar/kz_calendar.json``) comes from the ``holidays``
package; a government decree it does not know yet is entered here by a supervisor and
applied with :meth:`WorkCalendar.with_overrides`. Adding or cancelling a transfer
recomputes the terms of the appeals still running, in the same transaction.
Nothing is deleted: an entry is cancelled with a reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspector_desk.domain.appeals import AppealError
from inspector_desk.domain.kz_calendar import CalendarRangeError, WorkCalendar, load_calendar
from inspector_desk.services.device_role import may_change_shared_reference
from inspector_desk.services.session import Changes, Session

KINDS = ("day_off", "working_day")
#: Roles that may change the working-day calendar of the precinct.
SUPERVISING_ROLES = ("supervisor",)


@dataclass(frozen=True, slots=True)
class Override:
    id: str
    day: dt.date
    kind: str
    decree: str
    note: str


def list_overrides(session: Session) -> list[Override]:
    """The transfers in force, by date: one a day. Two supervisors may enter a transfer
    for the same day offline (they reach every device); the one changed last (then the
    larger id) is in force, the same on every device, and the other waits behind it."""
    rows = session.db.execute(
        "SELECT id, day, kind, decree, coalesce(note, '') FROM calendar_overrides "
        "WHERE deleted_at IS NULL AND cancelled_on IS NULL "
        "ORDER BY day, updated_at DESC, id DESC").fetchall()
    by_day: dict[str, Override] = {}
    for r in rows:
        by_day.setdefault(r[1], Override(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4]))
    return list(by_day.values())


def precinct_calendar(session: Session, base: WorkCalendar | None = None) -> WorkCalendar:
    """The shipped calendar with this database's decreed transfers applied."""
    base = base or load_calendar()
    overrides = list_overrides(session)
    if not overrides:
        return base
    return base.with_overrides(
        days_off=[o.day for o in overrides if o.kind == "day_off"],
        working_days=[o.day for o in overrides if o.kind == "working_day"],
    )


def _require_supervisor(session: Session) -> None:
    role = session.actor.role if session.actor else "?"
    if role not in SUPERVISING_ROLES:
        raise AppealError("not_allowed", None, role=role)
    if not may_change_shared_reference(session):
        raise AppealError("device_not_supervisor")


def add_override(session: Session, day: dt.date, kind: str, decree: str,
                 note: str = "") -> Changes:
    """Make ``day`` a day off or a working day by ``decree`` (supervisors only)."""
    _require_supervisor(session)
    if kind not in KINDS:
        raise AppealError("field_required", "kind")
    if not decree.strip():
        raise AppealError("decree_required", "decree")
    if any(o.day == day for o in list_overrides(session)):
        raise AppealError("override_exists", "day", day=day)
    base = load_calendar()
    if not base.first <= day <= base.last:
        raise AppealError("calendar_range", "day", day=day)
    from inspector_desk.services.receptions import recompute_terms

    with session.write() as tx:
        rid = tx.insert("calendar_overrides", {"day": day.isoformat(), "kind": kind,
                                               "decree": decree.strip(), "note": note.strip()})
        tx.audit("calendar.override.add", "calendar_overrides", rid,
                 f"{day.isoformat()} made {kind.replace('_', ' ')}")
        recompute_terms(session, tx, precinct_calendar(session))
        return tx.changes


def cancel_override(session: Session, override_id: str, reason: str,
                    today: dt.date | None = None) -> Changes:
    """Cancel a transfer entered by mistake (kept with the reason)."""
    _require_supervisor(session)
    if not reason.strip():
        raise AppealError("cancel_reason_required", "reason")
    from inspector_desk.services.receptions import recompute_terms

    with session.write() as tx:
        tx.update("calendar_overrides", override_id,
                  {"cancelled_on": (today or dt.date.today()).isoformat(),
                   "cancel_reason": reason.strip()})
        tx.audit("calendar.override.cancel", "calendar_overrides", override_id,
                 "decreed transfer cancelled")
        recompute_terms(session, tx, precinct_calendar(session))
        return tx.changes


__all__ = ["CalendarRangeError", "Override", "add_override", "cancel_override",
           "list_overrides", "precinct_calendar"]
