"""Sync verbs for people: list and resolve conflicts, look at and dismiss the quarantine.

Each verb is one transaction with its audit entry (and, when it changes a record, its
outbox op), so a resolution travels to the server like any other edit.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from inspector_desk.domain.ids import new_id
from inspector_desk.services.register import officer_names
from inspector_desk.services.session import Changes, Session
from inspector_desk.sync import wire
from inspector_desk.sync.client import state_get
from inspector_desk.sync.merge import LIFECYCLE


class SyncServiceError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code

    def message(self, lang: str = "en") -> str:
        from inspector_desk.messages import text

        return text(f"sync.{self.code}", lang)


@dataclass(frozen=True, slots=True)
class ConflictItem:
    id: str
    entity: str
    entity_id: str
    field: str
    mine: Any
    mine_at: str | None
    mine_by: str | None
    theirs: Any
    theirs_at: str | None
    theirs_by: str | None
    detected_at: str


@dataclass(frozen=True, slots=True)
class QuarantineItem:
    id: str
    direction: str
    entity: str
    entity_id: str
    reason: str
    at: str


@dataclass(frozen=True, slots=True)
class SyncOverview:
    server_url: str | None
    enrolled: bool
    revoked: bool
    pending: int
    open_conflicts: int
    open_quarantine: int
    last_sync_at: str | None
    last_error_kind: str | None
    last_error_reason: str | None
    merged_persons: int = 0  # records of one person (one IIN) from two devices, merged




def sync_overview(session: Session) -> SyncOverview:
    db = session.db
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return SyncOverview(
        server_url=state_get(db, "server_url"),
        enrolled=bool(state_get(db, "device_secret")),
        revoked=bool(state_get(db, "revoked")),
        pending=one("SELECT count(*) FROM outbox WHERE state IN ('pending','sent')"),
        open_conflicts=one("SELECT count(*) FROM conflicts WHERE state = 'open'"),
        open_quarantine=one("SELECT count(*) FROM quarantine WHERE state = 'open'"),
        last_sync_at=state_get(db, "last_sync_at"),
        last_error_kind=state_get(db, "last_error_kind"),
        last_error_reason=state_get(db, "last_error_reason"),
        merged_persons=one("SELECT count(*) FROM persons WHERE merged_into IS NOT NULL"),
    )


def list_conflicts(session: Session) -> list[ConflictItem]:
    """Open conflicts, oldest first, with officer names instead of ids where known."""
    names = officer_names(session)
    rows = session.db.execute(
        "SELECT id, entity, entity_id, field, mine, mine_at, mine_by, theirs, theirs_at, "
        "theirs_by, detected_at FROM conflicts WHERE state = 'open' ORDER BY detected_at, id"
    ).fetchall()
    return [ConflictItem(r[0], r[1], r[2], r[3], json.loads(r[4]) if r[4] else None, r[5],
                         names.get(r[6], r[6]), json.loads(r[7]) if r[7] else None, r[8],
                         names.get(r[9], r[9]), r[10]) for r in rows]


def list_quarantine(session: Session) -> list[QuarantineItem]:
    rows = session.db.execute(
        "SELECT id, direction, entity, entity_id, reason, at FROM quarantine "
        "WHERE state = 'open' ORDER BY at, id").fetchall()
    return [QuarantineItem(*r) for r in rows]


def resolve_conflict(session: Session, conflict_id: str, choice: str) -> Changes:
    """Resolve one conflict: ``mine`` re-applies this device's value, ``theirs`` keeps the
    server's. Keeping mine writes a new edit (based on the current version) to the outbox."""
    if choice not in ("mine", "theirs"):
        raise ValueError("choice must be 'mine' or 'theirs'")
    with session.write() as tx:
        row = tx.db.execute("SELECT entity, entity_id, field, mine, state, op_id FROM conflicts "
                            "WHERE id = ?", [conflict_id]).fetchone()
        if row is None or row[4] != "open":
            raise SyncServiceError("conflict_not_open")
        entity, rid, field, mine_json, _, op_id = row
        if choice == "mine" and _sealed(tx.db, entity, rid):
            raise SyncServiceError("sealed")
        if entity in LIFECYCLE:
            return _resolve_move(session, tx, entity, rid, op_id, choice)
        # as stored here (a photo travels as {"$b64": …} and is kept as bytes)
        mine = wire.to_local(json.loads(mine_json)) if mine_json else None
        if choice == "mine":
            current = tx.get(entity, rid)
            if field == "deleted_at":
                if mine and not current.get("deleted_at"):
                    tx.delete(entity, rid)
                elif not mine and current.get("deleted_at"):
                    undelete(tx, entity, rid, current)
            else:
                tx.update(entity, rid, {field: mine})
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        tx.execute_local("UPDATE conflicts SET state = 'resolved', resolution = ?, "
                         "resolved_at = ?, resolved_by = ? WHERE id = ?",
                         [choice, now, session.actor.officer_id if session.actor else None,
                          conflict_id])
        tx.audit("sync.conflict_resolve", entity, rid, f"conflict on {field} resolved: {choice}")
        tx.changes.entities.update({entity, "conflicts"})
        tx.changes.ids.add(rid)
    return tx.changes


