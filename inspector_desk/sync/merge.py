"""Field-level merge rules, shared by the server (applying ops) and the client (pulls).

Pure functions over plain dicts, no database. The rules (see ``docs/sync.md``):

* An op carries the fields it changed, their old values and the version it was based on.
* A field whose server value still equals the op's old value takes the new value; a field
  already holding the new value is fine; any other field is a **conflict** (both values are
  kept for a person to choose; the server keeps its value meanwhile).
* Different fields of one record therefore merge; the same field changed on both sides
  conflicts.
* A delete against a record another device changed after the delete's base version is a
  conflict, not a loss; an edit of a record deleted meanwhile is a conflict too.
* Finalized records (``finalized_at`` set, or ``status == 'finalized'``) are append-only:
  a change to one is rejected (amendments are new records), so they never conflict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector_desk.sync.wire import same

ALL_FIELDS = "*"  # the fmeta key of the stamp shared by every field not listed
FINALIZED_MARKERS = ("finalized_at",)
FINALIZED_STATUSES = ("finalized",)
#: records that are part of another and freeze with it: entity → (parent entity, the field
#: naming the parent). A finalized protocol's draft fields change no more.
FINALIZED_PARENT = {"protocol_fields": ("protocols", "protocol_id")}


@dataclass(slots=True)
class Current:
    """A record as the server holds it."""

    version: int
    data: dict[str, Any]
    deleted_at: str | None
    updated_at: str
    updated_by: str | None
    device_id: str
    #: field → [hlc, officer, device] of its last change; ``"*"``: the stamp of every field
    #: not listed (the record's creation: one stamp instead of one per field)
    fmeta: dict[str, list] = field(default_factory=dict)


@dataclass(slots=True)
class Outcome:
    """What applying one op does: status, fields to write, conflicts."""

    status: str  # applied | conflict | rejected
    apply: dict[str, Any] = field(default_factory=dict)  # data fields to set
    delete: str | None = None  # tombstone stamp to set
    undelete: bool = False
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    reason: str | None = None

    @property
    def changes(self) -> bool:
        return bool(self.apply) or self.delete is not None or self.undelete


def is_finalized(data: Mapping[str, Any]) -> bool:
    """Whether a record is finalized (append-only)."""
    for marker in FINALIZED_MARKERS:
        if data.get(marker):
            return True
    return data.get("status") in FINALIZED_STATUSES


def _theirs(cur: Current, name: str) -> dict[str, Any]:
    meta = (cur.fmeta.get(name) or cur.fmeta.get(ALL_FIELDS)
            or [cur.updated_at, cur.updated_by, cur.device_id])
    value = cur.deleted_at if name == "deleted_at" else cur.data.get(name)
    return {"theirs": value, "theirs_at": meta[0], "theirs_by": meta[1], "theirs_device": meta[2]}


_BLANK = ("", None)
#: The field whose change moves a record along its lifecycle: an op that changes it is one
#: move — when the move conflicts, none of the op's fields is applied.
LIFECYCLE = {"appeals": "status"}
#: Fields that hold a JSON object of independent parts (a precinct's reception schedule:
#: weekday → hours): two devices that changed different parts merge part by part.
DOCUMENT_FIELDS = frozenset({("reception_hours", "schedule")})
#: What differs when two devices finalize the same document (the seal is the same).
FINALIZE_STAMPS = frozenset({"finalized_at", "finalized_by"})


def apply_op(op: Mapping[str, Any], cur: Current | None, *, others_since_base: bool,
             parent_finalized: bool = False) -> Outcome:
    """The outcome of applying ``op`` to the server record ``cur`` (``None``: no record).

    ``others_since_base``: another device changed the record after ``op['base_version']``;
    ``parent_finalized``: the record belongs to a finalized one (:data:`FINALIZED_PARENT`).
    """
    kind = op["op"]
    fields: dict[str, Any] = dict(op.get("fields") or {})
    old: dict[str, Any] = dict(op.get("old") or {})
    if parent_finalized:  # frozen with its parent: only a change that changes nothing
        data = cur.data if cur is not None else {}
        if kind == "delete" or cur is None or cur.deleted_at is not None or any(
                not same(v, data.get(k)) for k, v in fields.items() if k != "deleted_at"):
            return Outcome("rejected", reason="finalized")
        return Outcome("applied")
    if cur is None:
        if kind == "delete":
            return Outcome("applied", delete=fields.get("deleted_at") or op["hlc"])
        fields.pop("deleted_at", None)
        return Outcome("applied", apply=fields)
    if is_finalized(cur.data):
        wanted = {k: v for k, v in fields.items()
                  if not same(v, cur.deleted_at if k == "deleted_at" else cur.data.get(k))}
        if kind != "delete" and wanted.keys() <= FINALIZE_STAMPS and "seal" in fields \
                and same(fields["seal"], cur.data.get("seal")):
            return Outcome("applied")  # the same document finalized on two devices
        if kind == "delete" or wanted:
            return Outcome("rejected", reason="finalized")
        return Outcome("applied")
    if kind == "delete":
        if cur.deleted_at:
            return Outcome("applied")
        if others_since_base:
            return Outcome("conflict", conflicts={
                "deleted_at": {"mine": fields.get("deleted_at") or op["hlc"], **_theirs(cur, "deleted_at")}})
        return Outcome("applied", delete=fields.get("deleted_at") or op["hlc"])
    inserting = kind == "insert"
    if inserting:
        old = {}
    # insert over an existing record (re-sent under another op id, or a record every device
    # creates under the same id, e.g. a precinct's reception hours) or update
    undelete = "deleted_at" in fields and fields["deleted_at"] is None
    fields.pop("deleted_at", None)
    old.pop("deleted_at", None)
    if cur.deleted_at and not undelete:
        if all(same(cur.data.get(name), value) for name, value in fields.items()):
            return Outcome("applied")  # it changes nothing (e.g. the same merge, made twice)
        conflicts = {"deleted_at": {"mine": None, **_theirs(cur, "deleted_at")}}
        for name, value in fields.items():
            conflicts[name] = {"mine": value, **_theirs(cur, name)}
        return Outcome("conflict", conflicts=conflicts)
    out = Outcome("applied", undelete=bool(undelete and cur.deleted_at))
    data = cur.data
    for name, value in fields.items():
        now = data.get(name)
        if same(now, value):
            continue
        # two devices creating one record: a field one left empty takes the other's value
        if inserting and value in _BLANK:
            continue
        # a field the server never received (a device left it to its column default when
        # it created the record) was changed by nobody else: the edit applies
        if same(now, old.get(name)) or name not in data or (inserting and now in _BLANK):
            out.apply[name] = value
        elif not inserting and (doc := _merge_document(op.get("entity", ""), name,
                                                        old.get(name), now, value)) is not None:
            merged, clash = doc
            if merged != now:
                out.apply[name] = merged
            if clash is not None:  # some parts changed differently on both: those wait
                out.conflicts[name] = {**_theirs(cur, name), "mine": clash, "theirs": merged}
        else:
            out.conflicts[name] = {"mine": value, **_theirs(cur, name)}
    lifecycle = LIFECYCLE.get(op.get("entity", ""))
    if lifecycle in out.conflicts and out.apply:
        # the op is a lifecycle move that met another: its other fields belong to it and
        # wait with it (a forwarded appeal must not take the fields of an extension)
        for name, value in out.apply.items():
            out.conflicts[name] = {"mine": value, **_theirs(cur, name)}
        out.apply = {}
    if out.conflicts:
        out.status = "conflict"
    return out


_ABSENT = object()


def _merge_document(entity: str, name: str, base: Any, theirs: Any, mine: Any
                    ) -> tuple[str, str | None] | None:
    """A :data:`DOCUMENT_FIELDS` value changed on two devices, merged part by part: each
    part this device changed (from ``base``, the value it had) takes its value unless the
    other device changed that part differently. Returns ``(merged, None)`` when every part
    merges; ``(merged, mine)`` when some parts clash: ``merged`` keeps the other device's
    value of those, ``mine`` is ``merged`` with this device's value of them (what "keep
    mine" writes, so the parts that merged stay); ``None`` for any other field or a value
    that is not a JSON object. The JSON keeps the parts' order by key, as the services
    write it."""
    if (entity, name) not in DOCUMENT_FIELDS:
        return None
    try:
        base_doc, theirs_doc, mine_doc = (
            json.loads(v) if isinstance(v, str) and v else {} for v in (base, theirs, mine))
    except (ValueError, RecursionError):
        return None
    if not all(type(d) is dict for d in (base_doc, theirs_doc, mine_doc)):
        return None
    merged, clashes = dict(theirs_doc), {}
    for part in base_doc.keys() | mine_doc.keys():
        was, now = base_doc.get(part, _ABSENT), mine_doc.get(part, _ABSENT)
        if now == was:
            continue  # this device left the part as it was
        other = theirs_doc.get(part, _ABSENT)
        if other != was and other != now:
            clashes[part] = now  # both changed this part, differently
        else:
            _put(merged, part, now)
    if not clashes:
        return _document_text(merged), None
    mine_resolved = dict(merged)
    for part, now in clashes.items():
        _put(mine_resolved, part, now)
    return _document_text(merged), _document_text(mine_resolved)


def _put(doc: dict[str, Any], part: str, value: Any) -> None:
    """Set ``doc[part]``, or remove it when ``value`` is :data:`_ABSENT`."""
    if value is _ABSENT:
        doc.pop(part, None)
    else:
        doc[part] = value


def _document_text(doc: dict[str, Any]) -> str:
    return json.dumps({k: doc[k] for k in sorted(doc, key=lambda k: (len(k), k))})


def pending_fields(ops: Iterable[Mapping[str, Any]]) -> set[str]:
    """The fields that local, not yet confirmed ops changed (they win over pulled values)."""
    names: set[str] = set()
    for op in ops:
        names.update(op.keys())
    return names


def merge_pulled(server: Mapping[str, Any], pending: set[str]) -> dict[str, Any]:
    """The values of a pulled record to write locally: all but the locally pending fields."""
    return {k: v for k, v in server.items() if k not in pending}
