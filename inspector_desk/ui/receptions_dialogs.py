"""Dialogs of the Receptions page: take an appeal, forward, extend, decide, hand over,
cancel, the journal period, and the reception hours.

Keyboard-first: the Tab order follows the form, Enter saves (Shift+Enter starts a new line
in the summary), Esc cancels and asks only when something was typed. A problem is shown
in words under its field and the form keeps what was typed; nothing is half-written
because each service call is one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain import appeals as rules
from inspector_desk.domain.appeals import AppealDraft, AppealError
from inspector_desk.i18n import short_date
from inspector_desk.services import receptions as svc
from inspector_desk.ui.qt_i18n import languages
from inspector_desk.ui.receptions_model import label
from inspector_desk.ui.unlock import error_text

ERROR_STYLE = "color: #a50e0e;"


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateTimeEdit):  # also QDateEdit / QTimeEdit
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    return None


class FormDialog(QDialog):
    """A dialog with a form whose fields each have a label and an error line under them."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._initial: dict[str, object] = {}
        self.result_value: object = None

    def add_field(self, key: str, widget: QWidget) -> QWidget:
        label = QLabel()
        label.setBuddy(widget)
        label.setWordWrap(True)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        col.addWidget(error)
        self.form.addRow(label, box)
        self.fields[key], self.labels[key], self.errors[key] = widget, label, error
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.installEventFilter(self)
        return widget

    def remember_initial(self) -> None:
        """Take the current values as "nothing typed yet" (call at the end of __init__)."""
        self._initial = {k: _value(w) for k, w in self.fields.items()}

    def dirty(self) -> bool:
        return any(_value(w) != self._initial.get(k) for k, w in self.fields.items())

    # -- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (isinstance(obj, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.save()
            return True
        return super().eventFilter(obj, event)

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard?"), self.tr("What you typed will be lost. Close the form?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.dirty() and not self.confirm_discard():
            return
        super().reject()

    # -- errors -----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.hide()
        self.general_error.hide()

    def show_error(self, exc: BaseException) -> None:
        lang = languages().lang
        message = exc.message(lang) if isinstance(exc, AppealError) else error_text(exc)
        field = getattr(exc, "field", None)
        target = self.errors.get(field) if field else None
        if target is None:
            self.general_error.setText(message)
            self.general_error.show()
            return
        target.setText(message)
        target.show()
        self.fields[field].setFocus()

    def run(self, service: Callable, *args, **kwargs) -> object | None:
        """Call a core service on the window's session; show a problem, or accept."""
        self.clear_errors()
        try:
            result = service(self.window_.session, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - shown beside the field, in words
            self.show_error(exc)
            return None
        changes = getattr(result, "changes", result)
        if changes is not None and hasattr(changes, "entities"):
            self.window_.changes_applied(changes)
        self.result_value = result
        super().accept()
        return result

    def save(self) -> None:
        raise NotImplementedError


def _combo(group: str, codes: tuple[str, ...], *, empty: bool = False) -> QComboBox:
    box = QComboBox()
    if empty:
        box.addItem("", None)
    for code in codes:
        box.addItem(label(group, code), code)
    return box


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


def _py_date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


class NewAppealDialog(FormDialog):
    """Take an appeal: everything АППК 63–64 asks, in reading order."""

    def __init__(self, window, *, now: dt.datetime | None = None) -> None:
        super().__init__(window)
        now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
        self.received = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day),
                                                QTime(now.hour, now.minute)))
        self.received.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.kind = _combo("kind", rules.KINDS)
        self.format = _combo("format", rules.FORMATS)
        self.anonymous = QCheckBox()
        self.applicant_name = QLineEdit()
        self.applicant_iin = QLineEdit()
        self.applicant_iin.setMaxLength(12)
        self.applicant_address = QLineEdit()
        self.applicant_phone = QLineEdit()
        self.applicant_lang = QComboBox()
        self.applicant_lang.addItem("Қазақша", "kk")
        self.applicant_lang.addItem("Русский", "ru")
        if languages().lang == "ru":
            self.applicant_lang.setCurrentIndex(1)
        self.summary = QPlainTextEdit()
        self.summary.setMinimumHeight(80)
        self.attachments = QLineEdit()
        for key in ("received_at", "kind", "format", "applicant_name", "applicant_iin",
                    "applicant_address", "applicant_phone", "applicant_lang", "anonymous",
                    "summary", "attachments"):
            self.add_field(key, getattr(self, {"received_at": "received"}.get(key, key)))
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.retranslate()
        self.remember_initial()
        self.applicant_name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New appeal"))
        texts = {
            "received_at": self.tr("Received (date and time)"),
            "kind": self.tr("Kind"),
            "format": self.tr("Format of reception"),
            "anonymous": self.tr("Applicant not named (report of an offence only)"),
            "applicant_name": self.tr("Applicant's full name *"),
            "applicant_iin": self.tr("IIN (if given)"),
            "applicant_address": self.tr("Address"),
            "applicant_phone": self.tr("Phone"),
            "applicant_lang": self.tr("Language of the talon and answer"),
            "summary": self.tr("What the appeal is about *"),
            "attachments": self.tr("Attachments (separate with ;)"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)

    def _anonymous_toggled(self, on: bool) -> None:
        for w in (self.applicant_name, self.applicant_iin):
            w.setEnabled(not on)

    def draft(self) -> AppealDraft:
        return AppealDraft(
            received_at=self.received.dateTime().toPython(),
            kind=self.kind.currentData(), format=self.format.currentData(),
            summary=self.summary.toPlainText(),
            applicant_name=self.applicant_name.text(), applicant_iin=self.applicant_iin.text(),
            applicant_address=self.applicant_address.text(),
            applicant_phone=self.applicant_phone.text(),
            applicant_lang=self.applicant_lang.currentData(),
            anonymous=self.anonymous.isChecked(),
            attachments=tuple(a for a in self.attachments.text().split(";") if a.strip()),
        )

    def save(self) -> None:
        self.run(svc.take_appeal, self.draft())


class ForwardDialog(FormDialog):
    """Forward to the competent body (АППК 65): body, date, outgoing number."""

    def __init__(self, window, appeal: svc.Appeal, *, today: dt.date | None = None) -> None:
        super().__init__(window)
        self.appeal = appeal
        self.today = today or dt.date.today()
        self.body = self.add_field("body", QLineEdit())
        self.forwarded_on = self.add_field("forwarded_on", _date_edit(self.today))
        self.outgoing_number = self.add_field("outgoing_number", QLineEdit())
        self.partial = self.add_field("partial", QCheckBox())
        self.late_reason = self.add_field("late_reason", QLineEdit())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        self.forwarded_on.dateChanged.connect(self._update_hint)
        self.retranslate()
        self.remember_initial()
        self.body.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Forward appeal %1").replace("%1", self.appeal.reg_number))
        for key, text in {"body": self.tr("Competent body *"),
                          "forwarded_on": self.tr("Forwarded on"),
                          "outgoing_number": self.tr("Outgoing number *"),
                          "partial": self.tr("Only part of the demands (the rest stays with us)"),
                          "late_reason": self.tr("Reason for the delay")}.items():
            self.labels[key].setText(text)
        self._update_hint()

    def _update_hint(self) -> None:
        due = self.appeal.forward_due_on
        if due is None:
            return
        late = _py_date(self.forwarded_on) > due
        text = self.tr("Forward by {0} (3 working days, АППК art. 65).").format(short_date(due))
        if late:
            text += " " + self.tr("This is late: write the reason for the delay.")
        self.hint.setText(text)
        self.hint.setStyleSheet(ERROR_STYLE if late else "")

    def save(self) -> None:
        self.run(svc.forward_appeal, self.appeal.id, body=self.body.text(),
                 forwarded_on=_py_date(self.forwarded_on),
                 outgoing_number=self.outgoing_number.text(),
                 late_reason=self.late_reason.text(), partial=self.partial.isChecked(),
                 today=self.today)


class ExtendDialog(FormDialog):
    """Extend the term by a reasoned decision (АППК 76 p.3)."""

    def __init__(self, window, appeal: svc.Appeal, calendar, *,
                 today: dt.date | None = None) -> None:
        super().__init__(window)
        self.appeal = appeal
        self.today = today or dt.date.today()
        self.calendar = calendar
        self.decided_on = self.add_field("extended_on", _date_edit(self.today))
        self.new_due = self.add_field("new_due", _date_edit(calendar.extension_limit(self.today)))
        self.reason = self.add_field("extension_reason", QPlainTextEdit())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        self.decided_on.dateChanged.connect(self._update_hint)
        self.retranslate()
        self.remember_initial()
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Extend the term of %1").replace("%1",
                                                                       self.appeal.reg_number))
        for key, text in {"extended_on": self.tr("Decision taken on"),
                          "new_due": self.tr("New term"),
                          "extension_reason": self.tr("Reasons *")}.items():
            self.labels[key].setText(text)
        self._update_hint()

    def _update_hint(self) -> None:
        day = _py_date(self.decided_on)
        try:
            limit = self.calendar.extension_limit(day)
            notice = self.calendar.extension_notice_due(day)
        except ValueError:
            return
        self.hint.setText(self.tr("At most until {0}; tell the applicant by {1}.")
                          .format(short_date(limit), short_date(notice)))

    def save(self) -> None:
        self.run(svc.extend_appeal, self.appeal.id, decided_on=_py_date(self.decided_on),
                 new_due=_py_date(self.new_due), reason=self.reason.toPlainText(),
                 today=self.today)


