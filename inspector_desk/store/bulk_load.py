"""An initial pull into empty tables builds their indexes and derived rows once, at the end.

A new device's first pull writes every record of the precinct. Inserted one page at a
time, each row goes into its table's secondary indexes and (persons) its ~12 search terms
at random places, and every page's commit rewrites most of those B-trees again: at 47,320
records of the register this was ~3.4 s of a 3.85 s pull (docs/benchmarks.md, session 9).
So, for the synced tables still empty when a device's first pull starts, :func:`begin`
drops their non-unique secondary indexes (unique ones and keys stay: they are
constraints) and leaves their derived rows (``store.derived``) unwritten; :func:`finish`
creates the indexes again from their recorded definitions and writes the derived rows in
one sorted pass. What was dropped is recorded in ``sync_state.bulk_load`` in the same
transaction, so a pull cut or a program killed half-way is finished at the next pull's end
or the next unlock (``services.accounts.unlock``; before any migration, which must meet
the schema the indexes were recorded on): the database is never left without them for
longer than that. Whether rows inserted now defer their derived rows is asked in each
inserting transaction, so an unlock or a second sync finishing the load half-way through
a pull leaves the rest of that pull writing them as usual.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from inspector_desk.store.derived import BUILDERS, all_rows

_KEY = "bulk_load"


def pending(db) -> dict | None:
    """The recorded bulk load (``{"indexes": [sql…], "derived": [table…]}``), if any."""
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [_KEY]).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def derived_deferred(db, entity: str) -> bool:
    """Whether ``entity``'s derived rows wait for :func:`finish` — asked in the transaction
    that inserts rows (another connection may have finished the load meanwhile)."""
    if entity not in BUILDERS:
        return False
    found = pending(db)
    return bool(found) and entity in found["derived"]


def begin(db, tables: Iterable[str]) -> list[str]:
    """Within the caller's transaction: for each of ``tables`` that is empty, drop its
    non-unique secondary indexes and defer its derived rows; record what was done.
    Returns the tables taken into the bulk load (none when one is already pending)."""
    if pending(db) is not None:
        return []
    empty = [t for t in tables
             if db.execute(f"SELECT 1 FROM [{t}] LIMIT 1").fetchone() is None]
    if not empty:
        return []
    marks = ",".join("?" * len(empty))
    indexes = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) "
        "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name",
        empty).fetchall()
    record = {"indexes": [sql for _, sql in indexes],
              "derived": [t for t in empty if t in BUILDERS]}
    if not record["indexes"] and not record["derived"]:
        return []
    db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [_KEY, json.dumps(record)])
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name.replace(chr(34), chr(34) * 2)}"')
    return empty


def finish(db) -> bool:
    """Within the caller's transaction: create the recorded indexes again and write the
    deferred derived rows of every row; forget the record. False when none was pending."""
    found = pending(db)
    if found is None:
        return False
    for sql in found["indexes"]:
        db.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
    for table in found["derived"]:
        all_rows(db, table)
    db.execute("DELETE FROM sync_state WHERE key = ?", [_KEY])
    return True
