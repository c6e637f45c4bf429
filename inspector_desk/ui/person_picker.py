"""Pick a person from the register by typing part of a name or an IIN (Enter takes it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.services.person_lookup import find_persons, protocol_person


class PersonPicker(QDialog):
    """A search field over the register; ``chosen`` holds the picked person's fields."""

    def __init__(self, session_getter: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session_getter
        self.chosen: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Choose a person from the register"))
        self.hint = QLabel(self.tr("Type part of a name or the first digits of an IIN."))
        self.hint.setWordWrap(True)
        self.search = QLineEdit()
        self.results = QListWidget()
        self.empty = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._take)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.hint, self.search, self.results, self.empty, buttons):
            layout.addWidget(w)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._take)
        self.results.itemActivated.connect(lambda _i: self._take())
        self.resize(520, 420)

    def refresh(self) -> None:
        session = self._session()
        self.results.clear()
        if session is None:
            return
        for person in find_persons(session, self.search.text()):
            born = f" · {person.birth_date[8:10]}.{person.birth_date[5:7]}.{person.birth_date[:4]}" \
                if person.birth_date else ""
            item = QListWidgetItem(f"{person.name}{born} · {person.address}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.empty.clear()
        elif self.search.text().strip():
            self.empty.setText(self.tr("Nobody found. The person can be typed in by hand."))

    def _take(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.refresh()
        item = self.results.currentItem()
        session = self._session()
        if item is None or session is None:
            return
        self.chosen = protocol_person(session, item.data(Qt.ItemDataRole.UserRole))
        self.accept()


def pick_person(session_getter: Callable[[], Any], parent: QWidget | None) -> dict | None:
    """Open the picker; the chosen person's fields, or ``None`` if cancelled."""
    picker = PersonPicker(session_getter, parent)
    return picker.chosen if picker.exec() == QDialog.DialogCode.Accepted else None
