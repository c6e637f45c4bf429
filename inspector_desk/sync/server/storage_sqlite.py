"""SQLite engine of the sync server (embedded default, one department).

One connection guarded by a lock: SQLite serializes writers anyway, and a single writer
makes the change counter's order the commit order (so the pull cursor is a plain sequence).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

# The SQLite inside sqlcipher3 (the device side's dependency already), not the host's: every
# server runs the SQLite its statements' plans and tests were checked on (3.53), whatever
# the host has — a statement written on 3.40 once read every record of an entity per
# statement on 3.53 (docs/sync.md, "Server storage"). Its JSON functions are also faster
# (5,000 edited persons: 0.83–0.88× the push time on the host's 3.40). No key is set: the
# file is a plain SQLite database.
from sqlcipher3 import dbapi2 as sqlite3

from inspector_desk.store.bulk import insert_rows
from inspector_desk.sync.server import migrations
from inspector_desk.sync.server.checkpointer import SAFETY_PAGES, Checkpointer
from inspector_desk.sync.server.storage import Conn, SqlStorage


class _SqliteConn(Conn):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # as many parameters a statement as this SQLite takes (its compile options; 32,766
        # by default since 3.32): a batch's lookup is then one statement
        self.max_params = max(900, min(_max_variables(conn) - 100, 32000))

    def q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.conn.execute(sql, list(params)).fetchall()

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def insert_rows(self, table: str, cols: Sequence[tuple[str, str]],
                    rows: Sequence[Sequence[Any]], suffix: str = "") -> None:
        """Multi-row ``INSERT`` statements (``store.bulk``: ~40 % faster than executemany)."""
        insert_rows(self.conn, table, [name for name, _ in cols], rows, suffix)


def _max_variables(conn: sqlite3.Connection) -> int:
    """The most parameters one statement of ``conn`` may carry."""
    for (option,) in conn.execute("PRAGMA compile_options"):
        found = re.fullmatch(r"MAX_VARIABLE_NUMBER=(\d+)", option)
        if found:
            return int(found.group(1))
    return 32766


class SqliteStorage(SqlStorage):
    SQL_CLEAN_EDITS = True

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(self.path), isolation_level=None,
                                     check_same_thread=False, timeout=30)
        self._conn.execute("PRAGMA journal_mode = WAL")
        # the log is checkpointed by a thread of its own, not inside a push's commit
        self._conn.execute(f"PRAGMA wal_autocheckpoint = {SAFETY_PAGES}")
        self._checkpointer = Checkpointer(lambda: sqlite3.connect(
            str(self.path), isolation_level=None, check_same_thread=False, timeout=30))
        # FULL, not NORMAL: a push is answered only after its commit, and the device never
        # re-sends an op answered "applied" — a commit lost to a power cut would lose edits
        # (docs/sync.md, "Server storage"); one WAL fsync per batch
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        # 64 MB of page cache (the default is 2 MB): edits of records scattered over a large
        # precinct read far fewer pages again (bench_sync_history.py: ~10 % less time)
        self._conn.execute("PRAGMA cache_size = -65536")
        self._lock = threading.RLock()
        self._c = _SqliteConn(self._conn)

    @contextlib.contextmanager
    def _tx(self, *, write: bool, device: str | None = None) -> Iterator[Conn]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield self._c
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        if write:
            self._checkpointer.nudge()

    def _change_expr(self, arrays: bool) -> str:
        if arrays:
            return ("json_array(entity, id, version, updated_at, updated_by, device_id, "
                    "deleted_at, precinct_id, json(data))")
        return ("json_object('e', entity, 'id', id, 'v', version, 'u', updated_at, "
                "'by', updated_by, 'dev', device_id, 'del', deleted_at, 'p', precinct_id, "
                "'f', json(data))")

    def _delta_change_expr(self) -> str | None:
        # a delta (migration 5) still the record's last write, onto a position the cursor
        # has passed: the device has the record at version - 1 (a clean edit adds one)
        full = self._change_expr(True)
        return ("CASE WHEN delta_seq = seq AND delta_base_seq <= ? THEN json_array(entity, "
                "id, version, updated_at, updated_by, device_id, deleted_at, precinct_id, "
                f"json(delta), version - 1) ELSE {full} END")

    def _position(self, c: Conn, n: int) -> tuple[int, list[int]]:
        start = c.q("UPDATE counters SET value = value + ? WHERE name = 'seq' RETURNING value",
                    [n])[0][0] - n
        return 0, list(range(start + 1, start + n + 1))

    def migrate(self) -> list[int]:
        with self._lock:
            self._conn.execute(migrations.SCHEMA_TABLE)
            done = {r[0] for r in self._conn.execute("SELECT number FROM schema_migrations")}
            migrations.check_not_newer(done, migrations.SQLITE)
            applied = []
            for number, statements in migrations.SQLITE:
                if number in done:
                    continue
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for sql in statements:
                        self._conn.execute(sql)
                    self._conn.execute("INSERT INTO schema_migrations VALUES (?, ?)",
                                       [number, dt.datetime.now(dt.UTC).isoformat()])
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                applied.append(number)
        self.ensure_reference()
        return applied

    def close(self) -> None:
        self._checkpointer.close()
        with self._lock:
            self._conn.close()