class ExtensionNoticeDialog(FormDialog):
    """Record that the applicant was told of the extension (АППК 76 p.3: within 3 working
    days of the decision); a late notice is said to be late, in words, before it is saved."""

    def __init__(self, window, appeal: svc.Appeal, calendar, *,
                 today: dt.date | None = None) -> None:
        super().__init__(window)
        self.appeal = appeal
        self.today = today or dt.date.today()
        self.calendar = calendar
        self.informed_on = self.add_field("informed_on", _date_edit(self.today))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        self.informed_on.dateChanged.connect(self._update_hint)
        self.retranslate()
        self.remember_initial()
        self.informed_on.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Applicant told of the extension of %1").replace(
            "%1", self.appeal.reg_number))
        self.labels["informed_on"].setText(self.tr("Told on"))
        self._update_hint()

    def late_days(self) -> int:
        return svc.notice_late_days(self.appeal.extension_notice_due,
                                    _py_date(self.informed_on), self.calendar)

    def _update_hint(self) -> None:
        due = self.appeal.extension_notice_due
        if due is None:
            return
        text = self.tr("Extended on {0}; the applicant must be told by {1} (3 working days, "
                       "АППК art. 76).").format(short_date(self.appeal.extended_on),
                                                short_date(due))
        late = self.late_days()
        if late:
            text += " " + self.tr("This is late: overdue by %n working day(s).", "", late)
        self.hint.setText(text)
        self.hint.setStyleSheet(ERROR_STYLE if late else "")

    def save(self) -> None:
        self.run(svc.record_extension_notice, self.appeal.id,
                 informed_on=_py_date(self.informed_on), today=self.today)


