"""Over real HTTP (uvicorn on loopback), both engines: bad input is refused with a clear
machine-readable reason and nothing written; the client's push/pull/conflict contract."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from inspector_desk.domain.ids import new_id
from inspector_desk.sync import wire
from inspector_desk.sync.client import SyncClient, SyncError
from tests.sync.helpers import (
    add_person,
    client,
    delete,
    edit,
    enrolled_pair,
    local_records,
    open_conflicts,
)


def _post(url, path, obj=None, *, raw=None, headers=None, encoding="gzip"):
    body = raw if raw is not None else wire.dumps(obj)
    if encoding == "gzip" and raw is None:
        body = gzip.compress(body)
    h = {wire.PROTOCOL_HEADER: "1", "Content-Encoding": encoding, **(headers or {})}
    return httpx.post(url + path, content=body, headers=h, timeout=10)


@pytest.fixture
def device(server, storage):
    token = storage.issue_token("Қарасу №7")
    answer = storage.enrol(token, new_id())
    auth = {"Authorization": f"Device {answer['device_id']}:{answer['secret']}"}
    return answer, auth


def _op(**kw):
    base = {"op_id": new_id(), "entity": "persons", "id": new_id(), "op": "insert",
            "fields": {"last_name": "X"}, "old": {}, "base_version": 0,
            "hlc": "2026-06-01T10:00:00.000Z/0000", "officer_id": None}
    base.update(kw)
    return base


@pytest.mark.parametrize("case, status, reason", [
    ("not_gzip", 400, "bad_encoding"),
    ("not_json", 400, "malformed"),
    ("no_ops", 400, "malformed"),
    ("bad_op", 400, "malformed_op"),
    ("too_large", 413, "too_large"),
    ("zip_bomb", 413, "too_large"),
    ("newer_protocol", 426, "protocol_unsupported"),
    ("forged_secret", 401, "bad_secret"),
    ("no_auth", 401, "no_credentials"),
    ("bad_usb_keys", 400, "malformed"),
])
def test_bad_input_is_refused_and_nothing_written(server, storage, device, case, status, reason):
    _, auth = device
    url = server.url
    before = storage.snapshot()
    good = {"ops": [_op()]}
    if case == "not_gzip":
        r = _post(url, "/v1/push", raw=b"plain", headers=auth)
    elif case == "not_json":
        r = _post(url, "/v1/push", raw=gzip.compress(b"{nope"), headers=auth)
    elif case == "no_ops":
        r = _post(url, "/v1/push", {"ops": "x"}, headers=auth)
    elif case == "bad_op":
        r = _post(url, "/v1/push", {"ops": [_op(), _op(entity="Robert'); DROP")]}, headers=auth)
        assert r.json()["ops"][0]["reason"] == "bad_entity"
    elif case == "too_large":
        r = _post(url, "/v1/push", raw=b"x" * (wire.MAX_BODY_BYTES + 10), headers=auth,
                  encoding="identity")
    elif case == "zip_bomb":
        r = _post(url, "/v1/push", raw=gzip.compress(b" " * (wire.MAX_JSON_BYTES + 10)),
                  headers=auth)
    elif case == "newer_protocol":
        r = _post(url, "/v1/push", good,
                  headers={**auth, wire.PROTOCOL_HEADER: str(wire.PROTOCOL_VERSION + 1)})
    elif case == "forged_secret":
        r = _post(url, "/v1/push", good, headers={
            "Authorization": auth["Authorization"][:-3] + "abc"})
    elif case == "bad_usb_keys":  # an enrolment offering keys that are not two 32-byte keys
        token = storage.issue_token("Қарасу №7")
        r = _post(url, "/v1/enrol", {"token": token, "device_id": new_id(),
                                     "usb_keys": {"x25519": "AAAA", "ed25519": "AAAA"}})
        assert storage.enrol(token, new_id())["secret"]  # the token is still unused
    else:
        r = _post(url, "/v1/push", good)
    assert r.status_code == status
    assert r.json()["error"] == reason
    assert storage.snapshot() == before


def test_replayed_token_and_other_precinct_over_http(server, storage, device):
    token = storage.issue_token("Қарасу №7")
    r = _post(server.url, "/v1/enrol", {"token": token, "device_id": new_id()})
    assert r.status_code == 200
    r = _post(server.url, "/v1/enrol", {"token": token, "device_id": new_id()})
    assert (r.status_code, r.json()["error"]) == (409, "token_used")
    _, auth = device
    other = storage.issue_token("Қарасу №8")
    answer = storage.enrol(other, new_id())
    before = storage.snapshot()
    r = _post(server.url, "/v1/push", {"ops": [_op(fields={"precinct_id":
                                                           answer["precinct"]["id"]})]},
              headers=auth)
    assert (r.status_code, r.json()["error"]) == (403, "other_precinct")
    assert storage.snapshot() == before


def test_the_client_refuses_plain_http_to_other_hosts(session):
    c = SyncClient(session, url="http://10.1.2.3:8765")
    with pytest.raises(SyncError) as err:
        c.sync(token="idt1.x")
    assert err.value.reason == "insecure_http"
    # recorded as a set-up problem (the Sync page says to check the address), not as a
    # server fault
    assert session.db.execute("SELECT value FROM sync_state WHERE key='last_error_kind'"
                              ).fetchone()[0] == "config"


def test_the_deployment_may_allow_plain_http_for_every_client_the_gui_too(session,
                                                                         monkeypatch):
    """INSPECTOR_DESK_ALLOW_PLAIN_HTTP=1 is the explicit allowance (e.g. behind a
    TLS-terminating proxy); a client made without a choice — as the Sync page makes it —
    follows it, and an explicit choice still wins."""
    monkeypatch.setenv("INSPECTOR_DESK_ALLOW_PLAIN_HTTP", "1")
    assert SyncClient(session, url="http://10.1.2.3:8765")._client() is not None
    with pytest.raises(SyncError) as err:
        SyncClient(session, url="http://10.1.2.3:8765", allow_plain_http=False)._client()
    assert err.value.reason == "insecure_http"
    monkeypatch.setenv("INSPECTOR_DESK_ALLOW_PLAIN_HTTP", "0")
    with pytest.raises(SyncError):
        SyncClient(session, url="http://10.1.2.3:8765")._client()


def test_two_offline_devices_join_the_precinct_and_converge(server, storage, make_device):
    a, b = make_device("a", precinct="Мой участок").session(), make_device("b").session()
    for i in range(3):
        add_person(a, f"A{i}")
        add_person(b, f"B{i}")
    ca, cb = client(a, server.url), client(b, server.url)
    ra = ca.sync(token=storage.issue_token("Қарасу №7"))
    assert ra.pushed == 4 and ra.conflicts == 0
    cb.sync(token=storage.issue_token("Қарасу №7"))
    ca.sync()
    la, lb = local_records(a), local_records(b)
    assert la == lb
    officers = [k for k in la if k[0] == "officers"]
    assert len(officers) == 8  # two officers + six imported on the two devices: the union
    [precinct] = [v for k, v in la.items() if k[0] == "precincts"]
    assert precinct["name"] == "Қарасу №7"
    assert a.meta("precinct_id") == b.meta("precinct_id") == precinct["id"]
    assert a.db.execute("SELECT value FROM sync_state WHERE key='last_sync_at'").fetchone()


def test_same_field_conflict_is_listed_and_resolved(server, storage, make_device):
    from inspector_desk.services.sync_service import list_conflicts, resolve_conflict

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    rid = add_person(a, "Same")
    ca.sync()
    cb.sync()
    edit(a, "officers", rid, rank="капитан", position="участковый")
    edit(b, "officers", rid, rank="майор", full_name="Same Renamed")
    ca.sync()
    report = cb.sync()
    assert report.conflicts == 1
    [c] = list_conflicts(b)
    assert (c.field, c.mine, c.theirs) == ("rank", "майор", "капитан")
    assert c.theirs_by == "Officer a"
    ca.sync()
    la, lb = local_records(a), local_records(b)
    assert la == lb
    assert la[("officers", rid)]["full_name"] == "Same Renamed"  # different fields merged
    assert la[("officers", rid)]["rank"] == "капитан"  # server value until resolved
    resolve_conflict(b, c.id, "mine")
    cb.sync()
    ca.sync()
    assert local_records(a)[("officers", rid)]["rank"] == "майор"
    assert open_conflicts(b) == []


def test_a_field_changed_twice_offline_is_one_choice_with_the_latest_value(
        server, storage, make_device):
    from inspector_desk.services.sync_service import list_conflicts, resolve_conflict

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    rid = add_person(a, "Twice")
    ca.sync()
    cb.sync()
    edit(a, "officers", rid, rank="майор")
    ca.sync()
    edit(b, "officers", rid, rank="капитан")  # offline, then corrected
    edit(b, "officers", rid, rank="подполковник")
    report = cb.sync()
    assert (report.new_conflicts, report.conflicts) == (2, 1)  # both met A's: one choice
    [c] = list_conflicts(b)
    assert (c.field, c.mine, c.theirs) == ("rank", "подполковник", "майор")
    resolve_conflict(b, c.id, "mine")
    cb.sync()
    ca.sync()
    assert local_records(a)[("officers", rid)]["rank"] == "подполковник"
    assert open_conflicts(b) == []


def test_delete_vs_edit_goes_to_the_conflict_list(server, storage, make_device):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    rid = add_person(a, "Doomed")
    ca.sync()
    cb.sync()
    edit(a, "officers", rid, rank="later edit")
    delete(b, "officers", rid)
    ca.sync()
    cb.sync()
    [c] = open_conflicts(b)
    assert c["field"] == "deleted_at"
    assert local_records(b)[("officers", rid)]["deleted_at"] is None
    assert local_records(b) == local_records(a)


def test_revoked_device_is_told_to_lock(server, storage, make_device):
    a = make_device("a").session()
    ca = client(a, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    storage.revoke(a.device_id)
    with pytest.raises(SyncError) as err:
        ca.sync()
    assert err.value.lock and err.value.reason == "revoked"
    from inspector_desk.services.sync_service import sync_overview

    ov = sync_overview(a)
    assert ov.revoked and not ov.enrolled and ov.last_error_kind == "auth"


def test_unknown_entity_and_unapplicable_rows_are_quarantined(server, storage, make_device):
    a = make_device("a").session()
    ca = client(a, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    storage.put_reference("forms_from_the_future", new_id(), {"x": 1})
    storage.put_reference("officers", new_id(), {"login": "bad"})  # full_name missing
    rid = add_person(a, "Fine")
    report = ca.sync()
    assert report.pushed == 1
    reasons = sorted(r[0] for r in a.db.execute("SELECT reason FROM quarantine"))
    assert reasons == ["missing_value", "unknown_entity"]
    assert ("officers", rid) in local_records(a)


def test_pull_resumes_after_a_cut(server, storage, make_device):
    a, b = make_device("a").session(), make_device("b").session()
    ca = client(a, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    for i in range(30):
        add_person(a, f"P{i}")
    ca.sync()
    calls = {"n": 0}

    class CutAfterTwo(httpx.HTTPTransport):
        def handle_request(self, request):
            if request.url.path == "/v1/pull":
                calls["n"] += 1
                if calls["n"] == 3:
                    raise httpx.ReadError("cut")
            return super().handle_request(request)

    cb = client(b, server.url, transport=CutAfterTwo(), page_size=10, retries=0)
    with pytest.raises(SyncError) as err:
        cb.sync(token=storage.issue_token("Қарасу №7"))
    assert err.value.kind == "network"
    half = len(local_records(b))
    assert half > 3  # two pages applied and kept
    assert not b.db.execute("SELECT value FROM sync_state WHERE key='last_sync_at'").fetchone()
    assert cb.sync().pulled > 0
    ca.sync()
    assert local_records(b) == local_records(a)
    assert set(json.loads(json.dumps(cb.sync().as_json()))) == {
        "pushed", "pulled", "conflicts", "duration_s"}


def test_pull_pages_start_small_and_double(server, storage, make_device, monkeypatch):
    """The first page is small (written while the next is fetched), then pages double up
    to page_size; every record arrives once."""
    import inspector_desk.sync.client as client_module

    monkeypatch.setattr(client_module, "FIRST_PAGE", 3)
    a, b = make_device("a").session(), make_device("b").session()
    ca = client(a, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    for i in range(40):
        add_person(a, f"P{i}")
    ca.sync()
    asked: list[int] = []

    class Log(httpx.HTTPTransport):
        def handle_request(self, request):
            if request.url.path == "/v1/pull":
                asked.append(json.loads(gzip.decompress(request.read()))["limit"])
            return super().handle_request(request)

    cb = client(b, server.url, transport=Log(), page_size=10)
    cb.sync(token=storage.issue_token("Қарасу №7"))
    assert asked[:4] == [3, 6, 10, 10]
    ca.sync()  # (b's own officer record, pushed by b)
    assert local_records(b) == local_records(a)


def test_a_pulled_record_keeps_a_pending_required_field_and_takes_the_rest(server, storage,
                                                                          make_device):
    """Regression (stress seed 20260848): a pulled row that leaves out a locally pending
    NOT NULL column (here ``full_name``) was written as an upsert, whose INSERT half failed
    the NOT NULL check: the row went to the quarantine and the device kept stale fields."""
    a, b = make_device("a").session(), make_device("b").session()
    ca, cb = client(a, server.url), client(b, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    rid = add_person(a, "Shared")
    ca.sync()
    cb.sync(token=storage.issue_token("Қарасу №7"))
    edit(b, "officers", rid, rank="майор")
    cb.sync()
    edit(a, "officers", rid, full_name="Shared Renamed")  # pending on A
    ca.pull()
    row = a.db.execute("SELECT full_name, rank FROM officers WHERE id = ?", [rid]).fetchone()
    assert row == ("Shared Renamed", "майор")
    assert not a.db.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    ca.sync()
    cb.sync()
    assert local_records(a) == local_records(b)


def test_pipelined_push_sends_each_batch_once_in_order(server, storage, make_device):
    """Batch k+1 goes out while k's answers are recorded: each batch is sent once, after
    the previous one was answered, and the server applies them in device order."""
    a = make_device("a").session()
    sent: list[list[str]] = []
    answered: list[int] = []

    class Log(httpx.HTTPTransport):
        def handle_request(self, request):
            if request.url.path == "/v1/push":
                assert len(answered) == len(sent)  # the previous batch was answered
                sent.append([op[0] for op in  # protocol 2: op_id first
                             json.loads(gzip.decompress(request.read()))["ops"]])
            resp = super().handle_request(request)
            if request.url.path == "/v1/push":
                answered.append(len(sent))
            return resp

    ca = client(a, server.url, transport=Log(), batch_ops=4, max_batch_ops=4)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    for i in range(18):
        add_person(a, f"P{i}")
    sent.clear()
    answered.clear()
    confirmed = ca.ops_confirmed
    assert ca.push() == 18
    flat = [op_id for batch in sent for op_id in batch]
    outbox = [r[0] for r in a.db.execute(
        "SELECT op_id FROM outbox WHERE state = 'applied' ORDER BY seq").fetchall()]
    assert flat == outbox[-18:] and len(set(flat)) == 18  # in seq order, each once
    assert [len(b) for b in sent] == [4, 4, 4, 4, 2]
    assert ca.duplicates == 0 and ca.ops_confirmed - confirmed == 18
    assert not a.db.execute(
        "SELECT 1 FROM outbox WHERE state IN ('pending','sent')").fetchone()


@pytest.mark.parametrize("fast_s, sizes, next_sizes", [
    # every batch comes back quickly: they grow four-fold to the maximum, the last one is
    # small; the next push, on a link seen fast, grows from its first batch
    (60.0, [4, 4, 16, 12, 4], [4, 16, 16, 4]),
    (0.0, [4] * 10, [4] * 10),  # a slow link: batches stay at the start size
])
def test_push_batches_grow_only_while_the_link_answers_quickly(server, storage, make_device,
                                                              monkeypatch, fast_s, sizes,
                                                              next_sizes):
    import inspector_desk.sync.client as client_module

    monkeypatch.setattr(client_module, "FAST_BATCH_S", fast_s)
    a = make_device("a").session()
    sent: list[int] = []

    class Log(httpx.HTTPTransport):
        def handle_request(self, request):
            if request.url.path == "/v1/push":
                sent.append(len(json.loads(gzip.decompress(request.read()))["ops"]))
            return super().handle_request(request)

    client(a, server.url).sync(token=storage.issue_token("Қарасу №7"))
    ca = client(a, server.url, transport=Log(), batch_ops=4, max_batch_ops=16)
    for i in range(40):
        add_person(a, f"P{i}")
    assert ca.push() == 40
    assert sent == sizes
    sent.clear()
    for i in range(40):
        add_person(a, f"Q{i}")
    assert ca.push() == 40
    assert sent == next_sizes


def test_a_batch_answered_while_the_previous_one_failed_to_record_is_marked_sent(
        server, storage, make_device):
    """Recording batch k fails (the device 'crashes' mid-apply) while k+1 is in flight:
    k stays pending, k+1 (answered but not recorded) is marked sent; the next sync
    re-sends both, the server answers duplicate, and nothing is applied twice."""
    a, b = make_device("a").session(), make_device("b").session()
    crash = {"on": False}

    def hook(stage):
        if stage == "push_apply" and crash["on"]:
            crash["on"] = False
            raise RuntimeError("crash while recording")

    ca = client(a, server.url, batch_ops=3, max_batch_ops=3, fault_hook=hook)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    for i in range(6):
        add_person(a, f"P{i}")
    crash["on"] = True
    with pytest.raises(RuntimeError):
        ca.push()
    states = [r[0] for r in a.db.execute(
        "SELECT state FROM outbox WHERE state IN ('pending','sent') ORDER BY seq").fetchall()]
    assert states == ["pending"] * 3 + ["sent"] * 3
    log_before = storage.op_log()
    assert ca.push() == 6
    assert ca.duplicates == 6  # both batches had been applied; answered from the op log
    assert storage.op_log() == log_before
    client(b, server.url).sync(token=storage.issue_token("Қарасу №7"))
    ca.sync()
    assert local_records(b) == local_records(a)


# -- protocol versions: 2 (arrays) is spoken, 1 (objects) still served ----------------------

def _row(op: dict) -> list:
    return [op[k] for k in wire.OP_ROW]


def test_protocol_2_ops_are_arrays_and_clean_answers_just_the_version(server, storage, device):
    answer, auth = device
    first, second = _op(), _op()
    r = _post(server.url, "/v1/push", {"ops": [_row(first), _row(second)]},
              headers={**auth, wire.PROTOCOL_HEADER: "2"})
    assert r.status_code == 200 and r.headers[wire.PROTOCOL_HEADER] == "2"
    assert r.json()["results"] == [1, 1]
    # the same batch again: answered one by one, as duplicates with the original answer
    r = _post(server.url, "/v1/push", {"ops": [_row(first)]},
              headers={**auth, wire.PROTOCOL_HEADER: "2"})
    [dup] = r.json()["results"]
    assert dup["status"] == "duplicate" and dup["original"]["version"] == 1
    r = _post(server.url, "/v1/pull", {"cursor": None, "limit": 100},
              headers={**auth, wire.PROTOCOL_HEADER: "2"})
    rows = [c for c in r.json()["changes"] if c[0] == "persons"]
    assert sorted(c[1] for c in rows) == sorted([first["id"], second["id"]])
    assert all(len(c) == len(wire.CHANGE_ROW) and c[8] == {"last_name": "X"} for c in rows)


def test_protocol_1_is_still_answered_with_objects(server, storage, device):
    _, auth = device
    op = _op()
    r = _post(server.url, "/v1/push", {"ops": [op]}, headers=auth)
    assert r.headers[wire.PROTOCOL_HEADER] == "1"
    assert r.json()["results"] == [{"op_id": op["op_id"], "status": "applied", "version": 1,
                                     "merged": False}]
    r = _post(server.url, "/v1/pull", {"cursor": None, "limit": 100}, headers=auth)
    [change] = [c for c in r.json()["changes"] if c["e"] == "persons"]
    assert change["id"] == op["id"] and change["f"] == {"last_name": "X"}


@pytest.mark.parametrize("row, reason", [
    ("not an array", "op_not_array"),
    (["too", "short"], "op_not_array"),
    ("bad_entity", "bad_entity"),
    ("entity_list", "bad_entity"),  # not hashable: must still be a reason, not a fault
    ("nan", "bad_fields"),
    ("newline", "bad_fields"),  # "status\n": a regex's "$" would let it through
    ("newline_entity", "bad_entity"),
])
def test_malformed_protocol_2_rows_are_refused_by_op(server, storage, device, row, reason):
    _, auth = device
    before = storage.snapshot()
    good = _op()
    if row == "bad_entity":
        row = _row(_op(entity="Robert'); DROP"))
    elif row == "entity_list":
        row = _row(_op(entity=["officers"]))
    elif row == "nan":
        row = _row(_op(fields={"last_name": float("nan")}))
    elif row == "newline":
        row = _row(_op(fields={"status\n": "a"}))
    elif row == "newline_entity":
        row = _row(_op(entity="persons\n"))
    body = json.dumps({"ops": [_row(good), row]}).encode()  # the stdlib writes NaN as NaN
    r = _post(server.url, "/v1/push", raw=gzip.compress(body),
              headers={**auth, wire.PROTOCOL_HEADER: "2"})
    assert (r.status_code, r.json()["error"]) == (400, "malformed_op")
    assert [op["reason"] for op in r.json()["ops"]] == [reason]
    assert storage.snapshot() == before


def test_a_device_of_protocol_1_and_one_of_2_sync_together(server, storage, make_device):
    a, b = make_device("a").session(), make_device("b").session()
    old, new = client(a, server.url), client(b, server.url)
    old.protocol = 1  # a device not yet updated
    old.sync(token=storage.issue_token("Қарасу №7"))
    new.sync(token=storage.issue_token("Қарасу №7"))
    for i in range(3):
        add_person(a, f"Old{i}")
        add_person(b, f"New{i}")
    old.sync()
    new.sync()
    old.sync()
    assert local_records(a) == local_records(b)
    assert len([k for k in local_records(a) if k[0] == "officers"]) == 8


def test_the_client_speaks_protocol_1_to_a_server_not_yet_updated(server, storage, make_device):
    """A department server of protocol 1 refuses 2 with 426; the device then speaks 1
    (push bodies built again as objects) and everything arrives once."""
    a = make_device("a").session()
    seen: list[str] = []

    class OldServer(httpx.HTTPTransport):
        def handle_request(self, request):
            version = request.headers.get(wire.PROTOCOL_HEADER)
            seen.append(version)
            if version != "1":
                body = wire.compress(wire.dumps({"error": "protocol_unsupported",
                                                 "server": 1, "min": 1}))
                return httpx.Response(426, content=body, headers={
                    "Content-Encoding": "gzip", wire.PROTOCOL_HEADER: "1"})
            return super().handle_request(request)

    ca = client(a, server.url, transport=OldServer())
    for i in range(5):
        add_person(a, f"P{i}")
    report = ca.sync(token=storage.issue_token("Қарасу №7"))
    assert ca.protocol == 1 and seen[0] == str(wire.PROTOCOL_VERSION)
    assert set(seen[1:]) == {"1"}
    assert report.pushed == 6  # five officers and the device's own officer
    names = sorted(v["data"]["full_name"] for k, v in storage.snapshot().items()
                   if k[0] == "officers")
    assert names == sorted([f"P{i} Aidos" for i in range(5)] + ["Officer a"])
    ops = storage.op_log()
    assert len(ops) == len({o[0] for o in ops})  # nothing applied twice
