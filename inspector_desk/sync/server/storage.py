"""The server's storage interface and the engine-independent part of both engines.

:class:`Storage` is what the app calls. :class:`SqlStorage` implements it over a small
connection adapter, so the SQLite and PostgreSQL engines share every rule and differ only
in how they connect, lock, number changes and bound the pull cursor:

* every change of a record gets a new position ``(xid, seq)``: ``seq`` from a counter,
  ``xid`` the PostgreSQL transaction id (0 on SQLite, whose writers are serialized);
* a pull returns records after the cursor in ``(xid, seq)`` order, and on PostgreSQL only
  those of transactions older than the oldest one still running
  (``pg_snapshot_xmin``), so a transaction that commits out of order is never skipped.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import secrets
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from inspector_desk.domain.ids import new_id
from inspector_desk.sync import merge, usb_crypto
from inspector_desk.sync.server import clean_edits
from inspector_desk.sync.server_ids import (
    enrol_proof_message,
    secret_hash,
    token_id,
    token_usb_key,
)
from inspector_desk.sync.wire import WireError, dumps_plain, loads, same

REFERENCE = "*"  # precinct/district of reference records every device reads
#: Reference tables a supervisor's device may also change (register categories, decreed day
#: transfers): kept in the reference scope whichever device writes them, so a supervisor's
#: change reaches every precinct; an inspector's device may only read them.
SHARED = frozenset({"register_categories", "calendar_overrides"})
#: Reference tables only the department writes (``server publish``), never a device.
PUBLISHED = frozenset({"form_definitions"})
ROLES = ("inspector", "supervisor")
TOKEN_PREFIX = "idt1."


class StorageError(Exception):
    """A refusal with an HTTP status and a machine-readable reason."""

    status = 400

    def __init__(self, reason: str, *, status: int | None = None, **extra: Any) -> None:
        # ``detail``, when given, says what to do (an administrator reads it in the log)
        super().__init__(f"{reason}: {extra['detail']}" if "detail" in extra else reason)
        self.reason = reason
        if status is not None:
            self.status = status
        self.extra = extra


class AuthError(StorageError):
    status = 401


class ScopeError(StorageError):
    """Ops outside the device's scope: the whole batch is refused, nothing written."""

    status = 403


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    precinct_id: str
    district: str
    role: str
    revoked: bool = False

    def can_write(self, precinct_id: str) -> bool:
        return precinct_id == self.precinct_id


@dataclass(frozen=True, slots=True)
class PullPage:
    changes: list[str]  # each a JSON object (already serialised)
    cursor: str
    more: bool


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")




