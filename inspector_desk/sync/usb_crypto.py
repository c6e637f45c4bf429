"""Sealing USB transfer files: encrypted for the recipient, signed by the sender.

Each side (a device, the department's server) holds one random 32-byte seed from which
its two key pairs are derived: X25519 (files are encrypted for it) and Ed25519 (it signs
the files it writes). Only public keys ever leave their side.

A file sealed **for a key** (the normal case, once the two sides know each other's
public keys): an ephemeral X25519 key agrees a secret with the recipient's public key,
HKDF-SHA256 turns it into an AES-256-GCM key, and the sender's Ed25519 key signs header,
nonce and ciphertext. Nobody but the recipient can read it, and nobody but the sender can
have written it — not even someone who copied the server's database, which holds only the
devices' public keys.

A file sealed **with a shared key** bootstraps that exchange: a device that never
connected seals its first file with a key derived from its enrolment token (the server
recorded the token's hash when it issued it), and the server answers with the same key,
sending its public keys; the device's public keys travel in the first file's header
(authenticated by the AES-GCM tag). The same happens, once, for a device enrolled by an
older program, with its secret's hash as the shared key.

Pure functions over bytes and JSON-able dicts (the ``cryptography`` library does the
cryptography); :mod:`inspector_desk.sync.usb` decides who seals what with which key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "inspector-desk-usb/2"
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class SealError(ValueError):
    """A sealed file that cannot be opened: ``code`` is ``damaged`` (not a sealed file's
    shape) or ``bad_signature`` (altered, forged, or sealed for someone else)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def new_seed() -> str:
    """A fresh random seed (hex) for one side's key pairs."""
    return os.urandom(32).hex()


def _derived(seed: str, purpose: bytes) -> bytes:
    return hmac.new(bytes.fromhex(seed), purpose, hashlib.sha256).digest()


def _signer(seed: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_derived(seed, b"ed25519"))


def _reader(seed: str) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_derived(seed, b"x25519"))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: Any, size: int | None = None) -> bytes:
    try:
        raw = base64.b64decode(str(text), validate=True)
    except ValueError as exc:
        raise SealError("damaged") from exc
    if size is not None and len(raw) != size:
        raise SealError("damaged")
    return raw


def public_keys(seed: str) -> dict[str, str]:
    """The public keys of a seed's side: ``{"x25519": b64, "ed25519": b64}``."""
    return {"x25519": _b64(_reader(seed).public_key().public_bytes(*_RAW)),
            "ed25519": _b64(_signer(seed).public_key().public_bytes(*_RAW))}


def valid_public_keys(keys: Any) -> bool:
    """True for a ``{"x25519", "ed25519"}`` dict of two base64 32-byte keys, the X25519 one
    not of small order (no secret can be agreed with it)."""
    if not isinstance(keys, dict) or set(keys) != {"x25519", "ed25519"}:
        return False
    try:
        raw = {k: _unb64(keys[k], 32) for k in ("x25519", "ed25519")}
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(raw["x25519"]))
        Ed25519PublicKey.from_public_bytes(raw["ed25519"])
    except (SealError, ValueError):
        return False
    return True


def sign(seed: str, message: bytes) -> str:
    """``message`` signed with the seed's Ed25519 key (base64)."""
    return _b64(_signer(seed).sign(message))


def verify(keys: dict[str, str], message: bytes, signature: Any) -> bool:
    """Whether ``signature`` (base64) is ``keys``' Ed25519 signature of ``message``."""
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(keys["ed25519"], 32)).verify(
            _unb64(signature, 64), message)
    except (InvalidSignature, SealError, KeyError, TypeError, ValueError):
        return False
    return True


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=FORMAT.encode() + b"|" + info).derive(secret)


def seal(header: dict[str, Any], plain: bytes, *, signer_seed: str,
         recipient: dict[str, str] | None = None, shared_key: bytes | None = None) -> bytes:
    """Seal ``plain`` for ``recipient``'s public keys and/or with ``shared_key`` (both: only
    the recipient reads it, and only a holder of the shared key can have written it),
    signed with ``signer_seed``'s Ed25519 key. ``header`` travels readable and
    authenticated. ``SealError("bad_signature")`` for a recipient key of small order."""
    header = {**header, "format": FORMAT}
    secret, info = b"", b""
    if recipient is not None:
        ephemeral = X25519PrivateKey.generate()
        epk = ephemeral.public_key().public_bytes(*_RAW)
        peer = _unb64(recipient["x25519"], 32)
        try:
            secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(peer))
        except ValueError as exc:
            raise SealError("bad_signature") from exc
        info = epk + peer
        header["epk"] = _b64(epk)
    if shared_key is not None:
        secret, info = secret + shared_key, info + b"shared"
    if not info:
        raise ValueError("a recipient or a shared key is needed")
    key = _hkdf(secret, info)
    head = json.dumps(header, sort_keys=True, ensure_ascii=False).encode()
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, plain, head)
    sig = _signer(signer_seed).sign(head + nonce + ct)
    return json.dumps({"header": head.decode(), "nonce": _b64(nonce), "data": _b64(ct),
                       "sig": _b64(sig)}).encode()


def parts(blob: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """(header, nonce, ciphertext, signature) of a sealed file; ``SealError("damaged")``."""
    try:
        outer = json.loads(blob)
        head = outer["header"].encode()
        return head, _unb64(outer["nonce"], 12), _unb64(outer["data"]), _unb64(outer["sig"], 64)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise SealError("damaged") from exc


def open_sealed(blob: bytes, header: dict[str, Any], *, signer: dict[str, str],
                reader_seed: str | None = None, shared_key: bytes | None = None) -> bytes:
    """The plain bytes of a sealed file whose parsed header is ``header``: the signature is
    checked against ``signer``'s Ed25519 public key, then the content is decrypted with
    ``reader_seed``'s X25519 key and/or ``shared_key``, as it was sealed.
    ``SealError("bad_signature")`` if either check fails."""
    head, nonce, ct, sig = parts(blob)
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(signer["ed25519"], 32)).verify(
            sig, head + nonce + ct)
    except (InvalidSignature, KeyError, TypeError) as exc:
        raise SealError("bad_signature") from exc
    secret, info = b"", b""
    if reader_seed is not None:
        epk = _unb64(header.get("epk"), 32)
        reader = _reader(reader_seed)
        mine = reader.public_key().public_bytes(*_RAW)
        try:
            secret = reader.exchange(X25519PublicKey.from_public_bytes(epk))
        except ValueError as exc:  # a point of small order: no file of ours
            raise SealError("bad_signature") from exc
        info = epk + mine
    if shared_key is not None:
        secret, info = secret + shared_key, info + b"shared"
    if not info:
        raise ValueError("a reader seed or a shared key is needed")
    key = _hkdf(secret, info)
    try:
        return AESGCM(key).decrypt(nonce, ct, head)
    except InvalidTag as exc:
        raise SealError("bad_signature") from exc
