"""The server storage suite: every test runs on SQLite and on PostgreSQL (issue 6)."""

from __future__ import annotations

import json
import threading
import time

import pytest

from inspector_desk.domain.ids import new_id
from inspector_desk.domain.register import DEFAULT_CATEGORIES
from inspector_desk.sync.server.storage import AuthError, ScopeError, StorageError


def op(rid, fields, *, kind="update", old=None, base=0, entity="persons", op_id=None,
       officer="o1", hlc="2026-06-01T10:00:00.000Z/0000"):
    return {"op_id": op_id or new_id(), "entity": entity, "id": rid, "op": kind,
            "fields": fields, "old": old or {}, "base_version": base, "hlc": hlc,
            "officer_id": officer}


def enrolled(storage, precinct="Қарасу №7", role="inspector", district="Қарасу"):
    token = storage.issue_token(precinct, role, district)
    answer = storage.enrol(token, new_id())
    return storage.authenticate(answer["device_id"], answer["secret"])


def pull_all(storage, device, limit=3):
    cursor, out = None, []
    while True:
        page = storage.pull(device, cursor, limit)
        out.extend(json.loads(c) for c in page.changes)
        cursor = page.cursor
        if not page.more:
            return out, cursor


def test_migrations_are_idempotent(storage):
    assert storage.migrate() == []


def test_a_store_a_newer_program_migrated_is_refused_not_written(storage):
    """An older server process (one left running during an upgrade, or a rollback) would
    write records without what the newer migrations keep (each record's authors since
    migration 3): it refuses to start instead."""
    with storage._tx(write=True) as c:
        c.q("INSERT INTO schema_migrations VALUES (99, '2027-01-01')")
    with pytest.raises(StorageError) as err:
        storage.migrate()
    assert err.value.reason == "store_newer"
    assert "stop every server process" in err.value.extra["detail"]
    # what a process manager or `uvicorn --factory` prints with the traceback says it too
    assert "this program knows" in str(err.value)


def test_enrolment_token_is_one_time(storage):
    token = storage.issue_token("Қарасу №7", "inspector", "Қарасу")
    answer = storage.enrol(token, new_id())
    assert answer["precinct"]["name"] == "Қарасу №7" and answer["role"] == "inspector"
    with pytest.raises(StorageError) as err:
        storage.enrol(token, new_id())
    assert err.value.reason == "token_used" and err.value.status == 409
    with pytest.raises(AuthError, match="token_unknown"):
        storage.enrol("idt1.forged", new_id())


def test_expired_token_is_refused(storage):
    token = storage.issue_token("Қарасу №7", ttl_days=-1)
    with pytest.raises(AuthError, match="token_expired"):
        storage.enrol(token, new_id())


def test_forged_secret_and_revoked_device(storage):
    token = storage.issue_token("Қарасу №7")
    answer = storage.enrol(token, new_id())
    with pytest.raises(AuthError, match="bad_secret"):
        storage.authenticate(answer["device_id"], answer["secret"] + "x")
    with pytest.raises(AuthError, match="unknown_device"):
        storage.authenticate(new_id(), answer["secret"])
    assert storage.revoke(answer["device_id"])
    with pytest.raises(StorageError) as err:
        storage.authenticate(answer["device_id"], answer["secret"])
    assert err.value.reason == "revoked" and err.value.extra["lock"] is True


def test_push_is_idempotent_by_op_id(storage):
    dev = enrolled(storage)
    rid = new_id()
    first = op(rid, {"last_name": "Бекова"}, kind="insert")
    [res] = storage.push(dev, [first])
    assert res["status"] == "applied" and res["version"] == 1 and not res["merged"]
    again = storage.push(dev, [first, first])
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    assert again[0]["original"]["status"] == "applied"
    assert storage.snapshot()[("persons", rid)]["version"] == 1
    assert len(storage.op_log()) == 1


