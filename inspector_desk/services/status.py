"""Facts the status bar and the Today page show: who, where, what waits to sync."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_desk.services.session import Session


@dataclass(frozen=True, slots=True)
class DeskStatus:
    officer_name: str
    officer_role: str
    precinct_name: str
    pending_changes: int
    last_sync: str | None  # ISO timestamp of the last server-confirmed sync
    sync_error: str | None  # kind: "network" | "auth" | "server" | None


def desk_status(session: Session) -> DeskStatus:
    """The current status (cheap: a handful of indexed reads)."""
    db = session.db
    precinct = db.execute(
        "SELECT name FROM precincts WHERE id = (SELECT value FROM meta WHERE key='precinct_id')"
    ).fetchone()
    pending = db.execute(
        "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')").fetchone()[0]
    state = dict(db.execute(
        "SELECT key, value FROM sync_state WHERE key IN ('last_sync_at', 'last_error_kind')"
    ).fetchall())
    actor = session.actor
    return DeskStatus(
        officer_name=actor.full_name if actor else "",
        officer_role=actor.role if actor else "",
        precinct_name=precinct[0] if precinct else "",
        pending_changes=int(pending),
        last_sync=state.get("last_sync_at"),
        sync_error=state.get("last_error_kind"),
    )
