"""Which columns cost an index or trigger write when an UPDATE sets them."""

from __future__ import annotations

import sqlite3

from inspector_desk.store.indexed_columns import indexed_columns


def test_keys_expressions_partial_conditions_and_update_of_triggers_count():
    db = sqlite3.connect(":memory:")
    db.executescript("""
        CREATE TABLE t (id TEXT PRIMARY KEY, code TEXT, name TEXT, folded TEXT, note TEXT,
                        kind TEXT, deleted_at TEXT, phone TEXT);
        CREATE UNIQUE INDEX t_code ON t(code) WHERE deleted_at IS NULL;
        CREATE INDEX t_lower ON t(lower(name));
        CREATE TABLE log (x TEXT);
        CREATE TRIGGER t_fold AFTER UPDATE OF folded, kind ON t BEGIN
            INSERT INTO log VALUES (new.folded); END;
        CREATE TRIGGER t_any BEFORE UPDATE ON t BEGIN SELECT 1; END;
    """)
    assert indexed_columns(db, "t") == ("id", "code", "name", "folded", "kind", "deleted_at")


def test_a_table_without_indexes_has_only_its_key():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE plain (id TEXT PRIMARY KEY, a TEXT, b INTEGER)")
    assert indexed_columns(db, "plain") == ("id",)
    db.execute("CREATE TABLE rowid_only (a TEXT, b INTEGER)")
    assert indexed_columns(db, "rowid_only") == ()