def test_different_fields_merge_same_field_conflicts(storage):
    a, b = enrolled(storage), enrolled(storage)
    rid = new_id()
    storage.push(a, [op(rid, {"last_name": "Бекова", "phone": "1", "notes": ""}, kind="insert")])
    [ra] = storage.push(a, [op(rid, {"phone": "2"}, old={"phone": "1"}, base=1, officer="oa")])
    assert ra["status"] == "applied"
    [rb] = storage.push(b, [op(rid, {"notes": "x", "phone": "3"}, old={"notes": "", "phone": "1"},
                               base=1, officer="ob")])
    assert rb["status"] == "conflict" and rb["merged"]
    assert rb["applied"] == ["notes"]
    assert rb["conflicts"]["phone"]["mine"] == "3"
    assert rb["conflicts"]["phone"]["theirs"] == "2"
    assert rb["conflicts"]["phone"]["theirs_by"] == "oa"
    assert rb["record"]["f"] == {"last_name": "Бекова", "phone": "2", "notes": "x"}
    assert storage.snapshot()[("persons", rid)]["data"]["phone"] == "2"


def test_edits_based_on_the_current_version_record_who_changed_each_field(storage):
    a, b = enrolled(storage), enrolled(storage)
    rid = new_id()
    at1, at2 = "2026-06-01T11:00:00.000Z/0000", "2026-06-01T12:00:00.000Z/0000"
    storage.push(a, [op(rid, {"last_name": "Бекова", "phone": "1", "notes": ""}, kind="insert")])
    res = storage.push(a, [op(rid, {"phone": "2"}, old={"phone": "1"}, base=1, officer="oa",
                              hlc=at1),
                           op(rid, {"notes": "n"}, old={"notes": ""}, base=2, officer="oa2",
                              hlc=at2),
                           op(rid, {"phone": "2"}, old={"phone": "1"}, base=3)])  # holds it
    assert [(r["status"], r["version"], r["merged"]) for r in res] == [
        ("applied", 2, False), ("applied", 3, False), ("applied", 3, False)]
    assert storage.snapshot()[("persons", rid)]["version"] == 3
    # another device's edit based on version 1: each conflict names who changed that field
    [rb] = storage.push(b, [op(rid, {"phone": "9", "notes": "m", "last_name": "Ахметова"},
                               old={"phone": "1", "notes": "", "last_name": "Бекова"},
                               base=1, officer="ob")])
    assert rb["status"] == "conflict" and rb["applied"] == ["last_name"]
    phone, notes = rb["conflicts"]["phone"], rb["conflicts"]["notes"]
    assert (phone["theirs"], phone["theirs_by"], phone["theirs_at"]) == ("2", "oa", at1)
    assert (notes["theirs"], notes["theirs_by"], notes["theirs_at"]) == ("n", "oa2", at2)
    assert phone["theirs_device"] == notes["theirs_device"] == a.id
    assert storage.snapshot()[("persons", rid)]["data"] == {
        "last_name": "Ахметова", "phone": "2", "notes": "n"}


def test_a_field_left_to_its_default_at_creation_takes_the_first_edit(storage):
    """A device creates a person without a phone (the column's default, "", is not sent);
    the first edit of the phone is based on "" and must apply, not conflict with "no
    value"; a second device's edit based on "" then meets a real change: a conflict."""
    a, b = enrolled(storage), enrolled(storage)
    rid = new_id()
    storage.push(a, [op(rid, {"last_name": "Бекова"}, kind="insert")])
    [res] = storage.push(a, [op(rid, {"phone": "+77010000001"}, old={"phone": ""}, base=1)])
    assert (res["status"], res["version"]) == ("applied", 2)
    [res] = storage.push(b, [op(rid, {"phone": "+77020000002"}, old={"phone": ""}, base=1,
                                officer="ob")])
    assert res["status"] == "conflict"
    assert res["conflicts"]["phone"]["theirs"] == "+77010000001"
    # the same through the full merge (an edit based on an older version)
    rid2 = new_id()
    storage.push(a, [op(rid2, {"last_name": "Сейтова"}, kind="insert")])
    storage.push(a, [op(rid2, {"last_name": "Сейтова-Ким"}, old={"last_name": "Сейтова"},
                        base=1)])
    [res] = storage.push(b, [op(rid2, {"notes": "n"}, old={"notes": ""}, base=1)])
    assert (res["status"], res["merged"]) == ("applied", True)
    assert storage.snapshot()[("persons", rid2)]["data"] == {
        "last_name": "Сейтова-Ким", "notes": "n"}


