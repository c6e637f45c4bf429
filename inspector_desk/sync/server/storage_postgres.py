"""PostgreSQL engine of the sync server (many departments; psycopg 3).

Pushes run in parallel, one transaction each; pushes of one device are serialized by an
advisory lock (so a duplicated delivery cannot race itself), records are locked in id
order (``FOR UPDATE``), and every change is stamped with its transaction id. A pull sees
only changes of transactions older than the oldest transaction still running, so a
transaction that started earlier but commits later is never skipped by a cursor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import queue
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from inspector_desk.sync.server import migrations
from inspector_desk.sync.server.storage import Conn, SqlStorage


def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


class _PgConn(Conn):
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cur = self.conn.execute(_pg(sql), list(params))
        return cur.fetchall() if cur.description else []

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), rows)

    def select_in(self, sql: str, ids: Sequence[Any], before: Sequence[Any] = ()
                  ) -> list[tuple]:
        return self.q(sql.replace("{in}", "= ANY(?)"), [*before, list(ids)])

    def insert_rows(self, table: str, cols: Sequence[tuple[str, str]],
                    rows: Sequence[Sequence[Any]], suffix: str = "") -> None:
        """One statement for the whole batch: the columns travel as arrays (``unnest``)."""
        if not rows:
            return
        names = ", ".join(name for name, _ in cols)
        arrays = ", ".join(f"?::{kind}[]" for _, kind in cols)
        self.q(f"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays}) {suffix}",
               [list(col) for col in zip(*rows, strict=True)])


class PostgresStorage(SqlStorage):
    def __init__(self, dsn: str, pool_size: int = 12) -> None:
        self.dsn = dsn
        self._pool: queue.LifoQueue[psycopg.Connection] = queue.LifoQueue()
        self._made = 0
        self._size = pool_size
        self._lock = threading.Lock()

    def _get(self) -> psycopg.Connection:
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._made < self._size:
                self._made += 1
                return psycopg.connect(self.dsn, autocommit=False)
        return self._pool.get()

    def _put(self, conn: psycopg.Connection) -> None:
        if conn.closed:
            with self._lock:
                self._made -= 1
            return
        self._pool.put(conn)

    @contextlib.contextmanager
    def _tx(self, *, write: bool, device: str | None = None) -> Iterator[Conn]:
        conn = self._get()
        try:
            try:
                if device is not None:
                    conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [device])
                yield _PgConn(conn)
                conn.commit()
            except BaseException:
                if not conn.closed:
                    conn.rollback()
                raise
        finally:
            self._put(conn)

    def _lock_suffix(self) -> str:
        return " FOR UPDATE"

    def _retryable(self, exc: Exception) -> bool:
        return isinstance(exc, (pg_errors.UniqueViolation, pg_errors.DeadlockDetected,
                                pg_errors.SerializationFailure))

    def _change_expr(self, arrays: bool) -> str:
        if arrays:
            return ("json_build_array(entity, id, version, updated_at, updated_by, device_id, "
                    "deleted_at, precinct_id, data::json)::text")
        return ("json_build_object('e', entity, 'id', id, 'v', version, 'u', updated_at, "
                "'by', updated_by, 'dev', device_id, 'del', deleted_at, 'p', precinct_id, "
                "'f', data::json)::text")

    def _position(self, c: Conn, n: int) -> tuple[int, list[int]]:
        xid = int(c.q("SELECT pg_current_xact_id()::text::bigint")[0][0])
        seqs = [r[0] for r in c.q("SELECT nextval('record_seq') FROM generate_series(1, ?)",
                                  [n])]
        return xid, seqs

    def _watermark(self, c: Conn) -> int | None:
        return int(c.q("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")[0][0])

    def migrate(self) -> list[int]:
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute("SELECT pg_advisory_lock(7291)")
            conn.execute(migrations.SCHEMA_TABLE)
            done = {r[0] for r in conn.execute("SELECT number FROM schema_migrations")}
            try:
                migrations.check_not_newer(done, migrations.POSTGRES)
            except BaseException:
                conn.execute("SELECT pg_advisory_unlock(7291)")
                raise
            applied = []
            for number, statements in migrations.POSTGRES:
                if number in done:
                    continue
                with conn.transaction():
                    for sql in statements:
                        conn.execute(sql)
                    conn.execute("INSERT INTO schema_migrations VALUES (%s, %s)",
                                 [number, dt.datetime.now(dt.UTC).isoformat()])
                applied.append(number)
            self.ensure_reference()  # under the lock: workers starting together agree
            conn.execute("SELECT pg_advisory_unlock(7291)")
        return applied

    def close(self) -> None:
        while True:
            try:
                self._pool.get_nowait().close()
            except queue.Empty:
                break
