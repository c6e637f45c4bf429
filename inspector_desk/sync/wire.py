"""The sync wire format (protocol version 1): JSON bodies, gzip-compressed, size-limited.

Every request and response carries ``X-Inspector-Protocol``. Bodies are JSON objects;
bytes values (e.g. photos) travel as ``{"$b64": "..."}``. A body is decompressed with a
hard limit so a small "zip bomb" cannot exhaust memory. Pure functions, no HTTP library.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from typing import Any

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Inspector-Protocol"
AUTH_SCHEME = "Device"

#: Limits the server enforces (the client stays well below them).
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed, as received
MAX_JSON_BYTES = 48 * 1024 * 1024  # after decompression
MAX_OPS_PER_BATCH = 5000
MAX_PAGE = 10000

ENTITY_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: Record columns the server manages; an op may set only ``deleted_at`` among them.
RECORD_COLUMNS = ("id", "version", "updated_at", "updated_by", "device_id", "deleted_at")
OP_KINDS = ("insert", "update", "delete")
MAX_TEXT = 1_000_000


class WireError(ValueError):
    """A body that is not valid protocol-1 content; ``reason`` is machine-readable."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def _default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON (bytes become ``{"$b64": ...}``)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=_default).encode()


def to_local(value: Any) -> Any:
    """A wire value as stored locally (``{"$b64"}`` back to bytes)."""
    if isinstance(value, dict) and len(value) == 1 and "$b64" in value:
        return base64.b64decode(value["$b64"])
    return value


def to_wire(value: Any) -> Any:
    """A local column value as it travels (bytes to ``{"$b64"}``, bools to ints)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _default(value)
    if isinstance(value, bool):
        return int(value)
    return value


def compress(raw: bytes, level: int = 1) -> bytes:
    """gzip-compress (level 1: fast; the link, not the CPU, is the bottleneck)."""
    co = zlib.compressobj(level, zlib.DEFLATED, 31)
    return co.compress(raw) + co.flush()


def decompress(body: bytes, limit: int = MAX_JSON_BYTES) -> bytes:
    """Inflate a gzip body, refusing output beyond ``limit`` (``WireError('too_large')``)."""
    d = zlib.decompressobj(47)  # gzip or zlib header
    try:
        out = d.decompress(body, limit + 1)
    except zlib.error as exc:
        raise WireError("bad_encoding", "body is not valid gzip") from exc
    if len(out) > limit or d.unconsumed_tail:
        raise WireError("too_large", "decompressed body exceeds the limit")
    return out


def encode_body(obj: Any, *, level: int = 1) -> tuple[bytes, dict[str, str]]:
    """A request/response body and its headers (always gzip)."""
    raw = dumps(obj)
    return compress(raw, level), {"Content-Encoding": "gzip",
                                  "Content-Type": "application/json",
                                  PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def decode_body(body: bytes, encoding: str | None, *, limit: int = MAX_JSON_BYTES) -> dict:
    """Parse a body (gzip or identity) into a JSON object; ``WireError`` otherwise."""
    enc = (encoding or "identity").strip().lower()
    if enc == "gzip":
        body = decompress(body, limit)
    elif enc not in ("identity", ""):
        raise WireError("bad_encoding", f"unsupported Content-Encoding {enc!r}")
    if len(body) > limit:
        raise WireError("too_large")
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise WireError("malformed", "body is not JSON") from exc
    if not isinstance(obj, dict):
        raise WireError("malformed", "body is not a JSON object")
    return obj


def _scalar_ok(value: Any) -> bool:
    if value is None or isinstance(value, (bool, int, float)):
        return True
    if isinstance(value, str):
        return len(value) <= MAX_TEXT
    return (isinstance(value, dict) and len(value) == 1 and isinstance(value.get("$b64"), str)
            and len(value["$b64"]) <= 4 * MAX_TEXT)


def _fields_ok(fields: Any, *, allow_deleted: bool) -> bool:
    if not isinstance(fields, dict):
        return False
    for name, value in fields.items():
        if not isinstance(name, str) or not FIELD_RE.match(name):
            return False
        if name in RECORD_COLUMNS and not (allow_deleted and name == "deleted_at"):
            return False
        if not _scalar_ok(value):
            return False
    return True


def validate_op(op: Any) -> str | None:
    """Why an op is malformed (a reason code), or ``None`` when it is well-formed."""
    if not isinstance(op, dict):
        return "op_not_object"
    if not isinstance(op.get("op_id"), str) or not UUID_RE.match(op["op_id"]):
        return "bad_op_id"
    if not isinstance(op.get("entity"), str) or not ENTITY_RE.match(op["entity"]):
        return "bad_entity"
    if not isinstance(op.get("id"), str) or not UUID_RE.match(op["id"]):
        return "bad_record_id"
    if op.get("op") not in OP_KINDS:
        return "bad_op_kind"
    base = op.get("base_version")
    if not isinstance(base, int) or isinstance(base, bool) or base < 0:
        return "bad_base_version"
    if not _fields_ok(op.get("fields"), allow_deleted=True):
        return "bad_fields"
    if not _fields_ok(op.get("old", {}), allow_deleted=True):
        return "bad_old"
    hlc = op.get("hlc")
    if not isinstance(hlc, str) or len(hlc) > 40:
        return "bad_hlc"
    officer = op.get("officer_id")
    if officer is not None and (not isinstance(officer, str) or len(officer) > 64):
        return "bad_officer"
    return None


def normalize(value: Any) -> Any:
    """A value in the form used to compare (bools as ints, whole floats as ints)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def same(a: Any, b: Any) -> bool:
    """Whether two wire values are the same value."""
    return normalize(a) == normalize(b)