def encode_cursor(scope: tuple[int, int], ref: tuple[int, int]) -> str:
    raw = json.dumps({"s": list(scope), "r": list(ref)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[tuple[int, int], tuple[int, int]]:
    if not cursor:
        return (0, 0), (0, 0)
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        obj = json.loads(raw)
        s, r = obj["s"], obj["r"]
        scope = (int(s[0]), int(s[1]))
        ref = (int(r[0]), int(r[1]))
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise WireError("bad_cursor") from exc
    return scope, ref


def _make_encoder():
    """The fastest compact, non-ASCII-preserving JSON encoder the stdlib offers."""
    from json import encoder as _enc

    c_make = getattr(_enc, "c_make_encoder", None)
    if c_make is None:  # pragma: no cover - pure-Python json
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    fn = c_make(None, None, _enc.encode_basestring, None, ":", ",", False, False, True)
    return lambda value: "".join(fn(value, 0))


_j = _make_encoder()


def _fmeta_json(fmeta: dict[str, Any]) -> str:
    """``fmeta`` as JSON (msgspec: field names and stamps are strings or null)."""
    return dumps_plain(fmeta) if fmeta else "{}"


def _fmeta_text(cur: merge.Current) -> str:
    """``fmeta`` as stored: ``""`` when every field carries the record's own stamp (a record
    not changed since its creation: the common case, and no JSON to build or store)."""
    fmeta = cur.fmeta
    if len(fmeta) == 1:
        stamp = fmeta.get(merge.ALL_FIELDS)
        if (stamp is not None and len(stamp) == 3 and stamp[0] == cur.updated_at
                and stamp[1] == cur.updated_by and stamp[2] == cur.device_id):
            return ""
    return _fmeta_json(fmeta)


def _clean_result(op_id: str, version: int) -> dict[str, Any]:
    """The answer of an op logged without one (applied, not merged: the op log keeps ``""``)."""
    return {"op_id": op_id, "status": "applied", "version": version, "merged": False}


def _clean_result_json(op_id: str, status: str, version: int, merged: bool) -> str:
    """The op-log answer of an op without conflicts or reason (op ids are validated UUIDs)."""
    return (f'{{"op_id":"{op_id}","status":"{status}","version":{int(version)},'
            f'"merged":{"true" if merged else "false"}}}')


def change_json(row: Sequence[Any], arrays: bool = False) -> str:
    """One record as it travels: entity, id, version, stamp, author, device, tombstone,
    precinct, data — an object (protocol 1) or an array in ``wire.CHANGE_ROW`` order (2)."""
    entity, rid, precinct, version, updated_at, updated_by, device, deleted_at, data = row
    if arrays:
        return (f'[{_j(entity)},{_j(rid)},{int(version)},{_j(updated_at)},{_j(updated_by)},'
                f'{_j(device)},{_j(deleted_at)},{_j(precinct)},{data}]')
    return (f'{{"e":{_j(entity)},"id":{_j(rid)},"v":{int(version)},"u":{_j(updated_at)},'
            f'"by":{_j(updated_by)},"dev":{_j(device)},"del":{_j(deleted_at)},'
            f'"p":{_j(precinct)},"f":{data}}}')


RECORD_COLS = ("entity, id, precinct_id, version, updated_at, updated_by, device_id, "
               "deleted_at, data")
#: columns written by a push (name, SQL type for engines that insert from arrays)
RECORD_WRITE_COLS = (("entity", "text"), ("id", "text"), ("precinct_id", "text"),
                     ("district", "text"), ("version", "integer"), ("updated_at", "text"),
                     ("updated_by", "text"), ("device_id", "text"), ("deleted_at", "text"),
                     ("data", "text"), ("fmeta", "text"), ("xid", "bigint"), ("seq", "bigint"),
                     ("bumpers", "text"))
RECORD_UPSERT = ("ON CONFLICT (entity, id) DO UPDATE SET "
                 "version = excluded.version, updated_at = excluded.updated_at, "
                 "updated_by = excluded.updated_by, device_id = excluded.device_id, "
                 "deleted_at = excluded.deleted_at, data = excluded.data, "
                 "fmeta = excluded.fmeta, xid = excluded.xid, seq = excluded.seq, "
                 "bumpers = excluded.bumpers")
OP_COLS = (("op_id", "text"), ("device_id", "text"), ("entity", "text"), ("record_id", "text"),
           ("status", "text"), ("version", "integer"), ("bumped", "integer"),
           ("result", "text"), ("at", "text"))


class Storage(ABC):
    """What the sync app needs from a storage engine."""

    @abstractmethod
    def migrate(self) -> list[int]: ...

    @abstractmethod
    def ensure_precinct(self, name: str, district: str = "") -> str: ...

    @abstractmethod
    def issue_token(self, precinct: str, role: str = "inspector", district: str = "",
                    ttl_days: int = 14) -> str: ...

    @abstractmethod
    def enrol(self, token: str, device_id: str, name: str = "",
              usb_public: dict[str, str] | None = None,
              proof: str | None = None) -> dict[str, Any]: ...

    @abstractmethod
    def authenticate(self, device_id: str, secret: str) -> Device: ...

    @abstractmethod
    def revoke(self, device_id: str) -> bool: ...

    @abstractmethod
    def push(self, device: Device, ops: list[dict[str, Any]]) -> list[dict[str, Any]]: ...

    @abstractmethod
    def pull(self, device: Device, cursor: str | None, limit: int,
             arrays: bool = False, deltas: bool = False) -> PullPage: ...

    @abstractmethod
    def records(self, device: Device, keys: Sequence[tuple[str, str]],
                arrays: bool = False) -> list[str]: ...

    @abstractmethod
    def put_reference(self, entity: str, record_id: str, data: dict[str, Any]) -> int: ...

    @abstractmethod
    def close(self) -> None: ...


class Conn(ABC):
    """A connection of one engine, with ``?`` placeholders."""

    @abstractmethod
    def q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]: ...

    @abstractmethod
    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    #: how many parameters one statement may carry (``select_in`` chunks by it)
    max_params = 900

    def select_in(self, sql: str, ids: Sequence[Any], before: Sequence[Any] = ()
                  ) -> list[tuple]:
        """Rows of ``sql`` whose ``{in}`` is ``IN (ids)`` (``before``: the earlier params)."""
        out: list[tuple] = []
        for chunk in _chunks(list(ids), self.max_params - len(before)):
            out.extend(self.q(sql.replace("{in}", f"IN ({_marks(chunk)})"), [*before, *chunk]))
        return out

    def insert_rows(self, table: str, cols: Sequence[tuple[str, str]],
                    rows: Sequence[Sequence[Any]], suffix: str = "") -> None:
        """Insert many rows, in one statement where the engine can (``cols``: name, type)."""
        names = ", ".join(name for name, _ in cols)
        self.many(f"INSERT INTO {table} ({names}) VALUES ({_marks(cols)}) {suffix}", rows)


class SqlStorage(Storage):
    """Every rule of the server over an engine's :class:`Conn`."""

    #: whether clean edits are applied by the database (:mod:`clean_edits`; SQLite)
    SQL_CLEAN_EDITS = False

    #: test hook: called with (stage, index) while a push batch is being applied or a device
    #: enrolled (``"enrol"``, before its row is written)
    fault_hook = None

    # -- engine hooks -------------------------------------------------------------------
    @abstractmethod
    def _tx(self, *, write: bool, device: str | None = None) -> contextlib.AbstractContextManager[Conn]:
        """A transaction (writes serialized per device on engines that run them in parallel)."""

    @abstractmethod
    def _position(self, c: Conn, n: int) -> tuple[int, list[int]]:
        """The transaction's xid and ``n`` fresh change sequence numbers."""

    def _delta_change_expr(self) -> str | None:
        """The select expression of a pulled record that is its delta where it may be
        (one ``?``: the cursor's seq), or None: this engine sends whole records."""
        return None

    def _watermark(self, c: Conn) -> int | None:
        """Only changes of transactions with xid below this are visible to pulls."""
        return None

    def _lock_suffix(self) -> str:
        return ""

    # -- admin ----------------------------------------------------------------------------
    def ensure_precinct(self, name: str, district: str = "") -> str:
        name = name.strip()
        if not name:
            raise StorageError("precinct_required")
        with self._tx(write=True) as c:
            row = c.q("SELECT id FROM precincts WHERE district = ? AND name = ?", [district, name])
            if row:
                return row[0][0]
            pid = new_id()
            now = utcnow()
            c.q("INSERT INTO precincts (id, name, district, created_at) VALUES (?,?,?,?)",
                [pid, name, district, now])
            xid, seqs = self._position(c, 1)
            data = _j({"name": name, "district": district, "region": None})
            fmeta = _j({})
            c.q("INSERT INTO records (entity, id, precinct_id, district, version, updated_at, "
                "updated_by, device_id, deleted_at, data, fmeta, xid, seq) "
                "VALUES ('precincts',?,?,?,1,?,NULL,'server',NULL,?,?,?,?)",
                [pid, pid, district, _hlc_now(), data, fmeta, xid, seqs[0]])
            return pid

    def issue_token(self, precinct: str, role: str = "inspector", district: str = "",
                    ttl_days: int = 14) -> str:
        if role not in ROLES:
            raise StorageError("bad_role")
        pid = self.ensure_precinct(precinct, district)
        token = TOKEN_PREFIX + secrets.token_urlsafe(24)
        now = dt.datetime.now(dt.UTC)
        with self._tx(write=True) as c:
            c.q("INSERT INTO enrolments (token_id, precinct_id, role, created_at, expires_at, "
                "usb_key) VALUES (?,?,?,?,?,?)",
                [token_id(token), pid, role, now.isoformat(),
                 (now + dt.timedelta(days=ttl_days)).isoformat(), token_usb_key(token)])
        return token

    def enrol(self, token: str, device_id: str, name: str = "",
              usb_public: dict[str, str] | None = None,
              proof: str | None = None) -> dict[str, Any]:
        """Exchange a token for the device's secret; ``usb_public``: the device's public
        keys for USB files (the answer carries the server's, ``usb_keys``); ``proof``: the
        device's Ed25519 signature of :func:`enrol_proof_message` — the same device coming
        again with its token (its answer lost), before it used its secret and while the
        token is valid, gets the same secret only with a proof its registered keys verify
        (a device's public keys and id are no secret: they travel in its USB files)."""
        if not isinstance(token, str) or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            raise AuthError("token_unknown")
        tid = token_id(token)
        message = enrol_proof_message(tid, device_id)

        def proven(keys: dict[str, str]) -> bool:
            return proof is not None and usb_crypto.verify(keys, message, proof)

        return self.enrol_by_token_id(tid, device_id, name, usb_public, proven=proven)

    def authenticate(self, device_id: str, secret: str) -> Device:
        with self._tx(write=False) as c:
            rows = c.q("SELECT secret_hash, precinct_id, district, role, revoked_at, "
                       "secret_used_at FROM devices WHERE id = ?", [device_id])
        if not rows:
            raise AuthError("unknown_device")
        digest, pid, district, role, revoked, used = rows[0]
        if not hmac.compare_digest(digest, secret_hash(secret)):
            raise AuthError("bad_secret")
        if revoked:
            raise StorageError("revoked", status=403, lock=True)
        if used is None:
            self.secret_used(device_id)
        return Device(device_id, pid, district, role)

    def secret_used(self, device_id: str) -> None:
        """Note that the device has used its secret: from now on its enrolment token is
        refused even to the device itself (a replayed file must not mint its secret)."""
        with self._tx(write=True) as c:
            c.q("UPDATE devices SET secret_used_at = ? WHERE id = ? AND secret_used_at IS NULL",
                [utcnow(), device_id])

    def _enrol_secret(self, c: Conn, tid: str, device_id: str) -> str:
        """The secret a token gives a device: derived from a key only the server holds, so
        the same device enrolled twice with its token (two USB files sent before the first
        answer came back, or a file and an HTTP enrolment) gets the same secret."""
        rows = c.q("SELECT value FROM server_meta WHERE key = 'enrol_key'")
        if not rows:
            raise StorageError("not_migrated", status=500)
        mac = hmac.new(bytes.fromhex(rows[0][0]), f"{tid}\x1f{device_id}".encode(),
                       hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()

    def device_by_id(self, device_id: str) -> Device:
        """The device (for USB imports, authenticated by the file's signature)."""
        with self._tx(write=False) as c:
            rows = c.q("SELECT precinct_id, district, role, revoked_at FROM devices "
                       "WHERE id = ?", [device_id])
        if not rows:
            raise AuthError("unknown_device")
        if rows[0][3]:
            raise StorageError("revoked", status=403, lock=True)
        return Device(device_id, rows[0][0], rows[0][1], rows[0][2])

    def revoke(self, device_id: str) -> bool:
        with self._tx(write=True) as c:
            found = c.q("SELECT 1 FROM devices WHERE id = ?", [device_id])
            c.q("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                [utcnow(), device_id])
        return bool(found)

    def devices(self) -> list[dict[str, Any]]:
        with self._tx(write=False) as c:
            rows = c.q("SELECT d.id, d.role, p.name, d.district, d.enrolled_at, d.revoked_at "
                       "FROM devices d JOIN precincts p ON p.id = d.precinct_id ORDER BY 5")
        keys = ("device_id", "role", "precinct", "district", "enrolled_at", "revoked_at")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def usb_key(self, device_id: str) -> tuple[str | None, dict[str, str] | None]:
        """(the device's secret hash, its public keys for USB files, if it registered them)."""
        with self._tx(write=False) as c:
            d = c.q("SELECT secret_hash, usb_public FROM devices WHERE id = ?", [device_id])
        if not d:
            return None, None
        return d[0][0], (json.loads(d[0][1]) if d[0][1] else None)

    def register_usb_public(self, device_id: str, keys: dict[str, str]) -> bool:
        """Register a device's public keys for USB files, unless it has others (from a
        file sealed with a key only it and the server hold: its token's or its secret's).
        True when the device now has exactly these keys; one transaction, so of two imports
        at once with different keys only the first registers."""
        with self._tx(write=True) as c:
            c.q("UPDATE devices SET usb_public = ? WHERE id = ? AND usb_public IS NULL",
                [_j(keys), device_id])
            rows = c.q("SELECT usb_public FROM devices WHERE id = ?", [device_id])
        return bool(rows and rows[0][0] and json.loads(rows[0][0]) == keys)

    def forget_usb_public(self, device_id: str) -> bool:
        """``server reset-keys``: forget a device's public keys for USB files (a device
        restored from a backup made before it had them); its next file, authenticated by its
        secret, registers new ones. False if there is no such device."""
        with self._tx(write=True) as c:
            found = c.q("SELECT 1 FROM devices WHERE id = ?", [device_id])
            c.q("UPDATE devices SET usb_public = NULL WHERE id = ?", [device_id])
        return bool(found)

    def usb_seed(self) -> str:
        """The seed of the server's key pairs for USB files (made once, kept in the store)."""
        with self._tx(write=False) as c:
            return self._usb_seed(c)

    @staticmethod
    def _usb_seed(c: Conn) -> str:
        rows = c.q("SELECT value FROM server_meta WHERE key = 'usb_seed'")
        if not rows:
            raise StorageError("not_migrated", status=500)
        return rows[0][0]

    def token_by_usb(self, tid: str) -> tuple[str, str] | None:
        with self._tx(write=False) as c:
            rows = c.q("SELECT usb_key, used_at FROM enrolments WHERE token_id = ?", [tid])
        return (rows[0][0], rows[0][1]) if rows else None

    def enrol_by_token_id(self, tid: str, device_id: str, name: str = "",
                          usb_public: dict[str, str] | None = None,
                          proven: Any = None) -> dict[str, Any]:
        """Enrol with the token whose id is ``tid`` (over HTTP, or from a USB file that
        proved knowledge of the token by its USB key). The same device may come again with
        its token until it has used its secret (two files sent before the first answer
        came back): it gets the same secret, and its public keys must be the ones it came
        with first (``keys_changed``). After that, or for another device, or once the token
        expired, the token is refused; an unused token never takes over a device the
        server already knows (``device_exists``).
        ``proven(registered_keys)``, when given (an HTTP enrolment), must hold for the same
        device to come again, and the token must still be valid; a USB file is proven by
        its signature already."""
        return self._retried(self._enrol_by_token_once, tid, device_id, name, usb_public,
                             proven)

    def _enrol_by_token_once(self, tid: str, device_id: str, name: str,
                             usb_public: dict[str, str] | None, proven: Any) -> dict[str, Any]:
        with self._tx(write=True) as c:
            rows = c.q("SELECT e.precinct_id, e.role, e.used_at, e.device_id, p.name, "
                       "p.district, e.expires_at FROM enrolments e JOIN precincts p "
                       "ON p.id = e.precinct_id WHERE e.token_id = ?" + self._lock_suffix(),
                       [tid])
            if not rows:
                raise AuthError("token_unknown")
            pid, role, used, used_by, pname, district, expires = rows[0]
            if used and used_by != device_id:
                raise StorageError("token_used", status=409)
            if not used and dt.datetime.fromisoformat(expires) < dt.datetime.now(dt.UTC):
                raise AuthError("token_expired")
            known = c.q("SELECT usb_public, revoked_at, secret_used_at FROM devices "
                        "WHERE id = ?" + self._lock_suffix(), [device_id])
            if known and not used:
                raise StorageError("device_exists", status=409)
            if known and known[0][2]:
                raise StorageError("token_used", status=409)
            if known and known[0][1]:
                raise StorageError("revoked", status=403, lock=True)
            if known and known[0][0] and usb_public and json.loads(known[0][0]) != usb_public:
                raise StorageError("keys_changed", status=409)
            if known and not known[0][0]:
                # no keys to check the device coming again against (enrolled by an older
                # program, or its keys forgotten): its id travels in its records, so only
                # its secret, used, lets it in now
                raise StorageError("token_used", status=409)
            if known and proven is not None and not (
                    proven(json.loads(known[0][0]))
                    and dt.datetime.fromisoformat(expires) >= dt.datetime.now(dt.UTC)):
                raise StorageError("token_used", status=409)  # not shown to be that device
            secret = self._enrol_secret(c, tid, device_id)
            if not known:
                if self.fault_hook:
                    self.fault_hook("enrol", 0)
                now = utcnow()
                c.q("UPDATE enrolments SET used_at = ?, device_id = ? WHERE token_id = ?",
                    [now, device_id, tid])
                c.q("INSERT INTO devices (id, secret_hash, precinct_id, district, role, name, "
                    "enrolled_at, usb_public) VALUES (?,?,?,?,?,?,?,?)",
                    [device_id, secret_hash(secret), pid, district, role, name[:100], now,
                     _j(usb_public) if usb_public else None])
            server_keys = usb_crypto.public_keys(self._usb_seed(c))
        return {"device_id": device_id, "secret": secret, "role": role,
                "precinct": {"id": pid, "name": pname, "district": district},
                "usb_keys": server_keys}

    def put_reference(self, entity: str, record_id: str, data: dict[str, Any]) -> int:
        """Publish a reference record (categories, calendar, forms) every device pulls."""
        with self._tx(write=True) as c:
            rows = c.q("SELECT version, data, device_id, bumpers, fmeta, updated_at, "
                       "updated_by FROM records WHERE entity = ? AND id = ?"
                       + self._lock_suffix(), [entity, record_id])
            version = (rows[0][0] + 1) if rows else 1
            merged = {**(json.loads(rows[0][1]) if rows else {}), **data}
            now = _hlc_now()
            bumpers, fmeta = "", "{}"  # a record the server creates: its own row says who
            if rows:  # the server is one of its authors now (a delete based on an older
                # version meets this change, as it meets a device's), and the fields it
                # published carry its stamp (a conflict on one names the department)
                old_version, _, device, old_bumpers, old_fmeta, at, by = rows[0]
                bumpers = _bumped(old_bumpers, device, old_version, "server", version)
                stamps = loads(old_fmeta) if old_fmeta else {merge.ALL_FIELDS: [at, by, device]}
                fmeta = _fmeta_json({**stamps, **dict.fromkeys(data, [now, None, "server"])})
            xid, seqs = self._position(c, 1)
            c.q("INSERT INTO records (entity, id, precinct_id, district, version, updated_at, "
                "updated_by, device_id, deleted_at, data, fmeta, xid, seq, bumpers) "
                "VALUES (?,?,?,?,?,?,NULL,'server',NULL,?,?,?,?,?) "
                "ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, "
                "updated_at = excluded.updated_at, updated_by = NULL, device_id = 'server', "
                "data = excluded.data, fmeta = excluded.fmeta, xid = excluded.xid, "
                "seq = excluded.seq, bumpers = excluded.bumpers",
                [entity, record_id, REFERENCE, REFERENCE, version, now, _j(merged), fmeta,
                 xid, seqs[0], _bumpers_text(bumpers)])
        return version

    def ensure_reference(self) -> int:
        """Keep the shared reference tables (:data:`SHARED`) in the reference scope and the
        default register categories on the server as every device seeds them; returns how
        many records it wrote. Idempotent; runs after every migration.

        A store from before the shared scope holds a supervisor's categories and transfers
        (and a seeded category its first editor changed) under a precinct: they move to the
        reference scope at a new position, so every device pulls them — once (``server_meta``
        ``shared_scope``). A seeded category gets the seed's values for the fields nobody
        changed."""
        from inspector_desk.domain.register import DEFAULT_CATEGORIES, SEED_DEVICE, SEED_STAMP

        seeds = {cat.seed_id: {"code": cat.code, "name_kk": cat.name_kk,
                               "name_ru": cat.name_ru, "name_en": cat.name_en,
                               "legal_basis": cat.legal_basis, "period_days": cat.period_days,
                               "check_interval_days": cat.check_interval_days,
                               "kind": cat.kind, "sort_order": order, "active": 1,
                               "open_entries_follow": 0}
                 for order, cat in enumerate(DEFAULT_CATEGORIES)}
        with self._tx(write=True) as c:
            for key, make in (("enrol_key", lambda: secrets.token_hex(32)),
                              ("usb_seed", usb_crypto.new_seed)):
                if not c.q("SELECT 1 FROM server_meta WHERE key = ?", [key]):
                    c.q("INSERT INTO server_meta (key, value) VALUES (?, ?)", [key, make()])
            moved = c.q("SELECT value FROM server_meta WHERE key = 'shared_scope'")
            stray = [] if moved else c.q(
                f"SELECT entity, id, data FROM records WHERE entity IN ({_marks(SHARED)}) "
                f"AND precinct_id <> ?{self._lock_suffix()}", [*sorted(SHARED), REFERENCE])
            if not moved:  # once: later a precinct's device may keep its own (``_home``)
                c.q("INSERT INTO server_meta (key, value) VALUES ('shared_scope', '1')")
            have = {r[0] for r in c.select_in(
                "SELECT id FROM records WHERE entity = 'register_categories' AND id {in}",
                sorted(seeds))}
            missing = [rid for rid in seeds if rid not in have]
            if not stray and not missing:
                return 0  # (the mark above, if new, commits with this transaction)
            xid, seqs = self._position(c, len(stray) + len(missing))
            for (entity, rid, data), seq in zip(stray, seqs, strict=False):
                fields = {**seeds.get(rid, {}), **loads(data)} if entity == \
                    "register_categories" else loads(data)
                c.q("UPDATE records SET precinct_id = ?, district = ?, data = ?, xid = ?, "
                    "seq = ? WHERE entity = ? AND id = ?",
                    [REFERENCE, REFERENCE, _j(fields), xid, seq, entity, rid])
            c.insert_rows("records", RECORD_WRITE_COLS, [
                ["register_categories", rid, REFERENCE, REFERENCE, 0, SEED_STAMP, None,
                 SEED_DEVICE, None, _j(seeds[rid]), "", xid, seq, ""]
                for rid, seq in zip(missing, seqs[len(stray):], strict=True)])
        return len(stray) + len(missing)

    # -- push ---------------------------------------------------------------------------------
    def push(self, device: Device, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return self._retried(self._push_once, device, ops)

    def _retried(self, once: Any, *args: Any, **kwargs: Any) -> Any:
        """``once(*args, **kwargs)``, again after an engine race (a unique violation, a
        deadlock: :meth:`_retryable`), up to five times; the retry sees what the other
        transaction committed (e.g. the device it enrolled: ``device_exists``)."""
        for attempt in range(5):
            try:
                return once(*args, **kwargs)
            except StorageError:
                raise
            except Exception as exc:  # noqa: BLE001 - engine races (unique, deadlock) retry
                if attempt == 4 or not self._retryable(exc):
                    raise
        raise AssertionError("unreachable")

    def _retryable(self, exc: Exception) -> bool:
        return False

    def _push_once(self, device: Device, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        results: list[dict[str, Any] | None] = [None] * len(ops)
        dev_id, own = device.id, device.precinct_id
        with self._tx(write=True, device=dev_id) as c:
            # duplicates (by op id), answered from what was recorded the first time
            known: dict[str, Any] = {
                op_id: result or _clean_result(op_id, version)
                for op_id, result, version in c.select_in(
                    "SELECT op_id, result, version FROM ops WHERE op_id {in}",
                    [op["op_id"] for op in ops])}
            # clean edits the database may apply itself (clean_edits): only their records'
            # precincts are read (for the scope check); every other record in full, locked
            # (in id order)
            edits = (clean_edits.candidates(ops, known, SHARED | PUBLISHED)
                     if self.SQL_CLEAN_EDITS else {})
            light: dict[tuple[str, str], str] = {}  # key → precinct, of those edits' records
            if edits:
                light = self._precincts_of(c, [ops[i] for i in edits])
                edits = {i: names for i, names in edits.items()
                         if (ops[i]["entity"], ops[i]["id"]) in light}
            current = self._read_current(c, [op for i, op in enumerate(ops) if i not in edits])
            sealed = self._sealed_parents(c, ops, current)
            # scope: refuse the whole batch if any op is outside it (nothing written); a new
            # record that belongs to another (an entry to a person, a check to an entry, a
            # protocol's field or event to it) is where that one is
            parents = self._parent_precincts(
                c, [op for i, op in enumerate(ops) if i not in edits] if edits else ops,
                current, known)
            refused: set[tuple[str, str]] = set()
            made: set[tuple[str, str]] = set()  # records earlier ops of this batch create
            outside: list[Any] = []
            for op in ops:
                if op["op_id"] in known:
                    continue
                entity = op["entity"]
                rec = current.get((entity, op["id"])) if current else None
                held_light = light.get((entity, op["id"])) if light else None
                if entity in PUBLISHED:
                    outside.append({"op_id": op["op_id"], "reason": "reference_record"})
                    continue
                if entity in SHARED:
                    # a supervisor's device writes the reference scope; any device a record
                    # of its own precinct (one it made while working alone, _home)
                    held = rec["precinct_id"] if rec is not None else None
                    if held is None or held == own or (
                            held == REFERENCE and device.role == "supervisor"):
                        continue
                    outside.append({"op_id": op["op_id"], "reason": "reference_record"
                                    if held == REFERENCE else "other_precinct"})
                    continue
                if rec is not None:
                    target = rec["precinct_id"]
                elif held_light is not None:
                    target = held_light
                elif entity == "precincts":
                    target = op["id"]
                else:
                    target = own
                    parent = _parent_key(op)
                    if parent is not None and parent in refused:
                        target = ""  # its parent was refused just now
                    elif parent is not None and parent in parents:
                        target = parents[parent]
                    elif parent is not None and parent not in made:
                        # its parent is nowhere on the server: refused in an earlier batch
                        # (so this one must not be filed under the device's precinct)
                        outside.append({"op_id": op["op_id"], "reason": "parent_refused"})
                        refused.add((entity, op["id"]))
                        continue
                    if op["op"] == "insert":
                        made.add((entity, op["id"]))
                field_pid = op["fields"].get("precinct_id", own)
                if (target != own or field_pid != own) and (
                        target == REFERENCE or not device.can_write(target)
                        or (field_pid is not None and not device.can_write(field_pid))):
                    outside.append(op["op_id"])
                    refused.add((entity, op["id"]))
            if outside:
                raise ScopeError("other_precinct", ops=outside)
            # the clean edits the database applies; those it did not (the record changed
            # meanwhile, a field holds another value…) are read and merged below
            sql_done: dict[int, int] = {}
            if edits:
                sql_done = self._apply_clean_edits(c, ops, edits, dev_id)
                current.update(self._read_current(
                    c, [ops[i] for i in edits if i not in sql_done]))
            # apply in order
            seen: dict[str, dict[str, Any]] = {}
            touched: dict[tuple[str, str], dict[str, Any]] = {}
            # records this batch creates and no other op of it touches (the common case):
            # key → (fields, hlc, officer), written straight from the op, no merge state
            fresh: dict[tuple[str, str], tuple[dict[str, Any], str, str | None]] = {}
            op_rows = []
            now = utcnow()
            hook = self.fault_hook
            for i, op in enumerate(ops):
                if hook:
                    hook("apply", i)
                op_id = op["op_id"]
                if sql_done and i in sql_done:
                    version = sql_done[i]
                    results[i] = {"op_id": op_id, "status": "applied", "version": version,
                                  "merged": False}
                    op_rows.append([op_id, dev_id, op["entity"], op["id"], "applied", version,
                                    1, "", now])
                    continue
                key = (op["entity"], op["id"])
                if op_id in seen or op_id in known:
                    original = seen.get(op_id)
                    if original is None:
                        original = known[op_id]
                        if isinstance(original, str):
                            original = known[op_id] = json.loads(original)
                    results[i] = {"op_id": op_id, "status": "duplicate", "original": original}
                    if key in fresh:
                        self._settle(fresh, key, current, touched, own, device)
                    touched.setdefault(key, current.get(key) or {})
                    continue
                rec = current.get(key)
                if rec is None and key in fresh:  # an earlier op of this batch created it
                    rec = self._settle(fresh, key, current, touched, own, device)
                if rec is None and op["op"] != "delete":
                    # the common case, a new record: nothing to merge (the parsed fields
                    # are this call's own: used as they are unless a tombstone is among them)
                    data = op["fields"]
                    if "deleted_at" in data:
                        data = {k: v for k, v in data.items() if k != "deleted_at"}
                    if data:
                        fresh[key] = (data, op["hlc"], op.get("officer_id"))
                        results[i] = seen[op_id] = {"op_id": op_id, "status": "applied",
                                                    "version": 1, "merged": False}
                        op_rows.append([op_id, dev_id, key[0], key[1], "applied", 1, 1, "", now])
                        continue
                cur = rec["cur"] if rec else None
                in_sealed = bool(sealed) and _parent_id(op, cur) in sealed
                if cur is not None and op["op"] == "update" and not in_sealed:
                    # the common case of an edit: based on the record as it stands
                    apply = _clean_update(cur, op)
                    if apply is not None:
                        version = cur.version
                        if apply:
                            version += 1
                            _bump(rec, dev_id, version)
                            stamp = [op["hlc"], op.get("officer_id"), dev_id]
                            fmeta = {**cur.fmeta}
                            for name in apply:
                                fmeta[name] = stamp
                            rec["cur"] = merge.Current(version, {**cur.data, **apply}, None,
                                                       stamp[0], stamp[1], dev_id, fmeta)
                            rec["dirty"] = True
                            touched[key] = rec
                        else:
                            touched.setdefault(key, rec)
                        results[i] = seen[op_id] = {"op_id": op_id, "status": "applied",
                                                    "version": version, "merged": False}
                        op_rows.append([op_id, dev_id, key[0], key[1], "applied", version,
                                        int(bool(apply)), "", now])
                        continue
                others = False  # (only a delete asks whether others changed the record)
                if cur is not None and op["op"] == "delete" \
                        and cur.version != op["base_version"]:
                    others = _others_since(rec, op["base_version"], dev_id)
                out = merge.apply_op(op, cur, others_since_base=others,
                                     parent_finalized=in_sealed)
                bumped = out.changes
                if bumped:
                    cur = _applied(cur, out, op, dev_id)
                    if rec is None:
                        pid, district = _home(key, device)
                        rec = {"precinct_id": pid, "district": district, "bumpers": ""}
                        current[key] = rec
                    else:
                        _bump(rec, dev_id, cur.version)
                    rec["cur"] = cur
                    rec["dirty"] = True
                    touched[key] = rec
                elif rec is not None:
                    touched.setdefault(key, rec)
                version = cur.version if cur else 0
                merged = bool(rec and op["base_version"] != version - (1 if bumped else 0))
                result: dict[str, Any] = {"op_id": op_id, "status": out.status,
                                          "version": version, "merged": merged}
                if out.reason:
                    result["reason"] = out.reason
                if out.conflicts:
                    result["conflicts"] = out.conflicts
                    result["applied"] = sorted(out.apply)
                results[i] = seen[op_id] = result
                text = (_j(result) if out.reason or out.conflicts
                        else "" if out.status == "applied" and not merged
                        else _clean_result_json(op_id, out.status, version, merged))
                op_rows.append([op_id, dev_id, key[0], key[1], out.status, version,
                                int(bumped), text, now])
            # write the records' final states and the op log
            changed = [(k, r) for k, r in touched.items() if r and r.get("dirty")]
            if changed or fresh:
                xid, seqs = self._position(c, len(changed) + len(fresh))
                new_rows, old_rows = [], []
                for ((entity, rid), r), seq in zip(changed, seqs, strict=False):
                    cur = r["cur"]
                    (old_rows if r.get("stored") else new_rows).append(
                        [entity, rid, r["precinct_id"], r["district"], cur.version,
                         cur.updated_at, cur.updated_by, cur.device_id, cur.deleted_at,
                         dumps_plain(cur.data), _fmeta_text(cur), xid, seq,
                         _bumpers_text(r.get("bumpers", ""))])
                new_rows += [[key[0], key[1], *_home(key, device), 1,
                              hlc, officer, dev_id, None, dumps_plain(data), "", xid, seq, ""]
                             for (key, (data, hlc, officer)), seq
                             in zip(fresh.items(), seqs[len(changed):], strict=True)]
                if new_rows:  # a plain INSERT: a concurrent creation fails and is retried
                    c.insert_rows("records", RECORD_WRITE_COLS, new_rows)
                if old_rows:
                    c.insert_rows("records", RECORD_WRITE_COLS, old_rows, RECORD_UPSERT)
            if op_rows:
                c.insert_rows("ops", OP_COLS, op_rows)
            if hook:
                hook("commit", len(ops))
            c.q("UPDATE devices SET last_seen_at = ? WHERE id = ?", [now, dev_id])
        # the record as it now stands, for every answer that is not a clean apply
        for op, result in zip(ops, results, strict=True):
            assert result is not None
            if result["status"] == "applied" and not result["merged"]:
                continue
            rec = touched.get((op["entity"], op["id"]))
            if rec and rec.get("cur") is not None:
                obj = result["record"] = _record_obj(op["entity"], op["id"], rec)
                absent = [n for n in result.get("conflicts") or ()
                          if n != "deleted_at" and n not in obj["f"]]
                if absent:  # a field the server never had is empty there: the device's
                    # value that did not merge must not stay on the device either
                    obj["f"] = {**obj["f"], **dict.fromkeys(absent)}
        return results  # type: ignore[return-value]

    def _read_current(self, c: Conn, ops: Sequence[dict[str, Any]]
                      ) -> dict[tuple[str, str], dict[str, Any]]:
        """The stored records the ops touch, locked (in id order), as the merge state."""
        current: dict[tuple[str, str], dict[str, Any]] = {}
        Current, ALL = merge.Current, merge.ALL_FIELDS
        for entity, rids in _ids_by_entity(_keys(ops)).items():
            for (rid, pid, district, version, at, by, dev, deleted, data, fmeta,
                 bumpers) in c.select_in(
                    "SELECT id, precinct_id, district, version, updated_at, updated_by, "
                    "device_id, deleted_at, data, fmeta, bumpers FROM records WHERE "
                    "entity = ? AND id {in} ORDER BY id" + self._lock_suffix(),
                    rids, [entity]):
                current[(entity, rid)] = {
                    "precinct_id": pid, "district": district, "stored": True,
                    "bumpers": bumpers,
                    "cur": Current(version, loads(data), deleted, at, by, dev,
                                   loads(fmeta) if fmeta else {ALL: [at, by, dev]})}
        return current

    def _precincts_of(self, c: Conn, ops: Sequence[dict[str, Any]]
                      ) -> dict[tuple[str, str], str]:
        """(entity, id) → precinct of the stored records the ops touch, locked."""
        found: dict[tuple[str, str], str] = {}
        for entity, rids in _ids_by_entity(_keys(ops)).items():
            for rid, pid in c.select_in(
                    "SELECT id, precinct_id FROM records WHERE entity = ? AND id {in} "
                    "ORDER BY id" + self._lock_suffix(), rids, [entity]):
                found[(entity, rid)] = pid
        return found

    def _apply_clean_edits(self, c: Conn, ops: Sequence[dict[str, Any]],
                           edits: dict[int, tuple[str, ...]], device_id: str) -> dict[int, int]:
        """Apply the clean edits ``edits`` (op index → field names) in the database
        (:mod:`clean_edits`); op index → new version of each one it applied."""
        xid, seqs = self._position(c, len(edits))
        groups: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        for i, names in edits.items():
            groups.setdefault((ops[i]["entity"], names), []).append(i)
        versions: dict[tuple[str, str], int] = {}
        at = iter(seqs)
        for (entity, names), indexes in groups.items():
            rows = [clean_edits.row_params(ops[i], names, device_id, next(at))
                    for i in indexes]
            per = max(1, getattr(c, "max_params", 900) // len(rows[0]))
            for k in range(0, len(rows), per):
                chunk = rows[k:k + per]
                for rid, version in c.q(clean_edits.update_sql(entity, names, len(chunk), xid),
                                        [p for row in chunk for p in row]):
                    versions[(entity, rid)] = version
        return {i: versions[key] for i in edits
                if (key := (ops[i]["entity"], ops[i]["id"])) in versions}

    @staticmethod
    def _parent_precincts(c: Conn, ops: list[dict[str, Any]],
                          current: dict[tuple[str, str], dict[str, Any]],
                          known: dict[str, Any]) -> dict[tuple[str, str], str]:
        """The precinct of each stored parent (:data:`PARENT`) of the new records of a batch."""
        wanted: dict[str, set[str]] = {}
        for op in ops:
            if op["op_id"] in known or (op["entity"], op["id"]) in current:
                continue
            parent = _parent_key(op)
            if parent is not None:
                wanted.setdefault(parent[0], set()).add(parent[1])
        found: dict[tuple[str, str], str] = {}
        for entity, ids in wanted.items():
            for rid, pid in c.select_in("SELECT id, precinct_id FROM records WHERE entity = ? "
                                        "AND id {in}", sorted(ids), [entity]):
                found[(entity, rid)] = pid
        return found

    @staticmethod
    def _sealed_parents(c: Conn, ops: list[dict[str, Any]],
                        current: dict[tuple[str, str], dict[str, Any]]) -> set[str]:
        """The finalized parents (as the batch starts) of the ops' records that belong to
        one (``merge.FINALIZED_PARENT``: a finalized protocol's fields)."""
        wanted: dict[str, set[str]] = {}
        for op in ops:
            parent = merge.FINALIZED_PARENT.get(op["entity"])
            if parent is None:
                continue
            rec = current.get((op["entity"], op["id"]))
            pid = _parent_id(op, rec["cur"] if rec else None)
            if isinstance(pid, str):
                wanted.setdefault(parent[0], set()).add(pid)
        found: set[str] = set()
        for entity, ids in wanted.items():
            for rid, data in c.select_in("SELECT id, data FROM records WHERE entity = ? "
                                         "AND id {in}", sorted(ids), [entity]):
                if merge.is_finalized(loads(data)):
                    found.add(rid)
        return found

    @staticmethod
    def _settle(fresh: dict, key: tuple[str, str], current: dict, touched: dict, own: str,
                device: Device) -> dict[str, Any]:
        """Move a record created earlier in the batch from ``fresh`` to the merge state
        (``current``/``touched``): another op of the batch touches it."""
        data, hlc, officer = fresh.pop(key)
        pid, district = _home(key, device)
        rec = current[key] = touched[key] = {
            "precinct_id": pid, "district": district, "dirty": True, "bumpers": "",
            "cur": merge.Current(1, data, None, hlc, officer, device.id,
                                 {merge.ALL_FIELDS: [hlc, officer, device.id]})}
        return rec

    # -- pull ---------------------------------------------------------------------------------
    def _change_expr(self, arrays: bool) -> str | None:
        """A SQL expression giving a record's change JSON (``change_json``), if the engine
        can build JSON itself (much faster than doing it row by row in Python)."""
        return None

    def pull(self, device: Device, cursor: str | None, limit: int,
             arrays: bool = False, deltas: bool = False) -> PullPage:
        """The changes after ``cursor`` the device may read; ``arrays``: as protocol 2
        arrays, otherwise objects; ``deltas`` (protocol 3, with ``arrays``): a record whose
        last write is a delta the device can apply — its position before that write is
        within ``cursor`` — comes as that delta (``wire.DELTA_ROW``)."""
        scope_pos, ref_pos = decode_cursor(cursor)
        limit = max(1, limit)
        expr = self._change_expr(arrays)
        cols = expr or RECORD_COLS
        scope_cols, scope_args = cols, []
        delta_expr = self._delta_change_expr() if deltas and arrays and expr else None
        if delta_expr and scope_pos[0] == 0:  # (the engine's positions are (0, seq))
            scope_cols, scope_args = delta_expr, [scope_pos[1]]

        def page(rows: list[tuple]) -> list[str]:
            return ([r[0] for r in rows] if expr
                    else [change_json(r[:9], arrays) for r in rows])

        with self._tx(write=False) as c:
            mark = self._watermark(c)
            bound = "" if mark is None else f" AND xid < {int(mark)}"
            where, arg = self._scope(device)
            rows = c.q(f"SELECT {scope_cols}, xid, seq FROM records WHERE {where} "
                       f"AND (xid, seq) > (?, ?){bound} ORDER BY xid, seq LIMIT ?",
                       [*scope_args, arg, scope_pos[0], scope_pos[1], limit])
            changes = page(rows)
            if rows:
                scope_pos = (int(rows[-1][-2]), int(rows[-1][-1]))
            more = len(rows) == limit
            if not more:
                refs = c.q(f"SELECT {cols}, xid, seq FROM records WHERE precinct_id = ? "
                           f"AND (xid, seq) > (?, ?){bound} ORDER BY xid, seq LIMIT ?",
                           [REFERENCE, ref_pos[0], ref_pos[1], limit - len(rows) or 1])
                if len(rows) + len(refs) > limit:
                    refs = refs[: limit - len(rows)]
                    more = True
                changes.extend(page(refs))
                if refs:
                    ref_pos = (int(refs[-1][-2]), int(refs[-1][-1]))
                more = more or len(rows) + len(refs) >= limit
        return PullPage(changes, encode_cursor(scope_pos, ref_pos), more)

    def records(self, device: Device, keys: Sequence[tuple[str, str]],
                arrays: bool = False) -> list[str]:
        """The whole records ``keys`` (entity, id) as they stand now, as a pull sends them,
        those the device may read (its scope and the reference records; others are left
        out) — for a delta whose base the device does not have (protocol 3)."""
        expr = self._change_expr(arrays)
        where, arg = self._scope(device)
        out: list[str] = []
        with self._tx(write=False) as c:
            for entity, rids in _ids_by_entity(keys).items():
                rows = c.select_in(
                    f"SELECT {expr or RECORD_COLS} FROM records WHERE entity = ? "
                    f"AND ({where} OR precinct_id = ?) AND id {{in}} ORDER BY id",
                    rids, [entity, arg, REFERENCE])
                out.extend(r[0] if expr else change_json(r[:9], arrays) for r in rows)
        return out

    @staticmethod
    def _scope(device: Device) -> tuple[str, str]:
        """The condition on records a device reads (besides the reference records)."""
        if device.role == "supervisor":
            return "district = ?", device.district
        return "precinct_id = ?", device.precinct_id

    # -- inspection (tests, support) ------------------------------------------------------
    def snapshot(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Every record (entity, id) → {version, deleted_at, data} (tests and support)."""
        with self._tx(write=False) as c:
            rows = c.q("SELECT entity, id, version, deleted_at, data FROM records")
        return {(r[0], r[1]): {"version": r[2], "deleted_at": r[3], "data": json.loads(r[4])}
                for r in rows}

    def op_log(self) -> list[tuple[str, str, str, str, int]]:
        with self._tx(write=False) as c:
            return [tuple(r) for r in c.q(  # type: ignore[misc]
                "SELECT op_id, entity, record_id, status, bumped FROM ops")]


#: Records that belong to another: (its entity, the field naming it). A new one is in the
#: scope of the record it belongs to, so a device may not add one to another precinct's.
PARENT = {"register_entries": ("persons", "person_id"),
          "checks": ("register_entries", "entry_id"),
          "protocol_fields": ("protocols", "protocol_id"),
          "protocol_events": ("protocols", "protocol_id")}


def _ids_by_entity(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Entity → the sorted ids of its records among ``keys`` (entity, id) (rows are locked
    in id order)."""
    by_entity: dict[str, set[str]] = {}
    for entity, rid in keys:
        by_entity.setdefault(entity, set()).add(rid)
    return {entity: sorted(ids) for entity, ids in by_entity.items()}


def _keys(ops: Iterable[dict[str, Any]]) -> Iterable[tuple[str, str]]:
    return ((op["entity"], op["id"]) for op in ops)


def _parent_key(op: dict[str, Any]) -> tuple[str, str] | None:
    """(entity, id) of the record a new record of ``op`` belongs to, if any."""
    link = PARENT.get(op["entity"])
    if link is None:
        return None
    pid = op["fields"].get(link[1])
    return (link[0], pid) if isinstance(pid, str) else None


def _home(key: tuple[str, str], device: Device) -> tuple[str, str]:
    """The precinct and district a new record ``key`` (entity, id) is kept under when
    ``device`` creates it: a precinct is its own; a shared reference record
    (:data:`SHARED`) everyone's when a supervisor's device makes it, else (a precinct's
    device that made it while working alone, before it was enrolled) its precinct's, so
    the precinct's entries on it are not left without it; anything else the device's
    precinct."""
    if key[0] == "precincts":
        return key[1], device.district
    if key[0] in SHARED and device.role == "supervisor":
        return REFERENCE, REFERENCE
    return device.precinct_id, device.district


def _parent_id(op: dict[str, Any], cur: merge.Current | None) -> Any:
    """The id of the record an op's record belongs to (``merge.FINALIZED_PARENT``), from
    the op (a new record) or the stored record; ``None`` if it belongs to none."""
    parent = merge.FINALIZED_PARENT.get(op["entity"])
    if parent is None:
        return None
    if cur is not None and parent[1] in cur.data:
        return cur.data[parent[1]]
    return op["fields"].get(parent[1])


def _clean_update(cur: merge.Current, op: dict[str, Any]) -> dict[str, Any] | None:
    """The fields an update sets when it is based on the record's current version and none
    of its fields conflicts (the record neither deleted nor finalized, no tombstone in the
    op) — what :func:`merge.apply_op` would apply; ``None``: merge it the long way."""
    if cur.version != op["base_version"] or cur.deleted_at is not None:
        return None
    fields = op["fields"]
    if "deleted_at" in fields:
        return None
    data = cur.data
    if merge.is_finalized(data):
        return None
    old = op.get("old") or {}
    apply = {}
    for name, value in fields.items():
        now = data.get(name)
        if same(now, value):
            continue
        if not same(now, old.get(name)) and name in data:
            return None
        apply[name] = value
    return apply


def _bumped(bumpers: str | dict[str, int], row_device: str, row_version: int,
            device_id: str, version: int) -> str | dict[str, int]:
    """``bumpers`` (``records.bumpers`` of a row last changed by ``row_device`` to
    ``row_version``) once ``device_id`` gave the record ``version``. ``""`` (only the row's
    device ever changed it) stays so while that device goes on changing it."""
    if bumpers == "":
        if row_device == device_id:
            return ""
        bumpers = {row_device: row_version}
    elif type(bumpers) is str:
        bumpers = loads(bumpers)
    return {**bumpers, device_id: version}


def _bump(rec: dict[str, Any], device_id: str, version: int) -> None:
    """:func:`_bumped` for a record of a push; before ``rec["cur"]`` takes the new state."""
    cur = rec["cur"]
    rec["bumpers"] = _bumped(rec.get("bumpers", ""), cur.device_id, cur.version,
                             device_id, version)


def _bumpers_text(bumpers: str | dict[str, int]) -> str:
    return bumpers if type(bumpers) is str else dumps_plain(bumpers)


def _others_since(rec: dict[str, Any], base: int, device_id: str) -> bool:
    """Whether a device other than ``device_id`` (the server included) changed the record
    after version ``base`` (``records.bumpers``; ``""``: only the row's device did)."""
    bumpers, cur = rec.get("bumpers", ""), rec["cur"]
    if bumpers == "":
        return cur.device_id != device_id and cur.version > base
    if type(bumpers) is str:
        bumpers = rec["bumpers"] = loads(bumpers)
    return any(v > base for dev, v in bumpers.items() if dev != device_id)


def _applied(cur: merge.Current | None, out: merge.Outcome, op: dict[str, Any],
             device_id: str) -> merge.Current:
    stamp = [op["hlc"], op.get("officer_id"), device_id]
    if cur is None:
        cur = merge.Current(version=0, data={}, deleted_at=None, updated_at=op["hlc"],
                            updated_by=op.get("officer_id"), device_id=device_id)
    data = dict(cur.data)
    data.update(out.apply)
    fmeta = dict(cur.fmeta)
    if cur.version == 0:  # a new record: one stamp for all its fields
        fmeta[merge.ALL_FIELDS] = stamp
    else:
        for name in out.apply:
            fmeta[name] = stamp
    deleted = cur.deleted_at
    if out.delete is not None:
        deleted = out.delete
        fmeta["deleted_at"] = stamp
    if out.undelete:
        deleted = None
        fmeta["deleted_at"] = stamp
    new = merge.Current(version=cur.version + 1, data=data, deleted_at=deleted,
                        updated_at=op["hlc"], updated_by=op.get("officer_id"),
                        device_id=device_id, fmeta=fmeta)
    return new


def _record_obj(entity: str, rid: str, rec: dict[str, Any]) -> dict[str, Any]:
    cur: merge.Current = rec["cur"]
    return {"e": entity, "id": rid, "v": cur.version, "u": cur.updated_at, "by": cur.updated_by,
            "dev": cur.device_id, "del": cur.deleted_at, "p": rec["precinct_id"], "f": cur.data}


def _marks(items: Sequence[Any]) -> str:
    return ",".join("?" * len(items))


def _chunks(items: list[Any], size: int = 900) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _hlc_now() -> str:
    from inspector_desk.domain.hlc import HybridClock

    return HybridClock().now()