def test_delete_against_later_edit_is_a_conflict(storage):
    a, b = enrolled(storage), enrolled(storage)
    rid = new_id()
    storage.push(a, [op(rid, {"last_name": "X"}, kind="insert")])
    storage.push(a, [op(rid, {"last_name": "Y"}, old={"last_name": "X"}, base=1)])
    [res] = storage.push(b, [op(rid, {"deleted_at": "s"}, kind="delete",
                                old={"deleted_at": None}, base=1)])
    assert res["status"] == "conflict" and "deleted_at" in res["conflicts"]
    assert storage.snapshot()[("persons", rid)]["deleted_at"] is None
    # an edit of a record deleted meanwhile is a conflict too (not lost)
    storage.push(a, [op(rid, {"deleted_at": "s2"}, kind="delete", base=2)])
    [res] = storage.push(b, [op(rid, {"last_name": "Z"}, old={"last_name": "Y"}, base=2)])
    assert res["status"] == "conflict"
    assert res["conflicts"]["last_name"]["mine"] == "Z"


def test_own_edits_then_delete_are_not_a_conflict(storage):
    a = enrolled(storage)
    rid = new_id()
    res = storage.push(a, [op(rid, {"last_name": "X"}, kind="insert"),
                           op(rid, {"last_name": "Y"}, old={"last_name": "X"}),
                           op(rid, {"deleted_at": "s"}, kind="delete")])
    assert [r["status"] for r in res] == ["applied"] * 3
    assert storage.snapshot()[("persons", rid)]["deleted_at"] == "s"


def test_a_delete_sees_another_devices_edit_behind_its_own_later_one(storage):
    """"Changed by another device since my version" holds even when this device changed the
    record again afterwards (the record's last writer is this device)."""
    a, b = enrolled(storage), enrolled(storage)
    rid = new_id()
    storage.push(a, [op(rid, {"last_name": "X", "notes": ""}, kind="insert")])
    storage.push(b, [op(rid, {"notes": "seen at home"}, old={"notes": ""}, base=1)])
    [res] = storage.push(a, [op(rid, {"last_name": "Y"}, old={"last_name": "X"}, base=1)])
    assert (res["status"], res["merged"]) == ("applied", True)  # a's last writer now
    [res] = storage.push(a, [op(rid, {"deleted_at": "s"}, kind="delete",
                                old={"deleted_at": None}, base=1)])
    assert res["status"] == "conflict" and "deleted_at" in res["conflicts"]
    assert storage.snapshot()[("persons", rid)]["deleted_at"] is None
    # based on the version that includes b's edit, the delete is a's own choice
    [res] = storage.push(a, [op(rid, {"deleted_at": "s"}, kind="delete",
                                old={"deleted_at": None}, base=2)])
    assert res["status"] == "applied"


def _bumpers(storage, rid):
    with storage._tx(write=False) as c:
        text = c.q("SELECT bumpers FROM records WHERE entity = 'persons' AND id = ?", [rid])[0][0]
    return json.loads(text) if text else text


def test_the_record_authors_are_filled_from_the_op_log_when_the_store_is_upgraded(storage):
    """Server migration 3: a store whose op log kept a per-record index gets each record's
    authors from the log (and loses the index); a delete based on an old version still
    meets the edit another device made before the upgrade."""
    a, b = enrolled(storage), enrolled(storage)
    shared, alone = new_id(), new_id()
    storage.push(a, [op(shared, {"last_name": "X", "notes": ""}, kind="insert"),
                     op(alone, {"last_name": "Z"}, kind="insert")])
    storage.push(a, [op(alone, {"last_name": "Z2"}, old={"last_name": "Z"}, base=1)])
    storage.push(b, [op(shared, {"notes": "n"}, old={"notes": ""}, base=1)])
    assert _bumpers(storage, shared) == {a.id: 1, b.id: 2}
    assert _bumpers(storage, alone) == ""  # only its own device changed it
    with storage._tx(write=True) as c:  # the store as migration 2 left it
        c.q("ALTER TABLE records DROP COLUMN bumpers")
        c.q("CREATE INDEX ops_record ON ops (entity, record_id, version)")
        c.q("DELETE FROM schema_migrations WHERE number = 3")
    assert storage.migrate() == [3]
    assert _bumpers(storage, shared) == {a.id: 1, b.id: 2}
    assert _bumpers(storage, alone) == ""
    with storage._tx(write=False) as c:
        index = ("SELECT name FROM sqlite_master WHERE name = 'ops_record'"
                 if storage.engine == "sqlite"
                 else "SELECT indexname FROM pg_indexes WHERE indexname = 'ops_record'")
        assert c.q(index) == []
    [res] = storage.push(a, [op(shared, {"deleted_at": "s"}, kind="delete",
                                old={"deleted_at": None}, base=1)])
    assert res["status"] == "conflict"
    [res] = storage.push(a, [op(alone, {"deleted_at": "s"}, kind="delete",
                                old={"deleted_at": None}, base=1)])
    assert res["status"] == "applied"  # its own later edit only


