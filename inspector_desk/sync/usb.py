"""Sync with no connection at all: the outbox to a file for a USB stick, and back.

The device writes its pending ops to a file **encrypted for the server and signed by the
device**; the department imports it through the same push path as HTTP and writes an
answer file (per-op results and the pulled changes), encrypted for the device and signed
by the server, that the device applies.

How a file is sealed (:mod:`inspector_desk.sync.usb_crypto`), by the header's ``seal``;
a device's file always carries its public keys in the header:

* ``key`` — the normal case: for the recipient's X25519 public key, signed with the
  sender's Ed25519 key (a device's file also with its secret's hash, so a server whose
  administrator forgot the device's keys, ``server reset-keys``, takes them again). Each
  side keeps a random seed for its key pairs (the device in its encrypted database, the
  server in its store); the server knows a device's public keys from its enrolment (HTTP,
  or its first USB file), the device the server's from the enrolment answer or its first
  USB answer;
* ``token`` — a device that never connected: its files are sealed with a key derived from
  the enrolment token (``sha256("usb:" + token)``, which the server recorded when it
  issued the token), their answers with it and for the device's key; the device keeps
  every token it used, so each answer finds its own;
* ``secret`` — a device that does not know the server's keys (enrolled by an older
  program): sealed with its secret's hash, which the server stores; refused when the
  server holds other keys of the device.

Once the device holds the server's keys, only an answer signed by them is taken; the
enrolment an answer carries is taken only by a device that held no server keys yet.
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


def _tokens(session) -> dict[str, str]:
    """The enrolment tokens this device sealed files with, by token id (in order of use)."""
    from inspector_desk.sync.client import state_get

    raw = state_get(session.db, "usb_tokens")
    tokens = json.loads(raw) if raw else {}
    legacy = state_get(session.db, "usb_token")  # (one token, before session 7)
    if legacy:
        tokens = {token_id(legacy): legacy, **tokens}
    return tokens


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

    if state_get(session.db, "revoked"):
        raise UsbError("revoked", "the department revoked this device: it is locked")
    client = SyncClient(session)
    ops = client._next_batch()
    seed = device_seed(session)
    server_keys = _server_keys(session)
    secret = state_get(session.db, "device_secret")
    tokens = _tokens(session)
    token = token or (list(tokens.values())[-1] if tokens else None)
    # the device's public keys travel in every file: a server that forgot them (``server
    # reset-keys``) registers them again, authenticated by the secret
    header: dict[str, Any] = {"kind": "outbox", "device_id": session.device_id,
                              "keys": usb_crypto.public_keys(seed)}
    sealing: dict[str, Any] = {"signer_seed": seed}
    if secret:  # for the server's key when known, and with the secret's hash
        header["seal"] = "key" if server_keys else "secret"
        sealing.update(shared_key=_secret_key(secret), recipient=server_keys)
    elif token:
        tid, sealing["shared_key"] = _token_key(token)
        header.update(seal="token", token_id=tid)
        if tokens.get(tid) != token:  # every token used is kept: the answer names its own
            with session.write() as tx:
                _state_set(tx.db, "usb_tokens", json.dumps({**tokens, tid: token}))
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
        hooks_due,
        state_get,
    )

    if state_get(session.db, "revoked"):  # locked: no answer is taken any more
        raise UsbError("revoked", "the department revoked this device: it is locked")
    header = header_of(blob)
    if header.get("kind") != "answer" or header.get("device_id") != session.device_id:
        raise UsbError("other_device", "this answer file is for another device")
    mode = header.get("seal")
    secret = state_get(session.db, "device_secret")
    token = _tokens(session).get(str(header.get("token_id")))
    server_keys = _server_keys(session)
    first = server_keys is None  # the first answer this device takes
    no_key = UsbError("no_key", "this device has no key for the answer file")
    if mode == "key":
        if server_keys is None:
            raise no_key
        payload = _open(blob, header, signer=server_keys, reader_seed=device_seed(session))
    elif mode in ("token", "secret"):
        # the first answers: sealed for this device's key and with the key its file was
        # sealed with (so only the server can have written them); they bring the server's
        # public keys — and once this device holds them, an answer must be signed by them
        if mode == "token" and token:
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
    if payload.get("revoked"):  # as a revoked device is told over HTTP: it locks
        client._record_failure(SyncError("auth", "revoked", lock=True))
        return {"revoked": True, "results": 0, "pulled": 0, "conflicts": 0, "rejected": 0}
    if payload.get("enrolment") and first and not secret:  # (the token stays: an answer to
        # a second file sent with it is sealed with it too; a replayed answer's enrolment is
        # never taken again, even after a revocation cleared the secret)
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
            if payload.get("changes"):
                hooks_due(tx.db, payload["changes"])
            # the department answered: a sync as much as one over a connection
            _state_set(tx.db, "last_sync_at", dt.datetime.now(dt.UTC).isoformat())
            tx.audit("sync.usb_import", "sync_state", None,
                     f"answer file: {len(results)} result(s), {applied} change(s) applied")
    finally:
        session.db.execute("PRAGMA foreign_keys = ON")
    client._run_due_hooks()  # as after an HTTP pull: recounts, merges, … (sync/hooks.py)
    return {"results": len(results), "pulled": applied,
            "conflicts": report.new_conflicts, "rejected": report.rejected}


# -- server side ------------------------------------------------------------------------------
_KEYS_CHANGED = ("the server holds other keys for this device: if the device itself was "
                 "restored from a backup made before it had keys, `inspector-desk server "
                 "reset-keys` forgets them and its next file registers new ones; otherwise "
                 "the file is not the device's")


def server_import(storage, blob: bytes, answer_path: Path) -> dict[str, Any]:
    """Import a device's file through the push path; write the answer file. A file that
    does not open, or whose content is not a device's outbox, changes nothing."""
    from inspector_desk.sync import wire

    header = header_of(blob)
    device_id = header.get("device_id")
    if header.get("kind") != "outbox" or not isinstance(device_id, str) \
            or not wire.UUID_RE.match(device_id):
        raise UsbError("not_outbox", "not a device outbox file")
    keys = header.get("keys")
    if not usb_crypto.valid_public_keys(keys):
        raise UsbError("damaged", _SEAL_TEXT["damaged"])
    payload, enrolment, sealing, revoked = _open_outbox(storage, blob, header, device_id, keys)
    if revoked:  # as over HTTP: nothing taken, and the answer tells the device to lock
        _write_answer(answer_path, header, sealing, {"revoked": True})
        return {"device_id": device_id, "revoked": True, "ops": 0, "refused": 0,
                "changes": 0}
    device = storage.device_by_id(device_id)
    ops = payload["ops"]
    local = payload.get("precinct_id")
    if enrolment and local and local != device.precinct_id:
        # a device that never connected joins the token's precinct (as on first HTTP sync)
        kept = []
        for op in ops:
            if op.get("entity") == "precincts" and op.get("id") == local:
                continue
            for part in ("fields", "old"):
                if isinstance(op.get(part), dict) and op[part].get("precinct_id") == local:
                    op[part]["precinct_id"] = device.precinct_id
            kept.append(op)
        ops = kept
    results, refused = _push_all(storage, device, ops)
    changes, cursor = [], payload.get("cursor")
    while True:
        page = storage.pull(device, cursor, wire.MAX_PAGE)
        changes.extend(json.loads(c) for c in page.changes)
        cursor = page.cursor
        if not page.more:
            break
    _write_answer(answer_path, header, sealing,
                  {"results": results, "refused": refused, "changes": changes,
                   "cursor": cursor, "enrolment": enrolment})
    return {"device_id": device_id, "ops": len(results), "refused": len(refused),
            "changes": len(changes)}


