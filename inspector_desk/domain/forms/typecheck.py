"""Shape checks of a protocol against its form's field definitions (findings ``format.*``).

Only fields the form defines are checked; unknown extra fields are the document's own business
and are kept as they are. ``null`` always means "not recorded" and is never a format error.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

from inspector_desk.domain.forms.context import Context
from inspector_desk.domain.forms.definition import (
    LIST_TYPES,
    OBJECT_TYPES,
    FieldDef,
    FormDefinition,
)
from inspector_desk.domain.forms.messages import TYPE_NAMES
from inspector_desk.domain.forms.timing import parse_date, parse_datetime, parse_time

#: ``(rule id, field path, message parameters)``
FormatHit = tuple[str, str, Mapping[str, Any]]

_PARSERS = {
    "date": ("format.date", parse_date),
    "time": ("format.time", parse_time),
    "datetime": ("format.datetime", parse_datetime),
}
_REFERENCE_LISTS = (("remarks", "by"), ("refusals", "who"))
_SHOWN = 40


def shown(value: Any) -> str:
    """A value as it may appear in a message: short, one line."""
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def check_format(doc: Mapping[str, Any], form: FormDefinition, ctx: Context) -> list[FormatHit]:
    """Every shape problem in ``doc``: header, field types, values, lengths, references."""
    hits: list[FormatHit] = []
    if doc.get("format") is None or doc.get("version") is None:
        hits.append(("format.header", "format", {}))
    hits.extend(_fields(doc, form.fields, ""))
    hits.extend(_references(ctx))
    return hits


def _expected(f: FieldDef) -> Mapping[str, str]:
    if f.type in OBJECT_TYPES:
        return TYPE_NAMES["object"]
    if f.type in LIST_TYPES:
        return TYPE_NAMES["list"]
    if f.type == "choice" and f.multiple:
        return TYPE_NAMES["multi_choice"]
    return TYPE_NAMES[f.type]


def _fields(
    obj: Mapping[str, Any], fields: tuple[FieldDef, ...], prefix: str
) -> Iterator[FormatHit]:
    for f in fields:
        value = obj.get(f.name)
        if value is None:
            continue
        yield from _value(value, f, prefix + f.name)


def _value(value: Any, f: FieldDef, path: str) -> Iterator[FormatHit]:
    t = f.type
    if t == "text":
        if not isinstance(value, str):
            yield "format.type", path, {"expected": _expected(f)}
        elif len(value) > f.max_length:
            yield "format.too_long", path, {"length": len(value), "limit": f.max_length}
    elif t in _PARSERS:
        rule, parse = _PARSERS[t]
        if not isinstance(value, str):
            yield "format.type", path, {"expected": _expected(f)}
        elif parse(value) is None:
            yield rule, path, {"value": shown(value)}
    elif t == "yes_no":
        if not isinstance(value, bool):
            yield "format.type", path, {"expected": _expected(f)}
    elif t == "number":
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            yield "format.type", path, {"expected": _expected(f)}
        elif (f.min is not None and value < f.min) or (f.max is not None and value > f.max):
            yield "format.range", path, {"value": value, "min": f.min, "max": f.max}
    elif t == "choice":
        yield from _choice(value, f, path)
    elif t in OBJECT_TYPES:
        if not isinstance(value, dict):
            yield "format.type", path, {"expected": _expected(f)}
        else:
            yield from _fields(value, f.fields, path + ".")
    elif t in LIST_TYPES:
        if not isinstance(value, list):
            yield "format.type", path, {"expected": _expected(f)}
            return
        for i, element in enumerate(value):
            if not isinstance(element, dict):
                yield "format.type", f"{path}[{i}]", {"expected": TYPE_NAMES["object"]}
            else:
                yield from _fields(element, f.fields, f"{path}[{i}].")


def _choice(value: Any, f: FieldDef, path: str) -> Iterator[FormatHit]:
    allowed = ", ".join(o.value for o in f.options)
    values = value if f.multiple else [value]
    if f.multiple and not isinstance(value, list):
        yield "format.type", path, {"expected": _expected(f)}
        return
    for i, v in enumerate(values):
        at = f"{path}[{i}]" if f.multiple else path
        if not isinstance(v, str):
            yield "format.type", at, {"expected": TYPE_NAMES["choice"]}
        elif f.option(v) is None:
            yield "format.choice", at, {"value": shown(v), "allowed": allowed}


def _references(ctx: Context) -> Iterator[FormatHit]:
    """``remarks[].by`` and ``refusals[].who`` point to someone in the protocol."""
    for key, ref_key in _REFERENCE_LISTS:
        seq = ctx.doc.get(key)
        for i, entry in enumerate(seq if isinstance(seq, list) else ()):
            ref = entry.get(ref_key) if isinstance(entry, dict) else None
            if isinstance(ref, str) and ctx.person_ref(ref) is None:
                yield "format.reference", f"{key}[{i}].{ref_key}", {"value": shown(ref)}