def test_a_delete_meets_the_departments_republication_of_a_shared_record(storage):
    """``server publish`` changes a register category two supervisors edited: a delete
    based on the version before the republication is a conflict, as against a device's
    change."""
    a = enrolled(storage, role="supervisor")
    b = enrolled(storage, "Қарасу №1", role="supervisor")
    rid = new_id()
    storage.push(a, [op(rid, {"code": "night_watch", "check_interval_days": 7},
                        kind="insert", entity="register_categories")])
    storage.push(b, [op(rid, {"check_interval_days": 10}, old={"check_interval_days": 7},
                        base=1, entity="register_categories")])
    assert storage.put_reference("register_categories", rid, {"check_interval_days": 14}) == 3
    [res] = storage.push(b, [op(rid, {"deleted_at": "s"}, kind="delete",
                                old={"deleted_at": None}, base=2,
                                entity="register_categories")])
    assert res["status"] == "conflict"
    [res] = storage.push(b, [op(rid, {"deleted_at": "s"}, kind="delete",
                                old={"deleted_at": None}, base=3,
                                entity="register_categories")])
    assert res["status"] == "applied"


def test_a_conflict_with_a_republished_field_names_the_department(storage):
    a = enrolled(storage, role="supervisor")
    b = enrolled(storage, "Қарасу №1", role="supervisor")
    rid = new_id()
    storage.push(a, [op(rid, {"code": "night_watch", "check_interval_days": 7},
                        kind="insert", entity="register_categories", officer="officerA")])
    storage.push(a, [op(rid, {"check_interval_days": 10}, old={"check_interval_days": 7},
                        base=1, entity="register_categories", officer="officerA")])
    storage.put_reference("register_categories", rid, {"check_interval_days": 14})
    [res] = storage.push(b, [op(rid, {"check_interval_days": 12},
                                old={"check_interval_days": 10}, base=2,
                                entity="register_categories", officer="officerB")])
    theirs = res["conflicts"]["check_interval_days"]
    assert (theirs["theirs"], theirs["theirs_by"], theirs["theirs_device"]) == (14, None, "server")
    assert (res["record"]["by"], res["record"]["dev"]) == (None, "server")
    # a field the department did not publish keeps who set it
    [res] = storage.push(b, [op(rid, {"code": "night"}, old={"code": "x"}, base=3,
                                entity="register_categories", officer="officerB")])
    assert res["conflicts"]["code"]["theirs_device"] == a.id


def test_an_unreadable_schedule_is_a_conflict_not_a_server_fault(storage):
    """A tampered device sends a schedule nested past any parser's depth: the batch is
    answered (a conflict), not refused with a fault the device would retry forever."""
    a, b = enrolled(storage), enrolled(storage)
    rid = new_id()
    storage.push(a, [op(rid, {"schedule": '{"0": ["17:00", "20:00"]}'}, kind="insert",
                        entity="reception_hours")])
    storage.push(a, [op(rid, {"schedule": '{"0": ["09:00", "12:00"]}'},
                        old={"schedule": '{"0": ["17:00", "20:00"]}'}, base=1,
                        entity="reception_hours")])
    [res] = storage.push(b, [op(rid, {"schedule": "[" * 100000},
                                old={"schedule": '{"0": ["17:00", "20:00"]}'}, base=1,
                                entity="reception_hours")])
    assert res["status"] == "conflict"


def test_finalized_records_are_append_only(storage):
    a, b = enrolled(storage), enrolled(storage)
    rid = new_id()
    storage.push(a, [op(rid, {"text": "t", "finalized_at": None}, kind="insert",
                        entity="protocols")])
    storage.push(a, [op(rid, {"finalized_at": "2026-06-01"}, old={"finalized_at": None}, base=1,
                        entity="protocols")])
    [res] = storage.push(b, [op(rid, {"text": "edited"}, old={"text": "t"}, base=1,
                                entity="protocols")])
    assert res["status"] == "rejected" and res["reason"] == "finalized"
    [res] = storage.push(b, [op(rid, {"text": "edited"}, old={"text": "t"}, base=2,
                                entity="protocols")])  # even based on the current version
    assert res["status"] == "rejected" and res["reason"] == "finalized"
    [res] = storage.push(b, [op(rid, {}, kind="delete", base=2, entity="protocols")])
    assert res["status"] == "rejected"
    assert storage.snapshot()[("protocols", rid)]["data"]["text"] == "t"


