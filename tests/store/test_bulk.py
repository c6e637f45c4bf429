"""Multi-row inserts (store.bulk) write exactly the rows given, in order, any count."""

from __future__ import annotations

import sqlite3

import pytest

from inspector_desk.store import bulk


@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 200])
def test_every_row_is_written_in_order(count):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, name TEXT, blob BLOB)")
    rows = [(i, f"Әлия {i}", bytes([i % 256])) for i in range(count)]
    bulk.insert_rows(db, "t", ("n", "name", "blob"), rows)
    assert db.execute("SELECT n, name, blob FROM t ORDER BY rowid").fetchall() == rows


def test_a_suffix_ends_every_statement_and_wide_rows_stay_under_999_parameters():
    db = sqlite3.connect(":memory:")
    names = [f"c{i}" for i in range(100)]
    db.execute(f"CREATE TABLE t (c0 INTEGER PRIMARY KEY, {', '.join(n + ' TEXT' for n in names[1:])})")
    rows = [[i, *(f"v{i}" for _ in names[1:])] for i in range(25)]
    bulk.insert_rows(db, "t", names, rows)
    again = [[i, *("new" for _ in names[1:])] for i in range(25)]
    bulk.insert_rows(db, "t", names, again, "ON CONFLICT (c0) DO UPDATE SET c1 = excluded.c1")
    assert db.execute("SELECT count(*), min(c1), max(c1), min(c2) FROM t").fetchone() == (
        25, "new", "new", "v0")


def test_a_bad_row_fails_its_statement_and_nothing_of_it_is_written():
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    rows = [(i, None if i == 70 else "x") for i in range(100)]
    with pytest.raises(sqlite3.IntegrityError):
        bulk.insert_rows(db, "t", ("n", "name"), rows)
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 64  # the first statement


def test_versions_are_raised_never_lowered():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE [t] (id TEXT PRIMARY KEY, version INTEGER NOT NULL)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(f"r{i}", i % 3) for i in range(150)])
    bulk.raise_versions(db, "[t]", [(f"r{i}", 1) for i in range(150)] + [("missing", 9)]
                        + [("r0", 5), ("r0", 4)])  # one record answered twice in a batch
    got = dict(db.execute("SELECT id, version FROM t").fetchall())
    assert got == {f"r{i}": 5 if i == 0 else max(1, i % 3) for i in range(150)}


@pytest.mark.parametrize("count", [1, 63, 64, 65, 200])
def test_rows_are_updated_by_id_and_others_left_alone(count):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE [t] (id TEXT PRIMARY KEY, name TEXT, n INTEGER, note TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?, ?, 'kept')",
                   [(f"r{i}", f"old {i}", i) for i in range(count + 10)])
    rows = [[f"r{i}", f"Әлия {i}", i * 10] for i in range(count)]
    rows += [["missing", "nobody", 0], ["r0", "last wins", 7]]  # absent id; r0 twice
    bulk.update_rows(db, "[t]", ["id", "[name]", "[n]"], rows)
    got = {r[0]: r[1:] for r in db.execute("SELECT id, name, n, note FROM t")}
    want = {f"r{i}": (f"Әлия {i}", i * 10, "kept") for i in range(count)}
    want["r0"] = ("last wins", 7, "kept")
    want.update({f"r{i}": (f"old {i}", i, "kept") for i in range(count, count + 10)})
    assert got == want


def test_an_update_that_breaks_a_constraint_fails():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE [t] (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [("a", "x"), ("b", "y")])
    with pytest.raises(sqlite3.IntegrityError):
        bulk.update_rows(db, "[t]", ["id", "login"], [["a", "y"]])
    with pytest.raises(ValueError):
        bulk.update_rows(db, "[t]", ["login", "id"], [["y", "a"]])
