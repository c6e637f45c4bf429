"""Sync with no connection at all: the outbox to a file for a USB stick, and back.

The device writes its pending ops to a file **encrypted for the server and signed by the
device**; the department imports it through the same push path as HTTP and writes an
answer file (per-op results and the pulled changes) that the device applies.

Keys (stdlib only): ``K`` is ``sha256(device secret)`` — the value the server stores —
or, before the device ever enrolled, ``sha256("usb:" + enrolment token)``, which the
server recorded when it issued the token. From ``K``: an encryption key (SHAKE-256
keystream with a random nonce) and a MAC key (HMAC-SHA256 over header, nonce and
ciphertext: encrypt-then-MAC). Only the device and the server hold ``K``, so a valid MAC
proves the file came from that device (or the server, for answers) and was not altered.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import hmac
import json
import secrets
from pathlib import Path
from typing import Any

FORMAT = "inspector-desk-usb/1"


class UsbError(ValueError):
    """A transfer file that is foreign, damaged, forged or for another device. ``code``
    names the message (``usb.<code>`` in the catalog) shown to the officer in the interface
    language; ``str()`` is the English text (the department's server commands)."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code

    def message(self, lang: str = "en") -> str:
        from inspector_desk.messages import text

        try:
            return text(f"usb.{self.code}", lang)
        except KeyError:
            return str(self)


def _keys(k: bytes) -> tuple[bytes, bytes]:
    return (hmac.new(k, b"enc", hashlib.sha256).digest(),
            hmac.new(k, b"mac", hashlib.sha256).digest())


def seal(k: bytes, header: dict[str, Any], payload: dict[str, Any]) -> bytes:
    enc, mac_key = _keys(k)
    nonce = secrets.token_bytes(16)
    plain = gzip.compress(json.dumps(payload, ensure_ascii=False, default=str).encode())
    stream = hashlib.shake_256(enc + nonce).digest(len(plain))
    ct = bytes(a ^ b for a, b in zip(plain, stream, strict=True))
    head = json.dumps({"format": FORMAT, **header}, sort_keys=True).encode()
    mac = hmac.new(mac_key, head + nonce + ct, hashlib.sha256).hexdigest()
    return json.dumps({"header": head.decode(), "nonce": base64.b64encode(nonce).decode(),
                       "data": base64.b64encode(ct).decode(), "mac": mac}).encode()


def header_of(blob: bytes) -> dict[str, Any]:
    try:
        outer = json.loads(blob)
        header = json.loads(outer["header"])
    except (ValueError, KeyError, TypeError) as exc:
        raise UsbError("foreign_file", "not an Inspector Desk transfer file") from exc
    if not isinstance(header, dict):
        raise UsbError("foreign_file", "not an Inspector Desk transfer file")
    if header.get("format") != FORMAT:
        raise UsbError("unsupported_format", "unsupported transfer file format")
    return header


def open_sealed(k: bytes, blob: bytes) -> dict[str, Any]:
    outer = json.loads(blob)
    enc, mac_key = _keys(k)
    try:
        nonce = base64.b64decode(outer["nonce"])
        ct = base64.b64decode(outer["data"])
    except (ValueError, KeyError) as exc:
        raise UsbError("damaged", "damaged transfer file") from exc
    mac = hmac.new(mac_key, outer["header"].encode() + nonce + ct, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, str(outer.get("mac"))):
        raise UsbError("bad_signature",
                       "signature does not match: forged, damaged or for another device")
    stream = hashlib.shake_256(enc + nonce).digest(len(ct))
    plain = bytes(a ^ b for a, b in zip(ct, stream, strict=True))
    return json.loads(gzip.decompress(plain))


def _device_key(secret: str) -> bytes:
    return bytes.fromhex(hashlib.sha256(secret.encode()).hexdigest())


def _token_key(token: str) -> tuple[str, bytes]:
    from inspector_desk.sync.server_ids import token_id, token_usb_key

    return token_id(token), bytes.fromhex(token_usb_key(token))


# -- device side ------------------------------------------------------------------------------
def export_outbox(session, path: Path, *, token: str | None = None) -> dict[str, Any]:
    """Write every pending op to ``path`` (encrypted, signed); returns a summary."""
    from inspector_desk.sync.client import SyncClient, _state_set, state_get

    client = SyncClient(session)
    ops = client._next_batch()
    secret = state_get(session.db, "device_secret")
    header: dict[str, Any] = {"kind": "outbox", "device_id": session.device_id}
    if secret:
        key = _device_key(secret)
    elif token:
        tid, key = _token_key(token)
        header["token_id"] = tid
        with session.write() as tx:
            _state_set(tx.db, "usb_token", token)
    else:
        raise UsbError("not_enrolled", "this device is not enrolled: give the enrolment token")
    payload = {"ops": ops, "cursor": state_get(session.db, "cursor"),
               "precinct_id": session.meta("precinct_id")}
    Path(path).write_bytes(seal(key, header, payload))
    with session.write() as tx:
        tx.audit("sync.usb_export", "outbox", None, f"{len(ops)} change(s) exported for USB")
    return {"exported": len(ops), "file": str(path)}


def import_answer(session, blob: bytes) -> dict[str, Any]:
    """Apply the department's answer file: op results, then pulled changes and cursor."""
    from inspector_desk.sync.client import SyncClient, SyncReport, _state_set, state_get

    header = header_of(blob)
    if header.get("kind") != "answer" or header.get("device_id") != session.device_id:
        raise UsbError("other_device", "this answer file is for another device")
    secret = state_get(session.db, "device_secret")
    token = state_get(session.db, "usb_token")
    if header.get("token_id") and token:
        key = _token_key(token)[1]
    elif secret:
        key = _device_key(secret)
    else:
        raise UsbError("no_key", "this device has no key for the answer file")
    payload = open_sealed(key, blob)
    client = SyncClient(session)
    if payload.get("enrolment"):  # (the token stays: an answer to a second file sent
        client.adopt_enrolment(payload["enrolment"])  # with it is sealed with it too)
    report = SyncReport()
    results = payload.get("results") or []
    refused = payload.get("refused") or {}
    ops = {op["op_id"]: op for op in client._next_batch()} if results or refused else {}
    if results:
        pairs = [(ops[r["op_id"]], r) for r in results if r.get("op_id") in ops]
        if pairs:
            session.db.execute("PRAGMA foreign_keys = OFF")
            try:
                client._record_results([p[0] for p in pairs], [p[1] for p in pairs], report)
            finally:
                session.db.execute("PRAGMA foreign_keys = ON")
    refused_ops = [ops[op_id] for op_id in refused if op_id in ops]
    if refused_ops:  # set aside (and undone, when out of scope) as over HTTP
        client._quarantine_ops(refused_ops, {op["op_id"]: str(refused[op["op_id"]])
                                             for op in refused_ops})
        report.rejected += len(refused_ops)
    session.db.execute("PRAGMA foreign_keys = OFF")
    try:
        with session.write() as tx:
            applied = client._apply_changes(tx.db, payload.get("changes") or [])
            _state_set(tx.db, "cursor", payload.get("cursor"))
            # the department answered: a sync as much as one over a connection
            _state_set(tx.db, "last_sync_at", dt.datetime.now(dt.UTC).isoformat())
            tx.audit("sync.usb_import", "sync_state", None,
                     f"answer file: {len(results)} result(s), {applied} change(s) applied")
    finally:
        session.db.execute("PRAGMA foreign_keys = ON")
    changes = payload.get("changes") or []
    if changes:  # as after an HTTP pull: recounts, merges, … (sync/hooks.py)
        from inspector_desk.sync.hooks import run_after_pull

        run_after_pull(session, (c[0] if isinstance(c, list) else c.get("e") for c in changes))
    return {"results": len(results), "pulled": applied,
            "conflicts": report.new_conflicts, "rejected": report.rejected}


# -- server side ------------------------------------------------------------------------------
def server_import(storage, blob: bytes, answer_path: Path) -> dict[str, Any]:
    """Import a device's file through the push path; write the answer file."""
    from inspector_desk.sync import wire
    from inspector_desk.sync.server.storage import ScopeError

    header = header_of(blob)
    device_id = header.get("device_id")
    if header.get("kind") != "outbox" or not isinstance(device_id, str):
        raise UsbError("not_outbox", "not a device outbox file")
    enrolment = None
    if header.get("token_id"):
        found = storage.token_by_usb(header["token_id"])
        if not found:
            raise UsbError("unknown_token", "unknown enrolment token")
        key = bytes.fromhex(found[0])
        payload = open_sealed(key, blob)
        enrolment = storage.enrol_by_token_id(header["token_id"], device_id)
        secret_hash = None
    else:
        secret_hash, _ = storage.usb_key(device_id)
        if not secret_hash:
            raise UsbError("unknown_device", "unknown device")
        key = bytes.fromhex(secret_hash)
        payload = open_sealed(key, blob)
        storage.secret_used(device_id)  # a file sealed with its secret: the token is spent
    device = storage.device_by_id(device_id)
    local = payload.get("precinct_id")
    if enrolment and local and local != device.precinct_id:
        # a device that never connected joins the token's precinct (as on first HTTP sync)
        kept = []
        for op in payload.get("ops") or []:
            if isinstance(op, dict) and op.get("entity") == "precincts" and op.get("id") == local:
                continue
            for part in ("fields", "old"):
                if isinstance(op, dict) and isinstance(op.get(part), dict) \
                        and op[part].get("precinct_id") == local:
                    op[part]["precinct_id"] = device.precinct_id
            kept.append(op)
        payload["ops"] = kept
    ops = [op for op in payload.get("ops") or [] if not wire.validate_op(op)]
    refused = {op.get("op_id"): wire.validate_op(op) for op in payload.get("ops") or []
               if wire.validate_op(op)}
    results: list[dict[str, Any]] = []
    while ops:
        try:
            results.extend(storage.push(device, ops))
            break
        except ScopeError as exc:
            # an item is an op id, or {"op_id", "reason"} when the op has its own reason
            bad = {(item.get("op_id") if isinstance(item, dict) else item):
                   (item.get("reason") if isinstance(item, dict) else None) or exc.reason
                   for item in exc.extra.get("ops") or []}
            if not bad.keys() & {op["op_id"] for op in ops}:
                raise  # nothing of this batch named: never loop on it
            refused.update(bad)
            ops = [op for op in ops if op["op_id"] not in bad]
    changes, cursor = [], payload.get("cursor")
    while True:
        page = storage.pull(device, cursor, wire.MAX_PAGE)
        changes.extend(json.loads(c) for c in page.changes)
        cursor = page.cursor
        if not page.more:
            break
    answer = {"results": results, "refused": refused, "changes": changes, "cursor": cursor,
              "enrolment": enrolment}
    answer_path.write_bytes(seal(key, {"kind": "answer", "device_id": device_id,
                                       "token_id": header.get("token_id")}, answer))
    return {"device_id": device_id, "ops": len(results), "refused": len(refused),
            "changes": len(changes)}
