"""The same person registered on two devices while offline (one IIN, two records): after
sync every device and the server hold one person with both devices' entries and checks;
nothing is refused or lost, no conflict is left to resolve (issues 3 and 6)."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_desk.domain.iin import make_iin
from inspector_desk.services import persons, register
from tests.sync.helpers import client, enrolled_pair, local_records, open_conflicts

TODAY = dt.date.today()


def _iin() -> str:
    serial = 40
    while (iin := make_iin(dt.date(1988, 5, 2), "M", serial)) is None:
        serial += 1
    return iin


def _register(session, iin: str, category: str, **more) -> tuple[str, str]:
    pid = next(iter(persons.add_person(session, {"last_name": "Омаров", "first_name": "Ерлан",
                                                 "iin": iin, **more}).ids))
    cat = register.find_category(session, category)
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Қаулы",
                                      "start_on": (TODAY - dt.timedelta(days=3)).isoformat()})
    eid = session.db.execute("SELECT id FROM register_entries WHERE person_id = ?",
                             [pid]).fetchone()[0]
    return pid, eid


def _live(session, iin: str) -> list[str]:
    return [r[0] for r in session.db.execute(
        "SELECT id FROM persons WHERE iin = ? AND deleted_at IS NULL", [iin])]


def test_one_person_registered_on_two_devices_is_merged_alike_everywhere(
        server, storage, make_device):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    iin = _iin()
    first, entry_a = _register(a, iin, "parole", phone="+77010000001")
    second, entry_b = _register(b, iin, "official_warning", document="N 123456",
                                phone="+77020000002")
    register.record_check(b, entry_b, checked_on=TODAY, kind="home_visit")
    assert first < second  # registered first on device A
    ca.sync()
    cb.sync()  # B receives A's record and merges (sent at its next sync)
    ca.sync()  # A receives B's record and merges the same way
    for _ in range(2):  # both merges sent and received
        cb.sync()
        ca.sync()
    assert a.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0] == 0
    for device in (a, b):
        assert _live(device, iin) == [first]
        person = device.db.execute("SELECT phone, document FROM persons WHERE id = ?",
                                   [first]).fetchone()
        assert tuple(person) == ("+77010000001", "N 123456")  # its own phone, B's document
        assert device.db.execute("SELECT merged_into, deleted_at IS NOT NULL FROM persons "
                                 "WHERE id = ?", [second]).fetchone() == (first, 1)
        entries = device.db.execute("SELECT id, person_id FROM register_entries "
                                    "WHERE deleted_at IS NULL ORDER BY id").fetchall()
        assert sorted(entries) == sorted([(entry_a, first), (entry_b, first)])
        assert device.db.execute("SELECT person_id FROM checks").fetchall() == [(first,)]
        assert open_conflicts(device) == []
        assert device.db.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
        actions = [r[0] for r in device.db.execute("SELECT action FROM audit")]
        assert "person.merge" in actions or device is a
    assert local_records(a) == local_records(b)
    snap = storage.snapshot()
    assert snap[("persons", second)]["data"]["merged_into"] == first
    assert snap[("persons", second)]["deleted_at"] is not None
    assert snap[("checks", b.db.execute("SELECT id FROM checks").fetchone()[0])][
        "data"]["person_id"] == first
    # the register shows one person, on both categories
    [row] = register.search_persons(a, "Омаров")
    assert row.id == first and set(row.categories) == {"parole", "official_warning"}


def test_two_precincts_may_each_have_the_person_and_a_supervisor_merges_nothing(
        server, storage, make_device):
    """The same person on the register of two precincts is two records rightly: the
    supervisor's device, which holds the district, keeps both and writes nothing."""
    a = make_device("a").session()
    c = make_device("c", precinct="P8").session()
    sup = make_device("s", login="sup", precinct="P8", role="supervisor").session()
    ca, cc, cs = client(a, server.url), client(c, server.url), client(sup, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7", district="D"))
    cc.sync(token=storage.issue_token("P8", district="D"))
    cs.sync(token=storage.issue_token("P8", role="supervisor", district="D"))
    iin = _iin()
    first, _ = _register(a, iin, "parole")
    second, entry = _register(c, iin, "official_warning")
    assert first < second
    for device in (ca, cc, cs, cs, cc):
        device.sync()
    assert sorted(_live(sup, iin)) == [first, second]
    assert sup.db.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
    assert sup.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0] \
        == 0
    snap = storage.snapshot()
    assert snap[("persons", second)]["deleted_at"] is None
    assert snap[("register_entries", entry)]["data"]["person_id"] == second
    assert _live(c, iin) == [second]
    assert [row.id for row in register.search_persons(c, "Омаров")] == [second]