def _resolve_move(session: Session, tx, entity: str, rid: str, op_id: str,
                  choice: str) -> Changes:
    """Resolve the conflicts of one lifecycle move together (``merge.LIFECYCLE``): "mine"
    makes the move now — if the record's lifecycle still allows it — with every field of
    it; "theirs" drops the move."""
    rows = tx.db.execute("SELECT id, field, mine FROM conflicts WHERE state = 'open' "
                         "AND op_id = ? AND entity = ? AND entity_id = ?",
                         [op_id, entity, rid]).fetchall()
    if choice == "mine":
        values = {f: wire.to_local(json.loads(m)) if m else None for _, f, m in rows}
        values.pop("deleted_at", None)
        status = LIFECYCLE[entity]
        current = tx.get(entity, rid)
        if status in values and values[status] != current.get(status):
            from inspector_desk.domain.appeals import TRANSITIONS

            if values[status] not in TRANSITIONS.get(current.get(status), ()):
                raise SyncServiceError("move_not_allowed")
        tx.update(entity, rid, values)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    for cid, _, _ in rows:
        tx.execute_local("UPDATE conflicts SET state = 'resolved', resolution = ?, "
                         "resolved_at = ?, resolved_by = ? WHERE id = ?",
                         [choice, now, session.actor.officer_id if session.actor else None,
                          cid])
    tx.audit("sync.conflict_resolve", entity, rid,
             f"conflicting move resolved: {choice} ({len(rows)} field(s))")
    tx.changes.entities.update({entity, "conflicts"})
    tx.changes.ids.add(rid)
    return tx.changes


_SEALED_SQL = {
    "protocols": "SELECT finalized_at IS NOT NULL FROM protocols WHERE id = ?",
    "protocol_fields": "SELECT p.finalized_at IS NOT NULL FROM protocol_fields f "
                       "JOIN protocols p ON p.id = f.protocol_id WHERE f.id = ?",
}


def _sealed(db, entity: str, rid: str) -> bool:
    """Whether the record is (part of) a finalized protocol, which no change may touch."""
    sql = _SEALED_SQL.get(entity)
    row = db.execute(sql, [rid]).fetchone() if sql else None
    return bool(row and row[0])


def settle_sealed_conflicts(session: Session) -> int:
    """The after-pull hook that turns open conflicts on a protocol finalized meanwhile (on
    another device) into set-aside changes with reason ``finalized``: this device's value
    can no longer be written, so there is nothing to choose; the Sync page lists it as a
    refused change, as when the server refuses a draft edit behind a seal."""
    rows = [r for r in session.db.execute(
        "SELECT id, op_id, entity, entity_id, field, mine FROM conflicts WHERE state = 'open' "
        "AND entity IN ('protocols', 'protocol_fields')").fetchall()
        if _sealed(session.db, r[2], r[3])]
    if not rows:
        return 0
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with session.write() as tx:
        for cid, op_id, entity, rid, field, mine in rows:
            payload = json.dumps({"field": field, "mine": json.loads(mine) if mine else None},
                                 ensure_ascii=False)
            tx.execute_local(
                "INSERT INTO quarantine (id, direction, op_id, entity, entity_id, reason, "
                "payload, at) VALUES (?, 'push', ?, ?, ?, 'finalized', ?, ?)",
                [new_id(), op_id, entity, rid, payload, now])
            tx.execute_local("UPDATE conflicts SET state = 'resolved', resolved_at = ? "
                             "WHERE id = ?", [now, cid])
        tx.audit("sync.conflict_sealed", "conflicts", None,
                 f"{len(rows)} conflict(s) on a protocol finalized meanwhile set aside")
    return len(rows)


def undelete(tx, entity: str, rid: str, current: dict[str, Any]) -> None:
    """Take back a removal: ``deleted_at`` back to NULL, with its outbox op."""
    stamp = tx._s.clock.now()
    tx.db.execute(f"UPDATE [{entity}] SET deleted_at = NULL, updated_at = ?, updated_by = ?, "
                  "device_id = ? WHERE id = ?",
                  [stamp, tx._actor_id, tx._s.device_id, rid])
    # the outbox op of an undelete: deleted_at back to NULL (Tx has no verb for it)
    tx._outbox(entity, rid, "update", {"deleted_at": None},
               {"deleted_at": current.get("deleted_at")}, current["version"], stamp)


def dismiss_quarantine(session: Session, item_id: str) -> Changes:
    """Mark a quarantined item as seen and set aside (it stays for the record)."""
    with session.write() as tx:
        row = tx.db.execute("SELECT entity, entity_id FROM quarantine WHERE id = ? "
                            "AND state = 'open'", [item_id]).fetchone()
        if row is None:
            raise SyncServiceError("conflict_not_open")
        tx.execute_local("UPDATE quarantine SET state = 'dismissed' WHERE id = ?", [item_id])
        tx.audit("sync.quarantine_dismiss", row[0], row[1], "quarantined change set aside")
        tx.changes.entities.add("quarantine")
    return tx.changes
