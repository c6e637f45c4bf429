"""Register categories and decreed day transfers are the department's reference tables: a
supervisor's device changes them for every precinct of every district, a precinct's device
only reads them, and a supervisor's "apply to open entries" reaches every precinct's open
entries through that precinct's own devices."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_desk.domain.appeals import AppealError
from inspector_desk.domain.iin import make_iin
from inspector_desk.services import calendar_overrides as cal
from inspector_desk.services import persons, register
from inspector_desk.services.persons import RegisterError
from inspector_desk.services.sync_service import list_quarantine
from tests.sync.helpers import client, open_conflicts


def _iin(serial: int) -> str:
    iin = make_iin(dt.date(1988, 3, 12), "M", serial)
    return iin if iin else _iin(serial + 1)


IIN = _iin(1)


def _parole_entry(session, iin: str = IIN) -> str:
    [pid] = persons.add_person(session, {"last_name": "Сейтқали", "first_name": "Ерлан",
                                         "iin": iin}).ids
    cat = register.find_category(session, "parole")
    [eid] = register.add_entry(session, pid, {"category_id": cat.id, "start_on": "2026-01-05",
                                              "basis_document": "Қаулы 1"}).ids
    return eid


def _enrolled(server, storage, make_device, specs):
    """Devices (name, precinct, role, district), each enrolled and synced once: session →
    its client, in the order given."""
    clients = {}
    for name, precinct, role, district in specs:
        session = make_device(name, login=name, precinct=precinct, role=role).session()
        clients[session] = client(session, server.url)
        clients[session].sync(token=storage.issue_token(precinct, role, district))
    return clients


def _interval(session, table: str, rid: str) -> int:
    return session.db.execute(f"SELECT check_interval_days FROM {table} WHERE id = ?",
                              [rid]).fetchone()[0]


def _clean(*sessions) -> None:
    for s in sessions:
        assert list_quarantine(s) == [] and open_conflicts(s) == []
        assert s.db.execute("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"
                            ).fetchone()[0] == 0


def test_a_supervisors_interval_change_moves_open_entries_in_every_precinct(
        server, storage, make_device):
    clients = _enrolled(server, storage, make_device, [
        ("near", "Қарасу №7", "inspector", "Қарасу"),
        ("near2", "Қарасу №7", "inspector", "Қарасу"),  # a second device of the precinct
        ("far", "Талас №2", "inspector", "Талас"),
        ("sup", "Қарасу №1", "supervisor", "Қарасу")])
    devices = list(clients)
    near, near2, far, sup = devices
    near_entry, far_entry = _parole_entry(near), _parole_entry(far, _iin(40))
    sup_entry = _parole_entry(sup, _iin(80))  # the supervisor's own precinct
    for s in devices:
        clients[s].sync()
    parole = register.find_category(sup, "parole")
    register.update_category(sup, parole.id, {"check_interval_days": 10}, apply_to_open=True)
    # the supervisor's device moved its own precinct's entry, and left the others to their
    # precincts' devices (it may not write them)
    assert _interval(sup, "register_entries", sup_entry) == 10
    assert _interval(sup, "register_entries", near_entry) == parole.check_interval_days
    for _ in range(2):
        for s in devices:
            clients[s].sync()
    for s, entry in ((near, near_entry), (near2, near_entry), (far, far_entry),
                     (sup, near_entry), (sup, sup_entry)):
        assert _interval(s, "register_categories", parole.id) == 10
        assert _interval(s, "register_entries", entry) == 10, devices[s]
    _clean(*devices)
    # a later change without "apply to open entries": new entries only
    register.update_category(sup, parole.id, {"check_interval_days": 20})
    for _ in range(2):
        for s in devices:
            clients[s].sync()
    assert _interval(far, "register_categories", parole.id) == 20
    assert _interval(far, "register_entries", far_entry) == 10
    _clean(*devices)


def test_a_precincts_device_refuses_to_change_the_department_reference(
        server, storage, make_device):
    chief = make_device("chief", login="chief", role="supervisor").session()
    client(chief, server.url).sync(token=storage.issue_token("Қарасу №7"))  # inspector's
    parole = register.find_category(chief, "parole")
    with pytest.raises(RegisterError) as err:
        register.update_category(chief, parole.id, {"check_interval_days": 10})
    assert "устройстве руководителя" in err.value.message("ru")
    assert _interval(chief, "register_categories", parole.id) == parole.check_interval_days
    with pytest.raises(AppealError) as err:
        cal.add_override(chief, dt.date(2026, 12, 28), "day_off", "Decree 1")
    assert "басшының құрылғысында" in err.value.message("kk")
    assert cal.list_overrides(chief) == []
    assert chief.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'"
                            ).fetchone()[0] == 0


def test_two_devices_of_a_precinct_moving_the_same_entry_agree(server, storage, make_device):
    a, b = make_device("a").session(), make_device("b").session()
    sup = make_device("sup", login="sup", precinct="Қарасу №1", role="supervisor").session()
    ca, cb, cs = client(a, server.url), client(b, server.url), client(sup, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7", district="Қарасу"))
    cb.sync(token=storage.issue_token("Қарасу №7", district="Қарасу"))
    cs.sync(token=storage.issue_token("Қарасу №1", "supervisor", "Қарасу"))
    entry = _parole_entry(a)
    ca.sync()
    cb.sync()
    parole = register.find_category(sup, "parole")
    register.update_category(sup, parole.id, {"check_interval_days": 10}, apply_to_open=True)
    cs.sync()
    ca.pull()  # a moves the entry, and the connection drops before it pushes
    assert _interval(a, "register_entries", entry) == 10
    cb.sync()  # b moves it too, and pushes first
    ca.sync()
    cs.sync()
    for s in (a, b, sup):
        assert _interval(s, "register_entries", entry) == 10
    _clean(a, b, sup)


def test_a_code_two_supervisors_added_offline_becomes_one_category(
        server, storage, make_device):
    """Supervisors of two districts add a category under the same code offline, and each
    district's precinct puts a person on its own: after sync every device lists one
    category under the code (the one created first), every entry is on it, and nothing
    is set aside."""
    clients = _enrolled(server, storage, make_device, [
        ("near", "Қарасу №7", "inspector", "Қарасу"),
        ("far", "Талас №2", "inspector", "Талас"),
        ("supa", "Қарасу №1", "supervisor", "Қарасу"),
        ("supb", "Талас №1", "supervisor", "Талас")])
    devices = list(clients)
    near, far, sup_a, sup_b = devices
    values = {"code": "night_watch", "name_kk": "Түнгі бақылау", "name_ru": "Ночной надзор",
              "name_en": "Night watch", "check_interval_days": 14}
    [first] = register.add_category(sup_a, values).ids
    [second] = register.add_category(sup_b, {**values, "check_interval_days": 21}).ids
    assert first < second
    clients[sup_a].sync()
    clients[near].sync()  # near has only the first …
    clients[sup_b].sync()
    clients[far].sync()  # … and far both, before anyone settled: its person goes on the second
    [pid_far] = persons.add_person(far, {"last_name": "Омаров", "first_name": "Ерлан",
                                         "iin": _iin(120)}).ids
    [far_entry] = register.add_entry(far, pid_far, {"category_id": second,
                                                    "start_on": "2026-01-05",
                                                    "basis_document": "Қаулы 2"}).ids
    [pid_near] = persons.add_person(near, {"last_name": "Сейтқали", "first_name": "Ерлан",
                                           "iin": _iin(160)}).ids
    [near_entry] = register.add_entry(near, pid_near, {"category_id": first,
                                                       "start_on": "2026-01-05",
                                                       "basis_document": "Қаулы 1"}).ids
    for _ in range(2):
        for s in devices:
            clients[s].sync()
    for s in devices:
        codes = [c.code for c in register.list_categories(s)]
        assert codes.count("night_watch") == 1
        assert register.find_category(s, "night_watch").id == first
        assert list_quarantine(s) == []
    assert far.db.execute("SELECT category_id FROM register_entries WHERE id = ?",
                          [far_entry]).fetchone() == (first,)
    card = register.person_detail(far, pid_far)
    assert card.entries[0].category.code == "night_watch"
    found = register.search_persons(far, "", register.PersonFilters(category_id=first))
    assert [r.id for r in found] == [pid_far]
    assert sup_b.db.execute("SELECT category_id FROM register_entries WHERE id = ?",
                            [near_entry]).fetchone() in ((first,), None)
    _clean(*devices)


def test_a_category_made_while_working_alone_comes_along_when_enrolled_for_a_precinct(
        server, storage, make_device):
    """A chief used a laptop alone, added a category and put a person on it, then the
    laptop was enrolled for the precinct: the category stays the precinct's own, so the
    precinct's other device shows the person on it and nothing is set aside."""
    alone = make_device("alone", login="chief", role="supervisor").session()
    [cid] = register.add_category(alone, {"code": "night", "name_kk": "Түнгі бақылау",
                                          "name_ru": "Ночной надзор", "name_en": "Night watch",
                                          "check_interval_days": 30}).ids
    [pid] = persons.add_person(alone, {"last_name": "Алиев", "first_name": "Ерлан",
                                       "iin": _iin(200)}).ids
    register.add_entry(alone, pid, {"category_id": cid, "start_on": "2026-01-05",
                                    "basis_document": "Қаулы 1"})
    other = make_device("other").session()
    co, ca = client(other, server.url), client(alone, server.url)
    co.sync(token=storage.issue_token("Қарасу №7"))
    ca.sync(token=storage.issue_token("Қарасу №7"))
    co.sync()
    [row] = register.search_persons(other, "Алиев")
    assert row.categories == ("night",)
    assert register.person_detail(other, pid).entries[0].category.code == "night"
    _clean(alone, other)
