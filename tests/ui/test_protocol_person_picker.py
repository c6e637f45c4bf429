"""Subjects and participants picked from the register into a protocol (issue 5, item 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from inspector_desk.services import protocols as svc
from inspector_desk.services.persons import add_person
from inspector_desk.ui.person_picker import PersonPicker
from inspector_desk.ui.protocol_editor import ProtocolEditor
from tests.ui.keys import type_text


def _person(session) -> str:
    changes = add_person(session, {
        "last_name": "Жұмабаев", "first_name": "Нұрлан", "patronymic": "Серікұлы",
        "iin": "920704301801", "settlement": "Қарасу", "street": "Абай", "house": "12",
        "document": "жеке куәлік № 045871236"})
    return next(iter(changes.ids))


def _answer_picker(qtbot, query: str) -> None:
    def interact() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, PersonPicker)
        type_text(picker.search, query)
        qtbot.waitUntil(lambda: picker.results.count() > 0, timeout=3_000)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    QTimer.singleShot(50, interact)


def test_subject_and_witness_come_from_the_register(qtbot, session, lang_en):
    _person(session)
    pid = svc.create_draft(session, "koap-791", "ru")
    editor = ProtocolEditor(lambda: session, pid)
    qtbot.addWidget(editor)
    editor.show()
    _answer_picker(qtbot, "жумаб")  # typed without Kazakh letters: still found
    qtbot.mouseClick(editor.findChild(QPushButton, "pick:subject"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.doc.get("subject", {}).get("iin") == "920704301801",
                    timeout=5_000)
    subject = editor.doc["subject"]
    assert (subject["last_name"], subject["birth_date"], subject["sex"]) == (
        "Жұмабаев", "1992-07-04", "M")
    assert "Абай" in subject["address"]
    assert editor.binder.inputs["subject.last_name"].text() == "Жұмабаев"

    _answer_picker(qtbot, "9207")  # by IIN prefix
    qtbot.mouseClick(editor.findChild(QPushButton, "pick:participants"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.doc.get("participants") or []) == 1, timeout=5_000)
    assert editor.doc["participants"][0]["role"] == "witness"
    assert editor.doc["participants"][0]["first_name"] == "Нұрлан"
    views = session.db.execute(
        "SELECT count(*) FROM audit WHERE action = 'person.protocol'").fetchone()[0]
    assert views == 2  # each read of personal data for the protocol is audited