def test_ops_for_another_precinct_refuse_the_batch_and_write_nothing(storage):
    a = enrolled(storage, "Қарасу №7")
    other = enrolled(storage, "Қарасу №8")
    rid = new_id()
    storage.push(other, [op(rid, {"last_name": "X"}, kind="insert")])
    before = storage.snapshot()
    mine = new_id()
    with pytest.raises(ScopeError) as err:
        storage.push(a, [op(mine, {"last_name": "Mine"}, kind="insert"),
                         op(rid, {"last_name": "Y"}, old={"last_name": "X"}, base=1)])
    assert err.value.reason == "other_precinct" and len(err.value.extra["ops"]) == 1
    with pytest.raises(ScopeError):
        storage.push(a, [op(new_id(), {"precinct_id": other.precinct_id}, kind="insert")])
    assert storage.snapshot() == before


def test_pull_pages_by_cursor_and_scope(storage):
    a = enrolled(storage, "Қарасу №7", district="Қарасу")
    b = enrolled(storage, "Қарасу №8", district="Қарасу")
    far = enrolled(storage, "Талас №1", district="Талас")
    sup = enrolled(storage, "Қарасу №7", role="supervisor", district="Қарасу")
    mine = [new_id() for _ in range(7)]
    storage.push(a, [op(r, {"last_name": f"A{i}"}, kind="insert") for i, r in enumerate(mine)])
    storage.push(b, [op(new_id(), {"last_name": "B"}, kind="insert")])
    storage.push(far, [op(new_id(), {"last_name": "F"}, kind="insert")])
    storage.put_reference("register_categories", new_id(), {"code": "X"})
    got, cursor = pull_all(storage, a)
    ids = [c["id"] for c in got]
    assert len(ids) == len(set(ids))
    assert set(mine) <= set(ids)
    assert {c["e"] for c in got} == {"persons", "precincts", "register_categories"}
    assert not any(c["f"].get("last_name") in ("B", "F") for c in got)
    sup_got, _ = pull_all(storage, sup)
    names = {c["f"].get("last_name") for c in sup_got}
    assert "B" in names and "F" not in names
    # nothing new: an empty page; a change moves the record past the cursor
    assert storage.pull(a, cursor, 10).changes == []
    storage.push(a, [op(mine[0], {"deleted_at": "t"}, kind="delete", base=1)])
    page = storage.pull(a, cursor, 10)
    [tomb] = [json.loads(c) for c in page.changes]
    assert tomb["id"] == mine[0] and tomb["del"] == "t" and tomb["v"] == 2


def test_a_transaction_committed_out_of_order_is_never_skipped(storage):
    a = enrolled(storage)
    slow_id, fast_id = new_id(), new_id()
    started, release = threading.Event(), threading.Event()

    def hook(stage, index):
        if stage == "commit" and threading.current_thread().name == "slow":
            started.set()
            release.wait(0.5 if storage.engine == "sqlite" else 5)

    storage.fault_hook = hook
    slow = threading.Thread(name="slow", target=storage.push,
                            args=(a, [op(slow_id, {"last_name": "S"}, kind="insert")]))
    slow.start()
    started.wait(5)
    fast = threading.Thread(target=storage.push,
                            args=(a, [op(fast_id, {"last_name": "F"}, kind="insert")]))
    if storage.engine == "postgres":
        # another device's push; the slow one (same device) would wait on its lock
        b = enrolled(storage)
        fast = threading.Thread(target=storage.push,
                                args=(b, [op(fast_id, {"last_name": "F"}, kind="insert")]))
    fast.start()
    time.sleep(0.2)
    seen, cursor = pull_all(storage, a, limit=100)
    release.set()
    slow.join(10)
    fast.join(10)
    storage.fault_hook = None
    more, _ = pull_all_from(storage, a, cursor)
    ids = {c["id"] for c in seen} | {c["id"] for c in more}
    assert {slow_id, fast_id} <= ids


