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


#: the headers of every body (gzip JSON)
BODY_HEADERS = {"Content-Encoding": "gzip", "Content-Type": "application/json",
                PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def encode_body(obj: Any, *, level: int = 1) -> tuple[bytes, dict[str, str]]:
    """A request/response body and its headers (always gzip)."""
    return compress(dumps(obj), level), dict(BODY_HEADERS)


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


_SIMPLE_TYPES = (type(None), bool, int, float)
_RESERVED = frozenset(RECORD_COLUMNS)
#: field names already checked (a batch repeats the same few names thousands of times)
_GOOD_NAMES: set[str] = set()


def _scalar_ok(value: Any) -> bool:
    kind = type(value)
    if kind is str:
        return len(value) <= MAX_TEXT
    if kind in _SIMPLE_TYPES:
        return True
    return (isinstance(value, dict) and len(value) == 1 and isinstance(value.get("$b64"), str)
            and len(value["$b64"]) <= 4 * MAX_TEXT)


def _name_ok(name: Any) -> bool:
    if name in _GOOD_NAMES:
        return True
    if not isinstance(name, str) or not FIELD_RE.match(name) or name in _RESERVED:
        return False
    if len(_GOOD_NAMES) < 10_000:
        _GOOD_NAMES.add(name)
    return True


def _fields_ok(fields: Any, *, allow_deleted: bool) -> bool:
    if type(fields) is not dict:
        return False
    for name, value in fields.items():
        if name not in _GOOD_NAMES and not _name_ok(name) \
                and not (allow_deleted and name == "deleted_at"):
            return False
        kind = type(value)
        if kind is str:
            if len(value) > MAX_TEXT:
                return False
        elif kind not in _SIMPLE_TYPES and not _scalar_ok(value):
            return False
    return True


def validate_op(op: Any) -> str | None:
    """Why an op is malformed (a reason code), or ``None`` when it is well-formed."""
    if type(op) is not dict:
        return "op_not_object"
    value = op.get("op_id")
    if type(value) is not str or not UUID_RE.match(value):
        return "bad_op_id"
    value = op.get("entity")
    if type(value) is not str or not ENTITY_RE.match(value):
        return "bad_entity"
    value = op.get("id")
    if type(value) is not str or not UUID_RE.match(value):
        return "bad_record_id"
    if op.get("op") not in OP_KINDS:
        return "bad_op_kind"
    base = op.get("base_version")
    if type(base) is not int or base < 0:
        return "bad_base_version"
    if not _fields_ok(op.get("fields"), allow_deleted=True):
        return "bad_fields"
    old = op.get("old", _EMPTY)
    if old and not _fields_ok(old, allow_deleted=True) or type(old) is not dict:
        return "bad_old"
    hlc = op.get("hlc")
    if type(hlc) is not str or len(hlc) > 40:
        return "bad_hlc"
    officer = op.get("officer_id")
    if officer is not None and (type(officer) is not str or len(officer) > 64):
        return "bad_officer"
    return None


_EMPTY: dict[str, Any] = {}


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
