"""Sync with no connection at all: the outbox to a file for a USB stick, and back.

The device writes its pending ops to a file **encrypted for the server and signed by the
device**; the department imports it through the same push path as HTTP and writes an
answer file (per-op results and the pulled changes), encrypted for the device and signed
by the server, that the device applies.

How a file is sealed (:mod:`inspector_desk.sync.usb_crypto`), by the header's ``seal``:

* ``key`` — the normal case: for the recipient's X25519 public key, signed with the
  sender's Ed25519 key. Each side keeps a random seed for its key pairs (the device in its
  encrypted database, the server in its store); the server knows a device's public keys
  from its enrolment (HTTP, or its first USB file), the device the server's from the
  enrolment answer;
* ``token`` — a device that never connected: its first files, and their answers, are
  sealed with a key derived from the enrolment token (``sha256("usb:" + token)``, which
  the server recorded when it issued the token); the device's public keys travel in the
  file's header, the server's in the answer's;
* ``secret`` — once, for a device enrolled by an older program (so the server has no
  public keys of it yet): sealed with its secret's hash, which the server stores; refused
  once the server holds the device's keys.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path
from typing import Any

from inspector_desk.sync import usb_crypto
from inspector_desk.sync.server_ids import secret_hash, token_id, token_usb_key
from inspector_desk.sync.usb_crypto import FORMAT, SealError

OLD_FORMATS = ("inspector-desk-usb/1",)


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


_SEAL_TEXT = {"damaged": "damaged transfer file",
              "bad_signature": "signature does not match: forged, damaged or for another device"}


def _pack(payload: dict[str, Any]) -> bytes:
    return gzip.compress(json.dumps(payload, ensure_ascii=False, default=str).encode())


def _unpack(plain: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(gzip.decompress(plain))
    except (OSError, EOFError, ValueError, RecursionError) as exc:
        raise UsbError("damaged", _SEAL_TEXT["damaged"]) from exc
    if not isinstance(payload, dict):
        raise UsbError("damaged", _SEAL_TEXT["damaged"])
    return payload


def _open(blob: bytes, header: dict[str, Any], **keys: Any) -> dict[str, Any]:
    """The payload of a sealed file (``UsbError`` with the seal's reason otherwise)."""
    try:
        return _unpack(usb_crypto.open_sealed(blob, header, **keys))
    except SealError as exc:
        raise UsbError(exc.code, _SEAL_TEXT[exc.code]) from exc


def header_of(blob: bytes) -> dict[str, Any]:
    try:
        outer = json.loads(blob)
        header = json.loads(outer["header"])
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise UsbError("foreign_file", "not an Inspector Desk transfer file") from exc
    if not isinstance(header, dict):
        raise UsbError("foreign_file", "not an Inspector Desk transfer file")
    if header.get("format") in OLD_FORMATS:
        raise UsbError("old_format", "the file was made by an older version of Inspector "
                                     "Desk: update the program where it was made and make "
                                     "the file again")
    if header.get("format") != FORMAT:
        raise UsbError("unsupported_format", "unsupported transfer file format")
    return header


def _shared(hex_digest: str) -> bytes:
    return bytes.fromhex(hex_digest)


def _secret_key(secret: str) -> bytes:
    return _shared(secret_hash(secret))


def _token_key(token: str) -> tuple[str, bytes]:
    return token_id(token), _shared(token_usb_key(token))


def device_seed(session) -> str:
    """The seed of this device's key pairs for USB files (made on first use, kept in the
    device's encrypted database; never leaves it)."""
    from inspector_desk.sync.client import _state_set, state_get

    seed = state_get(session.db, "usb_seed")
    if seed is None:
        with session.write() as tx:
            seed = state_get(tx.db, "usb_seed")
            if seed is None:
                seed = usb_crypto.new_seed()
                _state_set(tx.db, "usb_seed", seed)
    return seed


def _server_keys(session) -> dict[str, str] | None:
    from inspector_desk.sync.client import state_get

    raw = state_get(session.db, "usb_server_keys")
    keys = json.loads(raw) if raw else None
    return keys if usb_crypto.valid_public_keys(keys) else None


# -- device side ------------------------------------------------------------------------------
def export_outbox(session, path: Path, *, token: str | None = None) -> dict[str, Any]:
    """Write every pending op to ``path`` (encrypted for the server, signed by this
    device); returns a summary."""
    from inspector_desk.sync.client import SyncClient, _state_set, state_get

    client = SyncClient(session)
    ops = client._next_batch()
    seed = device_seed(session)
    server_keys = _server_keys(session)
    secret = state_get(session.db, "device_secret")
    header: dict[str, Any] = {"kind": "outbox", "device_id": session.device_id}
    sealing: dict[str, Any] = {"signer_seed": seed}
    if server_keys and secret:
        header["seal"] = "key"
        sealing["recipient"] = server_keys
    elif secret:  # enrolled by an older program: the server learns this device's keys
        header.update(seal="secret", keys=usb_crypto.public_keys(seed))
        sealing["shared_key"] = _secret_key(secret)
    elif token:
        tid, sealing["shared_key"] = _token_key(token)
        header.update(seal="token", token_id=tid, keys=usb_crypto.public_keys(seed))
        with session.write() as tx:
            _state_set(tx.db, "usb_token", token)
    else:
        raise UsbError("not_enrolled", "this device is not enrolled: give the enrolment token")
    payload = {"ops": ops, "cursor": state_get(session.db, "cursor"),
               "precinct_id": session.meta("precinct_id")}
    Path(path).write_bytes(usb_crypto.seal(header, _pack(payload), **sealing))
    with session.write() as tx:
        tx.audit("sync.usb_export", "outbox", None, f"{len(ops)} change(s) exported for USB")
    return {"exported": len(ops), "file": str(path)}


def import_answer(session, blob: bytes) -> dict[str, Any]:
    """Apply the department's answer file: op results, then pulled changes and cursor."""
    from inspector_desk.sync.client import (
        SyncClient,
        SyncError,
        SyncReport,
        _state_set,
        state_get,
    )

    header = header_of(blob)
    if header.get("kind") != "answer" or header.get("device_id") != session.device_id:
        raise UsbError("other_device", "this answer file is for another device")
    mode = header.get("seal")
    secret = state_get(session.db, "device_secret")
    token = state_get(session.db, "usb_token")
    server_keys = _server_keys(session)
    no_key = UsbError("no_key", "this device has no key for the answer file")
    if mode == "key":
        if server_keys is None:
            raise no_key
        payload = _open(blob, header, signer=server_keys, reader_seed=device_seed(session))
    elif mode in ("token", "secret"):
        # the first answers: sealed for this device's key and with the key its file was
        # sealed with (so only the server can have written them); they bring the server's
        # public keys — and once this device holds them, an answer must be signed by them
        if mode == "token" and token and header.get("token_id") == token_id(token):
            shared = _token_key(token)[1]
        elif mode == "secret" and secret:
            shared = _secret_key(secret)
        else:
            raise no_key
        offered = header.get("server_keys")
        if not usb_crypto.valid_public_keys(offered):
            raise UsbError("damaged", _SEAL_TEXT["damaged"])
        if server_keys is not None and offered != server_keys:
            raise UsbError("bad_signature", _SEAL_TEXT["bad_signature"])
        payload = _open(blob, header, signer=offered, shared_key=shared,
                        reader_seed=device_seed(session))
        server_keys = offered
    else:
        raise UsbError("damaged", _SEAL_TEXT["damaged"])
    client = SyncClient(session)
    if payload.get("enrolment") and not secret:  # (the token stays: an answer to a second
        # file sent with it is sealed with it too; once enrolled, a replayed answer's
        # enrolment is not taken again)
        try:
            client.adopt_enrolment(payload["enrolment"])
        except SyncError as exc:
            raise UsbError("damaged", _SEAL_TEXT["damaged"]) from exc
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
            _state_set(tx.db, "usb_server_keys", json.dumps(server_keys))
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
    from inspector_desk.sync.server.storage import ScopeError, StorageError

    header = header_of(blob)
    device_id = header.get("device_id")
    if header.get("kind") != "outbox" or not isinstance(device_id, str):
        raise UsbError("not_outbox", "not a device outbox file")
    mode, keys = header.get("seal"), header.get("keys")
    if mode in ("token", "secret") and not usb_crypto.valid_public_keys(keys):
        raise UsbError("damaged", _SEAL_TEXT["damaged"])
    keys_changed = UsbError("keys_changed", "the server holds other keys for this device "
                                            "(restored from an old backup? `inspector-desk "
                                            "server reset-keys` forgets them; then import its "
                                            "next file)")
    enrolment = None
    if mode == "token":
        found = storage.token_by_usb(str(header.get("token_id")))
        if not found:
            raise UsbError("unknown_token", "unknown enrolment token")
        payload = _open(blob, header, signer=keys, shared_key=_shared(found[0]))
        try:
            enrolment = storage.enrol_by_token_id(header["token_id"], device_id,
                                                  usb_public=keys)
        except StorageError as exc:
            if exc.reason == "keys_changed":
                raise keys_changed from None
            raise
    elif mode in ("key", "secret"):
        digest, registered = storage.usb_key(device_id)
        if not digest:
            raise UsbError("unknown_device", "unknown device")
        storage.device_by_id(device_id)  # a revoked device: refused before anything changes
        if mode == "key":
            if registered is None:
                raise UsbError("bad_signature", _SEAL_TEXT["bad_signature"])
            payload = _open(blob, header, signer=registered, reader_seed=storage.usb_seed())
        else:
            # once the server holds the device's keys, what it stores (the secret's hash)
            # opens no file signed with other keys: the same keys again are the device's
            # file re-sent (an answer lost, two files before the first answer)
            if registered is not None and registered != keys:
                raise keys_changed
            payload = _open(blob, header, signer=keys, shared_key=_shared(digest))
            if registered is None:
                storage.set_usb_public(device_id, keys)
        storage.secret_used(device_id)  # a file sealed by the enrolled device: token spent
    else:
        raise UsbError("damaged", _SEAL_TEXT["damaged"])
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
    seed = storage.usb_seed()
    reply: dict[str, Any] = {"kind": "answer", "device_id": device_id, "seal": mode}
    sealing: dict[str, Any] = {"signer_seed": seed}
    if mode == "key":
        sealing["recipient"] = registered
    else:  # sealed for the device's keys and as its file was (so only the server can
        # have written it), with the server's public keys for the next files
        reply["server_keys"] = usb_crypto.public_keys(seed)
        sealing["recipient"] = keys
        if mode == "token":
            reply["token_id"] = header["token_id"]
            sealing["shared_key"] = _shared(found[0])
        else:
            sealing["shared_key"] = _shared(digest)
    answer_path.write_bytes(usb_crypto.seal(reply, _pack(answer), **sealing))
    return {"device_id": device_id, "ops": len(results), "refused": len(refused),
            "changes": len(changes)}
