"""A supervisor's device holds its district but writes only its own precinct: a change to
another precinct's record — an edit, or a new record that belongs to one (a check on its
entry, an event of its protocol) — is refused by the server, set aside with the reason,
and undone on the supervisor's device, which goes on showing what the precinct holds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from inspector_desk.domain.iin import make_iin
from inspector_desk.services import persons, register
from inspector_desk.services import protocols as psvc
from inspector_desk.services.sync_service import list_quarantine
from tests.sync.helpers import client, local_records

TODAY = dt.date.today()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "protocols" / "koap-791.json"


def _devices(server, storage, make_device):
    """An inspector of precinct №7, and an inspector and the supervisor of precinct №1, all
    of district D; synced once."""
    a = make_device("a").session()
    own = make_device("own", precinct="Қарасу №1").session()
    sup = make_device("sup", login="sup", precinct="Қарасу №1", role="supervisor").session()
    clients = [client(s, server.url) for s in (a, own, sup)]
    for cl, (precinct, role) in zip(clients, (("Қарасу №7", "inspector"),
                                               ("Қарасу №1", "inspector"),
                                               ("Қарасу №1", "supervisor")), strict=True):
        cl.sync(token=storage.issue_token(precinct, role, "D"))
    return (a, own, sup), clients


def _entry(session) -> tuple[str, str]:
    iin = next(i for n in range(1, 60) if (i := make_iin(dt.date(1983, 2, 2), "M", n)))
    [pid] = persons.add_person(session, {"last_name": "Омаров", "first_name": "Ерлан",
                                         "iin": iin}).ids
    cat = register.find_category(session, "parole")
    [eid] = register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Қаулы",
                                              "start_on": (TODAY - dt.timedelta(days=9))
                                              .isoformat()}).ids
    return pid, eid


def _sync_all(clients, rounds: int = 2) -> None:
    for _ in range(rounds):
        for cl in clients:
            cl.sync()


def _reasons(session) -> list[tuple[str, str]]:
    return sorted((q.entity, q.reason) for q in list_quarantine(session))


def test_an_edit_of_another_precincts_record_is_refused_and_undone_there(
        server, storage, make_device):
    (a, own, sup), clients = _devices(server, storage, make_device)
    pid, eid = _entry(a)
    _sync_all(clients)
    register.close_entry(sup, eid, reason="expired")
    persons.update_person(sup, pid, {"notes": "supervisor's note"})
    _sync_all(clients)
    assert _reasons(sup) == [("persons", "other_precinct"),
                             ("register_entries", "other_precinct")]
    for s in (a, sup):
        assert s.db.execute("SELECT status FROM register_entries WHERE id = ?",
                            [eid]).fetchone() == ("active",)
        assert s.db.execute("SELECT notes FROM persons WHERE id = ?", [pid]).fetchone() == ("",)
    assert local_records(a)[("persons", pid)] == local_records(sup)[("persons", pid)]


def test_a_check_on_another_precincts_entry_goes_nowhere_and_is_set_aside(
        server, storage, make_device):
    (a, own, sup), clients = _devices(server, storage, make_device)
    pid, eid = _entry(a)
    _sync_all(clients)
    [cid] = register.record_check(sup, eid, checked_on=TODAY, kind="home_visit").ids
    _sync_all(clients)
    assert ("checks", cid) not in storage.snapshot()
    assert _reasons(sup) == [("checks", "other_precinct")]
    assert ("checks", cid) not in local_records(own)  # not filed under the supervisor's own
    assert register.person_detail(sup, pid).entries[0].checks == []
    assert own.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_voiding_another_precincts_protocol_is_refused_and_it_stays_finalized(
        server, storage, make_device):
    (a, own, sup), clients = _devices(server, storage, make_device)
    protocol = psvc.create_draft(a, "koap-791", "ru")
    psvc.save_draft(a, protocol, document=json.loads(SAMPLE.read_text(encoding="utf-8")))
    psvc.finalize(a, protocol)
    _sync_all(clients)
    psvc.void(sup, protocol, reason="қате")
    _sync_all(clients)
    assert {reason for _, reason in _reasons(sup)} == {"other_precinct"}
    assert psvc.get_protocol(sup, protocol).status == psvc.get_protocol(a, protocol).status \
        == "finalized"


def test_a_check_on_a_refused_entry_sent_in_a_later_batch_is_set_aside_too(
        server, storage, make_device):
    """The supervisor puts another precinct's person on the register and records a check
    on the new entry; the entry is refused, and the check — sent in the next batch, when
    the server no longer sees the entry it belongs to — is refused with it, not filed
    under the supervisor's own precinct."""
    (a, own, sup), clients = _devices(server, storage, make_device)
    pid, _ = _entry(a)
    _sync_all(clients)
    cat = register.find_category(sup, "administrative_supervision")
    [eid] = register.add_entry(sup, pid, {"category_id": cat.id, "basis_document": "Қаулы",
                                          "start_on": TODAY.isoformat()}).ids
    [cid] = register.record_check(sup, eid, checked_on=TODAY, kind="home_visit").ids
    one_by_one = clients[2]
    one_by_one.batch_ops = one_by_one.max_batch_ops = 1
    _sync_all(clients)
    assert _reasons(sup) == [("checks", "parent_refused"), ("register_entries", "other_precinct")]
    snapshot = storage.snapshot()
    assert ("register_entries", eid) not in snapshot and ("checks", cid) not in snapshot
    assert ("checks", cid) not in local_records(own)
    assert own.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert [e.id for e in register.person_detail(sup, pid).entries] == [
        e.id for e in register.person_detail(a, pid).entries]