def test_an_edit_of_a_person_merged_meanwhile_lands_on_the_remaining_record(
        server, storage, make_device):
    """B edits its record of a person while A, who registered the person first, has
    already merged B's record into its own: the edit is carried to the remaining record
    (an empty field takes it; a field holding another value becomes a conflict there), not
    left as a conflict with a deleted record."""
    from inspector_desk.services.sync_service import resolve_conflict

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    iin = _iin()
    first, _ = _register(a, iin, "parole", phone="+77010000001")
    second, _ = _register(b, iin, "official_warning")
    cb.sync()
    ca.sync()  # A receives B's record, merges it into its own and sends the merge
    assert a.db.execute("SELECT deleted_at IS NOT NULL FROM persons WHERE id = ?",
                        [second]).fetchone() == (1,)
    persons.update_person(b, second, {"notes": "Түнде үйде болмайды",
                                      "phone": "+77030000003"})
    cb.sync()
    assert _live(b, iin) == [first]
    [conflict] = open_conflicts(b)  # the note landed; the phone is for a person to decide
    assert (conflict["id"], conflict["field"], conflict["mine"], conflict["theirs"]) == \
        (first, "phone", "+77030000003", "+77010000001")
    ca.sync()
    assert a.db.execute("SELECT notes, phone FROM persons WHERE id = ?", [first]).fetchone() \
        == ("Түнде үйде болмайды", "+77010000001")
    [cid] = [r[0] for r in b.db.execute("SELECT id FROM conflicts WHERE state = 'open'")]
    resolve_conflict(b, cid, "mine")
    cb.sync()
    ca.sync()
    for device in (a, b):
        assert device.db.execute("SELECT notes, phone FROM persons WHERE id = ?",
                                 [first]).fetchone() == ("Түнде үйде болмайды", "+77030000003")
        assert open_conflicts(device) == []
    assert local_records(a) == local_records(b)


def test_an_iin_correction_of_a_merged_person_stays_in_view_and_is_not_carried(
        server, storage, make_device):
    """B registered a person under an IIN A already had (a typo: another woman), A merged
    them, and B corrects the IIN offline. The correction may mean another person: it is
    not carried to A's person (with the other woman's birth date and sex); the conflict
    stays on the merged record for a person to see."""
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    iin = _iin()
    first, _ = _register(a, iin, "parole")
    second, _ = _register(b, iin, "official_warning")
    cb.sync()
    ca.sync()  # A merges B's record into its own
    serial = 77
    while (right := make_iin(dt.date(1990, 1, 9), "F", serial)) is None:
        serial += 1
    persons.update_person(b, second, {"iin": right})
    cb.sync()
    conflicts = open_conflicts(b)
    assert {c["field"] for c in conflicts} >= {"iin", "deleted_at"}
    assert {c["id"] for c in conflicts} == {second}  # nothing moved onto A's person
    assert b.db.execute("SELECT birth_date, sex FROM persons WHERE id = ?", [first]).fetchone() \
        == a.db.execute("SELECT birth_date, sex FROM persons WHERE id = ?", [first]).fetchone()


