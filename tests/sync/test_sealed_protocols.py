"""Finalized protocols reach every device whole, whatever order their records arrive in
(migration 0015): a page applies its tables in the order they first appear, so with an
earlier draft first in the page a sealed protocol was written before its fields — which
the seal's triggers then refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector_desk.services import protocols as psvc
from inspector_desk.services.sync_service import list_quarantine
from tests.sync.helpers import client, enrolled_pair, local_records, open_conflicts

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "protocols" / "koap-791.json"


def test_a_protocol_finalized_offline_reaches_a_new_device_whole(server, storage, make_device):
    a = make_device("a").session()
    ca = client(a, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    psvc.create_draft(a, "koap-791", "ru")  # an unfinished draft, sent first
    ca.sync()
    pid = psvc.create_draft(a, "koap-791", "ru")
    psvc.save_draft(a, pid, document=json.loads(SAMPLE.read_text(encoding="utf-8")))
    psvc.finalize(a, pid)
    ca.sync()
    b = make_device("b").session()  # a new device of the precinct
    cb = client(b, server.url)
    cb.sync(token=storage.issue_token("Қарасу №7"))
    assert list_quarantine(b) == []
    theirs = psvc.get_protocol(b, pid)
    assert theirs.status == psvc.get_protocol(a, pid).status == "finalized"
    assert theirs.document == psvc.get_protocol(a, pid).document
    ca.sync()
    assert local_records(a) == local_records(b)
    # the seal still holds against this device's own writes
    try:
        b.db.execute("UPDATE protocol_fields SET value = '\"x\"' WHERE protocol_id = ?", [pid])
    except Exception as exc:  # noqa: BLE001 - sqlcipher3's IntegrityError
        assert "sealed" in str(exc)
    else:
        raise AssertionError("a finalized protocol's field changed")


def test_a_draft_edit_that_meets_the_finalized_protocol_is_refused_not_lost(
        server, storage, make_device):
    """B edits a draft while A finalizes it: the sealed document is A's; B's edit is not
    taken silently — B's Sync page lists it as refused, "finalized"."""
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    pid = psvc.create_draft(a, "koap-791", "ru")
    psvc.save_draft(a, pid, document=json.loads(SAMPLE.read_text(encoding="utf-8")))
    ca.sync()
    cb.sync()
    sealed_doc = psvc.document(a, pid)
    psvc.save_draft(b, pid, {"end_time": "15:55"})  # offline, both
    psvc.finalize(a, pid)
    ca.sync()
    cb.sync()
    ca.sync()
    [refused] = list_quarantine(b)
    assert (refused.entity, refused.reason) == ("protocol_fields", "finalized")
    assert list_quarantine(a) == []
    for device in (a, b):
        record = psvc.get_protocol(device, pid)
        assert record.status == "finalized"
        assert record.document["end_time"] == sealed_doc["end_time"] != "15:55"
    assert local_records(a) == local_records(b)


def test_two_devices_adding_the_same_field_to_a_draft_agree(server, storage, make_device):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    pid = psvc.create_draft(a, "koap-791", "ru")
    ca.sync()
    cb.sync()
    psvc.save_draft(a, pid, {"place": "с. Қарасу"})  # offline, both: A adds two fields,
    psvc.save_draft(a, pid, {"start_time": "14:00"})
    psvc.save_draft(b, pid, {"start_time": "14:00"})  # B one of them
    for _ in range(2):
        ca.sync()
        cb.sync()
    assert open_conflicts(a) == open_conflicts(b) == []
    assert local_records(a) == local_records(b)
    assert psvc.document(b, pid)["place"] == "с. Қарасу"


def test_a_draft_conflict_left_open_when_the_protocol_is_finalized_is_set_aside(
        server, storage, make_device):
    """A and B wrote different end times into a draft (a conflict on B); before B decided,
    A finalized the protocol. B's value can no longer be written: the conflict becomes a
    refused change with reason "finalized" (nothing to choose), and "keep mine" on such a
    conflict says why instead of failing with an engine error."""
    from inspector_desk.services.sync_service import (
        SyncServiceError,
        list_conflicts,
        resolve_conflict,
    )

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    pid = psvc.create_draft(a, "koap-791", "ru")
    psvc.save_draft(a, pid, document=json.loads(SAMPLE.read_text(encoding="utf-8")))
    ca.sync()
    cb.sync()
    psvc.save_draft(a, pid, {"end_time": "14:41"})
    psvc.save_draft(b, pid, {"end_time": "14:42"})
    ca.sync()
    cb.sync()
    [conflict] = list_conflicts(b)
    psvc.finalize(a, pid)
    ca.sync()
    cb.sync()
    assert open_conflicts(b) == []
    [item] = list_quarantine(b)
    assert (item.entity, item.reason) == ("protocol_fields", "finalized")
    with pytest.raises(SyncServiceError) as err:
        resolve_conflict(b, conflict.id, "mine")
    assert err.value.code in ("sealed", "conflict_not_open")
    assert local_records(a) == local_records(b)


def test_keeping_this_devices_value_in_a_finalized_protocol_is_refused_in_words(make_device):
    from inspector_desk.services.sync_service import SyncServiceError, resolve_conflict

    s = make_device("a").session()
    pid = psvc.create_draft(s, "koap-791", "ru")
    psvc.save_draft(s, pid, document=json.loads(SAMPLE.read_text(encoding="utf-8")))
    psvc.finalize(s, pid)
    field = s.db.execute("SELECT id FROM protocol_fields WHERE protocol_id = ? LIMIT 1",
                         [pid]).fetchone()[0]
    with s.write() as tx:
        tx.execute_local(
            "INSERT INTO conflicts (id, op_id, entity, entity_id, field, mine, theirs, "
            "detected_at, state) VALUES ('c1', 'op1', 'protocol_fields', ?, 'value', "
            "'\"14:42\"', '\"14:41\"', '2026-06-01T10:00:00+00:00', 'open')", [field])
        tx.audit("test.conflict", "conflicts", None, "a conflict on a sealed protocol")
    with pytest.raises(SyncServiceError) as err:
        resolve_conflict(s, "c1", "mine")
    assert "завершён на другом устройстве" in err.value.message("ru")
    resolve_conflict(s, "c1", "theirs")  # the way out stays open
    assert open_conflicts(s) == []


def test_the_same_draft_finalized_on_two_devices_is_one_protocol_and_nothing_set_aside(
        server, storage, make_device):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    pid = psvc.create_draft(a, "koap-791", "ru")
    psvc.save_draft(a, pid, document=json.loads(SAMPLE.read_text(encoding="utf-8")))
    ca.sync()
    cb.sync()
    seal_a = psvc.finalize(a, pid)
    seal_b = psvc.finalize(b, pid)
    assert seal_a == seal_b
    ca.sync()
    cb.sync()
    ca.sync()
    for s in (a, b):
        assert list_quarantine(s) == [] and open_conflicts(s) == []
        assert psvc.get_protocol(s, pid).status == "finalized"
    assert local_records(a) == local_records(b)
