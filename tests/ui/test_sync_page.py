"""The Sync page: Sync now runs in the background; conflicts are shown and resolved."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from inspector_desk.ui.qt_i18n import languages
from tests.sync.conftest import live_server, make_device, sqlite_storage  # noqa: F401, F811
from tests.sync.helpers import UNREADABLE_FORM, add_person, client, edit, put_published_forms


def _conflict(tx, entity: str, entity_id: str, field: str, mine, theirs) -> None:
    """One open conflict as a push answer leaves it (values as they travel; ``None``: no
    value), listed in the order written."""
    from inspector_desk.domain.ids import new_id

    n = tx.db.execute("SELECT count(*) FROM conflicts").fetchone()[0]
    tx.execute_local(
        "INSERT INTO conflicts (id, op_id, entity, entity_id, field, mine, theirs, "
        "theirs_at, detected_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "'2026-06-01T10:00:00.000Z/0000', ?, 'open')",
        [new_id(), new_id(), entity, entity_id, field,
         None if mine is None else json.dumps(mine),
         None if theirs is None else json.dumps(theirs), f"2026-06-01T10:00:{n:02d}+00:00"])


def test_sync_now_and_resolve_a_conflict(qtbot, main_window, store, make_device, live_server,  # noqa: F811
                                         sqlite_storage):  # noqa: F811
    live_server.use(sqlite_storage)
    s = store.session()
    mine = client(s, live_server.url)
    mine.sync(token=sqlite_storage.issue_token("Қарасу №7"))
    other = make_device("other").session()
    theirs = client(other, live_server.url)
    theirs.sync(token=sqlite_storage.issue_token("Қарасу №7"))
    rid = add_person(other, "Shared")
    theirs.sync()
    mine.sync()
    edit(other, "officers", rid, rank="server rank")
    theirs.sync()
    edit(s, "officers", rid, rank="my rank")
    mine.close()
    s.close()
    main_window.show_page("sync")
    page = main_window.page_by_key["sync"]
    page.reload()
    assert page.sync_button.isEnabled()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.conflicts.rowCount() == 1
    # the record kind in words, and which record it is
    assert page.conflicts.item(0, 0).text() == "Officer: Shared Aidos"
    assert page.conflicts.item(0, 2).text() == "my rank"
    assert page.conflicts.item(0, 3).text() == "server rank"
    assert page.conflicts.item(0, 4).text() == "Officer other"
    assert "Last sync" in main_window.status_sync.text()
    page.conflicts.selectRow(0)
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    assert page.conflicts.rowCount() == 0
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    theirs.sync()
    assert other.db.execute("SELECT rank FROM officers WHERE id = ?", [rid]).fetchone()[0] \
        == "my rank"


def test_sync_errors_show_what_to_do(qtbot, main_window, store):
    s = store.session()
    with s.write() as tx:
        tx.db.execute("INSERT INTO sync_state VALUES ('last_error_kind', 'network')")
    s.close()
    page = main_window.page_by_key["sync"]
    page.reload()
    assert "No connection" in page.problem.text()
    assert not page.sync_button.isEnabled()  # not enrolled yet


def test_device_connects_from_the_sync_page_with_a_token(qtbot, main_window, live_server,  # noqa: F811
                                                         sqlite_storage):  # noqa: F811
    live_server.use(sqlite_storage)
    main_window.show_page("sync")
    page = main_window.page_by_key["sync"]
    page.reload()
    assert page.connect_box.isVisibleTo(page) and not page.sync_button.isEnabled()
    page.server_url.setText(live_server.url)
    page.token.setText("not-a-token")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert "did not accept" in page.connect_message.text()  # a clear word, nothing enrolled
    page.token.setText(sqlite_storage.issue_token("Қарасу №7"))
    qtbot.keyClick(page.token, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert not page.connect_box.isVisibleTo(page)
    assert page.sync_button.isEnabled()
    assert "Last sync" in main_window.status_sync.text()
    assert page.pending.text() == "0"


def test_a_published_form_this_program_cannot_use_is_named_on_the_sync_page(
        qtbot, main_window, store, tmp_path):
    """A form version published by a newer department server is skipped (protocols go on
    with the forms the program has) and the Sync page says which and what to do."""
    from inspector_desk.domain.forms.definition import default_registry

    good = (default_registry().directory / "koap-791.v1.toml").read_text(encoding="utf-8")
    good = good.replace("version = 1", "version = 5", 1)
    s = store.session()
    put_published_forms(s, {"koap-791.v5.toml": good, "koap-791.v6.toml": UNREADABLE_FORM})
    s.close()
    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.reload()
    assert page.refused_forms.isVisible()
    assert "koap-791.v6.toml" in page.refused_forms.text()
    assert "koap-791.v5.toml" not in page.refused_forms.text()
    assert "Update the program" in page.refused_forms.text()
    assert "koap-791.v6.toml" in page.refused_forms.toolTip()  # the technical reason
    languages().switch("kk")  # in the language of the interface
    page.reload()
    assert "Бағдарламаны жаңартыңыз" in page.refused_forms.text()
    assert "koap-791.v6.toml" in page.refused_forms.text()


def test_the_sync_page_says_nothing_about_forms_when_all_are_usable(qtbot, main_window):
    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.reload()
    assert not page.refused_forms.isVisible()


def test_a_refused_change_is_named_in_words_of_the_interface(qtbot, main_window, store):
    s = store.session()
    with s.write() as tx:
        for rid, entity, reason in (("q1", "protocol_fields", "finalized"),
                                    ("q2", "persons", "some_new_code")):
            tx.execute_local(
                "INSERT INTO quarantine (id, direction, op_id, entity, entity_id, reason, "
                "payload, at) VALUES (?, 'push', NULL, ?, 'x', ?, '{}', "
                "'2026-06-01T10:00:00+00:00')", [rid, entity, reason])
        tx.audit("test.quarantine", "quarantine", None, "two refused changes")
    s.close()
    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.reload()
    rows = {page.quarantine.item(r, 1).text(): page.quarantine.item(r, 2).text()
            for r in range(page.quarantine.rowCount())}
    assert rows["Protocol field"].startswith("the record was finalized on another device")
    assert rows["Person"] == "some_new_code"  # a code the catalog does not know: as it is
    languages().switch("kk")
    page.reload()
    cells = [page.quarantine.item(r, c).text() for r in range(2) for c in (1, 2)]
    assert "Хаттама өрісі" in cells
    assert "жазба басқа құрылғыда аяқталған, енді өзгертілмейді" in cells


def test_persons_merged_after_sync_are_counted_on_the_sync_page(qtbot, main_window, store):
    import datetime as dt

    from inspector_desk.domain.iin import make_iin
    from inspector_desk.services import persons
    from inspector_desk.services.person_merge import merge_same_iin

    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.reload()
    assert not page.form.isRowVisible(page.merged)  # nothing merged: no row
    iin = next(v for n in range(1, 50) if (v := make_iin(dt.date(1988, 5, 2), "M", n)))
    s = store.session()
    persons.add_person(s, {"last_name": "Омаров", "first_name": "Ерлан", "iin": iin})
    with s.write() as tx:  # the same person as another device registered it, pulled
        tx.execute_local(
            "INSERT INTO persons (id, version, updated_at, device_id, iin, last_name, "
            "first_name) VALUES ('ffffffff-0000-7000-8000-000000000001', 1, "
            "'2026-06-01T10:00:00.000Z/0000', 'other', ?, 'Омаров', 'Ерлан')", [iin])
        tx.audit("test.pull", "persons", None, "a record from another device")
    assert len(merge_same_iin(s)) == 1
    s.close()
    page.reload()
    assert page.form.isRowVisible(page.merged) and page.merged.text() == "1"
    assert "IIN" in page.merged.toolTip()


def _audited(session, action: str) -> int:
    return session.db.execute("SELECT count(*) FROM audit WHERE action = ?",
                              [action]).fetchone()[0]


def test_a_conflict_names_the_person_and_naming_is_audited_once(qtbot, main_window, store):
    import datetime as dt

    from inspector_desk.domain.iin import make_iin
    from inspector_desk.services import persons

    s = store.session()
    iin = next(i for n in range(1, 50) if (i := make_iin(dt.date(1988, 3, 12), "M", n)))
    [pid] = persons.add_person(s, {"last_name": "Сейтқали", "first_name": "Ерлан",
                                   "iin": iin, "phone": "+77010000001"}).ids
    with s.write() as tx:
        _conflict(tx, "persons", pid, "phone", "+77010000002", "+77010000003")
        tx.execute_local(
            "INSERT INTO quarantine (id, direction, op_id, entity, entity_id, reason, "
            "payload, at) VALUES ('q1', 'push', NULL, 'persons', 'gone', 'other_precinct', "
            "'{}', '2026-06-01T10:00:00+00:00')")
        tx.audit("test.conflict", "conflicts", None, "a conflict and a refused change")
    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.reload()
    assert page.conflicts.item(0, 0).text() == "Person: Сейтқали Ерлан"
    assert page.conflicts.item(0, 1).text() == "phone"
    # a record this device does not hold is named by its kind only
    assert page.quarantine.item(0, 1).text() == "Person"
    page.reload()  # the same records: the names are not read (nor audited) again
    assert _audited(s, "sync.records.view") == 1
    languages().switch("ru")
    page.reload()
    assert page.conflicts.item(0, 0).text() == "Лицо: Сейтқали Ерлан"
    assert _audited(s, "sync.records.view") == 2
    [summary] = s.db.execute("SELECT summary FROM audit WHERE action = 'sync.records.view' "
                             "ORDER BY seq DESC LIMIT 1").fetchone()
    assert "Сейтқали" not in summary and "records shown" in summary


def test_a_photo_conflict_shows_images_not_their_code(qtbot, main_window, store):
    import base64

    s = store.session()
    photo = base64.b64encode(b"\x89PNG" + b"x" * 3000).decode()
    with s.write() as tx:
        _conflict(tx, "persons", "gone", "photo", {"$b64": photo}, None)
        tx.audit("test.conflict", "conflicts", None, "a photo conflict")
    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.reload()
    assert page.conflicts.item(0, 2).text() == "image, 2 KB"
    assert page.conflicts.item(0, 3).text() == "—"


def test_connecting_over_plain_http_to_another_host_says_what_is_wrong(qtbot, main_window):
    main_window.show_page("sync")
    page = main_window.page_by_key["sync"]
    page.reload()
    page.server_url.setText("http://10.20.30.40:8765")
    page.token.setText("idt1.whatever")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert "HTTPS" in page.connect_message.text()
    assert "HTTPS" in page.problem.text()
    assert page.server_url.text() == "http://10.20.30.40:8765"  # the typed address stays


def test_a_device_without_any_connection_syncs_by_usb_from_the_sync_page(
        qtbot, main_window, store, sqlite_storage, tmp_path):  # noqa: F811
    from inspector_desk.sync import usb

    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.reload()
    assert page.usb_export.isEnabled() and page.usb_import.isEnabled()
    page.token.setText(sqlite_storage.issue_token("Қарасу №7"))  # from the department
    out, answer = tmp_path / "changes.idsync", tmp_path / "answer.idsync"
    page.export_usb(out)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)  # done in a worker
    assert out.exists() and "changes.idsync" in page.usb_message.text()
    summary = usb.server_import(sqlite_storage, out.read_bytes(), answer)  # at the department
    assert summary["ops"] >= 1
    page.import_usb(answer)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.usb_message.text().startswith("Answer applied")
    assert page.pending.text() == "0"
    assert "Last sync" in main_window.status_sync.text()
    # a wrong file: said in the interface language, nothing changed
    languages().switch("ru")
    page.import_usb(out)  # the device's own file, not an answer
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert "Ничего не изменено" in page.usb_message.text()
    assert "файл ответа" in page.usb_message.text() or "файл передачи" in page.usb_message.text()


def test_the_answer_to_a_revoked_devices_file_locks_it_on_the_sync_page(
        qtbot, main_window, store, sqlite_storage, tmp_path):  # noqa: F811
    from inspector_desk.sync import usb

    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.token.setText(sqlite_storage.issue_token("Қарасу №7"))
    out, answer = tmp_path / "changes.idsync", tmp_path / "answer.idsync"
    page.export_usb(out)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    usb.server_import(sqlite_storage, out.read_bytes(), answer)
    page.import_usb(answer)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    device_id = main_window.session.device_id
    sqlite_storage.revoke(device_id)  # the officer left; the device still has a change
    from tests.sync.helpers import add_person

    add_person(main_window.session, "Кейін")
    page.export_usb(out)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert usb.server_import(sqlite_storage, out.read_bytes(), answer)["revoked"]
    page.import_usb(answer)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert "revoked" in page.usb_message.text()
    assert main_window.locked and main_window.store.locked  # as a revocation over HTTP


def test_a_revoked_device_offers_no_usb_export(qtbot, main_window, store):
    from inspector_desk.sync.state import _state_set

    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    page.reload()
    assert page.usb_export.isEnabled()
    with main_window.session.write() as tx:  # as a revocation recorded it
        _state_set(tx.db, "revoked", "2026-12-07T20:00:00+00:00")
    page.reload()
    assert not page.usb_export.isEnabled() and not page.sync_button.isEnabled()


def test_conflicting_fields_are_named_as_the_forms_name_them(qtbot, main_window, store):
    """A conflict on an appeal's term or a precinct's reception schedule names the field in
    the interface's language, not by its database name."""
    from inspector_desk.messages import text

    s = store.session()
    with s.write() as tx:
        for entity, field in (("appeals", "due_on"), ("reception_hours", "schedule"),
                              ("appeals", "made_by_a_newer_program")):
            _conflict(tx, entity, "r", field, "a", "b")
        tx.audit("test.conflict", "conflicts", None, "three conflicts")
    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    for lang in ("ru", "kk"):
        languages().switch(lang)
        page.reload()
        shown = {page.conflicts.item(r, 1).text() for r in range(page.conflicts.rowCount())}
        assert shown == {text("sync.field.appeals.due_on", lang),
                         text("sync.field.reception_hours.schedule", lang),
                         "made_by_a_newer_program"}  # a field this program does not know
        assert not shown & {"due_on", "schedule"}


def test_conflict_values_read_as_dates_and_days_not_code(qtbot, main_window, store):
    s = store.session()
    with s.write() as tx:
        _conflict(tx, "reception_hours", "r", "schedule",
                  json.dumps({"0": ["09:00", "12:00"], "2": ["10:00", "11:00"]}),
                  json.dumps({"0": ["17:00", "20:00"]}))
        _conflict(tx, "appeals", "a", "due_on", "2026-12-21", "2026-12-24")
        tx.audit("test.conflict", "conflicts", None, "a schedule conflict")
    page = main_window.page_by_key["sync"]
    main_window.show_page("sync")
    languages().switch("ru")
    page.reload()
    cells = {page.conflicts.item(r, 1).text(): (page.conflicts.item(r, 2).text(),
                                                 page.conflicts.item(r, 3).text())
             for r in range(page.conflicts.rowCount())}
    assert sorted(cells.values()) == [("21.12.2026", "24.12.2026"),
                                      ("Пн 09:00–12:00; Ср 10:00–11:00", "Пн 17:00–20:00")]
