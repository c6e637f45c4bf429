"""The values an INSERT gives the columns it leaves out."""

from __future__ import annotations

import sqlite3

from inspector_desk.store.column_defaults import column_defaults


def test_constant_defaults_only():
    db = sqlite3.connect(":memory:")
    db.execute("""CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT NOT NULL DEFAULT '',
        b INTEGER DEFAULT 0, c TEXT DEFAULT 'active', d REAL DEFAULT -1.5, e TEXT,
        f TEXT DEFAULT NULL, g TEXT DEFAULT CURRENT_TIMESTAMP, h TEXT DEFAULT (lower('X')),
        i TEXT DEFAULT '[]')""")
    assert column_defaults(db, "t") == {"a": "", "b": 0, "c": "active", "d": -1.5, "i": "[]"}
