"""Clean edits applied by the database itself (SQLite engine).

The common op of a push is an edit of plain values based on the record as it stands: one
device changed a few fields, nobody else did. The merge rules (``merge``, and the
shortcut ``storage._clean_update``) then apply every field of the op. Reading, decoding,
re-encoding and rewriting the stored record in Python for that cost about half of a push
of 5,000 such edits (docs/benchmarks.md, session 8); here one ``UPDATE … FROM (VALUES …)``
per entity and field set sets the fields with ``json_set`` where the record still holds
each field's old value.

Contract: an edit this path applies is written exactly as the Python path writes it —
data, per-field stamps (``fmeta``), ``bumpers``, version, author — and answered alike;
it also records the fields it changed as the record's delta (migration 5), which the
Python path leaves stale (a pull then sends the whole record).
(Its record's position comes from the same counter, allotted before the Python path's in
the batch: the batch commits as one, so the order of its records' positions means
nothing.) Any doubt leaves the op to the Python path: :func:`candidates` takes only
updates of at most :data:`MAX_FIELDS` plain values (strings without NUL, integers within
±2^53, null) whose every field changes, on a record no other op of the batch touches, in a
field set at least :data:`MIN_GROUP` ops of the batch share; the statement's ``WHERE``
requires the op's base version, a live record that is not finalized and has no NUL in
any text, and each field's stored value a scalar equal (``IS``) to the op's old value. An
op whose row the statement did not change goes on to the Python path as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from inspector_desk.sync import merge
from inspector_desk.sync.wire import ENTITY_RE, FIELD_RE, field_name_ok, same

#: integers beyond this are not compared by the database (it would read them as reals)
_MAX_INT = 2 ** 53
#: entities whose edits always take the Python path: reference records (their scope is
#: decided per record), precincts, records frozen with a finalized parent
_EXCLUDED = frozenset({"precincts", *merge.FINALIZED_PARENT})
#: parameters of one row of the statement's VALUES before the fields' (id, entity, base
#: version, hlc, officer, device, seq)
_FIXED = 7
#: fields of one op at most (``json_set`` takes 1 + 2 per field of SQLite's 127 arguments)
MAX_FIELDS = 30
#: ops sharing one field set at least (each set is its own statement: for a few ops the
#: Python path is quicker)
MIN_GROUP = 16


def _plain(value: Any) -> bool:
    kind = type(value)
    if kind is str:
        return "\x00" not in value  # (SQLite's json_extract ends a text at NUL)
    return value is None or (kind is int and -_MAX_INT < value < _MAX_INT)


def candidates(ops: Sequence[dict[str, Any]], known: dict[str, Any],
               excluded: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """Index of each op this path may apply → its field names (in the op's order, as the
    Python path adds a field the record lacks). ``known``: op ids already applied
    (answered as duplicates); ``excluded``: entities left to the Python path besides
    :data:`_EXCLUDED` (the reference tables)."""
    per_key = Counter((op["entity"], op["id"]) for op in ops)
    per_op = Counter(op["op_id"] for op in ops)
    found: dict[int, tuple[str, ...]] = {}
    for i, op in enumerate(ops):
        entity, fields = op["entity"], op["fields"]
        if (op["op"] != "update" or not fields or len(fields) > MAX_FIELDS
                or entity in _EXCLUDED or entity in excluded
                or op["op_id"] in known or per_op[op["op_id"]] > 1
                or per_key[(entity, op["id"])] > 1 or "deleted_at" in fields
                or "precinct_id" in fields):
            continue
        old = op.get("old") or {}
        for name, value in fields.items():
            before = old.get(name)
            if not (_plain(value) and _plain(before)) or same(value, before) \
                    or not field_name_ok(name):
                break
        else:
            found[i] = tuple(fields)
    shared = Counter((ops[i]["entity"], names) for i, names in found.items())
    return {i: names for i, names in found.items()
            if shared[(ops[i]["entity"], names)] >= MIN_GROUP}


def update_sql(entity: str, names: tuple[str, ...], rows: int, xid: int) -> str:
    """The statement applying ``rows`` edits of ``names`` to records of ``entity`` at
    position ``xid``; each row of parameters is (id, entity, base version, hlc, officer,
    device, seq, then per name: new value, old value); it returns (id, new version) of
    every record it changed.

    The entity is a column of the rows, not a constant: with ``entity = 'persons'`` newer
    SQLite (3.53) read every record of the entity and looked each up in the rows by its
    old value — the rows must drive, each finding its record by the primary key
    (``tests/sync/test_clean_edits.py`` checks the plan on both SQLite versions)."""
    # names and entity are validated by the wire (wire.validate_op); embedded below
    assert ENTITY_RE.match(entity) and all(FIELD_RE.match(n) for n in names)
    width = _FIXED + 2 * len(names)
    col = [f"v.column{k + 1}" for k in range(width)]
    rid, kind, base, hlc, officer, dev, seq = col[:_FIXED]
    new = {n: col[_FIXED + 2 * k] for k, n in enumerate(names)}
    old = {n: col[_FIXED + 2 * k + 1] for k, n in enumerate(names)}
    data = ", ".join(f"'$.{n}', {new[n]}" for n in names)
    delta = ", ".join(f"'{n}', {new[n]}" for n in names)
    stamps = ", ".join(f"'$.{n}', json_array({hlc}, {officer}, {dev})" for n in names)
    # each stored value a scalar (an object's JSON text must not pass for a text) equal
    # to the old one
    held = " AND ".join(
        f"json_extract(records.data, '$.{n}') IS {old[n]} AND "
        f"ifnull(json_type(records.data, '$.{n}'), 'null') NOT IN ('object', 'array')"
        for n in names)
    values = ",".join(["(" + ",".join("?" * width) + ")"] * rows)
    all_fields = merge.ALL_FIELDS
    return (
        f"UPDATE records SET data = json_set(data, {data}), "
        # a record never changed since its creation stores no stamps: its own stamp is
        # every field's ("*"), as storage._fmeta_text writes it
        f"fmeta = json_set(CASE WHEN fmeta = '' THEN json_object('{all_fields}', "
        f"json_array(updated_at, updated_by, device_id)) ELSE fmeta END, {stamps}), "
        # storage._bumped: "" while only the row's device changes it
        f"bumpers = CASE WHEN bumpers = '' AND device_id = {dev} THEN '' "
        f"WHEN bumpers = '' THEN json_object(device_id, version, {dev}, version + 1) "
        f"ELSE json_set(bumpers, '$.\"' || {dev} || '\"', version + 1) END, "
        f"version = version + 1, updated_at = {hlc}, updated_by = {officer}, "
        # the delta a device that has the record as it stood gets (migration 5; the
        # expressions read the row as it was: delta_base_seq is the old seq)
        f"delta = json_object({delta}), delta_seq = {seq}, delta_base_seq = seq, "
        f"device_id = {dev}, xid = {int(xid)}, seq = {seq} "
        f"FROM (VALUES {values}) AS v "
        f"WHERE records.entity = {kind} AND records.id = {rid} "
        f"AND records.version = {base} AND records.deleted_at IS NULL "
        # merge.is_finalized: no finalized_at, status not "finalized"
        "AND json_extract(records.data, '$.finalized_at') IS NULL "
        "AND json_extract(records.data, '$.status') IS NOT 'finalized' "
        # no NUL in any text (JSON writes it \u0000): json_extract would end the text there
        "AND instr(records.data, '\\u0000') = 0 "
        f"AND {held} RETURNING records.id, records.version")


def row_params(op: dict[str, Any], names: tuple[str, ...], device_id: str, seq: int
               ) -> list[Any]:
    """One row of parameters of :func:`update_sql` for ``op``."""
    old = op.get("old") or {}
    fields = op["fields"]
    row = [op["id"], op["entity"], op["base_version"], op["hlc"], op.get("officer_id"),
           device_id, seq]
    for name in names:
        row += (fields[name], old.get(name))
    return row