def pull_all_from(storage, device, cursor):
    out = []
    while True:
        page = storage.pull(device, cursor, 100)
        out.extend(json.loads(c) for c in page.changes)
        cursor = page.cursor
        if not page.more:
            return out, cursor


def test_reference_records_are_read_only_for_an_inspectors_device(storage):
    a = enrolled(storage)
    rid = new_id()
    storage.put_reference("register_categories", rid, {"code": "X"})
    for entity, record in (("register_categories", rid), ("form_definitions", new_id())):
        with pytest.raises(ScopeError) as err:
            storage.push(a, [op(record, {"code": "Y"}, old={"code": "X"}, base=1,
                                entity=entity)])
        assert err.value.extra["ops"][0]["reason"] == "reference_record" or \
            entity == "form_definitions"
    sup = enrolled(storage, role="supervisor")
    with pytest.raises(ScopeError):  # forms only the department publishes
        storage.push(sup, [op(new_id(), {"id": "koap-791"}, kind="insert",
                              entity="form_definitions")])
    assert storage.snapshot()[("register_categories", rid)]["data"] == {"code": "X"}


PAROLE = next(c for c in DEFAULT_CATEGORIES if c.code == "parole")
SEED_PAROLE = PAROLE.seed_id


def test_the_server_holds_the_default_categories_every_device_seeds(storage):
    snap = storage.snapshot()
    for order, cat in enumerate(DEFAULT_CATEGORIES):
        held = snap[("register_categories", cat.seed_id)]
        assert held["version"] == 0 and held["deleted_at"] is None
        assert held["data"]["code"] == cat.code and held["data"]["sort_order"] == order
        assert held["data"]["check_interval_days"] == cat.check_interval_days
    assert storage.ensure_reference() == 0  # nothing more to write on the next start


def test_a_supervisors_category_change_reaches_every_precinct_of_every_district(storage):
    sup = enrolled(storage, "Қарасу №7", role="supervisor", district="Қарасу")
    far_sup = enrolled(storage, "Талас №1", role="supervisor", district="Талас")
    far = enrolled(storage, "Талас №2", district="Талас")
    _, cursor = pull_all(storage, far, limit=50)
    # a seeded category (version 0 everywhere) changed by two supervisors, different fields
    [first] = storage.push(sup, [op(SEED_PAROLE, {"check_interval_days": 10},
                                    old={"check_interval_days": PAROLE.check_interval_days}, base=0,
                                    entity="register_categories")])
    [second] = storage.push(far_sup, [op(SEED_PAROLE, {"legal_basis": "УК РК, ст. 72"},
                                         old={"legal_basis": PAROLE.legal_basis}, base=0,
                                         entity="register_categories")])
    assert first["status"] == second["status"] == "applied" and second["version"] == 2
    # a new category and a decreed transfer from one district's supervisor
    new_cat, transfer = new_id(), new_id()
    storage.push(sup, [op(new_cat, {"code": "night_watch", "check_interval_days": 14},
                          kind="insert", entity="register_categories"),
                       op(transfer, {"day": "2026-12-28", "kind": "day_off"}, kind="insert",
                          entity="calendar_overrides")])
    got, _ = pull_all_from(storage, far, cursor)
    by_id = {c["id"]: c for c in got}
    assert by_id[SEED_PAROLE]["f"]["check_interval_days"] == 10
    assert by_id[SEED_PAROLE]["f"]["legal_basis"] == "УК РК, ст. 72"
    assert by_id[new_cat]["f"]["code"] == "night_watch"
    assert by_id[transfer]["f"]["day"] == "2026-12-28"
    assert {c["p"] for c in got} == {"*"}


