"""Reference data kept in Settings: register categories, decreed calendar day transfers, and
this device's appeal number prefix.

Categories and day transfers are synced reference tables that only a supervisor may change
(:mod:`inspector_desk.services.register`, :mod:`inspector_desk.services.calendar_overrides`);
the services refuse everyone else and the dialogs show that refusal in words. Every change is
one core service call on the window's session; nothing here writes SQL. The forms share the
keyboard rules of the other forms (:class:`~inspector_desk.ui.receptions_dialogs.FormDialog`):
Enter saves, Esc asks only when something was typed, a problem is shown beside its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.register import KINDS as CATEGORY_KINDS
from inspector_desk.i18n import short_date
from inspector_desk.services import calendar_overrides as overrides
from inspector_desk.services import receptions as reception_svc
from inspector_desk.services import register as register_svc
from inspector_desk.services.device_role import may_change_shared_reference
from inspector_desk.services.session import Changes
from inspector_desk.ui.qt_i18n import languages
from inspector_desk.ui.receptions_dialogs import ERROR_STYLE, FormDialog
from inspector_desk.ui.unlock import error_text

SUPERVISOR = "supervisor"
MAX_DAYS = 3650  # the register service takes 1–3650 days


def is_supervisor(window) -> bool:
    """Whether the officer at the window may change the reference tables."""
    session = window.session
    return bool(session is not None and session.actor and session.actor.role == SUPERVISOR)


def _days_spin(*, optional: bool = False) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0 if optional else 1, MAX_DAYS)
    return box


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class _ListDialog(QDialog):
    """A reference list with its actions; a refused change is shown in words under it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setModal(True)
        self.resize(960, 520)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.close_buttons)

    def call(self, service: Callable, *args, **kwargs) -> object | None:
        """Run a core service on the window's session; show a refusal here, or refresh."""
        self.message.hide()
        session = self.window_.session
        if session is None:
            return None
        try:
            result = service(session, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - shown in words, the dialog stays open
            self.message.setText(error_text(exc))
            self.message.show()
            return None
        if isinstance(result, Changes):
            self.window_.changes_applied(result)
        return result

    def open_form(self, dialog: FormDialog) -> object | None:
        """Show a form modally; returns its result when saved."""
        self.active_form = dialog
        try:
            accepted = dialog.exec()
        finally:
            self.active_form = None
        return dialog.result_value if accepted else None


# --- register categories -------------------------------------------------------------------

class CategoriesDialog(_ListDialog):
    """The register categories: check interval and default period, and new categories."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.categories: list[register_svc.Category] = []
        self.last_added_code = ""
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = _table(5)
        self.edit_box = QGroupBox()
        form = QFormLayout(self.edit_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.interval = _days_spin()
        self.period = _days_spin(optional=True)
        self.apply_to_open = QCheckBox()
        self.interval_label, self.period_label = QLabel(), QLabel()
        self.interval_label.setBuddy(self.interval)
        self.period_label.setBuddy(self.period)
        form.addRow(self.interval_label, self.interval)
        form.addRow(self.period_label, self.period)
        form.addRow(self.apply_to_open)
        self.save_button = QPushButton()
        self.add_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.add_button)
        row.addStretch(1)
        form.addRow(row)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.edit_box)
        self.finish_layout()
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self.add)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register categories"))
        self.intro.setText(self.tr(
            "Changes apply to new register entries; tick the box to move the open entries "
            "of the category to the new check interval too. Only a supervisor may save."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Check every (days)"),
            self.tr("Default period (days)"), self.tr("Kind")])
        self.edit_box.setTitle(self.tr("Selected category"))
        self.interval_label.setText(self.tr("Check interval (days) *"))
        self.period_label.setText(self.tr("Default period (days)"))
        self.period.setSpecialValueText(self.tr("no fixed end"))
        self.apply_to_open.setText(self.tr("Apply to open entries too"))
        self.save_button.setText(self.tr("Save changes"))
        self.add_button.setText(self.tr("Add a category…"))

    def kind_text(self, kind: str) -> str:
        return {"legal": self.tr("Legal register"),
                "attention": self.tr("Attention list")}.get(kind, kind)

    def reload(self, select_id: str | None = None) -> None:
        select_id = select_id or self.selected_id()
        session = self.window_.session
        self.categories = (register_svc.list_categories(session, include_inactive=True)
                           if session is not None else [])
        lang = languages().lang
        self.table.setRowCount(len(self.categories))
        for row, cat in enumerate(self.categories):
            name = cat.name(lang)
            if not cat.active:
                name += " " + self.tr("(not in use)")
            period = str(cat.period_days) if cat.period_days else self.tr("no fixed end")
            for column, text in enumerate((cat.code, name, str(cat.check_interval_days),
                                           period, self.kind_text(cat.kind))):
                self.table.setItem(row, column, _cell(text, cat.id if column == 0 else None))
        row = next((i for i, c in enumerate(self.categories) if c.id == select_id), 0)
        if self.categories:
            self.table.selectRow(row)
        self._show_selected()

    def selected(self) -> register_svc.Category | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.categories):
            return None
        return self.categories[rows[0].row()]

    def selected_id(self) -> str | None:
        cat = self.selected()
        return cat.id if cat else None

    def select_code(self, code: str) -> bool:
        for row, cat in enumerate(self.categories):
            if cat.code == code:
                self.table.selectRow(row)
                return True
        return False

    def _show_selected(self) -> None:
        cat = self.selected()
        self.edit_box.setEnabled(cat is not None)
        self.add_button.setEnabled(True)
        if cat is None:
            return
        self.interval.setValue(cat.check_interval_days)
        self.period.setValue(cat.period_days or 0)
        self.apply_to_open.setChecked(False)

    def save(self) -> None:
        cat = self.selected()
        if cat is None:
            return
        changes = self.call(register_svc.update_category, cat.id,
                            {"check_interval_days": self.interval.value(),
                             "period_days": self.period.value() or None},
                            apply_to_open=self.apply_to_open.isChecked())
        if changes is not None:
            self.reload(cat.id)

    def add(self) -> None:
        saved = self.open_form(NewCategoryDialog(self.window_, self))
        if saved is not None:
            self.reload()
            self.select_code(self.last_added_code)


class NewCategoryDialog(FormDialog):
    """A new register category: code, names in three languages, basis, kind, terms."""

    def __init__(self, window, parent: CategoriesDialog) -> None:
        super().__init__(window, parent)
        self.owner = parent
        self.code = self.add_field("code", QLineEdit())
        self.name_kk = self.add_field("name_kk", QLineEdit())
        self.name_ru = self.add_field("name_ru", QLineEdit())
        self.name_en = self.add_field("name_en", QLineEdit())
        self.legal_basis = self.add_field("legal_basis", QLineEdit())
        self.kind = self.add_field("kind", QComboBox())
        for code in CATEGORY_KINDS:
            self.kind.addItem(parent.kind_text(code), code)
        self.interval = self.add_field("check_interval_days", _days_spin())
        self.interval.setValue(30)
        self.period = self.add_field("period_days", _days_spin(optional=True))
        self.retranslate()
        self.remember_initial()
        self.code.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New register category"))
        for key, text in {"code": self.tr("Code (Latin, short) *"),
                          "name_kk": self.tr("Name in Kazakh *"),
                          "name_ru": self.tr("Name in Russian *"),
                          "name_en": self.tr("Name in English *"),
                          "legal_basis": self.tr("Legal basis"),
                          "kind": self.tr("Kind"),
                          "check_interval_days": self.tr("Check interval (days) *"),
                          "period_days": self.tr("Default period (days)")}.items():
            self.labels[key].setText(text)
        self.period.setSpecialValueText(self.tr("no fixed end"))

    def remember_initial(self) -> None:
        super().remember_initial()
        self._initial_days = (self.interval.value(), self.period.value())

    def dirty(self) -> bool:
        return super().dirty() or (self.interval.value(),
                                   self.period.value()) != self._initial_days

    def save(self) -> None:
        self.owner.last_added_code = self.code.text().strip()
        self.run(register_svc.add_category, {
            "code": self.code.text(), "name_kk": self.name_kk.text(),
            "name_ru": self.name_ru.text(), "name_en": self.name_en.text(),
            "legal_basis": self.legal_basis.text(), "kind": self.kind.currentData(),
            "check_interval_days": self.interval.value(),
            "period_days": self.period.value() or None})


# --- calendar day transfers ----------------------------------------------------------------

class CalendarDialog(_ListDialog):
    """Decreed day transfers the shipped calendar lacks (a supervisor enters them)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.entries: list[overrides.Override] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = _table(4)
        self.add_button = QPushButton()
        self.cancel_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(row)
        self.finish_layout()
        self.add_button.clicked.connect(self.add)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calendar day transfers"))
        self.intro.setText(self.tr(
            "Days off and working days moved by a government decree that the shipped "
            "calendar does not know yet. Adding or cancelling one recounts the terms of "
            "running appeals. Only a supervisor may change them."))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Becomes"),
                                              self.tr("Decree"), self.tr("Note")])
        self.add_button.setText(self.tr("Add a transfer…"))
        self.cancel_button.setText(self.tr("Cancel the selected transfer…"))

    def kind_text(self, kind: str) -> str:
        return {"day_off": self.tr("Day off"),
                "working_day": self.tr("Working day")}.get(kind, kind)

    def reload(self) -> None:
        session = self.window_.session
        self.entries = overrides.list_overrides(session) if session is not None else []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((short_date(entry.day), self.kind_text(entry.kind),
                                           entry.decree, entry.note)):
                self.table.setItem(row, column, _cell(text, entry.id if column == 0 else None))
        self._selection_changed()

    def selected(self) -> overrides.Override | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _selection_changed(self) -> None:
        self.cancel_button.setEnabled(self.selected() is not None)

    def add(self) -> None:
        if self.open_form(OverrideDialog(self.window_, self)) is not None:
            self.reload()

    def cancel_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if self.open_form(CancelOverrideDialog(self.window_, self, entry)) is not None:
            self.reload()


