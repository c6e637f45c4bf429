"""The device side of sync: enrol, push the outbox, pull the server's changes.

Contract (see ``docs/sync.md``):

* **push** sends pending outbox ops in seq order, in batches bounded by count and bytes;
  each batch's answers (applied / duplicate / conflict / rejected) are recorded in one
  local transaction, so a confirmed batch is never sent again; a batch whose answer was
  lost is re-sent and the server answers ``duplicate`` (ops are idempotent by op id).
* **pull** fetches pages after the stored cursor; a page and the new cursor are applied in
  one local transaction, so a dropped connection resumes from the last applied page.
  Fields changed by local ops not yet confirmed are kept (they travel with the next push).
* A pulled record that cannot be applied, and an op the server rejected, go to the
  quarantine with their reason; the rest continues.
* ``last_sync_at`` is written only after the server confirmed a whole push and pull.

Works over any :class:`Session` on the calling thread; no Qt, no server imports.
Hazard: call it from a worker thread with its own session, never the UI thread.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import ipaddress
import json
import operator
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from inspector_desk.domain.ids import new_id
from inspector_desk.progress import Progress
from inspector_desk.services.session import Session
from inspector_desk.store import bulk_load
from inspector_desk.store.bulk import insert_rows, raise_versions, update_rows
from inspector_desk.store.derived import rows_inserted
from inspector_desk.store.indexed_columns import indexed_columns
from inspector_desk.store.schema import SYNC_COLUMN_NAMES
from inspector_desk.sync import usb_crypto, wire
from inspector_desk.sync.state import _state_set, state_get  # noqa: F401 - re-exported
from inspector_desk.sync.tuning import sync_tuning

ERROR_KINDS = ("network", "auth", "server", "config", "update")
#: a push batch answered within this many seconds lets the next ones grow past batch_ops
FAST_BATCH_S = 1.0
#: the first pull page asks for at most this many changes (the next pages double up to
#: page_size): it is written while the next one is fetched, instead of after one long fetch
FIRST_PAGE = 1250


def hooks_due(db, changes: list[Any]) -> None:
    """Record, in the transaction that applies ``changes``, the entities whose after-pull
    hooks are now due (:meth:`SyncClient._run_due_hooks` runs and clears them)."""
    due = set(_due_entities(state_get(db, "hooks_due")))
    due.update(str(c[0] if type(c) is list else c.get("e")) for c in changes)
    # a fresh mark each time: clearing what ran never clears a page recorded meanwhile
    _state_set(db, "hooks_due", json.dumps({"entities": sorted(due), "mark": new_id()}))


def _due_entities(raw: str | None) -> list[str]:
    """The entities of a ``hooks_due`` value (also one written as a bare list, or damaged:
    then none — the hooks settle the whole database at the next pull that touches them)."""
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    if isinstance(value, dict):
        value = value.get("entities")
    return [str(e) for e in value] if isinstance(value, list) else []


class SyncError(Exception):
    """Sync stopped; ``kind`` is network | auth | server | config, ``reason`` a code."""

    def __init__(self, kind: str, reason: str, detail: str = "", *, lock: bool = False) -> None:
        super().__init__(f"{kind}: {reason}" + (f" ({detail})" if detail else ""))
        self.kind, self.reason, self.detail, self.lock = kind, reason, detail, lock


class _HttpRefusal(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body.get("error", str(status)))
        self.status, self.body = status, body
        self.reason = str(body.get("error", f"http_{status}"))


class _Downgraded(Exception):
    """The server speaks an older protocol; a body built for the newer one was not sent."""


@dataclass(slots=True)
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0  # open conflicts after this sync
    new_conflicts: int = 0
    rejected: int = 0
    duration_s: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "duration_s": round(self.duration_s, 3)}


def synced_tables(db) -> dict[str, list[str]]:
    """Every local table that carries the sync columns → its column names."""
    found: dict[str, list[str]] = {}
    for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        cols = [r[1] for r in db.execute(f"PRAGMA table_info([{name}])").fetchall()]
        if all(c in cols for c in SYNC_COLUMN_NAMES):
            found[name] = cols
    return found


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: The environment variable that lets devices send their secret over plain HTTP to
#: another host (issue 6 §2: refused unless explicitly allowed).
ALLOW_PLAIN_HTTP_ENV = "INSPECTOR_DESK_ALLOW_PLAIN_HTTP"

#: Refusals of a change the server will never take from this device: it is undone here.
SCOPE_REASONS = ("other_precinct", "reference_record", "parent_refused")




def _utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SyncClient:
    """Sync of one device's database with its department server."""

    def __init__(self, session: Session, *, url: str | None = None,
                 transport: httpx.BaseTransport | None = None,
                 allow_plain_http: bool | None = None,
                 batch_ops: int = 500, batch_bytes: int = 256 * 1024,
                 max_batch_ops: int = 2500, max_batch_bytes: int = 4 * 1024 * 1024,
                 page_size: int = 10000,
                 retries: int = 4, backoff: float = 0.5, timeout: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep,
                 fault_hook: Callable[[str], None] | None = None) -> None:
        self.s = session
        self.db = session.db
        self.url = (url or state_get(self.db, "server_url") or "").rstrip("/")
        # None: as the deployment says (INSPECTOR_DESK_ALLOW_PLAIN_HTTP=1, e.g. behind a
        # TLS-terminating proxy on the same network), so the GUI and the CLI agree
        self.allow_plain_http = (os.environ.get(ALLOW_PLAIN_HTTP_ENV) == "1"
                                 if allow_plain_http is None else allow_plain_http)
        self.batch_ops, self.batch_bytes, self.page_size = batch_ops, batch_bytes, page_size
        # batches start at batch_ops/batch_bytes and grow (doubling) up to these while each
        # comes back within FAST_BATCH_S: a fast link sends few, large batches, a slow one
        # stays at the start size (a cut costs at most one small batch)
        self.max_batch_ops = max(batch_ops, max_batch_ops)
        self.max_batch_bytes = max(batch_bytes, max_batch_bytes)
        # the last push ended on a batch answered within FAST_BATCH_S: the next push still
        # starts at batch_ops but grows four-fold (a link seen fast is likely still fast)
        self._link_fast = False
        self.retries, self.backoff, self.sleep = retries, backoff, sleep
        self.fault_hook = fault_hook
        self._transport = transport
        self._timeout = timeout
        #: the protocol spoken: the newest, lowered once if the server answers that it
        #: speaks only an older one (a department server not yet updated)
        self.protocol = wire.PROTOCOL_VERSION
        self._http: httpx.Client | None = None
        self._tables: dict[str, list[str]] | None = None
        self._indexed_by_table: dict[str, tuple[str, ...]] = {}
        # counters (benchmarks, diagnostics): batches and ops whose answer was recorded,
        # ops the server answered "duplicate" (sent again after a lost answer), failed sends
        self.batches_sent = 0
        self.ops_confirmed = 0
        self.duplicates = 0
        self.send_failures = 0

    # -- plumbing ----------------------------------------------------------------------------
    @property
    def tables(self) -> dict[str, list[str]]:
        if self._tables is None:
            self._tables = synced_tables(self.db)
        return self._tables

    def _client(self) -> httpx.Client:
        if not self.url:
            raise SyncError("config", "no_server")
        scheme = urlsplit(self.url).scheme
        if scheme not in ("http", "https"):
            raise SyncError("config", "bad_url")
        if scheme == "http" and not self.allow_plain_http and not is_loopback_url(self.url):
            raise SyncError("config", "insecure_http")
        if self._http is None:
            self._http = httpx.Client(base_url=self.url, transport=self._transport,
                                      timeout=self._timeout,
                                      headers={"Accept-Encoding": "gzip"})
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def _auth(self) -> dict[str, str]:
        secret = state_get(self.db, "device_secret")
        if not secret:
            raise SyncError("auth", "not_enrolled")
        return {"Authorization": f"{wire.AUTH_SCHEME} {self.s.device_id}:{secret}"}

    def _request(self, path: str, body: dict[str, Any] | None, *, auth: bool = True,
                 retry: bool = True, gz: bytes | None = None,
                 auth_headers: dict[str, str] | None = None) -> dict[str, Any]:
        """POST ``body`` (or ``gz``, a body already serialised and compressed), GET
        without one."""
        client = self._client()
        headers = auth_headers if auth_headers is not None else self._auth() if auth else {}
        attempt = 0
        while True:
            try:
                version = {wire.PROTOCOL_HEADER: str(self.protocol)}
                if gz is not None:
                    resp = client.post(path, content=gz,
                                       headers={**headers, **wire.BODY_HEADERS, **version})
                elif body is None:
                    resp = client.get(path, headers={**headers, **version})
                else:
                    content, extra = wire.encode_body(body)
                    resp = client.post(path, content=content,
                                       headers={**headers, **extra, **version})
                data = self._decode(resp)
                if resp.status_code >= 500:
                    raise _HttpRefusal(resp.status_code, data)
                if resp.status_code >= 400:
                    if self._downgrade(resp.status_code, data):
                        if gz is None:
                            continue  # the same request in the server's protocol
                        raise _Downgraded  # a body built for the newer one: build again
                    raise _HttpRefusal(resp.status_code, data)
                return data
            except httpx.TransportError as exc:
                failure: Exception = exc
                kind, reason = "network", type(exc).__name__
            except _HttpRefusal as exc:
                if exc.status < 500:
                    raise
                failure, kind, reason = exc, "server", exc.reason
            attempt += 1
            if not retry or attempt > self.retries:
                raise SyncError(kind, reason) from failure
            self.sleep(min(self.backoff * (2 ** (attempt - 1)), 30.0))

    def _downgrade(self, status: int, data: dict[str, Any]) -> bool:
        """Speak the server's older protocol if it refused ours as too new (once)."""
        server = data.get("server")
        if (status == 426 and data.get("error") == "protocol_unsupported"
                and type(server) is int and wire.MIN_PROTOCOL_VERSION <= server < self.protocol):
            self.protocol = server
            return True
        return False

    @staticmethod
    def _decode(resp: httpx.Response) -> dict[str, Any]:
        try:
            data = wire.loads(resp.content)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            if resp.status_code >= 500:
                return {"error": f"http_{resp.status_code}"}
            raise SyncError("server", "bad_response", f"HTTP {resp.status_code}")
        return data

    @staticmethod
    def _refusal_error(exc: _HttpRefusal) -> SyncError:
        if exc.reason == "revoked":
            return SyncError("auth", "revoked", lock=True)
        if exc.status == 426 or exc.reason == "protocol_unsupported":
            return SyncError("update", exc.reason)  # the server needs a newer program
        if exc.status in (401, 403, 409) or exc.reason.startswith("token"):
            return SyncError("auth", exc.reason)
        return SyncError("server", exc.reason)

    # -- enrolment ------------------------------------------------------------------------------
    def enrolled(self) -> bool:
        return bool(state_get(self.db, "device_secret"))

    def enrol(self, token: str, name: str = "") -> dict[str, Any]:
        """Exchange a one-time token for this device's secret; join the token's precinct."""
        from inspector_desk.sync.server_ids import enrol_proof_message, token_id
        from inspector_desk.sync.usb import device_seed

        seed = device_seed(self.s)
        proof = usb_crypto.sign(seed, enrol_proof_message(token_id(token), self.s.device_id))
        try:  # (a re-sent request — its answer lost — is answered again thanks to the proof)
            answer = self._request("/v1/enrol", {"token": token, "device_id": self.s.device_id,
                                                 "name": name,
                                                 "usb_keys": usb_crypto.public_keys(seed),
                                                 "proof": proof},
                                   auth=False, retry=True)
        except _HttpRefusal as exc:
            raise self._refusal_error(exc) from None
        self.adopt_enrolment(answer)
        return answer

    def adopt_enrolment(self, answer: dict[str, Any]) -> None:
        """Store the credentials and move local records into the server's precinct."""
        precinct = answer.get("precinct") if isinstance(answer, dict) else None
        if not (isinstance(precinct, dict) and isinstance(precinct.get("id"), str)
                and isinstance(answer.get("secret"), str) and answer.get("role")):
            raise SyncError("server", "bad_response")  # not our server's enrolment answer
        self.db.execute("PRAGMA foreign_keys = OFF")
        try:
            with self.s.write() as tx:
                db = tx.db
                _state_set(db, "server_url", self.url)
                _state_set(db, "device_secret", answer["secret"])
                _state_set(db, "role", answer["role"])
                _state_set(db, "server_precinct_id", precinct["id"])
                _state_set(db, "district", precinct.get("district") or "")
                _state_set(db, "revoked", None)
                if usb_crypto.valid_public_keys(answer.get("usb_keys")):
                    # files for USB are sealed for the server's key from now on
                    _state_set(db, "usb_server_keys", json.dumps(answer["usb_keys"]))
                self._rehome(db, precinct)
                tx.audit("sync.enrol", "precincts", precinct["id"],
                         f"device enrolled as {answer['role']}")
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")

    def _rehome(self, db, precinct: dict[str, Any]) -> None:
        row = db.execute("SELECT value FROM meta WHERE key = 'precinct_id'").fetchone()
        local, new = (row[0] if row else None), precinct["id"]
        if local == new:
            return
        db.execute("INSERT OR IGNORE INTO precincts (id, version, updated_at, device_id, name, "
                   "district) VALUES (?, 0, ?, 'server', ?, ?)",
                   [new, self.s.clock.last, precinct["name"], precinct.get("district") or ""])
        if local:
            for table, cols in self.tables.items():
                if "precinct_id" in cols:
                    db.execute(f"UPDATE [{table}] SET precinct_id = ? WHERE precinct_id = ?",
                               [new, local])
            for seq, fields, old in db.execute(
                    "SELECT seq, fields, old FROM outbox WHERE state IN ('pending','sent') "
                    "AND (fields LIKE ? OR old LIKE ?)", [f"%{local}%", f"%{local}%"]).fetchall():
                f, o = json.loads(fields), json.loads(old)
                for d in (f, o):
                    if d.get("precinct_id") == local:
                        d["precinct_id"] = new
                db.execute("UPDATE outbox SET fields = ?, old = ? WHERE seq = ?",
                           [json.dumps(f, ensure_ascii=False, sort_keys=True),
                            json.dumps(o, ensure_ascii=False, sort_keys=True), seq])
            db.execute("DELETE FROM outbox WHERE entity = 'precincts' AND entity_id = ? "
                       "AND state IN ('pending','sent')", [local])
            db.execute("DELETE FROM precincts WHERE id = ?", [local])
        db.execute("INSERT INTO meta (key, value) VALUES ('precinct_id', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [new])

    # -- the whole exchange ----------------------------------------------------------------------
    def sync(self, progress: Progress | None = None, *, token: str | None = None) -> SyncReport:
        """Enrol if needed (with ``token``), push everything, pull everything."""
        started = time.perf_counter()
        report = SyncReport()
        try:
            if state_get(self.db, "revoked"):
                raise SyncError("auth", "revoked", lock=True)
            if not self.enrolled():
                if not token:
                    raise SyncError("auth", "not_enrolled")
                self.enrol(token)
            with sync_tuning():  # one freeze of the heap for the whole sync
                self.push(progress, report)
                self.pull(progress, report)
                if self.pending_count():  # what the after-pull hooks wrote (a recount,
                    self.push(progress, report)  # a merge, entries following a category)
        except SyncError as exc:
            self._record_failure(exc)
            raise
        except _HttpRefusal as exc:
            err = self._refusal_error(exc)
            self._record_failure(err)
            raise err from None
        report.conflicts = self.db.execute(
            "SELECT count(*) FROM conflicts WHERE state = 'open'").fetchone()[0]
        report.duration_s = time.perf_counter() - started
        with self.s.write() as tx:
            _state_set(tx.db, "last_sync_at", dt.datetime.now(dt.UTC).isoformat())
            _state_set(tx.db, "last_error_kind", None)
            _state_set(tx.db, "last_error_reason", None)
        return report

    def _record_failure(self, exc: SyncError) -> None:
        kind = exc.kind if exc.kind in ERROR_KINDS else "server"
        try:
            with self.s.write() as tx:
                _state_set(tx.db, "last_error_kind", "auth" if exc.lock else kind)
                _state_set(tx.db, "last_error_reason", exc.reason)
                _state_set(tx.db, "last_error_at", _utcnow())
                if exc.lock:
                    _state_set(tx.db, "revoked", _utcnow())
                    _state_set(tx.db, "device_secret", None)
                    tx.audit("sync.revoked", "precincts", None, "server revoked this device")
        except Exception:  # noqa: BLE001 - never hide the sync error behind a bookkeeping one
            pass

    # -- push ------------------------------------------------------------------------------------
    def pending_count(self) -> int:
        return self.db.execute(
            "SELECT count(*) FROM outbox WHERE state IN ('pending','sent')").fetchone()[0]

    def _next_batch(self) -> list[dict[str, Any]]:
        """Every op still to send, in order, as dicts (``fields``/``old`` parsed): the USB
        transfer file."""
        return [{"op_id": op_id, "seq": seq, "entity": entity, "id": rid, "op": op,
                 "fields": json.loads(fields), "old": json.loads(old), "base_version": base,
                 "hlc": hlc, "officer_id": officer}
                for seq, op_id, entity, rid, op, fields, old, base, hlc, officer
                in self.db.execute(
                    "SELECT seq, op_id, entity, entity_id, op, fields, old, base_version, hlc, "
                    "officer_id FROM outbox WHERE state IN ('pending','sent') ORDER BY seq"
                ).fetchall()]

    def _next_raw_batch(self, limit_ops: int, limit_bytes: int, after: int | None = None
                        ) -> tuple[list[dict[str, Any]], bytes]:
        """The next ops to send and the push body, spliced from the outbox's JSON text
        (nothing is parsed and re-serialised; for protocol 2 SQLite writes each op's array).
        The ops carry what recording the answers needs; ``fields``/``old`` are read again
        (:meth:`_full_op`) only for an op that is quarantined.
        ``after``: only ops with a greater seq (the batch after one still being recorded)."""
        params = [-1 if after is None else after, limit_ops]
        batch, parts, size = [], [], 0
        if self.protocol >= 2:  # wire.OP_ROW order; json_quote(NULL) is null
            rows = self.db.execute(
                "SELECT seq, op_id, entity, entity_id, hlc, officer_id, printf("
                "'[%s,%s,%s,%s,%d,%s,%s,%s,%s]', json_quote(op_id), json_quote(entity), "
                "json_quote(entity_id), json_quote(op), base_version, json_quote(hlc), "
                "json_quote(officer_id), fields, old) FROM outbox "
                "WHERE state IN ('pending','sent') AND seq > ? ORDER BY seq LIMIT ?",
                params).fetchall()
            for seq, op_id, entity, rid, hlc, officer, text in rows:
                n = len(text) + 100
                if batch and size + n > limit_bytes:
                    break
                batch.append({"op_id": op_id, "seq": seq, "entity": entity, "id": rid,
                              "hlc": hlc, "officer_id": officer})
                parts.append(text)
                size += n
            return batch, ('{"ops":[' + ",".join(parts) + "]}").encode()
        rows = self.db.execute(
            "SELECT seq, op_id, entity, entity_id, op, fields, old, base_version, hlc, "
            "officer_id FROM outbox WHERE state IN ('pending','sent') AND seq > ? "
            "ORDER BY seq LIMIT ?", params).fetchall()
        q = _quote
        for seq, op_id, entity, rid, op, fields, old, base, hlc, officer in rows:
            n = len(fields) + len(old) + 200
            if batch and size + n > limit_bytes:
                break
            batch.append({"op_id": op_id, "seq": seq, "entity": entity, "id": rid,
                          "hlc": hlc, "officer_id": officer})
            parts.append(f'{{"op_id":{q(op_id)},"seq":{int(seq)},"entity":{q(entity)},'
                         f'"id":{q(rid)},"op":{q(op)},"fields":{fields},"old":{old},'
                         f'"base_version":{int(base)},"hlc":{q(hlc)},'
                         f'"officer_id":{"null" if officer is None else q(officer)}}}')
            size += n
        return batch, ('{"ops":[' + ",".join(parts) + "]}").encode()

    def _full_op(self, op: dict[str, Any]) -> dict[str, Any]:
        """An op of a batch with everything the outbox holds (``fields``/``old`` parsed)."""
        row = self.db.execute("SELECT op, fields, old, base_version FROM outbox WHERE seq = ?",
                              [op["seq"]]).fetchone()
        if row is None:
            return dict(op)
        return {**op, "op": row[0], "fields": json.loads(row[1]), "old": json.loads(row[2]),
                "base_version": row[3]}

    def push(self, progress: Progress | None = None, report: SyncReport | None = None) -> int:
        """Send every pending op; returns how many the server answered.

        A batch whose request or answer is lost is re-sent (the server answers the ops it
        already applied as ``duplicate``); after a network failure the batches shrink (a
        weak link that drops long transfers still gets small ones through) and grow back
        after each confirmed batch: up to ``batch_ops``/``batch_bytes``, and on up to
        ``max_batch_ops``/``max_batch_bytes`` while batches come back within
        ``FAST_BATCH_S`` (four-fold while the link is fast, also from the start of a push
        after one that ended fast).

        Pipelined (the database stays on this thread; requests go through one helper
        thread): while batch k is in flight, batch k+1 (the ops after k's last seq) is read
        here; it is sent only once k was answered (so the server applies batches in
        order) and goes out while k's answers are recorded. If k fails, k+1 is dropped
        unsent and k is retried as before; if recording k fails, the request of k+1 is
        waited for and k+1 is marked ``sent`` (a send whose answer was not recorded).
        A confirmed batch is never sent again: k+1 starts after k's last seq.
        """
        report = report or SyncReport()
        total = self.pending_count()
        done = failures = 0
        limit_ops, limit_bytes = self.batch_ops, self.batch_bytes
        fast = self._link_fast  # the last confirmed batch came back within FAST_BATCH_S
        with sync_tuning(), concurrent.futures.ThreadPoolExecutor(
                1, thread_name_prefix="sync-push") as pool:

            def send(gz: bytes) -> concurrent.futures.Future:
                self._client()  # configuration errors raised here, on this thread
                return pool.submit(self._timed_push, gz, self._auth())

            sending: tuple[list[dict[str, Any]], concurrent.futures.Future] | None = None
            while True:
                if sending is None:
                    batch, raw = self._next_raw_batch(limit_ops, limit_bytes)
                    if not batch:
                        break
                    sending = (batch, send(wire.compress(raw)))
                batch, request = sending
                sending = None
                if progress:
                    progress.update(done, total, "push")
                # while this batch is in flight, read the next one (the ops after it, sized
                # as after a confirmation); it is sent only once this one was answered
                grow = 4 if fast else 2
                grown_ops = min(self.max_batch_ops if fast else self.batch_ops, limit_ops * grow)
                grown_bytes = min(self.max_batch_bytes if fast else self.batch_bytes,
                                  limit_bytes * grow)
                # on a fast link the last batch is a small one: recording the answers of a
                # batch is the one step nothing overlaps when it is the last
                read_ops, rest, tail = grown_ops, total - done - len(batch), self.batch_ops
                if fast and 3 * tail <= rest <= grown_ops + tail:
                    read_ops = rest - tail
                try:
                    nxt = self._next_raw_batch(read_ops, grown_bytes, batch[-1]["seq"])
                    # compressed now, while this batch is in flight: it goes out the moment
                    # this one is answered
                    nxt = (nxt[0], wire.compress(nxt[1]) if nxt[0] else b"")
                except BaseException:
                    concurrent.futures.wait([request])  # never leave a request running
                    raise
                try:
                    answer, took = request.result()
                except SyncError as exc:
                    if exc.kind not in ("network", "server"):
                        raise
                    self._mark_sent(batch)
                    failures += 1
                    self.send_failures += 1
                    fast = self._link_fast = False  # grow again only once a batch is quick
                    if failures > self.retries:
                        raise
                    self.sleep(min(self.backoff * (2 ** (failures - 1)), 30.0))
                    if exc.kind == "network":
                        limit_ops = max(1, len(batch) // 2)
                        limit_bytes = max(1024, limit_bytes // 2)
                    continue
                except _Downgraded:
                    continue  # nothing was applied: built again in the server's protocol
                except _HttpRefusal as exc:
                    if exc.status == 413 and len(batch) > 1:
                        limit_ops = max(1, len(batch) // 2)
                        continue
                    if exc.reason in ("other_precinct", "malformed_op"):
                        bad = exc.body.get("ops") or []
                        reasons = {}
                        for item in bad:
                            if isinstance(item, dict):
                                reasons[item.get("op_id")] = item.get("reason") or exc.reason
                            else:
                                reasons[item] = exc.reason
                        if not any(op["op_id"] in reasons for op in batch):
                            reasons = {batch[0]["op_id"]: exc.reason}
                        self._quarantine_ops([op for op in batch if op["op_id"] in reasons],
                                             reasons)
                        report.rejected += len(reasons)
                        continue
                    raise self._refusal_error(exc) from None
                failures = 0
                fast = self._link_fast = took < FAST_BATCH_S
                results = answer.get("results")
                if not isinstance(results, list) or len(results) != len(batch):
                    raise SyncError("server", "bad_response")
                limit_ops, limit_bytes = grown_ops, grown_bytes
                if nxt[0]:  # the next batch goes out while this one's answers are recorded
                    sending = (nxt[0], send(nxt[1]))
                self.db.execute("PRAGMA foreign_keys = OFF")
                try:
                    self._record_results(batch, results, report, prefix=True)
                except BaseException:
                    if sending is not None:  # never leave a request running; its answer
                        concurrent.futures.wait([sending[1]])  # is not recorded: "sent"
                        with contextlib.suppress(Exception):
                            self._mark_sent(sending[0])
                    raise
                finally:
                    self.db.execute("PRAGMA foreign_keys = ON")
                self.batches_sent += 1
                self.ops_confirmed += len(batch)
                self.duplicates += sum(1 for r in results
                                       if type(r) is dict and r.get("status") == "duplicate")
                done += len(batch)
                report.pushed += len(batch)
        return done

    def _timed_push(self, gz: bytes, auth: dict[str, str]) -> tuple[dict[str, Any], float]:
        """POST a compressed push body (no retry: the caller decides); the answer and its
        round trip."""
        started = time.monotonic()
        answer = self._request("/v1/push", None, gz=gz, retry=False, auth_headers=auth)
        return answer, time.monotonic() - started

    def _mark_sent(self, batch: list[dict[str, Any]]) -> None:
        """A send without an answer: the batch is ``sent`` (it may have been applied) and
        its attempt counted; a confirmed send counts its attempt with the answer."""
        with self.s.write() as tx:  # exactly the batch: the first pending ops up to its end
            tx.db.execute(
                "UPDATE outbox SET state = 'sent', attempts = attempts + 1 WHERE state IN "
                "('pending','sent') AND seq BETWEEN ? AND ?", [batch[0]["seq"], batch[-1]["seq"]])

    def _quarantine_ops(self, ops: list[dict[str, Any]], reasons: dict[str, str]) -> None:
        """Set aside ops the server refused as a whole batch's scope check (it answered
        none of them); a change outside this device's scope is also undone here
        (:meth:`_undo_refused`), so the device keeps showing what the server holds."""
        with self.s.write() as tx:
            full = [self._full_op(op) for op in ops]
            for op, whole in zip(ops, full, strict=True):
                self._quarantine(tx.db, "push", op["op_id"], op["entity"], op["id"],
                                 reasons[op["op_id"]], whole)
                tx.db.execute("UPDATE outbox SET state = 'rejected', last_error = ? "
                              "WHERE op_id = ?", [reasons[op["op_id"]], op["op_id"]])
            undone = [w for w in full if reasons[w["op_id"]] in SCOPE_REASONS]
            moved = self._undo_refused(tx.db, undone)
            self._mark_unsure(tx.db, [w for w in full if w not in undone] + moved)
            tx.audit("sync.quarantine", "outbox", None, f"{len(ops)} change(s) refused by server")

    def _mark_unsure(self, db, ops: Iterable[dict[str, Any]]) -> None:
        """The rows of ``ops`` the server refused may now differ from the server's record
        at their version (the refused value kept, or undone to what it was before a pull):
        their version becomes 0, so the record's next change is applied whole — a delta
        (protocol 3) carries only the fields it changed and would leave the rest wrong."""
        for op in ops:
            if op["entity"] in self.tables:
                db.execute(f"UPDATE [{op['entity']}] SET version = 0 WHERE id = ?", [op["id"]])

    def _undo_refused(self, db, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Undo this device's changes the server will never take (another precinct's
        record, a department reference record), newest first: an edit's fields go back to
        their old values, a removal is taken back, a new record is removed (marked removed
        here only). The change itself stays in the quarantine (payload), listed on the Sync
        page. Returns the ops whose record a pull changed since the op was made: their old
        values may not be the server's record any more."""
        if not ops:
            return []
        moved: list[dict[str, Any]] = []
        db.execute("INSERT OR IGNORE INTO sync_applying VALUES (1)")  # seals stand aside
        try:
            for op in sorted(ops, key=lambda o: o.get("seq") or 0, reverse=True):
                entity, rid = op["entity"], op["id"]
                if entity not in self.tables:
                    continue
                row = db.execute(f"SELECT version FROM [{entity}] WHERE id = ?",
                                 [rid]).fetchone()
                if row is not None and row[0] != op.get("base_version"):
                    moved.append(op)
                if op["op"] == "insert":  # removed here (a row may still point at it)
                    db.execute(f"UPDATE [{entity}] SET deleted_at = ? WHERE id = ? "
                               "AND deleted_at IS NULL", [_utcnow(), rid])
                    continue
                old = {k: wire.to_local(v) for k, v in (op.get("old") or {}).items()
                       if k in self.tables[entity] and k not in ("id", "version")}
                if op["op"] == "delete":
                    old.setdefault("deleted_at", None)
                if old:
                    sets = ", ".join(f"[{k}] = ?" for k in old)
                    db.execute(f"UPDATE [{entity}] SET {sets} WHERE id = ?", [*old.values(), rid])
        finally:
            db.execute("DELETE FROM sync_applying")
        return moved

    @staticmethod
    def _quarantine(db, direction: str, op_id: str | None, entity: str, rid: str, reason: str,
                    payload: Any) -> None:
        db.execute("INSERT INTO quarantine (id, direction, op_id, entity, entity_id, reason, "
                   "payload, at) VALUES (?,?,?,?,?,?,?,?)",
                   [new_id(), direction, op_id, entity, rid, reason,
                    json.dumps(payload, ensure_ascii=False, default=str), _utcnow()])

    def _record_results(self, batch: list[dict[str, Any]], results: list[dict[str, Any]],
                        report: SyncReport, *, prefix: bool = False) -> None:
        """Record a batch's answers in one transaction. ``prefix``: the batch is the first
        pending ops in order (a push), so its applied ops are marked with one range
        update (twice as fast as a statement per op)."""
        records: dict[tuple[str, str], dict[str, Any]] = {}
        tables = self.tables
        with self.s.write() as tx:
            db = tx.db
            applied = conflicts = rejected = 0
            unsure: list[dict[str, Any]] = []  # rejected: the row may differ from the server's
            done_ops: list[tuple[int]] = []
            bumps: dict[str, list[tuple[str, int]]] = {}  # entity → (id, server version)
            for op, res in zip(batch, results, strict=True):
                if type(res) is int:  # protocol 2: "applied, version res", nothing merged
                    applied += 1
                    done_ops.append((op["seq"],))
                    if op["entity"] in tables:
                        bumps.setdefault(op["entity"], []).append((op["id"], res))
                    continue
                if type(res) is not dict or res.get("op_id") != op["op_id"]:
                    raise SyncError("server", "bad_response")
                status = res.get("status")
                if status == "applied" and "record" not in res:  # the common, clean case
                    applied += 1
                    done_ops.append((op["seq"],))
                    if not res.get("merged") and op["entity"] in tables:
                        bumps.setdefault(op["entity"], []).append((op["id"],
                                                                   res.get("version", 0)))
                    continue
                info = res.get("original") if status == "duplicate" else res
                info = info or {}
                status = info.get("status")
                if res.get("record"):
                    records[(op["entity"], op["id"])] = res["record"]
                if status == "applied":
                    applied += 1
                    done_ops.append((op["seq"],))
                    if not info.get("merged") and op["entity"] in tables:
                        bumps.setdefault(op["entity"], []).append((op["id"],
                                                                   info.get("version", 0)))
                elif status == "conflict":
                    conflicts += 1
                    db.execute("UPDATE outbox SET state = 'conflict', attempts = attempts + 1 "
                               "WHERE seq = ?", [op["seq"]])
                    for name, c in (info.get("conflicts") or {}).items():
                        # an earlier change of the same field on this device that also
                        # conflicted is superseded by this one: one choice, the latest value
                        db.execute(
                            "UPDATE conflicts SET state = 'resolved', resolved_at = ? "
                            "WHERE state = 'open' AND entity = ? AND entity_id = ? "
                            "AND field = ? AND op_id <> ?",
                            [_utcnow(), op["entity"], op["id"], name, op["op_id"]])
                        db.execute(
                            "INSERT OR IGNORE INTO conflicts (id, op_id, entity, entity_id, "
                            "field, mine, mine_at, mine_by, theirs, theirs_at, theirs_by, "
                            "theirs_device, server_version, detected_at) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            [new_id(), op["op_id"], op["entity"], op["id"], name,
                             json.dumps(c.get("mine"), ensure_ascii=False), op["hlc"],
                             op["officer_id"], json.dumps(c.get("theirs"), ensure_ascii=False),
                             c.get("theirs_at"), c.get("theirs_by"), c.get("theirs_device"),
                             info.get("version", 0), _utcnow()])
                else:
                    rejected += 1
                    reason = str(info.get("reason") or "rejected")
                    db.execute("UPDATE outbox SET state = 'rejected', last_error = ?, "
                               "attempts = attempts + 1 WHERE seq = ?", [reason, op["seq"]])
                    self._quarantine(db, "push", op["op_id"], op["entity"], op["id"], reason,
                                     self._full_op(op))
                    unsure.append(op)
            if prefix and done_ops:  # the batch's ops still pending are the applied ones
                db.execute("UPDATE outbox SET state = 'applied', last_error = NULL, "
                           "attempts = attempts + 1 WHERE state IN ('pending','sent') "
                           "AND seq BETWEEN ? AND ?", [batch[0]["seq"], batch[-1]["seq"]])
            else:
                db.conn.executemany("UPDATE outbox SET state = 'applied', last_error = NULL, "
                                    "attempts = attempts + 1 WHERE seq = ?", done_ops)
            for entity, pairs in bumps.items():
                raise_versions(db.conn, f"[{entity}]", pairs)
            self._mark_unsure(db, unsure)  # (after the raises; a record sent back is whole)
            if self.fault_hook:
                self.fault_hook("push_apply")
            if records:
                self._apply_changes(db, list(records.values()), from_push=True)
            report.new_conflicts += conflicts
            report.rejected += rejected
            tx.audit("sync.push", "outbox", None,
                     f"server confirmed {applied} applied, {conflicts} conflict, "
                     f"{rejected} rejected")

    # -- pull ------------------------------------------------------------------------------------
    def pull(self, progress: Progress | None = None, report: SyncReport | None = None) -> int:
        """Fetch and apply every page after the stored cursor; returns records applied.

        Each page is applied with its cursor in one local transaction. The next page is
        fetched (and parsed) in a helper thread while this one is being written; it is
        used only after this page committed, so a failure still resumes at the last
        applied page. Pages start at ``FIRST_PAGE`` changes and double up to
        ``page_size``."""
        report = report or SyncReport()
        auth = self._auth()
        self._client()
        limit = [min(self.page_size, FIRST_PAGE)]  # then doubling up to page_size
        self._run_due_hooks()  # a pull cut short by a crash: its applied pages' hooks
        with sync_tuning():
            return self._pull_pages(auth, limit, progress, report)

    def _pull_pages(self, auth: dict[str, str], limit: list[int], progress: Progress | None,
                    report: SyncReport) -> int:
        """The pages of :meth:`pull`, the first fetched here, each next one while the
        previous is written; the due after-pull hooks run once at the end."""
        cursor = state_get(self.db, "cursor")
        answer = self._fetch_page(cursor, auth, limit)
        # after the first request: a server of an older protocol has been found out by now
        total = self._refill_added_columns(auth)
        if cursor is None:  # a first pull: empty tables get their indexes at the end
            with self.s.write() as tx:
                taken = bulk_load.begin(tx.db, self.tables)
                if taken:
                    tx.audit("sync.bulk_load", "sync_state", None,
                             f"first pull into {len(taken)} empty table(s)")
        failed = False
        try:
            with concurrent.futures.ThreadPoolExecutor(
                    1, thread_name_prefix="sync-pull") as pool:
                while True:
                    changes = answer.get("changes")
                    new_cursor = answer.get("cursor")
                    if not isinstance(changes, list) or not isinstance(new_cursor, str):
                        raise SyncError("server", "bad_response")
                    ahead = (pool.submit(self._fetch_page, new_cursor, auth, limit)
                             if answer.get("more") else None)
                    try:
                        try:
                            applied = self._apply_page(changes, new_cursor)
                        except _BasesMissing as missing:  # (rolled back: nothing written)
                            # each such delta replaced by the whole record; one the server
                            # does not send stays a delta, to be quarantined
                            whole = self._whole_records(missing.keys, auth)
                            changes = [whole.get((ch[0], ch[1]), ch)
                                       if type(ch) is list and len(ch) == _DELTA_LEN else ch
                                       for ch in changes]
                            applied = self._apply_page(changes, new_cursor, lacking="quarantine")
                    except BaseException:
                        if ahead is not None:
                            concurrent.futures.wait([ahead])  # never leave a request running
                        raise
                    total += applied
                    report.pulled += applied
                    if progress:
                        progress.update(total, 0, "pull")
                    if ahead is None:
                        break
                    answer = ahead.result()
        except BaseException:
            failed = True
            raise
        finally:  # once for the whole pull (each hook settles the whole database), also
            # when a later page failed: what was applied is settled
            try:
                self._finish_bulk_load()
            except Exception:
                if not failed:  # (else the pull's own error stands; the next pull or
                    raise       # unlock finishes the load)
            finally:
                self._run_due_hooks()
        return total

    def _finish_bulk_load(self) -> None:
        """Create the indexes a first pull dropped and write the derived rows it deferred
        (``store.bulk_load``) — also after a failed page: the next pull goes on as usual."""
        if bulk_load.pending(self.db) is None:
            return
        with self.s.write() as tx:
            if bulk_load.finish(tx.db):
                tx.audit("sync.bulk_load_finish", "sync_state", None,
                         "indexes and search terms built")

    def _run_due_hooks(self) -> None:
        """Run the after-pull hooks of the entities applied pages touched (recorded with each
        page, ``sync_state.hooks_due``, so a crash before they ran leaves them due), then
        forget them."""
        raw = state_get(self.db, "hooks_due")
        if not raw:
            return
        from inspector_desk.sync.hooks import run_after_pull

        run_after_pull(self.s, _due_entities(raw))
        with self.s.write() as tx:  # (only what ran: another connection may have added)
            tx.db.execute("DELETE FROM sync_state WHERE key = 'hooks_due' AND value = ?", [raw])

    def _refill_added_columns(self, auth: dict[str, str]) -> int:
        """Fill the columns a program update added to synced tables: the records pulled
        before it lack them (the fields were dropped), and deltas (protocol 3) never bring
        an unchanged field. Each record of such a table is asked whole (``/v1/records``)
        and written even at the version this device has, once; returns the rows written.
        The synced columns are remembered in ``sync_state.synced_columns``."""
        now = {table: sorted(cols) for table, cols in self.tables.items()}
        raw = state_get(self.db, "synced_columns")
        before = json.loads(raw) if raw else None
        cursor = state_get(self.db, "cursor")
        grown = [t for t, cols in now.items() if before and t in before
                 and set(cols) - set(before[t])] if cursor else []
        if grown and self.protocol < 3:
            return 0  # (the server sends whole records: each fills at its next change)
        written = 0
        for table in grown:
            ids = [r[0] for r in self.db.execute(f"SELECT id FROM [{table}]")]
            for i in range(0, len(ids), wire.MAX_RECORDS):
                whole = self._whole_records(
                    [(table, rid) for rid in ids[i:i + wire.MAX_RECORDS]], auth)
                written += self._apply_page(list(whole.values()), cursor, refill=True)
        if now != before:
            with self.s.write() as tx:
                _state_set(tx.db, "synced_columns", json.dumps(now))
                tx.audit("sync.columns", "sync_state", None,
                         f"{len(grown)} table(s) refilled, {written} row(s)")
        return written

    def _whole_records(self, keys: list[tuple[str, str]], auth: dict[str, str]
                       ) -> dict[tuple[str, str], list[Any]]:
        """(entity, id) → the whole record as the server has it now (``/v1/records``), of
        those of ``keys`` it sends."""
        whole: dict[tuple[str, str], list[Any]] = {}
        for i in range(0, len(keys), wire.MAX_RECORDS):
            answer = self._request("/v1/records", {"keys": [list(k) for k in
                                                            keys[i:i + wire.MAX_RECORDS]]},
                                   auth_headers=auth)
            found = answer.get("changes")
            if not isinstance(found, list):
                raise SyncError("server", "bad_response")
            for ch in found:
                row = ch if type(ch) is list else _change_row(ch)
                if len(row) != _CHANGE_LEN:
                    raise SyncError("server", "bad_response")
                whole[(row[0], row[1])] = row
        return whole

    def _apply_page(self, changes: list[dict[str, Any]], cursor: str, *,
                    lacking: str = "raise", refill: bool = False) -> int:
        """Write one pulled page and its cursor in one transaction. A delta whose base this
        device lacks: ``lacking="raise"`` rolls the page back and raises
        :class:`_BasesMissing`; ``"quarantine"`` sets it aside with its reason.
        ``refill``: whole records written also at the version this device has."""
        self.db.execute("PRAGMA foreign_keys = OFF")
        try:
            with self.s.write() as tx:
                applied = self._apply_changes(tx.db, changes, lacking=lacking, refill=refill)
                if self.fault_hook:
                    self.fault_hook("pull_apply")
                _state_set(tx.db, "cursor", cursor)
                if changes:
                    hooks_due(tx.db, changes)
                    tx.audit("sync.pull", "sync_state", None,
                             f"received {len(changes)} change(s), applied {applied}")
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")
        return applied

    def _fetch_page(self, cursor: str | None, auth: dict[str, str], limit: list[int]
                    ) -> dict[str, Any]:
        """One pull page (no database access: it may run in the helper thread). After a
        network failure the pages shrink (a weak link still gets small ones through) and
        grow back after each page received."""
        failures = 0
        while True:
            try:
                answer = self._request("/v1/pull", {"cursor": cursor, "limit": limit[0]},
                                       retry=False, auth_headers=auth)
            except SyncError as exc:
                if exc.kind not in ("network", "server"):
                    raise
                failures += 1
                self.send_failures += 1
                if failures > self.retries:
                    raise
                self.sleep(min(self.backoff * (2 ** (failures - 1)), 30.0))
                if exc.kind == "network":
                    limit[0] = max(1, limit[0] // 2)
                continue
            limit[0] = min(self.page_size, limit[0] * 2)
            return answer

    def _pending_by_record(self, db, entity: str, ids: Iterable[str]) -> dict[str, set[str]]:
        """Record id → the fields that local ops not yet confirmed changed."""
        pending: dict[str, set[str]] = {}
        if not db.execute("SELECT 1 FROM outbox WHERE entity = ? AND state IN ('pending','sent') "
                          "LIMIT 1", [entity]).fetchone():
            return pending  # the common case on a device that only receives
        ids = list(ids)
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            for rid, fields in db.execute(
                    "SELECT entity_id, fields FROM outbox WHERE entity = ? AND state IN "
                    f"('pending','sent') AND entity_id IN ({','.join('?' * len(chunk))})",
                    [entity, *chunk]).fetchall():
                pending.setdefault(rid, set()).update(json.loads(fields))
        return pending

    def _apply_changes(self, db, changes: list[Any], *, from_push: bool = False,
                       lacking: str = "quarantine", refill: bool = False) -> int:
        """Apply server records (fields locally pending are kept); returns rows written.

        A change is an array in ``wire.CHANGE_ROW`` order (protocol 2), a delta in
        ``wire.DELTA_ROW`` order (protocol 3: applied only onto this device's row at its
        base version; ``lacking`` says what becomes of one that cannot be, see
        :meth:`_apply_page`) or an object with the ``CHANGE_ROW`` keys (protocol 1, answer
        files, records sent back with a push answer). Rows are grouped by their columns so
        a page is written with one batch of statements per table and column set (normally
        one per table)."""
        # the server's records as they are: the sealed-protocol triggers stand aside
        # (migration 0015), in this transaction only
        db.execute("INSERT OR IGNORE INTO sync_applying VALUES (1)")
        try:
            return self._apply_server_records(db, changes, from_push=from_push,
                                              lacking=lacking, refill=refill)
        finally:
            db.execute("DELETE FROM sync_applying")

    def _apply_server_records(self, db, changes: list[Any], *, from_push: bool,
                              lacking: str, refill: bool = False) -> int:
        by_entity: dict[str, list[list[Any]]] = {}
        newest = None
        missing: list[tuple[str, str]] = []  # deltas whose base this device lacks
        for ch in changes:
            if type(ch) is not list:
                ch = _change_row(ch)
            elif len(ch) != _CHANGE_LEN and (len(ch) != _DELTA_LEN or type(ch[9]) is not int):
                raise SyncError("server", "bad_response")
            by_entity.setdefault(ch[0], []).append(ch)
            stamp = ch[3]
            if type(stamp) is str and (newest is None or stamp > newest):
                newest = stamp
        if newest:
            with contextlib.suppress(ValueError):
                self.s.clock.observe(newest)
        written = 0
        for entity, items in by_entity.items():
            cols = self.tables.get(entity)
            if cols is None:
                for ch in items:
                    self._quarantine(db, "pull", None, str(entity), str(ch[1]),
                                     "unknown_entity", wire.change_obj(ch))
                continue
            colset = set(cols)
            ids = [ch[1] for ch in items]
            local: dict[str, int] = {}
            # the stored values of the indexed columns: an unchanged one is left out of the
            # UPDATE (setting it rewrites its index entries; store.indexed_columns) — not
            # read when only deltas of other columns come (the common edit)
            indexed = self._indexed(db, entity)
            if all(len(ch) == _DELTA_LEN and not any(n in indexed for n in ch[8] or ())
                   for ch in items):
                indexed = ()
            stored: dict[str, tuple[Any, ...]] = {}
            if db.execute(f"SELECT 1 FROM [{entity}] LIMIT 1").fetchone():
                extra = "".join(f", [{c}]" for c in indexed)
                for i in range(0, len(ids), 900):
                    chunk = ids[i:i + 900]
                    for row in db.execute(
                            f"SELECT id, version{extra} FROM [{entity}] "
                            f"WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall():
                        local[row[0]] = row[1]
                        stored[row[0]] = row[2:]
            unchanged = _UnchangedIndexed(indexed)
            pending = self._pending_by_record(db, entity, ids)
            # (new here?, columns) → rows: new rows are plain INSERTs (half an upsert's cost)
            groups: dict[tuple[bool, tuple[str, ...]], list[tuple[list[Any], list[Any]]]] = {}
            # a field list as sent → (its data columns, None: every field is one; the
            # record and data column names)
            shapes: dict[tuple[str, ...], tuple[tuple[str, ...] | None, tuple[str, ...]]] = {}
            local_get, pending_get = local.get, pending.get
            for ch in items:
                rid, version, f = ch[1], ch[2], ch[8] or {}
                if type(version) is not int:
                    version = int(version or 0)
                if not from_push and local_get(rid, -1) >= version + refill:
                    continue
                delta = len(ch) == _DELTA_LEN
                if delta and local_get(rid) != ch[9]:  # not at the delta's base here
                    if lacking == "raise":
                        missing.append((entity, rid))
                    else:
                        self._quarantine(db, "pull", None, entity, rid,
                                         "whole_record_unavailable", wire.change_obj(ch))
                    continue
                keep = pending_get(rid) if pending else None
                if keep is None:  # the common case: nothing of it is pending here
                    fields = tuple(f)
                    shape = shapes.get((delta, fields))
                    if shape is None:
                        ok = tuple(n for n in fields
                                   if n in colset and n not in SYNC_COLUMN_NAMES)
                        usable = None if ok == fields else ok
                        # (a delta never changes deleted_at: the record stays as it is)
                        shape = shapes[(delta, fields)] = (
                            usable, (_DELTA_NAMES if delta else _RECORD_NAMES) + ok)
                    usable, names = shape
                    values = list(f.values()) if usable is None else [f[n] for n in usable]
                    if dict in map(type, values):
                        values = [wire.to_local(v) for v in values]
                    row = ([rid, version, ch[3], ch[4], ch[5] or "", *values] if delta
                           else [rid, version, ch[3], ch[4], ch[5] or "", ch[6], *values])
                    new = rid not in local
                    if not new and indexed:
                        names, row = unchanged.left_out(names, row, stored[rid])
                    group = groups.get((new, names))
                    if group is None:
                        group = groups[(new, names)] = []
                    group.append((ch, row))
                    continue
                row = {"id": rid, "version": version, "updated_at": ch[3],
                       "updated_by": ch[4], "device_id": ch[5] or "", "deleted_at": ch[6]}
                if "deleted_at" in keep or delta:
                    row.pop("deleted_at")
                for name, value in f.items():
                    if name in colset and name not in SYNC_COLUMN_NAMES and name not in keep:
                        row[name] = wire.to_local(value)
                names, values = tuple(row), list(row.values())
                if rid in local and indexed:
                    names, values = unchanged.left_out(names, values, stored[rid])
                groups.setdefault((rid not in local, names), []).append((ch, values))
            if missing:  # the page is rolled back: nothing of it is written
                continue
            for (new, names), rows in groups.items():
                written += self._upsert(db, entity, names, rows, new=new)
        if missing:
            raise _BasesMissing(missing)
        return written

    def _indexed(self, db, entity: str) -> tuple[str, ...]:
        """The indexed columns of a synced table a pulled record may set (not ``id``)."""
        found = self._indexed_by_table.get(entity)
        if found is None:
            found = self._indexed_by_table[entity] = tuple(
                c for c in indexed_columns(db, entity) if c != "id")
        return found

    def _upsert(self, db, entity: str, names: tuple[str, ...],
                rows: list[tuple[list[Any], list[Any]]], *, new: bool = False) -> int:
        """Write rows: ``new`` ones (not present here) with ``INSERT``, the others with
        ``UPDATE`` (not an upsert: a row that leaves out a locally pending NOT NULL column
        would fail the INSERT half of an upsert). A page that fails is retried row by row
        and the rows that cannot be written are quarantined. New rows' derived rows (search
        terms) are written in bulk (``store.derived``)."""
        if new:
            sql = (f"INSERT INTO [{entity}] ({', '.join(f'[{n}]' for n in names)}) "
                   f"VALUES ({','.join('?' * len(names))})")
        else:  # names[0] is "id"
            sql = (f"UPDATE [{entity}] SET {', '.join(f'[{n}] = ?' for n in names[1:])} "
                   "WHERE id = ?")
        db.execute("SAVEPOINT sync_page")
        try:  # multi-row statements (store.bulk: ~40 % faster than a statement per row)
            if new:
                insert_rows(db.conn, f"[{entity}]", [f"[{n}]" for n in names],
                            [values for _, values in rows])
                # (asked in this transaction: another connection — an unlock, a second
                # sync — may have finished the bulk load meanwhile)
                if not bulk_load.derived_deferred(db, entity):
                    rows_inserted(db, entity, [values[0] for _, values in rows])
            else:
                update_rows(db.conn, f"[{entity}]", [f"[{n}]" if n != "id" else n
                                                      for n in names],
                            [values for _, values in rows])
            db.execute("RELEASE sync_page")
            return len(rows)
        except Exception:  # noqa: BLE001 - retried row by row below; bad rows quarantined
            db.execute("ROLLBACK TO sync_page")
            db.execute("RELEASE sync_page")
        written: list[str] = []
        for ch, values in rows:
            db.execute("SAVEPOINT sync_row")
            try:
                db.execute(sql, values if new else [*values[1:], values[0]])
                db.execute("RELEASE sync_row")
                written.append(values[0])
            except Exception as exc:  # noqa: BLE001 - quarantined with its reason
                db.execute("ROLLBACK TO sync_row")
                db.execute("RELEASE sync_row")
                self._quarantine(db, "pull", None, entity, ch[1],
                                 _constraint_reason(exc), wire.change_obj(ch))
        if new and not bulk_load.derived_deferred(db, entity):
            rows_inserted(db, entity, written)
        return len(written)

    # -- reachability ------------------------------------------------------------------------------
    def reachable(self) -> bool:
        """Whether the server answers ``/v1/hello`` now (one quick try, no retries)."""
        try:
            self._request("/v1/hello", None, auth=False, retry=False)
            return True
        except (SyncError, _HttpRefusal):
            return False


_RECORD_NAMES = ("id", "version", "updated_at", "updated_by", "device_id", "deleted_at")
_DELTA_NAMES = _RECORD_NAMES[:-1]


class _BasesMissing(Exception):
    """Deltas of a pulled page whose base version this device does not have (the page's
    transaction is rolled back; the pull asks for the whole records and writes it again)."""

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__(f"{len(keys)} delta(s) without their base")
        self.keys = keys


class _UnchangedIndexed:
    """Leaves the indexed columns whose value does not change out of a row to update."""

    def __init__(self, indexed: tuple[str, ...]) -> None:
        self.indexed = indexed
        # names → (their indexed columns' values of a row, the same of the stored values,
        # positions in the row, the row without them when none changes, its names)
        self._shapes: dict[tuple[str, ...], tuple[Any, ...]] = {}
        # (names, positions left out) → (the names kept, their values of a row)
        self._kept: dict[tuple, tuple[tuple[str, ...], Any]] = {}

    def left_out(self, names: tuple[str, ...], row: Sequence[Any], stored: tuple[Any, ...]
                 ) -> tuple[tuple[str, ...], Sequence[Any]]:
        """``names`` and ``row`` without the indexed columns equal to their ``stored``
        values (in :attr:`indexed` order); ``id`` always stays first."""
        shape = self._shapes.get(names)
        if shape is None:
            pairs = [(i, self.indexed.index(n)) for i, n in enumerate(names)
                     if i and n in self.indexed]
            at = tuple(i for i, _ in pairs)
            keep = tuple(i for i in range(len(names)) if i not in at)
            shape = self._shapes[names] = (
                _getter(at), _getter(tuple(j for _, j in pairs)), at,
                _getter(keep), tuple(names[i] for i in keep))
        row_values, stored_values, at, without, kept_names = shape
        if not at:
            return names, row
        if row_values(row) == stored_values(stored):  # the common case: none changes
            return kept_names, without(row)
        same = tuple(i for i, a, b in zip(at, row_values(row), stored_values(stored),
                                          strict=True) if a == b)
        if not same:
            return names, row
        kept = self._kept.get((names, same))
        if kept is None:
            keep = tuple(i for i in range(len(names)) if i not in same)
            kept = self._kept[(names, same)] = (tuple(names[i] for i in keep), _getter(keep))
        return kept[0], kept[1](row)


def _getter(positions: tuple[int, ...]):
    """``row → tuple of row[i] for i in positions`` (a tuple even for one or none)."""
    if not positions:
        return lambda row: ()
    if len(positions) == 1:
        i = positions[0]
        return lambda row: (row[i],)
    return operator.itemgetter(*positions)


_CHANGE_LEN = len(wire.CHANGE_ROW)
_DELTA_LEN = len(wire.DELTA_ROW)


def _change_row(change: Any) -> list[Any]:
    """A change object (protocol 1) as the protocol-2 array."""
    if type(change) is not dict or not isinstance(change.get("id"), str):
        raise SyncError("server", "bad_response")
    return [change.get(k) for k in wire.CHANGE_ROW]


_quote = json.encoder.encode_basestring  # a str as a JSON string (non-ASCII kept)


def _constraint_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "unique" in text:
        return "duplicate_value"
    if "not null" in text:
        return "missing_value"
    if "check" in text:
        return "invalid_value"
    if "foreign key" in text:
        return "missing_reference"
    return "cannot_apply"
