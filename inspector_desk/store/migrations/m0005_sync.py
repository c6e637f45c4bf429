"""Sync client (issue 6): the conflict list, the quarantine, the pull cursor's home.

``conflicts`` holds one row per field changed on both sides (both values, who and when)
until a person resolves it; ``quarantine`` holds ops the server rejected and pulled
records that could not be applied, each with its reason, so neither blocks the rest.
``sync_state`` (from 0001) keeps server url, device credentials, cursor, last sync.
"""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    """CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        op_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        mine TEXT,
        mine_at TEXT,
        mine_by TEXT,
        theirs TEXT,
        theirs_at TEXT,
        theirs_by TEXT,
        theirs_device TEXT,
        server_version INTEGER NOT NULL DEFAULT 0,
        detected_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','resolved')),
        resolution TEXT CHECK (resolution IS NULL OR resolution IN ('mine','theirs')),
        resolved_at TEXT,
        resolved_by TEXT,
        UNIQUE (op_id, field))""",
    "CREATE INDEX conflicts_open ON conflicts(state, detected_at)",
    """CREATE TABLE quarantine (
        id TEXT PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('push','pull')),
        op_id TEXT,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        payload TEXT NOT NULL,
        at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','dismissed','retried')))""",
    "CREATE INDEX quarantine_open ON quarantine(state, at)",
    "CREATE INDEX outbox_entity ON outbox(entity, entity_id, state)",
]