def _write_answer(path: Path, header: dict[str, Any], sealing: dict[str, Any],
                  answer: dict[str, Any]) -> None:
    """The answer to the device file ``header``, sealed as ``sealing`` says."""
    reply: dict[str, Any] = {"kind": "answer", "device_id": header["device_id"],
                             "seal": header["seal"]}
    if header["seal"] == "token":
        reply["token_id"] = header["token_id"]
    if "shared_key" in sealing:  # a first answer: the server's public keys for the next files
        reply["server_keys"] = usb_crypto.public_keys(sealing["signer_seed"])
    path.write_bytes(usb_crypto.seal(reply, _pack(answer), **sealing))


def _open_outbox(storage, blob: bytes, header: dict[str, Any], device_id: str,
                 keys: dict[str, str]) -> tuple[dict[str, Any], Any, dict[str, Any], bool]:
    """(payload, enrolment or None, how to seal the answer, whether the device is revoked)
    of a device's file: opened, checked, and only then the device enrolled (``token``) or
    its keys registered (not for a revoked device: nothing changes for it).

    * ``token``: sealed with the token's key; the token enrols the device;
    * ``key``: for the server's key *and* with the secret's hash, signed by the device's
      registered keys — or, when the administrator forgot them (``server reset-keys``), by
      the keys in the header, which it registers (as the secret authenticates it);
    * ``secret``: a device that does not know the server's keys yet: with the secret's hash.
    """
    from inspector_desk.sync.server.storage import StorageError

    mode = header.get("seal")
    seed = storage.usb_seed()
    if mode == "token":
        found = storage.token_by_usb(str(header.get("token_id")))
        if not found:
            raise UsbError("unknown_token", "unknown enrolment token")
        shared = _shared(found[0])
        payload = _checked(_open(blob, header, signer=keys, shared_key=shared))
        sealing = {"signer_seed": seed, "recipient": keys, "shared_key": shared}
        try:
            enrolment = storage.enrol_by_token_id(header["token_id"], device_id,
                                                  usb_public=keys)
        except StorageError as exc:
            if exc.reason == "keys_changed":
                raise UsbError("keys_changed", _KEYS_CHANGED) from None
            if exc.reason == "revoked":  # (its file still opened: it is told to lock)
                return payload, None, sealing, True
            if exc.reason == "device_exists":
                raise UsbError("device_exists", "this device is already enrolled (with "
                               "another token): apply the answer to its earlier file on the "
                               "device; its next file carries these changes too") from None
            raise
        return payload, enrolment, sealing, False
    if mode not in ("key", "secret"):
        raise UsbError("damaged", _SEAL_TEXT["damaged"])
    digest, registered = storage.usb_key(device_id)
    if not digest:
        raise UsbError("unknown_device", "unknown device")
    try:
        storage.device_by_id(device_id)
        revoked = False
    except StorageError as exc:
        if exc.reason != "revoked":
            raise
        revoked = True  # its file is still opened: only the device itself is answered
    if registered is not None and registered != keys:
        # what the server stores (the secret's hash) opens no file signed with other keys
        raise UsbError("keys_changed", _KEYS_CHANGED)
    shared = _shared(digest)
    payload = _checked(_open(blob, header, signer=keys, shared_key=shared,
                             reader_seed=seed if mode == "key" else None))
    if not revoked:
        if registered is None and not storage.register_usb_public(device_id, keys):
            raise UsbError("keys_changed", _KEYS_CHANGED)  # another file registered others
        storage.secret_used(device_id)  # a file sealed by the enrolled device: token spent
    sealing = {"signer_seed": seed, "recipient": keys}
    if mode == "secret":  # a first answer: also with the key the file was sealed with
        sealing["shared_key"] = shared
    return payload, None, sealing, revoked


