"""The protocol exchange format (v1): parse, serialize, canonical form and seal.

Parsing is lossless: the document is kept exactly as read (unknown extra fields included), so
``parse_protocol(dumps_protocol(p)) == p`` for every protocol. Input that cannot be a protocol
at all raises :class:`ProtocolRefused` with a kk/ru/en message; content problems (wrong
types, bad times, negative quantities …) are left to :func:`~.engine.check` as findings.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_desk.domain.forms.messages import ProtocolRefused

FORMAT = "inspector-desk.protocol"
EXCHANGE_VERSION = 1
#: The largest document read; far above any real protocol, low enough to stay responsive.
MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Protocol:
    """A protocol document as read: ``data`` is the JSON object, untouched."""

    data: dict[str, Any]

    @property
    def form(self) -> str | None:
        form = self.data.get("form")
        return form if isinstance(form, str) else None

    @property
    def form_version(self) -> int | None:
        """The form version the protocol pins, or ``None`` ("the latest")."""
        v = self.data.get("form_version")
        return v if isinstance(v, int) and not isinstance(v, bool) else None


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ProtocolRefused("format.duplicate_key", key=key[:60])
            seen.add(key)
    return out


def _check_text(value: Any) -> None:
    """Reject lone surrogates (``"\\ud800"``), which no UTF-8 file can hold."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise ProtocolRefused("format.encoding") from None
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)


def parse_protocol(source: bytes | str) -> Protocol:
    """Read one protocol from JSON text or UTF-8 bytes (a BOM is allowed).

    Raises :class:`ProtocolRefused` for: too large, not UTF-8, not JSON (NaN, Infinity and
    duplicate keys included), not an object, or a ``format``/``version`` header of another
    format or a newer version.
    """
    size = len(source)
    if size > MAX_BYTES:
        raise ProtocolRefused("format.too_large", size=size, limit=MAX_BYTES)
    if isinstance(source, bytes | bytearray):
        try:
            text = bytes(source).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ProtocolRefused("format.encoding") from None
    else:
        text = source.removeprefix("\ufeff")
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ProtocolRefused(
            "format.json", detail=f"{exc.msg} ({exc.lineno}:{exc.colno})"
        ) from None
    except (ValueError, RecursionError) as exc:
        detail = "too deeply nested" if isinstance(exc, RecursionError) else str(exc)
        raise ProtocolRefused("format.json", detail=detail[:80]) from None
    if not isinstance(data, dict):
        raise ProtocolRefused("format.not_object")
    _check_text(data)
    fmt, version = data.get("format"), data.get("version")
    if fmt is not None and fmt != FORMAT:
        raise ProtocolRefused("format.unsupported", detail=f"format = {str(fmt)[:40]}")
    if version is not None and (type(version) is not int or version != EXCHANGE_VERSION):
        raise ProtocolRefused("format.unsupported", detail=f"version = {str(version)[:20]}")
    return Protocol(data)


def read_protocol(path: str | Path) -> Protocol:
    """:func:`parse_protocol` of a file (``-`` is not special here)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ProtocolRefused("format.too_large", size=size, limit=MAX_BYTES)
        raw = p.read_bytes()
    except OSError as exc:
        raise ProtocolRefused("file.unreadable", detail=f"{p}: {exc.strerror or exc}") from None
    return parse_protocol(raw)


def _data(doc: Protocol | Mapping[str, Any]) -> Mapping[str, Any]:
    return doc.data if isinstance(doc, Protocol) else doc


def dumps_protocol(doc: Protocol | Mapping[str, Any], *, indent: int | None = 2) -> str:
    """The exchange-format JSON text (UTF-8 characters kept, key order kept)."""
    return json.dumps(_data(doc), ensure_ascii=False, indent=indent, allow_nan=False)


def canonical_json(doc: Protocol | Mapping[str, Any]) -> bytes:
    """Sorted keys, no whitespace, UTF-8, no NaN: the same document always gives the same bytes."""
    text = json.dumps(
        _data(doc), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return text.encode("utf-8")


def with_form_version(doc: Protocol | Mapping[str, Any], form_version: int) -> dict[str, Any]:
    """A copy of the document pinned to ``form_version`` (raises ValueError if pinned otherwise)."""
    data = dict(_data(doc))
    pinned = data.get("form_version")
    if pinned is not None and pinned != form_version:
        raise ValueError(f"the protocol is written under form version {pinned}, not {form_version}")
    data["form_version"] = form_version
    return data


def seal_hash(doc: Protocol | Mapping[str, Any], form_version: int) -> str:
    """SHA-256 (hex) of the canonical JSON of the document pinned to ``form_version``.

    The seal covers every field, unknown extras included, and the form version, so a sealed
    protocol cannot silently move to another version of its form.
    """
    if isinstance(form_version, bool) or not isinstance(form_version, int) or form_version < 1:
        raise ValueError("form_version is a positive integer")
    return hashlib.sha256(canonical_json(with_form_version(doc, form_version))).hexdigest()
