"""A :class:`Session` is an unlocked database used by one officer on one thread.

Every service call writes through :meth:`Session.write`, which yields a :class:`Tx`:
one transaction (``BEGIN IMMEDIATE``; nested calls become savepoints) in which the
domain rows, the hash-chained audit entry and the sync outbox entries are written
together. A crash or error leaves all or nothing. A :class:`Tx` that changed rows but
recorded no audit entry is refused: every change is attributable.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from inspector_desk.domain.hlc import HybridClock
from inspector_desk.domain.ids import new_id
from inspector_desk.store.bulk import insert_rows
from inspector_desk.store.column_defaults import column_defaults
from inspector_desk.store.db import translate_errors
from inspector_desk.store.schema import SYNC_COLUMN_NAMES

if TYPE_CHECKING:
    import sqlite_utils

GENESIS_HASH = "0" * 64
_IIN_LIKE = re.compile(r"\d{12}")
# A UUID's last group is 12 digits for about 1 in 280 random ids; record ids are removed
# before the IIN check so an audit entry naming such a record is not refused.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class ProgrammingError(RuntimeError):
    """A service broke the write contract (e.g. changed rows without an audit entry)."""


@dataclass(frozen=True, slots=True)
class Actor:
    """The officer on whose behalf a session acts."""

    officer_id: str
    login: str
    role: str
    full_name: str = ""


@dataclass(slots=True)
class Changes:
    """What a service call changed, so screens refresh only that (like Anki's ``OpChanges``)."""

    entities: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    def touched(self, entity: str) -> bool:
        return entity in self.entities


def audit_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    """The chain hash of an audit row: sha256 over the previous hash and the row's fields."""
    parts = [prev_hash] + [str(row.get(k) or "") for k in AUDIT_FIELDS]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


AUDIT_FIELDS = ("seq", "at", "officer_id", "device_id", "action", "entity", "entity_id", "summary")


class Tx:
    """The writer handed out by :meth:`Session.write`; every write goes through it."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self.changes = Changes()
        self.audited = False
        self.wrote = False

    @property
    def db(self) -> sqlite_utils.Database:
        return self._s.db

    # -- synced records -------------------------------------------------------------------
    def insert(self, entity: str, values: Mapping[str, Any], *, record_id: str | None = None) -> str:
        """Insert a synced record; fills the record columns and queues an ``insert`` op."""
        stamp = self._s.clock.now()
        row = self._with_defaults(entity, values)
        rid = record_id or new_id()
        full = {
            "id": rid,
            "version": 0,
            "updated_at": stamp,
            "updated_by": self._s.actor.officer_id if self._s.actor else None,
            "device_id": self._s.device_id,
            "deleted_at": None,
            **row,
        }
        self.db.table(entity).insert(full)
        self._outbox(entity, rid, "insert", row, {}, 0, stamp)
        return rid

    def insert_many(self, entity: str, rows: Iterable[Mapping[str, Any]]) -> list[str]:
        """Insert synced records in bulk: the same as :meth:`insert` for each row, in order
        (record columns filled, one ``insert`` op per row, a stamp each), written with one
        ``executemany`` per column set instead of a statement per row. Returns the new ids.
        """
        from sqlite_utils.db import jsonify_if_needed

        s = self._s
        actor = self._actor_id
        ids: list[str] = []
        ops: list[list[Any]] = []
        run: list[list[Any]] = []  # consecutive rows with the same columns: one executemany
        run_names: tuple[str, ...] | None = None
        for values in rows:
            row = self._with_defaults(entity, values)
            names = tuple(row)
            if names != run_names:
                self._insert_run(entity, run_names, run)
                run, run_names = [], names
            stamp = s.clock.now()
            rid = new_id()
            ids.append(rid)
            run.append([rid, 0, stamp, actor, s.device_id, None,
                        *map(jsonify_if_needed, row.values())])
            ops.append([new_id(), entity, rid, "insert", _dumps(row), "{}", 0, stamp, actor])
        self._insert_run(entity, run_names, run)
        if ops:
            insert_rows(self.db.conn, "outbox", ("op_id", "entity", "entity_id", "op", "fields",
                                                 "old", "base_version", "hlc", "officer_id"), ops)
            self.wrote = True
            self.changes.entities.add(entity)
            self.changes.ids.update(ids)
        return ids

    def _with_defaults(self, entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """The data fields of a new record: ``values`` (without record columns) and the
        column defaults of the fields it leaves out — the row as stored, so the insert op
        carries every value the device holds (store.column_defaults)."""
        defaults = self._s.column_defaults(entity)
        row = {k: v for k, v in values.items() if k not in SYNC_COLUMN_NAMES}
        if defaults:
            row = {**{k: v for k, v in defaults.items() if k not in row}, **row}
        return row

    def _insert_run(self, entity: str, names: tuple[str, ...] | None,
                    params: list[list[Any]]) -> None:
        if params and names is not None:
            insert_rows(self.db.conn, f"[{entity}]",
                        [f"[{c}]" for c in (*SYNC_COLUMN_NAMES, *names)], params)

    def update(self, entity: str, record_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields of a record; returns the fields that really changed (old values).

        Unchanged values write nothing and queue nothing.
        """
        current = self.get(entity, record_id)
        changed = {
            k: v for k, v in values.items() if k not in SYNC_COLUMN_NAMES and current.get(k) != v
        }
        if not changed:
            return {}
        stamp = self._s.clock.now()
        old = {k: current.get(k) for k in changed}
        meta = {"updated_at": stamp, "updated_by": self._actor_id, "device_id": self._s.device_id}
        self.db.table(entity).update(record_id, {**changed, **meta})
        self._outbox(entity, record_id, "update", changed, old, current["version"], stamp)
        return old

    def delete(self, entity: str, record_id: str) -> None:
        """Tombstone a record (``deleted_at``); the row stays for sync and history."""
        current = self.get(entity, record_id)
        if current.get("deleted_at"):
            return
        stamp = self._s.clock.now()
        self.db.table(entity).update(
            record_id,
            {"deleted_at": stamp, "updated_at": stamp, "updated_by": self._actor_id,
             "device_id": self._s.device_id},
        )
        self._outbox(entity, record_id, "delete", {"deleted_at": stamp}, {"deleted_at": None},
                     current["version"], stamp)

    def get(self, entity: str, record_id: str) -> dict[str, Any]:
        """The current row of a record (``KeyError`` when there is none)."""
        row = self.db.execute(f"SELECT * FROM [{entity}] WHERE id = ?", [record_id]).fetchone()
        if row is None:
            raise KeyError(f"{entity} {record_id}")
        cols = [d[0] for d in self.db.execute(f"SELECT * FROM [{entity}] LIMIT 0").description]
        return dict(zip(cols, row, strict=True))

    # -- local, unsynced rows -------------------------------------------------------------
    def execute_local(self, sql: str, params: list[Any] | tuple = ()) -> None:
        """Write a device-local row (settings, sync state); still needs an audit entry."""
        self.db.execute(sql, list(params))
        self.wrote = True

    # -- audit -----------------------------------------------------------------------------
    def audit(self, action: str, entity: str, entity_id: str | None, summary: str) -> None:
        """Append a hash-chained audit entry. ``summary`` must not hold personal data."""
        if _IIN_LIKE.search(_UUID.sub("", summary)):
            raise ProgrammingError("audit summaries must not contain personal data (IIN-like)")
        s = self._s
        last = s.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
        row = {
            "seq": seq,
            "at": s.clock.now(),
            "officer_id": s.actor.officer_id if s.actor else None,
            "device_id": s.device_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "summary": summary,
        }
        digest = audit_hash(prev, row)
        s.db.execute(
            "INSERT INTO audit (seq, at, officer_id, device_id, action, entity, entity_id, "
            "summary, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [*(row[k] for k in AUDIT_FIELDS), prev, digest],
        )
        s.db.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [f"{seq}:{digest}"],
        )
        self.audited = True

    # -- internals -------------------------------------------------------------------------
    @property
    def _actor_id(self) -> str | None:
        return self._s.actor.officer_id if self._s.actor else None

    def _outbox(self, entity: str, rid: str, op: str, fields: Mapping[str, Any],
                old: Mapping[str, Any], base_version: int, stamp: str) -> None:
        self.db.execute(
            "INSERT INTO outbox (op_id, entity, entity_id, op, fields, old, base_version, hlc, "
            "officer_id) VALUES (?,?,?,?,?,?,?,?,?)",
            [new_id(), entity, rid, op, _dumps(fields), _dumps(old), base_version, stamp,
             self._actor_id],
        )
        self.wrote = True
        self.changes.entities.add(entity)
        self.changes.ids.add(rid)