def test_a_category_a_precinct_held_before_moves_to_every_device(storage):
    """A store from before the shared scope kept a supervisor's category under a precinct
    (and a seeded one under the precinct of its first editor); the next start moves them."""
    sup = enrolled(storage, "Қарасу №7", role="supervisor", district="Қарасу")
    far = enrolled(storage, "Талас №2", district="Талас")
    own = new_id()
    storage.push(sup, [op(own, {"code": "night_watch"}, kind="insert",
                          entity="register_categories"),
                       op(SEED_PAROLE, {"check_interval_days": 10},
                          old={"check_interval_days": PAROLE.check_interval_days}, entity="register_categories")])
    with storage._tx(write=True) as c:  # as the old server stored them (partial seed data)
        c.q("UPDATE records SET precinct_id = ?, district = 'Қарасу', data = ? "
            "WHERE entity = 'register_categories' AND id = ?",
            [sup.precinct_id, json.dumps({"check_interval_days": 10}), SEED_PAROLE])
        c.q("UPDATE records SET precinct_id = ?, district = 'Қарасу' "
            "WHERE entity = 'register_categories' AND id = ?", [sup.precinct_id, own])
        c.q("DELETE FROM server_meta WHERE key = 'shared_scope'")  # not moved yet
    _, cursor = pull_all(storage, far, limit=50)
    assert storage.migrate() == []  # the next start
    got, _ = pull_all_from(storage, far, cursor)
    by_id = {c["id"]: c for c in got}
    assert set(by_id) == {own, SEED_PAROLE}
    parole = by_id[SEED_PAROLE]["f"]
    assert parole["check_interval_days"] == 10 and parole["code"] == "parole"


def test_a_category_a_precincts_device_made_alone_stays_the_precincts(storage):
    """A device used alone before it was enrolled for a precinct may have made a category
    (and put entries on it): the server keeps it as the precinct's own (its entries are
    the precinct's), which the precinct's devices read and write; the reference scope,
    and another precinct, it may not write."""
    mine = enrolled(storage, "Қарасу №7", district="Қарасу")
    same = enrolled(storage, "Қарасу №7", district="Қарасу")
    far = enrolled(storage, "Талас №2", district="Талас")
    made = new_id()
    [res] = storage.push(mine, [op(made, {"code": "local_watch", "check_interval_days": 9},
                                   kind="insert", entity="register_categories")])
    assert res["status"] == "applied"
    got, _ = pull_all(storage, same, limit=50)
    assert {c["id"]: c["p"] for c in got}[made] == mine.precinct_id
    assert made not in {c["id"] for c in pull_all(storage, far, limit=50)[0]}
    [res] = storage.push(same, [op(made, {"check_interval_days": 10},
                                   old={"check_interval_days": 9}, base=1,
                                   entity="register_categories")])
    assert res["status"] == "applied"
    with pytest.raises(ScopeError) as err:
        storage.push(far, [op(made, {"check_interval_days": 11},
                              old={"check_interval_days": 10}, base=2,
                              entity="register_categories")])
    assert err.value.extra["ops"][0]["reason"] == "other_precinct"
    assert storage.migrate() == []  # the next start leaves it where it is
    assert storage.snapshot()[("register_categories", made)]["data"][
        "check_interval_days"] == 10
    assert next(c for c in pull_all(storage, same, limit=50)[0]
                if c["id"] == made)["p"] == mine.precinct_id


def test_two_enrolments_of_one_device_at_once_one_wins_the_other_is_told(storage):
    """An HTTP enrolment and a USB token file for the same device id with different tokens,
    at the same moment: one enrols the device, the other is refused as ``device_exists`` —
    on PostgreSQL the later INSERT meets a unique violation and is retried (before, an
    HTTP 500); SQLite's single writer makes the other one wait."""
    from inspector_desk.sync.server_ids import token_id

    # (tokens of two precincts: enrolments of one precinct already wait on its row lock)
    device_id, t1, t2 = new_id(), storage.issue_token("P"), storage.issue_token("Q")
    outcome: dict[str, object] = {}

    def usb_enrolment() -> None:
        try:
            outcome["usb"] = storage.enrol_by_token_id(token_id(t2), device_id)
        except StorageError as exc:
            outcome["usb"] = exc.reason

    def meanwhile(stage: str, _index: int) -> None:
        if stage == "enrol" and "started" not in outcome:
            outcome["started"] = True
            other = threading.Thread(target=usb_enrolment)
            other.start()
            other.join(1.0)  # PostgreSQL: it commits; SQLite: it waits for this one
            outcome["thread"] = other

    storage.fault_hook = meanwhile
    try:
        outcome["http"] = storage.enrol(t1, device_id)
    except StorageError as exc:
        outcome["http"] = exc.reason
    finally:
        storage.fault_hook = None
    outcome["thread"].join(10)
    results = sorted((outcome["http"], outcome["usb"]), key=lambda r: isinstance(r, dict))
    assert results[0] == "device_exists" and isinstance(results[1], dict)
    assert storage.device_by_id(device_id).precinct_id
