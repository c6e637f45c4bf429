"""The write contract: domain rows, audit and outbox in one transaction."""

from __future__ import annotations

import json

import pytest

from inspector_desk.services.session import ProgrammingError
from inspector_desk.store.errors import StoreError


def _count(session, table: str) -> int:
    return session.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _outbox(session) -> list[dict]:
    cur = session.db.execute("SELECT * FROM outbox ORDER BY seq")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_insert_fills_record_columns_and_queues_an_op(session):
    with session.write() as tx:
        rid = tx.insert("precincts", {"name": "Шамалған №3", "district": "Қарасай"})
        tx.audit("precinct.add", "precincts", rid, "precinct added")
    row = session.db.table("precincts").get(rid)
    assert len(rid) == 36 and rid[14] == "7"  # a UUIDv7
    assert row["version"] == 0 and row["deleted_at"] is None
    assert row["device_id"] == session.device_id
    assert row["updated_by"] == session.actor.officer_id
    op = _outbox(session)[-1]
    assert (op["entity"], op["entity_id"], op["op"], op["base_version"]) == (
        "precincts", rid, "insert", 0)
    assert json.loads(op["fields"]) == {"name": "Шамалған №3", "district": "Қарасай"}


def test_an_insert_op_carries_the_column_defaults_of_the_fields_left_out(session):
    """The server's record is the row as stored: a field left to its default (a person's
    phone, an officer's "active") is sent, so a later edit of it is based on a value the
    server holds and every device reads the same value."""
    with session.write() as tx:
        rid = tx.insert("officers", {"login": "asel", "full_name": "Асель Н.",
                                     "role": "assistant"})
        pid = tx.insert_many("persons", [{"last_name": "Омаров", "first_name": "Ерлан",
                                          "phone": "+77010000001"}])[0]
        tx.audit("test.add", "officers", rid, "added")
    officer, person = (json.loads(op["fields"]) for op in _outbox(session)[-2:])
    assert officer == {"login": "asel", "full_name": "Асель Н.", "role": "assistant",
                       "active": 1}
    assert person["phone"] == "+77010000001"  # given values win over defaults
    assert (person["notes"], person["address_review"], person["search_key"]) == ("", 0, "")
    assert not set(person) & {"id", "version", "deleted_at", "iin", "photo"}  # no NULLs
    row = session.db.table("persons").get(pid)
    assert {k: row[k] for k in person} == person


def test_update_records_changed_fields_with_old_values(session):
    with session.write() as tx:
        rid = tx.insert("precincts", {"name": "A", "district": "X"})
        tx.audit("precinct.add", "precincts", rid, "added")
    session.db.execute("UPDATE precincts SET version = 4 WHERE id = ?", [rid])  # as if synced
    with session.write() as tx:
        old = tx.update("precincts", rid, {"name": "B", "district": "X"})
        tx.audit("precinct.edit", "precincts", rid, "renamed")
    assert old == {"name": "A"}
    op = _outbox(session)[-1]
    assert op["op"] == "update" and op["base_version"] == 4
    assert json.loads(op["fields"]) == {"name": "B"}
    assert json.loads(op["old"]) == {"name": "A"}


def test_unchanged_update_writes_nothing(session):
    with session.write() as tx:
        rid = tx.insert("precincts", {"name": "A"})
        tx.audit("precinct.add", "precincts", rid, "added")
    ops = _count(session, "outbox")
    with session.write() as tx:
        assert tx.update("precincts", rid, {"name": "A"}) == {}
    assert _count(session, "outbox") == ops


def test_delete_is_a_tombstone(session):
    with session.write() as tx:
        rid = tx.insert("precincts", {"name": "A"})
        tx.audit("precinct.add", "precincts", rid, "added")
    with session.write() as tx:
        tx.delete("precincts", rid)
        tx.audit("precinct.delete", "precincts", rid, "removed")
    row = session.db.table("precincts").get(rid)
    assert row["deleted_at"] is not None
    assert _outbox(session)[-1]["op"] == "delete"


def test_updated_at_is_strictly_increasing(session):
    stamps = []
    with session.write() as tx:
        rid = tx.insert("precincts", {"name": "A"})
        for i in range(20):
            tx.update("precincts", rid, {"name": f"A{i}"})
        tx.audit("precinct.edit", "precincts", rid, "edited")
    stamps = [r[0] for r in session.db.execute("SELECT hlc FROM outbox ORDER BY seq")]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_a_failing_service_leaves_nothing(session):
    counts = [_count(session, t) for t in ("precincts", "audit", "outbox")]
    with pytest.raises(ZeroDivisionError), session.write() as tx:
        rid = tx.insert("precincts", {"name": "A"})
        tx.audit("precinct.add", "precincts", rid, "added")
        1 / 0  # noqa: B018
    assert [_count(session, t) for t in ("precincts", "audit", "outbox")] == counts


def test_change_without_audit_is_refused_and_rolled_back(session):
    before = _count(session, "precincts")
    with pytest.raises(ProgrammingError), session.write() as tx:
        tx.insert("precincts", {"name": "sneaky"})
    assert _count(session, "precincts") == before


