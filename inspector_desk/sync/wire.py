"""The sync wire format: JSON bodies, gzip-compressed, size-limited.

Every request and response carries ``X-Inspector-Protocol``. Bodies are JSON objects;
bytes values (e.g. photos) travel as ``{"$b64": "..."}``. A body is decompressed with a
hard limit so a small "zip bomb" cannot exhaust memory. Pure functions, no HTTP library.

Two versions are spoken; the request's header chooses, the answer follows it:

* **1** — ops and pulled changes as JSON objects, one answer object per op;
* **2** — the same content as arrays in a fixed order (:data:`OP_ROW`, :data:`CHANGE_ROW`),
  and a clean "applied" answer as just its version number. Nothing else differs; the
  arrays halve the parsing on both sides (a 5,000-op body: ~35 ms as objects, ~16 ms).
"""

from __future__ import annotations

import base64
import json
import math
import re
import zlib
from typing import Any

import msgspec

PROTOCOL_VERSION = 3
MIN_PROTOCOL_VERSION = 1
#: protocol 2: an op is ``[op_id, entity, id, op, base_version, hlc, officer_id, fields, old]``
OP_ROW = ("op_id", "entity", "id", "op", "base_version", "hlc", "officer_id", "fields", "old")
#: protocol 2: a pulled change is ``[e, id, v, u, by, dev, del, p, f]`` (the v1 keys, in order)
CHANGE_ROW = ("e", "id", "v", "u", "by", "dev", "del", "p", "f")
#: protocol 3: a pulled change may also be a **delta** — ``CHANGE_ROW`` and then ``base``:
#: ``f`` holds only the fields the record's last write changed, onto version ``base``
#: (the device applies it to its row at that version, or asks ``/v1/records`` for the
#: whole record)
DELTA_ROW = (*CHANGE_ROW, "base")
#: records a ``/v1/records`` request may ask for at most
MAX_RECORDS = 5000
PROTOCOL_HEADER = "X-Inspector-Protocol"
AUTH_SCHEME = "Device"

#: Limits the server enforces (the client stays well below them).
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed, as received
MAX_JSON_BYTES = 48 * 1024 * 1024  # after decompression
MAX_OPS_PER_BATCH = 5000
MAX_PAGE = 10000

# (\Z, not $: "$" also matches before a final newline, and "status\n" is not a field name)
ENTITY_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}\Z")
FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}\Z")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
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


_fast_loads = msgspec.json.decode
_fast_dumps = msgspec.json.Encoder().encode


def loads(raw: bytes | str) -> Any:
    """Parse JSON (msgspec: ~2× faster than the stdlib on a 5,000-op body). What msgspec
    refuses is tried with the stdlib too, which also reads ``NaN``/``Infinity`` (such values
    are then refused op by op, see :func:`validate_op`); ``ValueError`` if neither can."""
    try:
        return _fast_loads(raw)
    except msgspec.DecodeError:
        return json.loads(raw)


def dumps_plain(value: Any) -> str:
    """Compact UTF-8 JSON text of a value made of JSON types only (dicts, lists, str, int,
    finite floats, bools, None) — e.g. a record's fields as they arrived in a body."""
    return _fast_dumps(value).decode()


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
        obj = loads(body)
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
    if kind is float:
        return math.isfinite(value)  # NaN/Infinity are not JSON: stored, they break pulls
    if kind in _SIMPLE_TYPES:
        return True
    return (isinstance(value, dict) and len(value) == 1 and isinstance(value.get("$b64"), str)
            and len(value["$b64"]) <= 4 * MAX_TEXT)


def field_name_ok(name: Any) -> bool:
    """Whether ``name`` may name a field of an op (not a column the server manages)."""
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
        if name not in _GOOD_NAMES and not field_name_ok(name) \
                and not (allow_deleted and name == "deleted_at"):
            return False
        kind = type(value)
        if kind is str:
            if len(value) > MAX_TEXT:
                return False
        elif (kind not in _SIMPLE_TYPES or kind is float) and not _scalar_ok(value):
            return False
    return True


def validate_op(op: Any) -> str | None:
    """Why an op is malformed (a reason code), or ``None`` when it is well-formed."""
    if type(op) is not dict:
        return "op_not_object"
    g = op.get
    return _op_reason(g("op_id"), g("entity"), g("id"), g("op"), g("base_version"),
                      g("fields"), g("old", _EMPTY), g("hlc"), g("officer_id"))


#: entity names already checked
_GOOD_ENTITIES: set[str] = set()


def _op_reason(op_id: Any, entity: Any, rid: Any, kind: Any, base: Any, fields: Any,
               old: Any, hlc: Any, officer: Any) -> str | None:
    if type(op_id) is not str or not UUID_RE.match(op_id):
        return "bad_op_id"
    if type(entity) is not str:  # (checked first: a list or object is not hashable)
        return "bad_entity"
    if entity not in _GOOD_ENTITIES:
        if not ENTITY_RE.match(entity):
            return "bad_entity"
        if len(_GOOD_ENTITIES) < 1000:
            _GOOD_ENTITIES.add(entity)
    if type(rid) is not str or not UUID_RE.match(rid):
        return "bad_record_id"
    if kind not in OP_KINDS:
        return "bad_op_kind"
    if type(base) is not int or base < 0:
        return "bad_base_version"
    if not _fields_ok(fields, allow_deleted=True):
        return "bad_fields"
    if type(old) is not dict or old and not _fields_ok(old, allow_deleted=True):
        return "bad_old"
    if type(hlc) is not str or len(hlc) > 40:
        return "bad_hlc"
    if officer is not None and (type(officer) is not str or len(officer) > 64):
        return "bad_officer"
    return None


_EMPTY: dict[str, Any] = {}


def op_from_row(row: Any) -> dict[str, Any] | str:
    """A protocol-2 op array as the op object of protocol 1, or why it is malformed."""
    if type(row) is not list or len(row) != len(OP_ROW):
        return "op_not_array"
    op_id, entity, rid, kind, base, hlc, officer, fields, old = row
    return _op_reason(op_id, entity, rid, kind, base, fields, old, hlc, officer) or {
        "op_id": op_id, "entity": entity, "id": rid, "op": kind, "base_version": base,
        "hlc": hlc, "officer_id": officer, "fields": fields, "old": old}


def change_obj(change: Any) -> dict[str, Any]:
    """A pulled change as an object, whichever protocol brought it (array or object)."""
    if type(change) is list and len(change) == len(CHANGE_ROW):
        return dict(zip(CHANGE_ROW, change, strict=True))
    if type(change) is list and len(change) == len(DELTA_ROW):
        return dict(zip(DELTA_ROW, change, strict=True))
    if type(change) is dict:
        return change
    raise WireError("malformed", "a change is neither an array nor an object")


def normalize(value: Any) -> Any:
    """A value in the form used to compare (bools as ints, whole floats as ints)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def same(a: Any, b: Any) -> bool:
    """Whether two wire values are the same value."""
    if type(a) is type(b):  # the common case; normalising changes nothing then
        return a == b
    return normalize(a) == normalize(b)
