"""The after-pull merge of persons registered twice (the same IIN on two devices offline).

See :mod:`inspector_desk.domain.person_merge` for the rule. Every device that holds both
records runs it after a pull brought persons (``inspector_desk.sync.hooks``) and writes the
same changes, which the server takes as already made; a device that pulls another's merge
finds nothing left to merge. Records of the merged person that arrive later (an entry or
a check another device wrote before it learnt of the merge) are moved on the same way.
"""

from __future__ import annotations

import datetime as dt
import json

from inspector_desk.domain.person_merge import FILLED, PersonMerge, plan_merges
from inspector_desk.services.device_role import enrolled_role
from inspector_desk.services.session import Session, Tx
from inspector_desk.sync.wire import same, to_local

#: records that point at a person: (table, column)
REFERRING = (("register_entries", "person_id"), ("checks", "person_id"),
             ("appeals", "person_id"))


def merge_same_iin(session: Session) -> list[PersonMerge]:
    """Merge the live persons that share an IIN and move what still points at a merged
    person; one transaction, audited. Returns the merges made (the GUI may tell them).

    Only on a device of one precinct: a supervisor's device holds the district, where two
    precincts may each rightly have the same person — it merges nothing (and may write
    only its own precinct); it receives the merges the precincts' devices make."""
    if enrolled_role(session) == "supervisor":
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
    carried = _conflicts_on_merged(session)
    if not plan and not stale and not carried:
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
        for conflict in _conflicts_on_merged(session):
            _carry(tx, conflict, _final(conflict[4], merged))
    return plan


def _conflicts_on_merged(session: Session) -> list[tuple[str, str, str, str | None, str]]:
    """Open conflicts on a merged person: (conflict id, person id, field, mine, merged into).
    An edit made here to a person another device had merged meanwhile comes back as a
    conflict with the deleted record."""
    return session.db.execute(
        "SELECT c.id, c.entity_id, c.field, c.mine, p.merged_into FROM conflicts c "
        "JOIN persons p ON p.id = c.entity_id WHERE c.entity = 'persons' "
        "AND c.state = 'open' AND p.merged_into IS NOT NULL "
        # an edit that changed the IIN says the record may be another person: none of its
        # conflicts is carried (they stay on the merged record for a person to see)
        "AND NOT EXISTS (SELECT 1 FROM conflicts i WHERE i.op_id = c.op_id "
        "AND i.field = 'iin') "
        # nor to a record this device does not hold (yet): the next pull carries it
        "AND EXISTS (SELECT 1 FROM persons s WHERE s.id = p.merged_into)").fetchall()


def _carry(tx: Tx, conflict: tuple[str, str, str, str | None, str], target: str) -> None:
    """Carry a conflict on a merged person to the person it was merged into: the change
    lands there when that field is empty or already holds it, otherwise the conflict moves
    there (this device's value against the remaining record's) for a person to decide. The
    conflict on the deletion itself is closed: the record lives on in ``target``."""
    cid, _, field, mine_json, _ = conflict
    stays = tx.get("persons", target)
    if stays.get("deleted_at"):
        return  # nothing to carry it to: left for a person
    mine = to_local(json.loads(mine_json)) if mine_json else None  # a photo: bytes
    now = stays.get(field)
    if field not in ("deleted_at", "merged_into", "iin") and not same(now, mine):
        if now not in (None, ""):
            tx.execute_local(
                "UPDATE conflicts SET entity_id = ?, theirs = ?, theirs_at = ?, theirs_by = ?, "
                "server_version = ? WHERE id = ?",
                [target, json.dumps(now, ensure_ascii=False), stays.get("updated_at"),
                 stays.get("updated_by"), stays.get("version") or 0, cid])
            tx.audit("person.merge", "persons", target,
                     f"conflict on {field} moved here from the merged record")
            return
        tx.update("persons", target, {field: mine})
    tx.execute_local("UPDATE conflicts SET state = 'resolved', resolved_at = ? WHERE id = ?",
                     [dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), cid])
    tx.audit("person.merge", "persons", target,
             f"change of {field} on the merged record carried here")


def _pointing_at_merged(session: Session, table: str, column: str) -> list[tuple[str, str]]:
    """(record id, the merged person it points at) of live records of ``table``."""
    return session.db.execute(  # from the few merged persons (index persons_merged)
        f"SELECT id, [{column}] FROM [{table}] WHERE [{column}] IN ("
        "SELECT id FROM persons WHERE merged_into IS NOT NULL) AND deleted_at IS NULL").fetchall()


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


def restore_persons_on_the_register(session: Session) -> int:
    """The after-pull hook that brings back a person removed on one device while another
    put them on the register (or the entry arrived later): a person with an open register
    entry is not removed (``persons.remove_person`` refuses it), so the removal is taken
    back, the same on every device of the precinct, and audited. Not on a supervisor's
    device (it writes only its own precinct; the precinct's devices do it)."""
    if enrolled_role(session) == "supervisor":
        return 0
    ids = [r[0] for r in session.db.execute(
        "SELECT DISTINCT p.id FROM persons p JOIN register_entries e ON e.person_id = p.id "
        "WHERE p.deleted_at IS NOT NULL AND p.merged_into IS NULL "
        "AND e.deleted_at IS NULL AND e.status = 'active'").fetchall()]
    if not ids:
        return 0
    from inspector_desk.services.sync_service import undelete

    with session.write() as tx:
        for pid in ids:
            undelete(tx, "persons", pid, tx.get("persons", pid))
            tx.audit("person.restore", "persons", pid,
                     "removal taken back: the person has an open register entry")
    return len(ids)
