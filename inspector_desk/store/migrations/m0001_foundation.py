"""Foundation: meta, precincts, officers, officer settings, audit log, outbox, sync state."""

from inspector_desk.store.schema import SYNC_COLUMNS

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE schema_migrations (
        number INTEGER PRIMARY KEY, name TEXT NOT NULL,
        app_version TEXT NOT NULL, applied_at TEXT NOT NULL)""",
    f"""CREATE TABLE precincts ({SYNC_COLUMNS},
        name TEXT NOT NULL,
        district TEXT,
        region TEXT)""",
    f"""CREATE TABLE officers ({SYNC_COLUMNS},
        login TEXT NOT NULL,
        full_name TEXT NOT NULL,
        rank TEXT,
        position TEXT,
        role TEXT NOT NULL CHECK (role IN ('inspector','assistant','supervisor','trainer','trainee')),
        precinct_id TEXT REFERENCES precincts(id),
        active INTEGER NOT NULL DEFAULT 1)""",
    "CREATE UNIQUE INDEX officers_login ON officers(login) WHERE deleted_at IS NULL",
    """CREATE TABLE officer_settings (
        officer_id TEXT NOT NULL REFERENCES officers(id),
        key TEXT NOT NULL, value TEXT,
        PRIMARY KEY (officer_id, key))""",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        officer_id TEXT,
        device_id TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        summary TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL)""",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY,
        op_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert','update','delete')),
        fields TEXT NOT NULL,
        old TEXT NOT NULL,
        base_version INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        officer_id TEXT,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending','sent','applied','conflict','rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT)""",
    "CREATE INDEX outbox_state ON outbox(state, seq)",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)",
]
