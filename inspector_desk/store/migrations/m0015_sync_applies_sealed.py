"""The server's records are applied as they are, sealed protocols included.

The triggers that keep a finalized protocol immutable (migration 0004) guard this device's
own writes. A pull must mirror the server whatever order its records arrive in: a
protocol finalized before its fields were sent (a draft written and finalized offline,
one push) reaches another device sealed, then its fields — which the triggers refused, so
a new device quarantined every field of every finalized protocol. While sync applies
server records, ``sync_applying`` holds its one row (inside that transaction only) and the
triggers stand aside; the server refuses changes to a finalized protocol itself.
"""

from inspector_desk.store.migrations.m0004_protocols import SEALED_COLUMNS, _changed

SINCE_APP = "0.1.0"

_OWN = "NOT EXISTS (SELECT 1 FROM sync_applying)"
_SEALED = "SELECT RAISE(ABORT, 'a finalized protocol is sealed and cannot change')"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "CREATE TABLE sync_applying (one INTEGER PRIMARY KEY CHECK (one = 1))",
    "DROP TRIGGER protocols_sealed_no_update",
    f"""CREATE TRIGGER protocols_sealed_no_update BEFORE UPDATE ON protocols
        WHEN OLD.finalized_at IS NOT NULL AND ({_changed(SEALED_COLUMNS)}) AND {_OWN}
        BEGIN {_SEALED}; END""",
    "DROP TRIGGER protocol_fields_frozen",
    f"""CREATE TRIGGER protocol_fields_frozen BEFORE UPDATE ON protocol_fields
        WHEN ({_changed(("value", "key", "position", "protocol_id", "deleted_at"))})
         AND EXISTS (SELECT 1 FROM protocols p WHERE p.id = OLD.protocol_id
                     AND p.finalized_at IS NOT NULL) AND {_OWN}
        BEGIN {_SEALED}; END""",
    "DROP TRIGGER protocol_fields_frozen_insert",
    f"""CREATE TRIGGER protocol_fields_frozen_insert BEFORE INSERT ON protocol_fields
        WHEN EXISTS (SELECT 1 FROM protocols p WHERE p.id = NEW.protocol_id
                     AND p.finalized_at IS NOT NULL) AND {_OWN}
        BEGIN {_SEALED}; END""",
    "DROP TRIGGER protocol_events_no_update",
    f"""CREATE TRIGGER protocol_events_no_update BEFORE UPDATE ON protocol_events
        WHEN ({_changed(("protocol_id", "kind", "reason", "at", "officer_id", "deleted_at"))})
         AND {_OWN}
        BEGIN SELECT RAISE(ABORT, 'protocol events are append-only'); END""",
]
