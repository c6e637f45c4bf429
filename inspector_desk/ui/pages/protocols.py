"""Protocols: the list with status and filters, and the guided editor in place.

New / Open / Print / Print translation / Amend / Void / Import / Export act on the selected
protocol through ``services.protocols``; the editor saves its draft before the window locks
or closes (``before_lock``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.forms import default_registry
from inspector_desk.services import protocols as svc
from inspector_desk.ui.pages.base import Page
from inspector_desk.ui.pages.today import TODAY_PROVIDERS
from inspector_desk.ui.protocol_editor import ProtocolEditor
from inspector_desk.ui.qt_i18n import languages
from inspector_desk.ui.receptions_print import show_pdf
from inspector_desk.ui.unlock import error_text

STATUSES = ("draft", "finalized", "amended", "voided")


def status_word(status: str) -> str:
    return {"draft": QCoreApplication.translate("Protocols", "draft"), "finalized": QCoreApplication.translate("Protocols", "finalized"),
            "amended": QCoreApplication.translate("Protocols", "amended"),
            "voided": QCoreApplication.translate("Protocols", "voided")}.get(status, status)


def form_title(form_id: str, lang: str) -> str:
    try:
        form = default_registry().get(form_id)
    except LookupError:
        return form_id
    return form.title.get(lang) or form.title["ru"]


def _dotted(iso: str | None) -> str:
    """``2026-03-14`` as people write it: ``14.03.2026`` (anything else unchanged)."""
    if iso and len(iso) >= 10 and iso[4] == "-" and iso[7] == "-":
        return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"
    return iso or ""


def today_lines(window) -> list[tuple[str, str]]:
    """Today: drafts of protocols not finalized."""
    session = window.session
    if session is None:
        return []
    out = []
    for p in svc.unfinished_drafts(session):
        out.append((QCoreApplication.translate("Protocols", "Protocol draft not finalized: {0} {1} ({2})").format(
            form_title(p.form, languages().lang), p.title or "—", _dotted(p.action_date) or "—"),
            "protocols"))
    return out


if today_lines not in TODAY_PROVIDERS:
    TODAY_PROVIDERS.append(today_lines)


class NewProtocolDialog(QDialog):
    """Which form, in which language of proceedings."""

    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New protocol"))
        layout = QFormLayout(self)
        self.form_combo = QComboBox()
        registry = default_registry()
        for form_id in registry.available():  # new protocols start on the latest version
            form = registry.get(form_id)
            self.form_combo.addItem(f"{form.id} — {form.title.get(lang) or form.title['ru']}",
                                    form.id)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem(self.tr("Kazakh"), "kk")
        self.lang_combo.addItem(self.tr("Russian"), "ru")
        self.lang_combo.setCurrentIndex(0 if lang == "kk" else 1)
        layout.addRow(self.tr("Form"), self.form_combo)
        layout.addRow(self.tr("Language of proceedings"), self.lang_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def choose(self, form: str, lang: str) -> None:
        self.form_combo.setCurrentIndex(self.form_combo.findData(form))
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))


class ProtocolsPage(Page):
    COLUMNS = 6

    def __init__(self, window) -> None:
        super().__init__(window)
        self.stack = QStackedWidget()
        self.layout_.addWidget(self.stack, 1)
        self.list_view = QWidget()
        column = QVBoxLayout(self.list_view)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.status_filter = QComboBox()
        self.form_filter = QComboBox()
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.form_filter.currentIndexChanged.connect(self.reload)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.form_filter)
        column.addLayout(filters)
        actions = QHBoxLayout()
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.print_button = QPushButton()
        self.translation_button = QPushButton()
        self.amend_button = QPushButton()
        self.void_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_protocol())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.print_button.clicked.connect(lambda: self.print_selected())
        self.translation_button.clicked.connect(lambda: self.print_selected(translated=True))
        self.amend_button.clicked.connect(lambda: self.amend_selected())
        self.void_button.clicked.connect(lambda: self.void_selected())
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_selected())
        for b in (self.new_button, self.open_button, self.print_button, self.translation_button,
                  self.amend_button, self.void_button, self.import_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        column.addLayout(actions)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for stretched in (1, 3):  # the form's title and the place take the room that is left
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_actions)
        column.addWidget(self.table, 1)
        self.stack.addWidget(self.list_view)
        self.editor: ProtocolEditor | None = None
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_protocol)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=lambda: self.print_selected())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Protocols")

    def help_text(self) -> str:
        return self.window_.page_help("protocols")

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "table"):
            return
        self.search.setPlaceholderText(self.tr("Search by person, place, form or date (Ctrl+F)"))
        self.new_button.setText(self.tr("New…"))
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print"))
        self.translation_button.setText(self.tr("Print translated copy"))
        self.amend_button.setText(self.tr("Amend…"))
        self.void_button.setText(self.tr("Void…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Form"), self.tr("Person"), self.tr("Place"),
            self.tr("Language"), self.tr("Status")])
        lang = languages().lang
        for combo, items in (
            (self.status_filter, [(self.tr("All statuses"), None)]
             + [(status_word(s), s) for s in STATUSES]),
            (self.form_filter, [(self.tr("All forms"), None)]
             + [(f"{f.id} — {form_title(f.id, lang)}", f.id)
                for f in sorted(default_registry().all(), key=lambda f: f.id)
                if f.version == max(default_registry().available()[f.id])]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.reload()

    # -- list -------------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.window_.session if hasattr(self, "table") else None
        if session is None:
            return
        rows = svc.list_protocols(session, status=self.status_filter.currentData(),
                                  form=self.form_filter.currentData(),
                                  search=self.search.text())
        selected = self.selected_id()
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            values = [_dotted(p.action_date), form_title(p.form, languages().lang), p.title,
                      p.place or "", p.language, status_word(p.status)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, p.status)
                self.table.setItem(r, c, item)
            if p.id == selected:
                self.table.selectRow(r)
        self._update_actions()

    def changes_applied(self, changes) -> None:
        if changes.touched("protocols") or changes.touched("protocol_events"):
            self.reload()

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def selected_status(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole + 1) if items else None

    def select(self, protocol_id: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == protocol_id:
                self.table.selectRow(r)
                return

    def _update_actions(self) -> None:
        status = self.selected_status()
        for b in (self.open_button, self.print_button, self.translation_button,
                  self.export_button):
            b.setEnabled(status is not None)
        self.amend_button.setEnabled(status == "finalized")
        self.void_button.setEnabled(status in ("draft", "finalized", "amended"))

    # -- actions ----------------------------------------------------------------------------
    def new_protocol(self, form: str | None = None, lang: str | None = None) -> str | None:
        if form is None or lang is None:
            dialog = NewProtocolDialog(self, languages().lang)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            form, lang = dialog.form_combo.currentData(), dialog.lang_combo.currentData()
        pid = self.window_.call(svc.create_draft, form, lang)
        if pid:
            self.reload()
            self.open_protocol(pid)
        return pid

    def open_selected(self) -> ProtocolEditor | None:
        pid = self.selected_id()
        return self.open_protocol(pid) if pid else None

    def open_protocol(self, protocol_id: str) -> ProtocolEditor | None:
        self.close_editor()
        try:
            editor = ProtocolEditor(lambda: self.window_.session, protocol_id,
                                    on_changes=self.window_.changes_applied)
        except Exception as exc:  # noqa: BLE001 - shown in words
            QMessageBox.warning(self, self.tr("Cannot open"), error_text(exc))
            return None
        editor.closed.connect(self.close_editor)
        editor.finalized.connect(lambda _seal: self.window_.changes_applied(
            _changes(protocol_id)))
        editor.print_button.clicked.connect(lambda: self.print_protocol(editor.protocol_id))
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        return editor

    def close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        editor.save()
        editor.autosave_timer.stop()
        self.stack.setCurrentWidget(self.list_view)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self.reload()
        self.select(editor.protocol_id)

    def before_lock(self) -> None:
        """Save the open draft before the database locks or the window closes."""
        if self.editor is not None:
            self.editor.save()

    def print_protocol(self, protocol_id: str, *, translated: bool = False) -> Path | None:
        session = self.window_.session
        if session is None:
            return None
        if self.editor is not None and self.editor.protocol_id == protocol_id:
            self.editor.save()
        try:
            record = svc.get_protocol(session, protocol_id)
            own = record.document.get("language") if record.document.get("language") in (
                "kk", "ru") else record.language
            lang = ("ru" if own == "kk" else "kk") if translated else own
            data = svc.print_protocol(session, protocol_id, lang=lang)
        except Exception as exc:  # noqa: BLE001 - shown in words
            QMessageBox.warning(self, self.tr("Not printed"), error_text(exc))
            return None
        suffix = f"-{lang}" + ("-translation" if translated else "")
        return show_pdf(self, data, f"protocol-{record.form}{suffix}.pdf")

    def print_selected(self, *, translated: bool = False) -> Path | None:
        pid = self.selected_id()
        return self.print_protocol(pid, translated=translated) if pid else None

    def _reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, self.tr("Reason:"))
        return text if ok else None

    def amend_selected(self, reason: str | None = None) -> str | None:
        pid = self.selected_id()
        if not pid:
            return None
        if reason is None:
            reason = self._reason(self.tr("Amend the protocol"))
            if reason is None:
                return None
        new = self.window_.call(svc.amend, pid, reason=reason)
        if new:
            self.window_.changes_applied(_changes(new))
            self.open_protocol(new)
        return new

    def void_selected(self, reason: str | None = None) -> bool:
        pid = self.selected_id()
        if not pid:
            return False
        if reason is None:
            reason = self._reason(self.tr("Void the protocol"))
            if reason is None:
                return False
        return self.window_.call(svc.void, pid, reason=reason) is not None

    def import_file(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a protocol"), "",
                                                  self.tr("Protocols (*.json)"))
            if not path:
                return None
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), str(exc.strerror or exc))
            return None
        result = self.window_.call(svc.import_protocol, raw, lang=languages().lang)
        if result is None:
            return None
        self.window_.changes_applied(result.changes)
        self.select(result.id)
        return result.id

    def export_selected(self, path: str | None = None) -> Path | None:
        pid = self.selected_id()
        if not pid:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the protocol"),
                                                  "protocol.json",
                                                  self.tr("Protocols (*.json)"))
            if not path:
                return None
        text = self.window_.call(svc.export_protocol, pid)
        if text is None:
            return None
        try:
            Path(path).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc.strerror or exc))
            return None
        return Path(path)


def _changes(protocol_id: str):
    from inspector_desk.services.session import Changes

    return Changes(entities={"protocols"}, ids={protocol_id})