def _json_default(value: Any) -> Any:
    """Bytes (photos, attachments) travel as ``{"$b64": …}``; other values as text."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return str(value)


def _dumps(value: Mapping[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_default)


class Session:
    """An unlocked database, the acting officer and this device's clock.

    Use it only from the thread that created it (SQLite connections are per thread).
    """

    def __init__(self, db: sqlite_utils.Database, *, device_id: str, actor: Actor | None) -> None:
        self.db = db
        self.device_id = device_id
        self.actor = actor
        row = db.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
        self.clock = HybridClock(row[0] if row else None)
        self._depth = 0
        self._defaults: dict[str, dict[str, Any]] = {}

    def column_defaults(self, entity: str) -> dict[str, Any]:
        """The constant defaults of ``entity``'s data columns (read once per session)."""
        found = self._defaults.get(entity)
        if found is None:
            found = self._defaults[entity] = {
                k: v for k, v in column_defaults(self.db.conn, entity).items()
                if k not in SYNC_COLUMN_NAMES}
        return found

    @contextlib.contextmanager
    def write(self) -> Iterator[Tx]:
        """One transaction for one service call; nested calls join it as savepoints."""
        tx = Tx(self)
        with translate_errors():
            if self._depth:
                self._depth += 1
                try:
                    with self.db.atomic():
                        yield tx
                        self._finish(tx)
                finally:
                    self._depth -= 1
                return
            self.db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield tx
                self._finish(tx)
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES ('hlc', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [self.clock.last],
                )
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    @staticmethod
    def _finish(tx: Tx) -> None:
        if tx.wrote and not tx.audited:
            raise ProgrammingError("a service changed data without writing an audit entry")

    def record_access(self, action: str, entity: str, entity_id: str | None, summary: str) -> None:
        """Audit a view, print or export of personal data (its own small transaction)."""
        with self.write() as tx:
            tx.audit(action, entity, entity_id, summary)

    def meta(self, key: str) -> str | None:
        """A device-local metadata value."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        """Close the connection; the session cannot be used afterwards."""
        self.db.close()