class DecideDialog(FormDialog):
    """Record the decision and how and when the applicant was answered."""

    def __init__(self, window, appeal: svc.Appeal, *, today: dt.date | None = None) -> None:
        super().__init__(window)
        self.appeal = appeal
        self.today = today or dt.date.today()
        self.decided_on = self.add_field("decided_on", _date_edit(self.today))
        self.outcome = self.add_field("outcome", _combo("outcome", rules.OUTCOMES))
        self.answer_via = self.add_field("answer_via", _combo("answer", rules.ANSWER_VIA))
        self.answered = self.add_field("answered", QCheckBox())
        self.answered.setChecked(True)
        self.answered_on = self.add_field("answered_on", _date_edit(self.today))
        self.answered.toggled.connect(self.answered_on.setEnabled)
        self.summary = self.add_field("summary", QPlainTextEdit())
        self.retranslate()
        self.remember_initial()
        self.outcome.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Decision on %1").replace("%1", self.appeal.reg_number))
        for key, text in {"decided_on": self.tr("Decided on"),
                          "outcome": self.tr("Outcome"),
                          "answer_via": self.tr("Answer given"),
                          "answered": self.tr("The applicant has been answered"),
                          "answered_on": self.tr("Answered on"),
                          "summary": self.tr("Decision in brief")}.items():
            self.labels[key].setText(text)

    def save(self) -> None:
        answered = _py_date(self.answered_on) if self.answered.isChecked() else None
        self.run(svc.decide_appeal, self.appeal.id, decided_on=_py_date(self.decided_on),
                 outcome=self.outcome.currentData(), answer_via=self.answer_via.currentData(),
                 answered_on=answered, summary=self.summary.toPlainText(), today=self.today)


