"""Opening the encrypted SQLite store (SQLCipher) and using it through sqlite-utils.

Contract of :func:`open_database`: a wrong key, a plain SQLite file, a foreign or damaged
file, or a database of a newer schema raises :class:`StoreError` and leaves the file
exactly as it was (nothing is written before the key and the schema version are checked).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
import sqlite_utils

from inspector_desk.store.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"

#: sqlcipher3's error types, re-exported so callers need not import the driver.
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError
IntegrityError = sqlcipher3.IntegrityError


def connect(path: Path, key: bytes) -> sqlite_utils.Database:
    """Open ``path`` with the raw 32-byte ``key`` and check the key reads the file.

    Writes nothing; :class:`StoreError` for a missing, plain, foreign or damaged file.
    """
    if not path.exists():
        raise StoreError("missing", path=str(path))
    with path.open("rb") as fh:
        if fh.read(16) == SQLITE_HEADER:
            raise StoreError("plain_sqlite", path=path.name)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=5.0)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise StoreError("not_a_database", path=path.name) from None
    return sqlite_utils.Database(conn)


def create(path: Path, key: bytes) -> sqlite_utils.Database:
    """Create a new, empty encrypted database file at ``path``."""
    if path.exists():
        raise StoreError("exists", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=5.0)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    return sqlite_utils.Database(conn)


def configure(db: sqlite_utils.Database) -> None:
    """Session pragmas: WAL, foreign keys, durable commits, a busy timeout, a page cache."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA temp_store = MEMORY")
    # 64 MiB of decrypted pages (SQLCipher's default is 8): a sync of 50,000 records or a
    # register of 200,000 persons re-reads index pages that would otherwise be read and
    # decrypted again (initial pull of 50,000 records ~15 % faster, docs/benchmarks.md)
    db.execute("PRAGMA cache_size = -65536")


def schema_version(db: sqlite_utils.Database) -> int:
    """The schema version stored in the file (``PRAGMA user_version``)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn driver errors a user can act on (disk full, busy, I/O) into :class:`StoreError`."""
    try:
        yield
    except sqlcipher3.OperationalError as exc:
        text = str(exc).lower()
        if "full" in text:
            raise StoreError("disk_full") from exc
        if "locked" in text or "busy" in text:
            raise StoreError("busy") from exc
        if "disk i/o" in text or "readonly" in text:
            raise StoreError("io_error", detail=str(exc)) from exc
        raise
