"""Whether this device may change the shared reference tables (register categories, decreed
day transfers).

The server keeps those tables for every precinct and takes changes to them only from a
device enrolled as a supervisor's (``sync.server.storage.SHARED``). A device enrolled for a
precinct refuses such a change at once, with a message, rather than let the server refuse
it later; a device never enrolled (working alone) may change them."""

from __future__ import annotations

from inspector_desk.services.session import Session
from inspector_desk.sync.state import state_get


def enrolled_role(session: Session) -> str | None:
    """The role this device was enrolled for ("inspector", "supervisor"), or None."""
    return state_get(session.db, "role")


def may_change_shared_reference(session: Session) -> bool:
    """False on a device enrolled at the server for anything but a supervisor."""
    return enrolled_role(session) in (None, "supervisor")