class OverrideDialog(FormDialog):
    """A decreed transfer: the date, what it becomes, the decree."""

    def __init__(self, window, parent: CalendarDialog, *, day: dt.date | None = None) -> None:
        super().__init__(window, parent)
        day = day or dt.date.today()
        self.day = self.add_field("day", QDateEdit(QDate(day.year, day.month, day.day)))
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.kind = self.add_field("kind", QComboBox())
        for code in overrides.KINDS:
            self.kind.addItem(parent.kind_text(code), code)
        self.decree = self.add_field("decree", QLineEdit())
        self.note = self.add_field("note", QLineEdit())
        self.retranslate()
        self.remember_initial()
        self.day.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New day transfer"))
        for key, text in {"day": self.tr("Date"), "kind": self.tr("The day becomes"),
                          "decree": self.tr("Decree (number and date) *"),
                          "note": self.tr("Note")}.items():
            self.labels[key].setText(text)

    def save(self) -> None:
        self.run(overrides.add_override, self.day.date().toPython(), self.kind.currentData(),
                 self.decree.text(), self.note.text())


class CancelOverrideDialog(FormDialog):
    """Cancel a transfer entered by mistake; it is kept with the reason."""

    def __init__(self, window, parent: CalendarDialog, entry: overrides.Override) -> None:
        super().__init__(window, parent)
        self.entry = entry
        self.reason = self.add_field("reason", QLineEdit())
        self.retranslate()
        self.remember_initial()
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel the transfer of %1").replace(
            "%1", short_date(self.entry.day)))
        self.labels["reason"].setText(self.tr("Reason *"))

    def save(self) -> None:
        self.run(overrides.cancel_override, self.entry.id, self.reason.text())