def test_a_person_removed_on_one_device_while_put_on_the_register_on_another_comes_back(
        server, storage, make_device):
    """A removes a person (no entry there); B, offline, puts the person on the register.
    An open entry must not hide behind a removed person: after sync the person is back on
    every device, with the entry, and nobody has to decide anything."""
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    [pid] = persons.add_person(a, {"last_name": "Омаров", "first_name": "Ерлан",
                                   "iin": _iin()}).ids
    ca.sync()
    cb.sync()
    persons.remove_person(a, pid)
    cat = register.find_category(b, "parole")
    [eid] = register.add_entry(b, pid, {"category_id": cat.id, "basis_document": "Қаулы",
                                        "start_on": (TODAY - dt.timedelta(days=3)).isoformat()
                                        }).ids
    ca.sync()
    cb.sync()
    ca.sync()
    for device in (a, b):
        [row] = register.search_persons(device, "Омаров")
        assert row.id == pid and row.categories == ("parole",)
        assert open_conflicts(device) == []
        actions = [r[0] for r in device.db.execute("SELECT action FROM audit")]
        assert "person.restore" in actions or device is a  # B took the removal back
    assert storage.snapshot()[("persons", pid)]["deleted_at"] is None
    assert local_records(a) == local_records(b)


def test_a_pull_cut_after_the_page_that_brought_the_twin_still_merges(server, storage,
                                                                        make_device):
    """The after-pull hooks run once a pull ends — also when a later page fails: the twin
    applied before the cut is merged at once, not left until some later pull."""
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    iin = _iin()
    _register(a, iin, "parole")
    ca.sync()
    _register(b, iin, "official_warning")
    arrived = []

    def cut_after_the_twin(point: str) -> None:
        if arrived:
            raise ConnectionResetError("the link dropped")
        if len(b.db.execute("SELECT id FROM persons WHERE iin = ?", [iin]).fetchall()) == 2:
            arrived.append(point)  # this page commits; the next one fails

    cut = client(b, server.url, page_size=1, fault_hook=cut_after_the_twin)
    with pytest.raises(ConnectionResetError):
        cut.pull()
    assert arrived and len(_live(b, iin)) == 1


_KILLED_MID_PULL = """
import os, sys
from pathlib import Path
from inspector_desk.services.accounts import unlock
from inspector_desk.sync.client import SyncClient
session = unlock(Path(sys.argv[1]), "off_b", "correct horse").session()
pages = []
def die_in_the_second_page(point):
    if point == "pull_apply":
        pages.append(point)
        if len(pages) == 2:  # the first page committed; the process dies in the second
            os._exit(9)
SyncClient(session, url=sys.argv[2], page_size=1, fault_hook=die_in_the_second_page,
           sleep=lambda s: None).pull()
"""


def test_a_device_killed_mid_pull_still_merges_the_twin_at_its_next_sync(
        server, storage, make_device, tmp_path):
    """The hooks a committed page makes due are recorded with it: a crash before they ran
    leaves them due, and the next pull runs them even when it brings nothing of persons."""
    import subprocess
    import sys

    from inspector_desk.services import persons
    from tests.sync.helpers import add_person as add_officer

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    iin = _iin()
    persons.add_person(b, {"last_name": "Омаров", "first_name": "Ерлан", "iin": iin})
    cb.sync()
    persons.add_person(a, {"last_name": "Омаров", "first_name": "Ерлан", "iin": iin})
    add_officer(a, "Unrelated")  # a second page, of a table with no after-pull hook
    ca.push()
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_PULL, str(tmp_path / "b.idb"),
                             server.url], capture_output=True, text=True, timeout=120)
    assert killed.returncode == 9, killed.stderr
    assert len(_live(b, iin)) == 2  # the twin arrived; the process died before the hooks
    client(b, server.url).sync()
    assert len(_live(b, iin)) == 1


def test_the_after_pull_merge_reads_the_register_by_index_not_whole_tables(session):
    """The merge runs after every pull that brought persons: none of its questions may read
    a whole table of persons or of what points at them (a slow pull on a large precinct)."""
    from inspector_desk.services.person_merge import merge_same_iin

    iin = _iin()
    _register(session, iin, "parole")
    statements: list[str] = []
    session.db.conn.set_trace_callback(statements.append)
    try:
        merge_same_iin(session)
    finally:
        session.db.conn.set_trace_callback(None)
    asked = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(asked) >= 4
    for sql in asked:
        plan = " | ".join(r[3] for r in session.db.execute("EXPLAIN QUERY PLAN " + sql))
        for table in ("persons", "register_entries", "checks", "appeals"):
            assert f"SCAN {table}" not in plan, (sql, plan)
