"""The guided protocol editor, driven through its real widgets (issue 5).

The trainee's path: New → koap-791 → type every detail → findings disappear as the law is
satisfied → Finalize → Print, in Kazakh and in Russian. Planted defects are shown beside
their fields with the right article; lock and close keep what was typed.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton

from inspector_desk.domain.forms import check
from inspector_desk.services import protocols as svc
from inspector_desk.ui.protocol_editor import ProtocolEditor
from inspector_desk.ui.protocol_fields import path_text
from tests.conftest import PASSWORD
from tests.ui.keys import type_text

DATA = Path(__file__).resolve().parents[1] / "data" / "protocols"
DEFECTS = sorted((DATA / "defects").glob("*.json"))


def sample(form: str = "koap-791") -> dict:
    return json.loads((DATA / f"{form}.json").read_text(encoding="utf-8"))


def kazakh_791() -> dict:
    doc = sample()
    doc["language"] = "kk"
    doc["place"] = "Алматы облысы, Қарасай ауданы, Қарасу ауылы, Абай көшесі, 12"
    doc["subject"]["language"] = "kk"
    doc["copy_handed"]["language"] = "kk"
    doc["author"]["position"] = "учаскелік полиция инспекторы"
    doc["author"]["rank"] = "полиция капитаны"
    return doc


def fill(qtbot, editor: ProtocolEditor, path: tuple, value) -> None:
    """Enter ``value`` at ``path`` the way a person would, through the widgets."""
    if value is None:
        return
    if isinstance(value, dict):
        for key, sub in value.items():
            fill(qtbot, editor, (*path, key), sub)
        return
    key = path_text(path)
    if isinstance(value, list) and (not value or isinstance(value[0], dict)):
        add = editor.findChild(QPushButton, f"add:{key}")
        assert add is not None, key
        for i, entry in enumerate(value):
            qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
            for sub_key, sub in entry.items():
                fill(qtbot, editor, (*path, i, sub_key), sub)
        return
    widget = editor.binder.inputs.get(key)
    assert widget is not None, f"no input for {key}"
    if isinstance(value, list):  # multiple choice
        for box in widget.checks:
            if box.property("value") in value:
                box.setFocus()
                qtbot.keyClick(box, Qt.Key.Key_Space)
                assert box.isChecked()
        return
    if isinstance(widget, QComboBox):
        data = ("yes" if value else "no") if isinstance(value, bool) else value
        index = widget.findData(data)
        assert index >= 0, (key, value)
        widget.setCurrentIndex(index)
        return
    if isinstance(widget, QPlainTextEdit):
        type_text(widget, str(value))
        return
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    widget.del_() if widget.text() else None
    if isinstance(value, str) and widget.property("fieldType") == "date":
        d = dt.date.fromisoformat(value)
        value = f"{d:%d.%m.%Y}"  # typed the way people write dates
    type_text(widget, str(value))


def without_nulls(value):
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def write_protocol(qtbot, page, doc: dict) -> ProtocolEditor:
    pid = page.new_protocol("koap-791", doc["language"])
    editor = page.editor
    assert editor is not None and editor.protocol_id == pid
    for key, value in doc.items():
        if key in ("format", "version", "form", "form_version", "language"):
            continue
        fill(qtbot, editor, (key,), value)
    qtbot.waitUntil(lambda: not editor.validate_timer.isActive(), timeout=3000)
    return editor


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_trainee_writes_a_compliant_personal_search_from_start_to_printed_pdf(
        qtbot, main_window, lang):
    page = main_window.page_by_key["protocols"]
    main_window.show_page("protocols")
    doc = kazakh_791() if lang == "kk" else sample()
    editor = write_protocol(qtbot, page, doc)
    assert editor.result is not None
    assert [f.rule for f in editor.result.errors] == []
    assert editor.finalize_button.isEnabled()
    assert without_nulls(editor.doc) == without_nulls({**doc, "date": doc["date"]})
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    record = svc.get_protocol(main_window.session, editor.protocol_id)
    assert record.status == "finalized" and svc.verify_seal(main_window.session, record.id)
    assert not editor.body.isEnabled()
    path = page.print_protocol(record.id)
    words = pdf_text(path)
    if lang == "kk":
        assert "ХАТТАМАСЫ" in words and "Куәгер" in words and "табыс етілді" in words
    else:
        assert "ПРОТОКОЛ" in words and "Понятой" in words and "вручена" in words
    assert record.seal[:20] in words.replace("\n", "")
    translated = pdf_text(page.print_protocol(record.id, translated=True))
    assert ("ПЕРЕВОД" in translated) if lang == "kk" else ("АУДАРМА" in translated)
    prints = main_window.session.db.execute(
        "SELECT count(*) FROM audit WHERE action = 'protocol.print'").fetchone()[0]
    assert prints == 2


def test_findings_appear_beside_the_field_and_go_away_when_fixed(qtbot, main_window):
    page = main_window.page_by_key["protocols"]
    page.new_protocol("koap-791", "ru")
    editor = page.editor
    editor.validate()
    assert "protocol.place" in editor.findings_at("place")
    start = editor.binder.inputs["start_time"]
    type_text(start, "25:70")
    qtbot.waitUntil(lambda: "format.time" in editor.findings_at("start_time"), timeout=2000)
    label = editor.binder.finding_labels["start_time"]
    assert "25:70" in label.text() and not label.isHidden()
    assert not editor.finalize_button.isEnabled()
    assert "error" in editor.summary.text()
    start.clear()
    type_text(start, "14:05")
    qtbot.waitUntil(lambda: "format.time" not in editor.findings_at("start_time"), timeout=2000)
    assert editor.doc["start_time"] == "14:05"


def test_weapon_fields_appear_only_for_a_weapon(qtbot, main_window):
    page = main_window.page_by_key["protocols"]
    page.new_protocol("koap-791", "ru")
    editor = page.editor
    qtbot.mouseClick(editor.findChild(QPushButton, "add:items"), Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QGroupBox

    weapon = editor.findChild(QGroupBox, "items[0].weapon:box")
    ammo = editor.findChild(QGroupBox, "items[0].ammunition:box")
    assert weapon.isHidden() and ammo.isHidden()
    kind = editor.binder.inputs["items[0].kind"]
    kind.setCurrentIndex(kind.findData("weapon"))
    assert not weapon.isHidden() and ammo.isHidden()
    type_text(editor.binder.inputs["items[0].weapon.model"], "ПМ")
    kind.setCurrentIndex(kind.findData("ammunition"))
    assert weapon.isHidden() and not ammo.isHidden()
    assert editor.doc["items"][0]["weapon"]["model"] == "ПМ"  # hidden, never dropped
    type_text(editor.binder.inputs["items[0].quantity"], "-3")
    editor.validate()
    assert "format.range" in editor.findings_at("items[0].quantity")
    assert editor.doc["items"][0]["quantity"] == -3


def test_clock_keys_fill_start_and_end_time(qtbot, main_window):
    page = main_window.page_by_key["protocols"]
    page.new_protocol("koap-791", "kk")
    editor = page.editor
    editor.clock = lambda: dt.datetime(2026, 3, 14, 14, 5)
    editor.binder.inputs["place"].setFocus()
    qtbot.keyClick(editor.binder.inputs["place"], Qt.Key.Key_F5)
    assert editor.doc["start_time"] == "14:05"
    editor.clock = lambda: dt.datetime(2026, 3, 14, 14, 40)
    qtbot.keyClick(editor.binder.inputs["place"], Qt.Key.Key_F6)
    assert editor.doc["end_time"] == "14:40"
    assert editor.binder.inputs["end_time"].text() == "14:40"


@pytest.mark.parametrize("path", DEFECTS, ids=[p.stem for p in DEFECTS])
def test_every_planted_defect_is_shown_with_its_article(qtbot, main_window, path):
    page = main_window.page_by_key["protocols"]
    pid = page.import_file(str(path))
    assert pid
    editor = page.open_protocol(pid)
    expected = check(json.loads(path.read_text(encoding="utf-8")), lang="en").errors
    assert expected, "a defect exercise must have at least one error"
    assert not editor.finalize_button.isEnabled()
    for finding in expected:
        shown = editor.findings_at(finding.field)
        in_summary = finding.message in editor.summary.text()
        assert finding.rule in shown or in_summary, finding
        words = editor.citation_words(finding)
        assert words and "не найден" not in words
        label = editor.binder.finding_labels.get(editor._label_key(finding.field) or "")
        html = label.text() if label is not None and not label.isHidden() else \
            editor.summary.text()
        assert f"{finding.citation.article}" in html


def test_autosave_and_lock_keep_what_was_typed(qtbot, main_window):
    page = main_window.page_by_key["protocols"]
    pid = page.new_protocol("koap-791", "kk")
    editor = page.editor
    type_text(editor.binder.inputs["place"], "Қарасу ауылы")
    main_window.lock()
    assert main_window.session is None
    from inspector_desk.services.accounts import unlock

    reopened = unlock(main_window.store.path, "aidos", PASSWORD)
    s = reopened.session()
    try:
        assert svc.document(s, pid)["place"] == "Қарасу ауылы"
    finally:
        s.close()


def test_autosave_timer_saves_only_when_something_changed(qtbot, main_window):
    page = main_window.page_by_key["protocols"]
    pid = page.new_protocol("koap-791", "ru")
    editor = page.editor
    editor.autosave_timer.setInterval(50)
    type_text(editor.binder.inputs["place"], "с. Қарасу")
    qtbot.waitUntil(lambda: svc.document(main_window.session, pid).get("place") == "с. Қарасу",
                    timeout=3000)
    count = main_window.session.db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    qtbot.wait(200)
    assert main_window.session.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == count


def test_list_amend_void_and_today(qtbot, main_window):
    session = main_window.session
    page = main_window.page_by_key["protocols"]
    pid = svc.import_protocol(session, json.dumps(sample(), ensure_ascii=False)).id
    svc.finalize(session, pid)
    draft = svc.create_draft(session, "upk-254", "kk")
    page.reload()
    page.select(pid)
    assert page.amend_button.isEnabled()
    new = page.amend_selected(reason="қате нөмір")
    assert new and page.editor.protocol_id == new
    page.close_editor()
    page.select(draft)
    assert page.void_selected(reason="қате ашылған")
    assert svc.get_protocol(session, draft).status == "voided"
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    ids = {page.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
           for r in range(page.table.rowCount())}
    assert ids == {new}
    from inspector_desk.ui.pages.protocols import today_lines

    lines = today_lines(main_window)
    assert len(lines) == 1 and lines[0][1] == "protocols"


def test_finalized_protocol_opens_read_only(qtbot, main_window):
    session = main_window.session
    pid = svc.import_protocol(session, json.dumps(sample(), ensure_ascii=False)).id
    svc.finalize(session, pid)
    editor = main_window.page_by_key["protocols"].open_protocol(pid)
    assert editor.read_only and not editor.body.isEnabled()
    assert editor.finalize_button.isHidden()


def test_typing_never_waits_for_validation(qtbot, main_window):
    session = main_window.session
    doc = copy.deepcopy(sample())
    doc["items"] = doc["items"] * 17
    pid = svc.import_protocol(session, json.dumps(doc, ensure_ascii=False)).id
    editor = main_window.page_by_key["protocols"].open_protocol(pid)
    field = editor.binder.inputs["place"]
    editor.autosave_timer.stop()
    qtbot.wait(300)  # first layout and paint of the whole form
    checks = []
    original = editor.validate
    editor.validate = lambda: checks.append(1) or original()
    editor.validate_timer.timeout.disconnect()
    editor.validate_timer.timeout.connect(editor.validate)
    for char in "ул. Сәтбаева, 21":
        type_text(field, char)
    # the per-keystroke time is measured in benchmarks/bench_protocol_print.py (≤ 16 ms)
    assert checks == []  # no legal check while the officer is typing …
    qtbot.waitUntil(lambda: checks == [1], timeout=3_000)  # … one after the pause
    assert editor.doc["place"].endswith("ул. Сәтбаева, 21")
    assert isinstance(editor.findChild(QCheckBox), QCheckBox)


def test_dates_are_shown_and_typed_as_people_write_them_and_stored_iso(qtbot, main_window):
    session = main_window.session
    pid = svc.import_protocol(session, json.dumps(sample(), ensure_ascii=False)).id
    editor = main_window.page_by_key["protocols"].open_protocol(pid)
    date, at = editor.binder.inputs["date"], editor.binder.inputs["copy_handed.at"]
    assert date.text() == "14.03.2026" and date.placeholderText() == "14.03.2026"
    assert at.text() == "14.03.2026 14:45"
    assert editor.binder.inputs["start_time"].text() == sample()["start_time"]
    assert editor.dirty_keys() == set()  # showing a date differently changes nothing
    # typed as people write them → stored ISO
    date.selectAll()
    date.del_()
    type_text(date, "1.4.2026")
    assert editor.doc["date"] == "2026-04-01"
    at.selectAll()
    at.del_()
    type_text(at, "01.04.2026 9:05")
    assert editor.doc["copy_handed"]["at"] == "2026-04-01T09:05"
    start = editor.binder.inputs["start_time"]
    start.selectAll()
    start.del_()
    type_text(start, "9:05")
    assert editor.doc["start_time"] == "09:05"
    # not a date: kept as typed, and the finding says how to type it
    date.selectAll()
    date.del_()
    type_text(date, "31.02.2026")
    assert editor.doc["date"] == "31.02.2026" and date.text() == "31.02.2026"
    qtbot.waitUntil(lambda: "format.date" in editor.findings_at("date"), timeout=2000)
    words = editor.binder.finding_labels["date"].text()
    assert "31.02.2026" in words and "DD.MM.YYYY" in words and "YYYY-MM-DD" not in words
    assert '<a href="cite:' in words  # the law one click away
    assert editor.save()
    assert svc.document(session, pid)["date"] == "31.02.2026"  # never lost
    # reopened: the stored ISO date is shown as DD.MM.YYYY, the wrong one as it was typed
    date.selectAll()
    date.del_()
    type_text(date, "15.03.2026")
    editor.save()
    page = main_window.page_by_key["protocols"]
    page.close_editor()
    editor = page.open_protocol(pid)
    assert editor.binder.inputs["date"].text() == "15.03.2026"
    assert editor.binder.inputs["copy_handed.at"].text() == "01.04.2026 09:05"
    assert svc.document(session, pid)["date"] == "2026-03-15"


def test_clock_into_a_datetime_field_shows_it_the_way_people_write_it(qtbot, main_window):
    page = main_window.page_by_key["protocols"]
    page.new_protocol("koap-791", "ru")
    editor = page.editor
    editor.clock = lambda: dt.datetime(2026, 3, 14, 14, 45)
    at = editor.binder.inputs["copy_handed.at"]
    at.setFocus()
    qtbot.keyClick(at, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert at.text() == "14.03.2026 14:45"
    assert editor.doc["copy_handed"]["at"] == "2026-03-14T14:45"


def _no_question(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"unexpected question: {self.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


def test_esc_leaves_at_once_when_everything_is_saved(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QApplication, QDialog

    page = main_window.page_by_key["protocols"]
    main_window.show_page("protocols")
    _no_question(monkeypatch)
    # New…: Esc on the choice of form just cancels, nothing extra is asked
    def cancel():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, cancel)
    assert page.new_protocol() is None and page.editor is None
    # a new protocol, nothing typed: Esc goes back to the list
    pid = page.new_protocol("koap-791", "ru")
    editor = page.editor
    qtbot.keyClick(editor.binder.inputs["place"], Qt.Key.Key_Escape)
    assert page.editor is None and page.stack.currentWidget() is page.list_view
    # typed, then autosaved: nothing unsaved, nothing asked
    editor = page.open_protocol(pid)
    type_text(editor.binder.inputs["place"], "с. Қарасу")
    assert editor.save()
    qtbot.keyClick(editor.binder.inputs["place"], Qt.Key.Key_Escape)
    assert page.editor is None
    assert svc.document(main_window.session, pid)["place"] == "с. Қарасу"
    # a finalized protocol (read-only) never asks
    done = svc.import_protocol(main_window.session, json.dumps(sample(), ensure_ascii=False)).id
    svc.finalize(main_window.session, done)
    editor = page.open_protocol(done)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.editor is None


def test_esc_with_unsaved_changes_asks_stay_or_save_and_close(qtbot, main_window):
    from PySide6.QtCore import QTimer

    page = main_window.page_by_key["protocols"]
    main_window.show_page("protocols")
    pid = page.new_protocol("koap-791", "kk")
    editor = page.editor
    editor.autosave_timer.stop()
    place = editor.binder.inputs["place"]
    type_text(place, "Қарасу ауылы")
    assert editor.dirty_keys() == {"place"}
    asked: list[str] = []

    def answer(choice):
        def click():
            asked.append(editor.escape_box.text())
            getattr(editor, choice).click()
        QTimer.singleShot(50, click)

    answer("escape_stay")
    qtbot.keyClick(place, Qt.Key.Key_Escape)
    assert asked and page.editor is editor and editor.doc["place"] == "Қарасу ауылы"
    assert "place" not in svc.document(main_window.session, pid)
    answer("escape_save")
    qtbot.keyClick(place, Qt.Key.Key_Escape)
    assert len(asked) == 2 and page.editor is None
    assert svc.document(main_window.session, pid)["place"] == "Қарасу ауылы"
