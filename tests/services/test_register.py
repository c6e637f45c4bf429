"""Issue 3: persons, categories, entries, checks, search and due checks (real encrypted DB)."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_desk.domain.iin import make_iin
from inspector_desk.domain.register import DEFAULT_CATEGORIES, next_due
from inspector_desk.services import persons, register
from inspector_desk.services.persons import RegisterError
from inspector_desk.services.register import PersonFilters

TODAY = dt.date.today()


def _iin(year=1990, sex="F", serial=1):
    while (iin := make_iin(dt.date(year, 3, 14), sex, serial)) is None:
        serial += 1
    return iin


def _add(session, last="Жұмабаева", first="Әлия", iin=None, **more):
    changes = persons.add_person(session, {"last_name": last, "first_name": first,
                                           "iin": iin or _iin(), **more})
    return next(iter(changes.ids))


def _audit(session):
    return [r[0] for r in session.db.execute("SELECT action FROM audit ORDER BY seq")]


def test_default_categories_are_seeded_with_fixed_ids(session):
    cats = register.list_categories(session)
    assert [c.code for c in cats] == [c.code for c in DEFAULT_CATEGORIES]
    assert cats[0].id == DEFAULT_CATEGORIES[0].seed_id
    assert register.find_category(session, "Защитное предписание").code == "protective_order"
    assert register.find_category(session, "қорғау нұсқамасы").code == "protective_order"


def test_add_person_derives_birth_date_and_sex_and_audits_without_personal_data(session):
    pid = _add(session, patronymic="Серікқызы", phone="8 701 123 45 67")
    row = session.db.execute("SELECT birth_date, sex, phone, search_key FROM persons WHERE id=?",
                             [pid]).fetchone()
    assert row == ("1990-03-14", "F", "+77011234567", "жумабаева алия сериккызы")
    audit = session.db.execute("SELECT action, summary FROM audit ORDER BY seq DESC LIMIT 1")
    action, summary = audit.fetchone()
    assert action == "person.add" and "Жұмабаева" not in summary
    assert session.db.execute("SELECT count(*) FROM outbox WHERE entity='persons'").fetchone()[0]


@pytest.mark.parametrize("iin, code", [("12345", "length"), ("12345678901a", "not_digits"),
                                       ("900314700000", "century"), ("901314400000", "date")])
def test_invalid_iin_is_refused_with_the_reason_in_the_users_language(session, iin, code):
    with pytest.raises(RegisterError) as err:
        _add(session, iin=iin)
    assert err.value.field == "iin"
    assert err.value.params["reason_code"] == code
    assert "ИИН недействителен" in err.value.message("ru")
    assert "ЖСН жарамсыз" in err.value.message("kk")


def test_contradicting_birth_date_or_sex_is_refused(session):
    with pytest.raises(RegisterError) as err:
        _add(session, birth_date="15.03.1990")
    assert err.value.code == "iin_birth_date" and "14.03.1990" in err.value.message("ru")
    with pytest.raises(RegisterError) as err:
        _add(session, sex="М")
    assert err.value.code == "iin_sex" and "женский" in err.value.message("ru")


def test_duplicate_iin_is_refused(session):
    """One IIN, one person on this device. (Two records of one IIN can only come by sync,
    registered on two devices offline; they are merged then: tests/sync/test_person_merge.)
    """
    iin = _iin()
    _add(session, iin=iin)
    with pytest.raises(RegisterError) as err:
        _add(session, last="Басқа", iin=iin)
    assert err.value.code == "iin_taken"
    other = _add(session, last="Басқа", iin=_iin(serial=9))
    with pytest.raises(RegisterError) as err:
        persons.update_person(session, other, {"iin": iin})
    assert err.value.code == "iin_taken"
    assert session.db.execute("SELECT count(*) FROM persons WHERE iin = ?",
                              [iin]).fetchone()[0] == 1


def test_search_folds_kazakh_and_russian_spelling_and_finds_iin_prefix(session):
    a = _add(session, "Жұмабаева", "Әлия", _iin(1990, "F", 1), patronymic="Серікқызы")
    b = _add(session, "Нұрланов", "Ерлан", _iin(1985, "M", 2))
    _add(session, "Иванова", "Ольга", _iin(1970, "F", 3))
    ids = lambda q: {r.id for r in register.search_persons(session, q)}  # noqa: E731
    assert ids("алия") == ids("ӘЛИЯ") == ids("әли") == {a}
    assert ids("жумабаева") == {a}
    assert ids("серикк") == {a}  # patronymic
    assert ids("нурлан") == {b}
    assert ids("алия жум") == {a}
    assert ids(_iin(1985, "M", 2)[:6]) == {b}
    assert ids("8503") == {b}
    assert ids("нет такого") == set()


def test_search_pages_are_sorted_by_name_and_filters_work(session):
    pid = _add(session, "Әбенов", "Ерлан", _iin(1980, "M", 5))
    other = _add(session, "Бекова", "Айгүл", _iin(1981, "F", 6))
    rows = register.search_persons(session, "", offset=0, limit=1)
    assert [r.id for r in rows] == [pid] and register.count_persons(session) == 2
    assert [r.id for r in register.search_persons(session, "", offset=1, limit=5)] == [other]
    cat = register.list_categories(session)[0]
    start = TODAY - dt.timedelta(days=20)
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Предписание",
                                      "start_on": start.isoformat()})
    on = register.search_persons(session, "", PersonFilters(status="on_register"))
    assert [r.id for r in on] == [pid] and on[0].categories == ("protective_order",)
    assert on[0].next_due == next_due(start, None, 7).isoformat()
    assert [r.id for r in register.search_persons(session, "", PersonFilters(overdue=True))] \
        == [pid]
    assert [r.id for r in register.search_persons(
        session, "", PersonFilters(status="not_on_register"))] == [other]
    assert [r.id for r in register.search_persons(session, "", PersonFilters(
        category_id=register.list_categories(session)[1].id))] == []
    by_due = register.search_persons(session, "", sort="next_due")
    assert [r.id for r in by_due] == [pid, other]


def test_entry_end_defaults_from_category_and_end_before_start_is_refused(session):
    pid = _add(session)
    warning = register.find_category(session, "official_warning")
    register.add_entry(session, pid, {"category_id": warning.id, "basis_document": "Ескерту",
                                      "start_on": "01.10.2026" if dt.date(2026, 10, 1) <= TODAY
                                      else TODAY.isoformat()})
    entry = session.db.execute("SELECT start_on, end_on, check_interval_days FROM "
                               "register_entries").fetchone()
    start = dt.date.fromisoformat(entry[0])
    assert entry[1] == (start + dt.timedelta(days=30)).isoformat() and entry[2] == 15
    with pytest.raises(RegisterError) as err:
        register.add_entry(session, pid, {"category_id": warning.id, "basis_document": "x",
                                          "start_on": "10.01.2025", "end_on": "09.01.2025"})
    assert err.value.code == "end_before_start"
    assert "раньше" in err.value.message("ru")


def test_checks_move_the_next_due_date_and_bad_dates_are_refused(session):
    pid = _add(session)
    cat = register.find_category(session, "parole")
    start = TODAY - dt.timedelta(days=40)
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Қаулы",
                                      "start_on": start.isoformat()})
    eid = session.db.execute("SELECT id FROM register_entries").fetchone()[0]
    due = register.due_checks(session)
    assert [(d.entry_id, d.days_overdue) for d in due] == [(eid, 10)]
    with pytest.raises(RegisterError) as err:
        register.record_check(session, eid, checked_on=TODAY + dt.timedelta(days=1),
                              kind="home_visit")
    assert err.value.code == "check_future"
    with pytest.raises(RegisterError) as err:
        register.record_check(session, eid, checked_on=start - dt.timedelta(days=1),
                              kind="talk")
    assert err.value.code == "check_before_start"
    register.record_check(session, eid, checked_on=TODAY, kind="home_visit", result="Үйінде")
    assert register.due_checks(session) == []
    assert register.due_checks(session, within_days=30)[0].next_due == \
        (TODAY + dt.timedelta(days=30)).isoformat()
    assert "register.check.add" in _audit(session)


def test_closing_and_reopening_is_audited_and_closed_entries_take_no_checks(session):
    pid = _add(session)
    cat = register.list_categories(session)[0]
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "x",
                                      "start_on": TODAY.isoformat()})
    eid = session.db.execute("SELECT id FROM register_entries").fetchone()[0]
    register.close_entry(session, eid, reason="moved")
    with pytest.raises(RegisterError):
        register.record_check(session, eid, checked_on=TODAY, kind="phone")
    register.reopen_entry(session, eid)
    assert {"register.entry.close", "register.entry.reopen"} <= set(_audit(session))


def test_only_a_supervisor_edits_categories_and_may_apply_to_open_entries(session):
    cat = register.list_categories(session)[0]
    with pytest.raises(RegisterError) as err:
        register.update_category(session, cat.id, {"check_interval_days": 5})
    assert err.value.code == "not_allowed"
    pid = _add(session)
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "x",
                                      "start_on": TODAY.isoformat()})
    from dataclasses import replace

    session.actor = replace(session.actor, role="supervisor")
    register.update_category(session, cat.id, {"check_interval_days": 5}, apply_to_open=True)
    assert session.db.execute("SELECT check_interval_days FROM register_entries").fetchone()[0] == 5
    register.add_category(session, {"code": "alcohol", "name_kk": "Ішімдікке салынушылар",
                                     "name_ru": "Злоупотребляющие алкоголем",
                                     "name_en": "Alcohol abuse", "check_interval_days": 60,
                                     "kind": "attention"})
    assert register.find_category(session, "alcohol").kind == "attention"


def test_person_detail_records_the_access(session):
    pid = _add(session)
    detail = register.person_detail(session, pid)
    assert detail.person["first_name"] == "Әлия"
    assert _audit(session)[-1] == "person.view"


def test_next_due_sql_agrees_with_the_domain_rule(session):
    pid = _add(session)
    cat = register.find_category(session, "criminal_record")
    start = dt.date(2024, 2, 28)
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "x",
                                      "start_on": start.isoformat()})
    eid = session.db.execute("SELECT id FROM register_entries").fetchone()[0]
    register.record_check(session, eid, checked_on="2024-12-31", kind="talk")
    detail = register.person_detail(session, pid)
    assert detail.entries[0].next_due == next_due(start, dt.date(2024, 12, 31), 90).isoformat()


# -- search structures (migration 0009) and their bounded query paths -----------------------
def _terms(session):
    return set(session.db.execute("SELECT term, key, rid FROM person_terms").fetchall())


def _expected_terms(session):
    """What person_terms must hold: prefixes 1-3 and whole words of every live person."""
    out = set()
    for rid, key in session.db.execute("SELECT rowid, search_key FROM persons "
                                       "WHERE deleted_at IS NULL"):
        out |= {(t, key, rid) for w in key.split() for t in (w[:1], w[:2], w[:3], w)}
    return out


def test_search_terms_follow_every_writer_and_tombstones_are_not_found(session):
    ids = lambda q: {r.id for r in register.search_persons(session, q)}  # noqa: E731
    a = _add(session, "Жұмабаева", "Әлия", _iin(1990, "F", 1))
    assert ids("алия") == {a} and _terms(session) == _expected_terms(session)
    persons.update_person(session, a, {"first_name": "Ләззат"})
    assert ids("алия") == set() and ids("лаззат жум") == {a}
    persons.remove_person(session, a)
    assert ids("лаззат") == set() and ids("жумабаева") == set()
    assert _terms(session) == _expected_terms(session) == set()
    # rows written the way sync applies them: plain SQL, upserts, tombstones, undeletes
    sql = ("INSERT INTO persons (id, updated_at, device_id, iin, last_name, first_name, "
           "search_key, deleted_at) VALUES (?, 't', 'other', ?, ?, ?, ?, ?) ON CONFLICT(id) "
           "DO UPDATE SET search_key = excluded.search_key, deleted_at = excluded.deleted_at")
    session.db.execute(sql, ["p1", _iin(1985, "M", 2), "Нұрланов", "Ерлан",
                             "нурланов ерлан", None])
    session.db.execute(sql, ["p2", _iin(1986, "M", 3), "Оспанов", "Ерлан",
                             "оспанов ерлан", "2025-01-01T00:00:00.000Z/0000"])
    assert ids("ерлан") == {"p1"} and ids(_iin(1986, "M", 3)[:6]) == set()
    session.db.execute(sql, ["p2", None, "", "", "оспанов ерлан", None])  # undeleted
    session.db.execute(sql, ["p1", None, "", "", "нурланов ерлан", "2025-01-02T00:00:00.000Z/0000"])
    assert ids("ерлан") == {"p2"}
    session.db.execute(sql, ["p2", None, "", "", "оспанов ерик", None])  # renamed elsewhere
    assert ids("ерлан") == set() and ids("ерик") == {"p2"}
    assert _terms(session) == _expected_terms(session)
    session.db.execute("DELETE FROM persons WHERE id = 'p2'")
    assert _terms(session) == set()


NAMES = [("Жұмабаева", "Әлия", "Серікқызы"), ("Жұмабаев", "Нұрлан", "Ерланұлы"),
         ("Шаһмарданов", "Шаһмардан", "Ерланұлы"), ("Ким", "Ли", ""), ("Иванов", "Сергей",
         "Сергеевич"), ("Ілиясов", "Ерлан", "Нұрланұлы"), ("Әлімжанова", "Алия", "Ерланқызы"),
         ("Яковлев", "Юрий", "Юрьевич"), ("Ли", "Ким", ""), ("Абаев", "Ерлан", "")]


def test_dense_and_sparse_query_paths_agree(session, monkeypatch):
    """The walks used for queries with many matches give exactly what the sorted look-ups
    give for few (forced here by lowering the thresholds)."""
    for n, (last, first, patronymic) in enumerate(NAMES * 3):
        _add(session, last, first, _iin(1960 + n, "MF"[n % 2], n + 1), patronymic=patronymic)
    queries = ["а", "ал", "алия", "ер", "ерлан", "ерланулы", "ерланулы шах", "ким ли", "ли",
               "ю", "я", "жумабаев", "6", "7", "70", "6 ерлан", "алия 7", "ерлан 6 ерланулы", "ж е", "зз", ""]

    def results():
        out = {}
        for q in queries:
            out[q] = ([r.id for r in register.search_persons(session, q, limit=7)],
                      [r.id for r in register.search_persons(session, q, offset=5, limit=7)],
                      [r.id for r in register.search_persons(session, q, descending=True)],
                      register.count_persons(session, q),
                      register.count_persons(session, q, cap=3))
        return out

    sparse = results()
    monkeypatch.setattr(register, "SPARSE", 1)
    monkeypatch.setattr(register, "SPARSE_IIN", 0)
    assert not register._plan(session, "ерлан").sparse
    assert register._plan(session, "6").driver is None  # walks the name index
    assert results() == sparse
    generic = {q: [r.id for r in register.search_persons(
        session, q, PersonFilters(settlement=None, status=None), sort="iin")] for q in queries}
    for q, (first, _, _, count, capped) in sparse.items():
        assert len(generic[q]) == count and capped == min(count, 4)
        assert first == sorted(first, key=lambda pid: session.db.execute(
            "SELECT search_key, rowid FROM persons WHERE id = ?", [pid]).fetchone())
    assert sparse["ерланулы шах"][3] == 3 and sparse["ким ли"][3] == 6
    assert sparse["алия"][3] == 6  # Әлия and Алия, first name or not
    assert 0 < sparse["6"][3] < 30 and 0 < sparse["6 ерлан"][3] < sparse["6"][3]


def test_migration_0009_builds_the_search_terms_of_existing_persons(session):
    from inspector_desk.store.migrations import m0009_register_search

    for n, (last, first, patronymic) in enumerate(NAMES):
        _add(session, last, first, _iin(1970 + n, "F", n + 1), patronymic=patronymic)
    gone = _add(session, "Өтегенов", "Бекзат", _iin(1990, "M", 77))
    persons.remove_person(session, gone)
    expected = _expected_terms(session)
    for name in ("person_terms_insert", "person_terms_update", "person_terms_delete"):
        session.db.execute(f"DROP TRIGGER {name}")
    session.db.execute("DROP TABLE person_terms")
    session.db.execute("DROP INDEX persons_iin_search_key")
    m0009_register_search.apply(session.db)
    assert _terms(session) == expected and expected
    assert "persons_fts" not in session.db.table_names()
    assert [r.id for r in register.search_persons(session, "бекзат")] == []


# -- the person's photo (optional): JPEG/PNG up to 2 MB, stored with the person ------------
def _png(width=30, height=40, colour=0xFF3366AA) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(colour)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data())


def _photo(session, pid):
    return session.db.execute("SELECT photo FROM persons WHERE id = ?", [pid]).fetchone()[0]


def test_photo_is_added_replaced_and_removed_with_one_audit_entry_each(session):
    first, second = _png(), _png(colour=0xFF00AA00)
    before = len(_audit(session))
    pid = _add(session, photo=first)
    assert bytes(_photo(session, pid)) == first
    assert register.person_detail(session, pid).photo == first
    assert "photo" not in register.person_detail(session, pid).person
    persons.update_person(session, pid, {"phone": "+7 701 123 45 67", "photo": second})
    assert bytes(_photo(session, pid)) == second
    persons.update_person(session, pid, {"notes": "тыныш"})  # no "photo" key: it stays
    assert bytes(_photo(session, pid)) == second
    persons.update_person(session, pid, {"photo": None})
    assert _photo(session, pid) is None and register.person_detail(session, pid).photo is None
    summaries = [r[0] for r in session.db.execute(
        "SELECT summary FROM audit WHERE action LIKE 'person.%' AND action NOT IN "
        "('person.view') ORDER BY seq")]
    assert summaries[-3:] == ["fields changed: phone, photo", "fields changed: notes",
                              "fields changed: photo"]
    assert _audit(session)[before:].count("person.add") == 1
    ops = session.db.execute("SELECT count(*) FROM outbox WHERE entity = 'persons'").fetchone()
    assert ops[0] == 4  # one op per write: the photo travels with the person's record


def test_photo_too_large_or_not_an_image_is_refused_and_nothing_is_saved(session):
    pid = _add(session)
    outbox = session.db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    too_big = _png()[:16] + b"\0" * (persons.PHOTO_MAX_BYTES + 1)
    for data, code in ((too_big, "photo_too_big"), (b"GIF89a....", "photo_not_image"),
                       ("photo.png", "photo_not_image")):
        with pytest.raises(RegisterError) as exc:
            persons.update_person(session, pid, {"notes": "x", "photo": data})
        assert exc.value.code == code and exc.value.field == "photo"
        assert exc.value.message("ru") and exc.value.message("kk") != exc.value.message("en")
        with pytest.raises(RegisterError):
            persons.add_person(session, {"last_name": "Омаров", "first_name": "Ерлан",
                                         "iin": _iin(1970, "M", 5), "photo": data})
    assert "2 MB" in RegisterError("photo_too_big", "photo", mb=2).message("en")
    assert _photo(session, pid) is None
    assert session.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == outbox
    assert session.db.execute("SELECT count(*) FROM persons").fetchone()[0] == 1


def test_due_checks_within_a_week_include_the_coming_ones(session):
    pid = _add(session)
    cat = register.find_category(session, "parole")  # checked every 30 days
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Қаулы",
                                      "start_on": (TODAY - dt.timedelta(days=26)).isoformat()})
    assert register.due_checks(session) == []
    [row] = register.due_checks(session, within_days=7)
    assert row.person_id == pid and row.days_overdue == -4


def test_an_officer_with_records_on_two_devices_is_one_in_the_filter(session):
    """The same login set up on a new device: the precinct's pulled records carry the old
    device's officer record. The filter lists the officer once and finds the entries of
    both records; the person card names either."""
    me = session.actor.officer_id
    with session.write() as tx:  # the old laptop's record of the same officer, as pulled
        old_me = tx.insert("officers", {"login": "aidos", "full_name": "Сейтқали Айдос",
                                        "rank": "", "position": "", "role": "inspector",
                                        "precinct_id": session.meta("precinct_id")})
        tx.audit("test.officer", "officers", old_me, "the officer's record from another device")
    first, second = _add(session, "Әбенов", "Ерлан", _iin(1980, "M", 5)), \
        _add(session, "Бекова", "Айгүл", _iin(1981, "F", 6))
    cat = register.list_categories(session)[0]
    start = (TODAY - dt.timedelta(days=20)).isoformat()
    for pid, officer in ((first, old_me), (second, me)):
        register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Қаулы",
                                          "start_on": start, "officer_id": officer})
    with session.write() as tx:  # another precinct's officer under the same login
        other = tx.insert("precincts", {"name": "Қарасу №8", "district": "Қарасу"})
        namesake = tx.insert("officers", {"login": "aidos", "full_name": "Бекұлы Айдос",
                                          "rank": "", "position": "", "role": "inspector",
                                          "precinct_id": other})
        tx.audit("test.officer", "officers", namesake, "another precinct's officer")
    listed = register.officers(session)
    # the record this device's login unlocks, and the other precinct's officer apart
    assert sorted(oid for oid, _ in listed) == sorted([me, namesake])
    assert register.search_persons(session, "", PersonFilters(officer_id=namesake)) == []
    for oid in (me, old_me):
        found = register.search_persons(session, "", PersonFilters(officer_id=oid))
        assert {r.id for r in found} == {first, second}
        assert {d.person_id for d in register.due_checks(session, officer_id=oid)} \
            == {first, second}
    card = register.person_detail(session, first)
    assert card.entries[0].officer == "Сейтқали Айдос"


def test_a_person_on_the_register_is_not_removed(session):
    pid = _add(session, "Омаров", "Ерлан", _iin(1985, "M", 9))
    cat = register.list_categories(session)[0]
    [eid] = register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Қаулы",
                                              "start_on": TODAY.isoformat()}).ids
    with pytest.raises(RegisterError) as err:
        persons.remove_person(session, pid)
    assert err.value.code == "on_register" and "состоит на учёте" in err.value.message("ru")
    assert [r.id for r in register.search_persons(session, "Омаров")] == [pid]
    register.close_entry(session, eid, reason="expired")
    persons.remove_person(session, pid)
    assert register.search_persons(session, "Омаров") == []
