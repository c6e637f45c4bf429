"""Protocols (issue 5): drafts field by field, sealed finalized records, void events.

* ``protocols`` — one row per protocol (an amendment is a new row linked by ``amends_id``).
  ``data`` holds the exchange-format document once finalized (sealed by ``seal``); for a
  draft it is empty and the document lives in ``protocol_fields``.
* ``protocol_fields`` — a draft's top-level fields, one row each (``value`` is JSON, NULL
  when the field is absent), so an autosave writes and syncs only what changed and two
  devices editing different parts of one draft merge without a conflict.
* ``protocol_events`` — append-only events on a protocol (``void`` with its reason).

Triggers keep a finalized protocol immutable: its content columns cannot change, its row
cannot be deleted or tombstoned, and its draft fields are frozen. Only the record columns
sync itself maintains (server version, HLC stamp, precinct after enrolment) may move.
"""

from inspector_desk.store.schema import SYNC_COLUMNS

SINCE_APP = "0.1.0"

#: Columns of a protocol that never change once it is finalized.
SEALED_COLUMNS = ("form", "form_version", "language", "status", "data", "seal", "finalized_at",
                  "finalized_by", "amends_id", "amend_reason", "title", "action_date", "place",
                  "errors", "warnings", "created_at", "author_id", "source", "deleted_at")


def _changed(columns) -> str:
    return " OR ".join(f"NEW.[{c}] IS NOT OLD.[{c}]" for c in columns)


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    f"""CREATE TABLE protocols ({SYNC_COLUMNS},
        precinct_id TEXT,
        form TEXT NOT NULL,
        form_version INTEGER NOT NULL,
        language TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft','finalized')),
        data TEXT,
        seal TEXT,
        title TEXT NOT NULL DEFAULT '',
        action_date TEXT,
        place TEXT,
        errors INTEGER,
        warnings INTEGER,
        author_id TEXT,
        created_at TEXT NOT NULL,
        finalized_at TEXT,
        finalized_by TEXT,
        amends_id TEXT,
        amend_reason TEXT,
        source TEXT NOT NULL DEFAULT 'typed',
        CHECK (status = 'draft' OR (seal IS NOT NULL AND data IS NOT NULL
                                    AND finalized_at IS NOT NULL)))""",
    "CREATE INDEX protocols_list ON protocols(status, action_date)",
    "CREATE INDEX protocols_amends ON protocols(amends_id)",
    f"""CREATE TRIGGER protocols_sealed_no_update BEFORE UPDATE ON protocols
        WHEN OLD.finalized_at IS NOT NULL AND ({_changed(SEALED_COLUMNS)})
        BEGIN SELECT RAISE(ABORT, 'a finalized protocol is sealed and cannot change'); END""",
    """CREATE TRIGGER protocols_sealed_no_delete BEFORE DELETE ON protocols
        WHEN OLD.finalized_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a finalized protocol is sealed and cannot change'); END""",
    f"""CREATE TABLE protocol_fields ({SYNC_COLUMNS},
        protocol_id TEXT NOT NULL,
        key TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        value TEXT)""",
    "CREATE INDEX protocol_fields_protocol ON protocol_fields(protocol_id, position)",
    f"""CREATE TRIGGER protocol_fields_frozen BEFORE UPDATE ON protocol_fields
        WHEN ({_changed(("value", "key", "position", "protocol_id", "deleted_at"))})
         AND EXISTS (SELECT 1 FROM protocols p WHERE p.id = OLD.protocol_id
                     AND p.finalized_at IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'a finalized protocol is sealed and cannot change'); END""",
    """CREATE TRIGGER protocol_fields_frozen_insert BEFORE INSERT ON protocol_fields
        WHEN EXISTS (SELECT 1 FROM protocols p WHERE p.id = NEW.protocol_id
                     AND p.finalized_at IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'a finalized protocol is sealed and cannot change'); END""",
    f"""CREATE TABLE protocol_events ({SYNC_COLUMNS},
        protocol_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('void')),
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        officer_id TEXT)""",
    "CREATE INDEX protocol_events_protocol ON protocol_events(protocol_id, kind)",
    f"""CREATE TRIGGER protocol_events_no_update BEFORE UPDATE ON protocol_events
        WHEN ({_changed(("protocol_id", "kind", "reason", "at", "officer_id", "deleted_at"))})
        BEGIN SELECT RAISE(ABORT, 'protocol events are append-only'); END""",
    """CREATE TRIGGER protocol_events_no_delete BEFORE DELETE ON protocol_events
        BEGIN SELECT RAISE(ABORT, 'protocol events are append-only'); END""",
]
