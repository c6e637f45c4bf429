"""Server schema migrations for both engines, numbered; each runs in its own transaction."""

from __future__ import annotations

_COMMON_1 = [
    "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE precincts (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, district TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL, UNIQUE (district, name))""",
    """CREATE TABLE enrolments (
        token_id TEXT PRIMARY KEY, precinct_id TEXT NOT NULL REFERENCES precincts(id),
        role TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
        used_at TEXT, device_id TEXT, usb_key TEXT)""",
    """CREATE TABLE devices (
        id TEXT PRIMARY KEY, secret_hash TEXT NOT NULL,
        precinct_id TEXT NOT NULL REFERENCES precincts(id), district TEXT NOT NULL,
        role TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', enrolled_at TEXT NOT NULL,
        revoked_at TEXT, last_seen_at TEXT)""",
    """CREATE TABLE records (
        entity TEXT NOT NULL, id TEXT NOT NULL,
        precinct_id TEXT NOT NULL, district TEXT NOT NULL,
        version INTEGER NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT,
        device_id TEXT NOT NULL, deleted_at TEXT,
        data TEXT NOT NULL, fmeta TEXT NOT NULL,
        xid BIGINT NOT NULL, seq BIGINT NOT NULL,
        PRIMARY KEY (entity, id))""",
    "CREATE INDEX records_precinct ON records (precinct_id, xid, seq)",
    "CREATE INDEX records_district ON records (district, xid, seq)",
    """CREATE TABLE ops (
        op_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, entity TEXT NOT NULL,
        record_id TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL,
        bumped INTEGER NOT NULL, result TEXT NOT NULL, at TEXT NOT NULL)""",
    "CREATE INDEX ops_record ON ops (entity, record_id, version)",
]

#: 2: when a device first used its secret (a replayed enrolment token is refused after it)
_COMMON_2 = ["ALTER TABLE devices ADD COLUMN secret_used_at TEXT"]

#: 3: who changed each record (``records.bumpers``: device → the last version its ops gave
#: the record; ``''``: only the row's own device ever did), filled from the op log, which
#: then loses its per-record index — a delete asks "did another device change it since my
#: version?" of the record itself, and an edit no longer writes an index entry beside the
#: record's old ones (at 350,000 ops, 5,000 edits took 356 ms with the index, 242 without)
_BUMPERS_WHERE = ("WHERE EXISTS (SELECT 1 FROM ops o WHERE o.entity = records.entity "
                  "AND o.record_id = records.id AND o.bumped = 1 "
                  "AND o.device_id <> records.device_id)")
_BUMPERS_BY = ("FROM (SELECT device_id, max(version) AS v FROM ops o WHERE o.entity = "
               "records.entity AND o.record_id = records.id AND o.bumped = 1 "
               "GROUP BY o.device_id) AS m")


def _common_3(aggregate: str) -> list[str]:
    return ["ALTER TABLE records ADD COLUMN bumpers TEXT NOT NULL DEFAULT ''",
            f"UPDATE records SET bumpers = (SELECT {aggregate} {_BUMPERS_BY}) {_BUMPERS_WHERE}",
            "DROP INDEX ops_record"]


#: 4: each device's public keys for USB transfer files (``{"x25519", "ed25519"}``, JSON):
#: files it writes are checked against them and answers are sealed for them
_COMMON_4 = ["ALTER TABLE devices ADD COLUMN usb_public TEXT"]

#: 5: the fields a record's last write changed (``delta``, a JSON object of their values),
#: the position of that write (``delta_seq``) and the record's position before it
#: (``delta_base_seq``): a device whose cursor has passed the position before gets just
#: those fields (protocol 3). The delta holds only while the record's ``seq`` is still
#: ``delta_seq`` — a write that does not know about deltas leaves it stale, never wrong.
#: Written by the SQLite engine's clean edits (``clean_edits``); NULL elsewhere.
_COMMON_5 = ["ALTER TABLE records ADD COLUMN delta TEXT",
             "ALTER TABLE records ADD COLUMN delta_seq BIGINT",
             "ALTER TABLE records ADD COLUMN delta_base_seq BIGINT"]

SQLITE: list[tuple[int, list[str]]] = [
    (1, [*_COMMON_1, "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
         "INSERT INTO counters VALUES ('seq', 0)"]),
    (2, _COMMON_2),
    (3, _common_3("json_group_object(device_id, v)")),
    (4, _COMMON_4),
    (5, _COMMON_5),
]

POSTGRES: list[tuple[int, list[str]]] = [
    (1, [*_COMMON_1, "CREATE SEQUENCE record_seq"]),
    (2, _COMMON_2),
    (3, _common_3("json_object_agg(device_id, v)::text")),
    (4, _COMMON_4),
    (5, _COMMON_5),
]

SCHEMA_TABLE = ("CREATE TABLE IF NOT EXISTS schema_migrations "
                "(number INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")


def check_not_newer(done: set[int], known: list[tuple[int, list[str]]]) -> None:
    """Refuse a store a newer program has migrated (``StorageError("store_newer")``): this
    program would write it without what the newer migrations keep up to date (e.g. the
    authors of each record, migration 3), so every server process must run one version."""
    from inspector_desk.sync.server.storage import StorageError

    newest = max(number for number, _ in known)
    if done and max(done) > newest:
        raise StorageError("store_newer", status=500, store=max(done), program=newest,
                           detail=f"the store is at schema {max(done)}, this program knows "
                                  f"{newest}: run the newer program (stop every server "
                                  f"process before an upgrade)")
