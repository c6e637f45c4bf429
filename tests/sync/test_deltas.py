"""Deltas (protocol 3): a device that has a record as it stood before an edit pulls only the
fields the edit changed; everything else — a device new to the precinct, a record written
again by the merge path, a device of protocol 2, a device that lacks the delta's base —
ends up with the same records as before (issue 6)."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from inspector_desk.domain.ids import new_id
from inspector_desk.domain.iin import make_iin
from inspector_desk.services import persons
from inspector_desk.sync import wire
from inspector_desk.sync.server import clean_edits
from inspector_desk.sync.server.storage import REFERENCE
from inspector_desk.sync.state import state_get
from tests.sync.helpers import add_person, client, edit, enrolled_pair, local_records
from tests.sync.test_storage import enrolled, op


@pytest.fixture
def server(live_server, sqlite_storage, monkeypatch):
    monkeypatch.setattr(clean_edits, "MIN_GROUP", 1)  # every clean edit, however few
    return live_server.use(sqlite_storage)


def _watch_pulls(sync_client) -> list[list]:
    """The changes of every pull page ``sync_client`` receives (appended as they come)."""
    seen: list[list] = []
    fetch = sync_client._fetch_page

    def recorded(*args):
        answer = fetch(*args)
        seen.extend(answer.get("changes") or [])
        return answer

    sync_client._fetch_page = recorded
    return seen


def _officers(server, sqlite_storage, make_device, n=3):
    a, b, ca, cb = enrolled_pair(server, sqlite_storage, make_device)
    rids = [add_person(a, f"P{i}") for i in range(n)]
    ca.sync()
    cb.sync()
    return a, b, ca, cb, rids


def test_an_edit_pulled_by_a_device_that_has_the_record_brings_only_the_changed_field(
        server, sqlite_storage, make_device):
    a, b, ca, cb, rids = _officers(server, sqlite_storage, make_device)
    before = {rid: b.db.execute("SELECT version FROM officers WHERE id = ?",
                                [rid]).fetchone()[0] for rid in rids}
    for rid in rids:
        edit(a, "officers", rid, rank="капитан")
    ca.sync()
    seen = _watch_pulls(cb)
    cb.sync()
    deltas = {ch[1]: ch for ch in seen if len(ch) == len(wire.DELTA_ROW)}
    assert set(deltas) == set(rids)
    for rid, ch in deltas.items():
        assert ch[8] == {"rank": "капитан"} and ch[9] == before[rid] and ch[2] == before[rid] + 1
    assert local_records(a) == local_records(b)


def test_a_device_new_to_the_precinct_and_a_device_of_protocol_2_get_whole_records(
        server, sqlite_storage, make_device):
    a, b, ca, cb, rids = _officers(server, sqlite_storage, make_device)
    for rid in rids:
        edit(a, "officers", rid, rank="майор")
    ca.sync()
    cb.protocol = 2
    old = _watch_pulls(cb)
    cb.sync()
    c = make_device("c").session()
    cc = client(c, server.url)
    new = _watch_pulls(cc)
    cc.sync(token=sqlite_storage.issue_token("Қарасу №7"))
    for seen in (old, new):
        mine = [ch for ch in seen if ch[1] in rids]
        assert len(mine) == len(rids) and all(len(ch) == len(wire.CHANGE_ROW) for ch in mine)
        assert all(ch[8]["full_name"].startswith("P") for ch in mine)  # whole records
    ca.sync()  # (c's own officer)
    cb.sync()
    assert local_records(a) == local_records(b) == local_records(c)


def test_a_record_written_again_by_the_merge_path_travels_whole(sqlite_storage, monkeypatch):
    """The delta holds only while it is the record's last write: after an edit the merge
    path applied (here a conflict's other field) the whole record goes."""
    monkeypatch.setattr(clean_edits, "MIN_GROUP", 1)
    dev = enrolled(sqlite_storage)
    rid = new_id()
    sqlite_storage.push(dev, [op(rid, {"last_name": "Омаров", "phone": "1", "notes": ""},
                                 kind="insert")])
    after_insert = sqlite_storage.pull(dev, None, 100, arrays=True, deltas=True).cursor
    sqlite_storage.push(dev, [op(rid, {"phone": "2"}, old={"phone": "1"}, base=1)])
    [delta] = [json.loads(c) for c in sqlite_storage.pull(
        dev, after_insert, 100, arrays=True, deltas=True).changes]
    assert delta[8] == {"phone": "2"} and delta[9] == 1 and delta[2] == 2
    # an op that is not clean (its old value is not what the record holds): merge path
    sqlite_storage.push(dev, [op(rid, {"phone": "3", "notes": "n"},
                                 old={"phone": "1", "notes": ""}, base=1)])
    [whole] = [json.loads(c) for c in sqlite_storage.pull(
        dev, after_insert, 100, arrays=True, deltas=True).changes]
    assert len(whole) == len(wire.CHANGE_ROW)
    assert whole[8]["last_name"] == "Омаров" and whole[8]["notes"] == "n"
    # a cursor from before the record's previous write: the whole record too
    sqlite_storage.push(dev, [op(rid, {"notes": "m"}, old={"notes": "n"}, base=3)])
    [first] = [json.loads(c) for c in sqlite_storage.pull(
        dev, None, 100, arrays=True, deltas=True).changes if rid in c]
    assert len(first) == len(wire.CHANGE_ROW) and first[8]["notes"] == "m"


def test_a_delta_whose_base_the_device_lacks_is_replaced_by_the_whole_record(
        server, sqlite_storage, make_device):
    """E.g. the device set an earlier pull of the record aside: the page is written again
    with the record as the server has it (``/v1/records``), nothing quarantined."""
    a, b, ca, cb, rids = _officers(server, sqlite_storage, make_device)
    with b.write() as tx:  # b has lost the record (as if an earlier pull set it aside)
        tx.execute_local("DELETE FROM officers WHERE id = ?", [rids[0]])
        tx.execute_local("UPDATE officers SET version = 0 WHERE id = ?", [rids[1]])
        tx.audit("test.lose", "officers", None, "lost two records")
    asked = []
    request = cb._request

    def watched(path, body, **kw):
        if path == "/v1/records":
            asked.append(sorted(k[1] for k in body["keys"]))
        return request(path, body, **kw)

    cb._request = watched
    for rid in rids:
        edit(a, "officers", rid, rank="подполковник")
    ca.sync()
    cb.sync()
    assert asked == [sorted(rids[:2])]
    assert local_records(a) == local_records(b)
    assert not b.db.execute("SELECT count(*) FROM quarantine").fetchone()[0]


def test_a_delta_the_server_cannot_send_whole_is_set_aside_and_the_rest_written(
        server, sqlite_storage, make_device):
    a, b, ca, cb, rids = _officers(server, sqlite_storage, make_device)
    with b.write() as tx:
        tx.execute_local("DELETE FROM officers WHERE id = ?", [rids[0]])
        tx.audit("test.lose", "officers", None, "lost a record")
    request = cb._request
    cb._request = lambda path, body, **kw: ({"changes": []} if path == "/v1/records"
                                            else request(path, body, **kw))
    for rid in rids:
        edit(a, "officers", rid, rank="полковник")
    ca.sync()
    cb.sync()
    [(entity, rid, reason, payload)] = b.db.execute(
        "SELECT entity, entity_id, reason, payload FROM quarantine").fetchall()
    assert (entity, rid, reason) == ("officers", rids[0], "whole_record_unavailable")
    assert json.loads(payload)["f"] == {"rank": "полковник"}
    for other in rids[1:]:
        assert local_records(b)[("officers", other)]["rank"] == "полковник"
    assert cb.pull() == 0  # the cursor moved past the page


def test_a_field_pending_on_the_device_stays_when_a_delta_of_another_arrives(
        server, sqlite_storage, make_device):
    a, b, ca, cb, rids = _officers(server, sqlite_storage, make_device)
    edit(b, "officers", rids[0], position="участковый")  # not yet pushed
    for rid in rids:
        edit(a, "officers", rid, rank="лейтенант")
    ca.sync()
    cb.pull()
    row = local_records(b)[("officers", rids[0])]
    assert (row["rank"], row["position"]) == ("лейтенант", "участковый")
    cb.sync()
    ca.sync()
    assert local_records(a) == local_records(b)
    assert local_records(a)[("officers", rids[0])]["position"] == "участковый"


def test_whole_records_are_sent_only_within_the_device_s_scope(storage):
    """``records`` (both engines) answers what a pull would send: the device's precinct and
    the reference records, never another precinct's."""
    mine, theirs = enrolled(storage), enrolled(storage, precinct="Жаңаталап №3")
    own, other = new_id(), new_id()
    storage.push(mine, [op(own, {"last_name": "Омаров"}, kind="insert")])
    storage.push(theirs, [op(other, {"last_name": "Сериков"}, kind="insert")])
    storage.put_reference("register_categories", "cat-x", {"name": "X"})
    found = [json.loads(c) for c in storage.records(
        mine, [("persons", own), ("persons", other), ("register_categories", "cat-x"),
               ("persons", new_id())], arrays=True)]
    assert sorted((ch[0], ch[1], ch[7]) for ch in found) == sorted([
        ("persons", own, mine.precinct_id), ("register_categories", "cat-x", REFERENCE)])
    assert {ch[1]: ch[8] for ch in found}[own] == {"last_name": "Омаров"}
    # PostgreSQL sends whole records even when deltas are asked for
    page = storage.pull(mine, None, 100, arrays=True, deltas=True)
    assert all(len(json.loads(c)) == len(wire.CHANGE_ROW) for c in page.changes)


@pytest.mark.parametrize("keys", [None, "x", [["persons"]], [["Persons", "x"]],
                                  [["persons", 5]], [["persons", ""]],
                                  [["persons", "x"]] * (wire.MAX_RECORDS + 1)])
def test_a_malformed_records_request_is_refused(live_server, sqlite_storage, keys):
    server = live_server.use(sqlite_storage)
    answer = sqlite_storage.enrol(sqlite_storage.issue_token("Қарасу №7"), new_id())
    r = httpx.post(server.url + "/v1/records", content=wire.compress(wire.dumps(
        {"keys": keys})), headers={
        wire.PROTOCOL_HEADER: "3", "Content-Encoding": "gzip",
        "Authorization": f"Device {answer['device_id']}:{answer['secret']}"}, timeout=10)
    assert r.status_code == 400 and r.json()["error"] == "malformed"


# -- a device whose row may differ from the server's at the same version -----------------
# (found by a review: a delta carries only the fields it changed, so such a row would stay
# wrong for good where a whole record used to heal it at the record's next change)

@pytest.mark.parametrize("protocol", [3, 2])
def test_a_refused_edit_undone_after_a_pull_kept_it_heals_at_the_next_change(
        server, sqlite_storage, make_device, protocol):
    """A supervisor edits another precinct's person while its sync runs (after the push,
    before the pull). The pull keeps the pending field; the refusal then undoes it to the
    value from before the pull. The row is marked unsure (version 0), so the person's next
    change — a delta of another field — is taken whole and the note is right again."""
    a = make_device("a").session()
    sup = make_device("sup", login="sup", precinct="Қарасу №1", role="supervisor").session()
    ca, cs = client(a, server.url), client(sup, server.url)
    ca.sync(token=sqlite_storage.issue_token("Қарасу №7", "inspector", "D"))
    cs.sync(token=sqlite_storage.issue_token("Қарасу №1", "supervisor", "D"))
    cs.protocol = protocol
    iin = next(i for n in range(1, 60) if (i := make_iin(dt.date(1983, 2, 2), "M", n)))
    [pid] = persons.add_person(a, {"last_name": "Омаров", "first_name": "Ерлан",
                                   "iin": iin}).ids
    ca.sync()
    cs.sync()
    persons.update_person(a, pid, {"notes": "inspector's note"})
    ca.sync()
    fetch, done = cs._fetch_page, []

    def edit_during_sync(*args):  # the supervisor's edit lands after the push phase
        if not done:
            done.append(1)
            persons.update_person(sup, pid, {"notes": "supervisor's note"})
        return fetch(*args)

    cs._fetch_page = edit_during_sync
    cs.sync()  # the pull keeps the pending note; the push after it is refused and undone
    cs._fetch_page = fetch
    persons.update_person(a, pid, {"phone": "+77011234567"})  # the record's next change
    ca.sync()
    cs.sync()
    mine, theirs = local_records(sup)[("persons", pid)], local_records(a)[("persons", pid)]
    assert mine == theirs and mine["notes"] == "inspector's note"


def test_a_rejected_op_leaves_its_row_to_be_taken_whole(server, sqlite_storage, make_device):
    """An op the server rejects keeps its value on the device (it is set aside, listed on
    the Sync page); the row is marked unsure, so the record's next change heals it."""
    a, b, ca, cb, rids = _officers(server, sqlite_storage, make_device, n=1)
    edit(b, "officers", rids[0], rank="x" * (wire.MAX_TEXT + 1))  # refused as malformed
    cb.sync()
    assert b.db.execute("SELECT version FROM officers WHERE id = ?", [rids[0]]).fetchone()[0] == 0
    edit(a, "officers", rids[0], position="участковый")
    ca.sync()
    cb.sync()
    assert local_records(a) == local_records(b)


def test_a_column_a_program_update_adds_is_filled_from_the_server(
        server, sqlite_storage, make_device):
    """A device whose program lacked a column dropped that field when it pulled; once
    updated (its migration adds the column), its next sync asks for the table's records
    whole and fills it — also on records that never change again."""
    a, b, ca, cb, rids = _officers(server, sqlite_storage, make_device, n=2)
    dev = sqlite_storage.device_by_id(a.device_id)
    version = sqlite_storage.snapshot()[("officers", rids[0])]["version"]
    # a device of a newer program sets the new field (the server keeps any valid field)
    [res] = sqlite_storage.push(dev, [op(rids[0], {"nickname": "N"}, old={"nickname": None},
                                         base=version, entity="officers")])
    assert res["status"] == "applied"
    cb.sync()  # b (the older program) drops the field it has no column for
    with b.write() as tx:  # b's program is updated: a migration adds the column
        tx.execute_local("ALTER TABLE officers ADD COLUMN nickname TEXT")
        tx.audit("test.upgrade", "officers", None, "column added")
    cb = client(b, server.url)
    assert cb.pull() >= 1  # the refill, though nothing changed on the server
    assert b.db.execute("SELECT nickname FROM officers WHERE id = ?",
                        [rids[0]]).fetchone()[0] == "N"
    edit(a, "officers", rids[1], rank="капитан")  # and deltas apply as before after it
    ca.sync()
    cb.sync()
    assert b.db.execute("SELECT rank FROM officers WHERE id = ?", [rids[1]]).fetchone()[0] \
        == "капитан"
    assert cb.pull() == 0  # once


def test_a_column_added_while_the_server_speaks_protocol_2_waits_for_it(
        server, sqlite_storage, make_device, monkeypatch):
    """A server not yet updated has no ``/v1/records``: the pull goes on (its whole records
    fill the column at each record's next change) and the refill waits for a server that
    can (the columns are remembered only once it ran)."""
    a, b, ca, cb, rids = _officers(server, sqlite_storage, make_device, n=1)
    with b.write() as tx:
        tx.execute_local("ALTER TABLE officers ADD COLUMN nickname TEXT")
        tx.audit("test.upgrade", "officers", None, "column added")
    monkeypatch.setattr(wire, "PROTOCOL_VERSION", 2)  # the server (same process) speaks 2
    cb = client(b, server.url)
    cb.protocol = 3
    edit(a, "officers", rids[0], rank="капитан")
    ca.sync()
    assert cb.pull() == 1 and cb.protocol == 2
    assert "nickname" not in (state_get(b.db, "synced_columns") or "")
    monkeypatch.setattr(wire, "PROTOCOL_VERSION", 3)  # the server is updated
    cb = client(b, server.url)
    cb.pull()
    assert "nickname" in state_get(b.db, "synced_columns")
