"""The after-pull merge of persons registered twice (the same IIN on two devices offline).

See :mod:`inspector_desk.domain.person_merge` for the rule. Every device that holds both
records runs it after a pull brought persons (``inspector_desk.sync.hooks``) and writes the
same changes, which the server takes as already made; a device that pulls another's merge
finds nothing left to merge. Records of the merged person that arrive later (an entry or
a check another device wrote before it learnt of the merge) are moved on the same way.
"""

from __future__ import annotations

from inspector_desk.domain.person_merge import FILLED, PersonMerge, plan_merges
from inspector_desk.services.session import Session, Tx
from inspector_desk.sync.client import state_get

#: records that point at a person: (table, column)
REFERRING = (("register_entries", "person_id"), ("checks", "person_id"),
             ("appeals", "person_id"))


def merge_same_iin(session: Session) -> list[PersonMerge]:
    """Merge the live persons that share an IIN and move what still points at a merged
    person; one transaction, audited. Returns the merges made (the GUI may tell them).

    Only on a device of one precinct: a supervisor's device holds the district, where two
    precincts may each rightly have the same person — it merges nothing (and may write
    only its own precinct); it receives the merges the precincts' devices make."""
    if state_get(session.db, "role") == "supervisor":
        return []
    cols = ("id", "iin", *FILLED)
    rows = session.db.execute(
        f"SELECT {', '.join(cols)} FROM persons WHERE deleted_at IS NULL AND iin IN ("
        "SELECT iin FROM persons WHERE deleted_at IS NULL AND iin IS NOT NULL "
        "GROUP BY iin HAVING count(*) > 1)").fetchall()
    plan = plan_merges(dict(zip(cols, r, strict=True)) for r in rows)
    merged = dict(session.db.execute(
        "SELECT id, merged_into FROM persons WHERE merged_into IS NOT NULL").fetchall())
    stale = [(table, column, rid, target) for table, column in REFERRING
             for rid, target in _pointing_at_merged(session, table, column)]
    if not plan and not stale:
        return []
    with session.write() as tx:
        for merge in plan:
            if merge.fill:
                tx.update("persons", merge.stays, merge.fill)
            for table, column in REFERRING:
                for (rid,) in session.db.execute(
                        f"SELECT id FROM [{table}] WHERE [{column}] = ? AND deleted_at IS NULL",
                        [merge.goes]).fetchall():
                    tx.update(table, rid, {column: merge.stays})
            tx.update("persons", merge.goes, {"merged_into": merge.stays})
            tx.delete("persons", merge.goes)
            merged[merge.goes] = merge.stays
            tx.audit("person.merge", "persons", merge.stays,
                     "same IIN registered twice: the other record merged into this one")
            tx.audit("person.merge", "persons", merge.goes,
                     "same IIN registered twice: merged into the first registered record")
        for table, column, rid, target in stale:
            _move(tx, table, column, rid, _final(target, merged))
    return plan


def _pointing_at_merged(session: Session, table: str, column: str) -> list[tuple[str, str]]:
    """(record id, the merged person it points at) of live records of ``table``."""
    return session.db.execute(
        f"SELECT t.id, t.[{column}] FROM [{table}] t JOIN persons p ON p.id = t.[{column}] "
        "WHERE t.deleted_at IS NULL AND p.merged_into IS NOT NULL").fetchall()


def _final(person_id: str, merged: dict[str, str]) -> str:
    """The person a merged one ended in (a chain of merges followed to its end)."""
    seen = {person_id}
    while person_id in merged and merged[person_id] not in seen:
        person_id = merged[person_id]
        seen.add(person_id)
    return person_id


def _move(tx: Tx, table: str, column: str, rid: str, target: str) -> None:
    tx.update(table, rid, {column: target})
    tx.audit("person.merge", table, rid, "moved to the person its person was merged into")