class HandOverDialog(FormDialog):
    """Hand a report of an offence to the duty unit, keeping its reference."""

    def __init__(self, window, appeal: svc.Appeal, *, today: dt.date | None = None) -> None:
        super().__init__(window)
        self.appeal = appeal
        self.today = today or dt.date.today()
        self.duty_unit = self.add_field("duty_unit", QLineEdit())
        self.handed_on = self.add_field("handed_on", _date_edit(self.today))
        self.reference = self.add_field("reference", QLineEdit())
        self.retranslate()
        self.remember_initial()
        self.duty_unit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand %1 to the duty unit").replace(
            "%1", self.appeal.reg_number))
        for key, text in {"duty_unit": self.tr("Duty unit *"),
                          "handed_on": self.tr("Handed over on"),
                          "reference": self.tr("Registration reference *")}.items():
            self.labels[key].setText(text)

    def save(self) -> None:
        self.run(svc.hand_over_offence, self.appeal.id, duty_unit=self.duty_unit.text(),
                 handed_on=_py_date(self.handed_on), reference=self.reference.text(),
                 today=self.today)


class CancelDialog(FormDialog):
    """Cancel an appeal registered by mistake; it stays in the journal with the reason."""

    def __init__(self, window, appeal: svc.Appeal) -> None:
        super().__init__(window)
        self.appeal = appeal
        self.reason = self.add_field("reason", QLineEdit())
        self.retranslate()
        self.remember_initial()
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel appeal %1").replace("%1", self.appeal.reg_number))
        self.labels["reason"].setText(self.tr("Reason *"))

    def save(self) -> None:
        self.run(svc.cancel_appeal, self.appeal.id, reason=self.reason.text())


class JournalDialog(FormDialog):
    """Choose the period and language of the reception journal."""

    def __init__(self, window, *, today: dt.date | None = None) -> None:
        super().__init__(window)
        today = today or dt.date.today()
        self.start = self.add_field("start", _date_edit(dt.date(today.year, 1, 1)))
        self.end = self.add_field("end", _date_edit(today))
        self.lang = self.add_field("lang", QComboBox())
        self.lang.addItem("Қазақша", "kk")
        self.lang.addItem("Русский", "ru")
        if languages().lang == "ru":
            self.lang.setCurrentIndex(1)
        self.save_button.setText(self.tr("Print"))
        self.retranslate()
        self.remember_initial()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reception journal"))
        for key, text in {"start": self.tr("From"), "end": self.tr("To"),
                          "lang": self.tr("Language")}.items():
            self.labels[key].setText(text)

    def dirty(self) -> bool:
        return False  # nothing typed worth keeping

    def save(self) -> None:
        self.clear_errors()
        if _py_date(self.end) < _py_date(self.start):
            self.errors["end"].setText(self.tr("The end is before the start."))
            self.errors["end"].show()
            return
        self.result_value = (_py_date(self.start), _py_date(self.end), self.lang.currentData())
        QDialog.accept(self)


class HoursDialog(FormDialog):
    """The precinct's reception hours (default 17:00–20:00 on working days)."""

    def __init__(self, window, hours: svc.ReceptionHours) -> None:
        super().__init__(window)
        from inspector_desk.i18n import weekday_names

        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for day, name in enumerate(weekday_names(languages().lang)):
            span = hours.days.get(day)
            on = QCheckBox(name)
            on.setChecked(span is not None)
            start, end = (QTimeEdit(QTime.fromString(v, "HH:mm")) for v in (span or
                                                                            ("17:00", "20:00")))
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            grid.addWidget(on, day, 0)
            grid.addWidget(start, day, 1)
            grid.addWidget(end, day, 2)
            self.days.append((on, start, end))
        self.hours_grid = self.add_field("hours", grid_box)
        self.place = self.add_field("place", QLineEdit(hours.place))
        self.phone = self.add_field("phone", QLineEdit(hours.phone))
        self.note = self.add_field("note", QLineEdit(hours.note))
        self.retranslate()
        self.remember_initial()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reception hours"))
        for key, text in {"hours": self.tr("Days and hours"), "place": self.tr("Place"),
                          "phone": self.tr("Phone"), "note": self.tr("Note")}.items():
            self.labels[key].setText(text)

    def hours(self) -> svc.ReceptionHours:
        days = {day: (start.time().toString("HH:mm"), end.time().toString("HH:mm"))
                for day, (on, start, end) in enumerate(self.days) if on.isChecked()}
        return svc.ReceptionHours(days, self.place.text(), self.phone.text(), self.note.text())

    def dirty(self) -> bool:
        return super().dirty() or self.hours().days != self._initial_days

    def remember_initial(self) -> None:
        super().remember_initial()
        self._initial_days = self.hours().days

    def save(self) -> None:
        self.run(svc.save_reception_hours, self.hours())