def _checked(payload: dict[str, Any]) -> dict[str, Any]:
    """A device's outbox content: a list of objects with text op ids, a cursor the server
    reads; ``UsbError("damaged")`` otherwise (checked before anything is written)."""
    from inspector_desk.sync.server.storage import decode_cursor
    from inspector_desk.sync.wire import WireError

    ops = payload.get("ops") or []
    if not isinstance(ops, list) or not all(
            isinstance(op, dict) and isinstance(op.get("op_id"), str) for op in ops):
        raise UsbError("damaged", _SEAL_TEXT["damaged"])
    cursor = payload.get("cursor")
    try:
        if cursor is not None and not isinstance(cursor, str):
            raise WireError("bad_cursor")
        decode_cursor(cursor)
    except WireError as exc:
        raise UsbError("damaged", _SEAL_TEXT["damaged"]) from exc
    return {**payload, "ops": ops}


def _push_all(storage, device, ops: list[dict[str, Any]]
              ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Push a file's ops as one batch: (per-op results, refused op id → reason). Ops the
    wire refuses, or outside the device's scope, are refused one by one, the rest applied."""
    from inspector_desk.sync import wire
    from inspector_desk.sync.server.storage import ScopeError

    reasons = [wire.validate_op(op) for op in ops]
    refused = {op["op_id"]: why for op, why in zip(ops, reasons, strict=True) if why}
    ops = [op for op, why in zip(ops, reasons, strict=True) if not why]
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
    return results, refused