def test_audit_summary_with_an_iin_is_refused(session):
    with pytest.raises(ProgrammingError), session.write() as tx:
        tx.audit("person.view", "persons", None, "viewed 920704301801")


def test_audit_summary_naming_a_record_whose_id_ends_in_digits_is_accepted(session):
    """A UUID's last group can be 12 digits; that is a record id, not an IIN."""
    rid = "01a25100-fb5d-749d-b2b4-499677329900"
    with session.write() as tx:
        tx.audit("protocol.amend", "protocols", rid, f"amendment of {rid} (koap-791)")
    with pytest.raises(ProgrammingError), session.write() as tx:
        tx.audit("person.view", "persons", rid, f"viewed {rid} 920704301801")


def test_nested_service_calls_share_one_transaction(session):
    before = _count(session, "precincts")

    def inner():
        with session.write() as tx:
            rid = tx.insert("precincts", {"name": "inner"})
            tx.audit("precinct.add", "precincts", rid, "inner")

    with pytest.raises(RuntimeError), session.write() as tx:
        inner()
        rid = tx.insert("precincts", {"name": "outer"})
        tx.audit("precinct.add", "precincts", rid, "outer")
        raise RuntimeError("outer fails after inner succeeded")
    assert _count(session, "precincts") == before


def test_full_disk_fails_cleanly(session):
    """SQLITE_FULL (here from max_page_count, the same error a full disk gives)."""
    counts = [_count(session, t) for t in ("precincts", "audit", "outbox")]
    pages = session.db.execute("PRAGMA page_count").fetchone()[0]
    session.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError) as err, session.write() as tx:
        for i in range(500):
            rid = tx.insert("precincts", {"name": "x" * 2000 + str(i)})
        tx.audit("precinct.add", "precincts", rid, "bulk")
    assert err.value.code == "disk_full"
    assert "Диск толы" in err.value.message("kk")
    session.db.execute("PRAGMA max_page_count = 1073741823")
    assert [_count(session, t) for t in ("precincts", "audit", "outbox")] == counts
    with session.write() as tx:  # and the store keeps working afterwards
        rid = tx.insert("precincts", {"name": "after"})
        tx.audit("precinct.add", "precincts", rid, "after")


def test_access_to_personal_data_is_audited(session):
    session.record_access("person.view", "persons", "some-id", "card viewed")
    last = session.db.execute("SELECT action, entity_id FROM audit ORDER BY seq DESC").fetchone()
    assert last == ("person.view", "some-id")


def test_binary_values_are_queued_losslessly(session):
    import base64

    session.db.execute("CREATE TABLE blobs (id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0,"
                       " updated_at TEXT NOT NULL, updated_by TEXT, device_id TEXT NOT NULL,"
                       " deleted_at TEXT, data BLOB)")
    payload = bytes(range(256))
    with session.write() as tx:
        rid = tx.insert("blobs", {"data": payload})
        tx.audit("blob.add", "blobs", rid, "binary added")
    fields = json.loads(_outbox(session)[-1]["fields"])
    assert base64.b64decode(fields["data"]["$b64"]) == payload


def test_insert_many_keeps_the_insert_contract_row_by_row(session):
    rows = [{"name": "A"}, {"name": "B", "district": "X"}, {"name": "C", "district": "Y"},
            {"name": "D", "id": "forged", "version": 7}]
    with session.write() as tx:
        assert tx.insert_many("precincts", []) == []
        assert not tx.wrote
        ids = tx.insert_many("precincts", rows)
        tx.audit("precinct.add", "precincts", None, "precincts added")
    assert len(ids) == 4 and len(set(ids)) == 4 and "forged" not in ids
    assert tx.changes.touched("precincts") and set(ids) <= tx.changes.ids
    ops = [op for op in _outbox(session) if op["entity_id"] in ids]
    assert [op["entity_id"] for op in ops] == ids  # one op per row, in order
    stamps = []
    for rid, values, op in zip(ids, rows, ops, strict=True):
        row = session.db.table("precincts").get(rid)
        assert (row["version"], row["deleted_at"], row["device_id"], row["updated_by"]) == (
            0, None, session.device_id, session.actor.officer_id)
        assert row["name"] == values["name"] and row["district"] == values.get("district")
        assert (op["op"], op["base_version"], op["hlc"]) == ("insert", 0, row["updated_at"])
        assert json.loads(op["fields"]) == {k: v for k, v in values.items()
                                            if k not in ("id", "version")}
        assert json.loads(op["old"]) == {}
        stamps.append(row["updated_at"])
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_insert_many_fails_as_a_whole(session):
    import sqlcipher3

    before = _count(session, "outbox")
    with pytest.raises(sqlcipher3.IntegrityError), session.write() as tx:
        tx.insert_many("precincts", [{"name": "A"}, {"name": None}])  # NOT NULL
        tx.audit("precinct.add", "precincts", None, "added")
    assert _count(session, "precincts") == 1  # the one create_database made
    assert _count(session, "outbox") == before