# --- the appeal number prefix of this device -----------------------------------------------

class PrefixDialog(FormDialog):
    """The prefix of this device's appeal registration numbers (``2026-K7A-0015``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        session = window.session
        self.current = reception_svc.number_prefix(session) if session is not None else ""
        self.prefix = self.add_field("prefix", QLineEdit(self.current))
        self.prefix.setMaxLength(4)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        self.prefix.textChanged.connect(self._update_hint)
        self.retranslate()
        self.remember_initial()
        self.prefix.setFocus()
        self.prefix.selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Appeal number prefix"))
        self.labels["prefix"].setText(self.tr("Prefix of this device (1–4 Latin capitals or "
                                              "digits, no 0, O, 1, I) *"))
        self._update_hint()

    def _update_hint(self) -> None:
        shown = self.prefix.text().strip().upper() or "…"
        self.hint.setText(self.tr("New appeals will be numbered like {0}. Numbers already "
                                  "given keep their prefix; give every device of the precinct "
                                  "its own prefix.").format(
                                      f"{dt.date.today().year}-{shown}-0001"))

    def save(self) -> None:
        self.run(reception_svc.set_number_prefix, self.prefix.text())


class ReferenceBox(QGroupBox):
    """The "Reference data (supervisor)" group of the Settings page."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.categories_button = QPushButton()
        self.calendar_button = QPushButton()
        self.prefix_button = QPushButton()
        self.prefix_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.categories_button, self.calendar_button, self.prefix_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.prefix_label)
        layout.addWidget(self.note)
        self.categories_button.clicked.connect(self.open_categories)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.prefix_button.clicked.connect(self.open_prefix)
        self.active_dialog: QDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reference data (supervisor)"))
        self.categories_button.setText(self.tr("Register categories…"))
        self.calendar_button.setText(self.tr("Calendar day transfers…"))
        self.prefix_button.setText(self.tr("Appeal number prefix…"))
        self.reload()

    def reload(self) -> None:
        session = self.window_.session
        if session is None:
            return
        officer_may = is_supervisor(self.window_)
        device_may = may_change_shared_reference(session)
        for button in (self.categories_button, self.calendar_button):
            button.setEnabled(officer_may and device_may)
        self.note.setVisible(not (officer_may and device_may))
        if officer_may:
            self.note.setText(self.tr("This device is enrolled for a precinct: register "
                                      "categories and day transfers are changed on a "
                                      "supervisor's device and reach this one by sync."))
        else:
            self.note.setText(self.tr("Only a supervisor may change the register categories "
                                      "and the working-day calendar; sign in as a supervisor "
                                      "to change them."))
        self.prefix_label.setText(self.tr("Appeal numbers of this device: {0}").format(
            f"{dt.date.today().year}-{reception_svc.number_prefix(session)}-0001"))

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.active_dialog = None
        self.reload()

    def open_categories(self) -> None:
        self._open(CategoriesDialog(self.window_))

    def open_calendar(self) -> None:
        self._open(CalendarDialog(self.window_))

    def open_prefix(self) -> None:
        self._open(PrefixDialog(self.window_))


__all__ = ["CalendarDialog", "CancelOverrideDialog", "CategoriesDialog", "NewCategoryDialog",
           "OverrideDialog", "PrefixDialog", "ReferenceBox", "is_supervisor"]
