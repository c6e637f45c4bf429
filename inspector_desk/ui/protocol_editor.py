"""The guided protocol editor: the form rendered from its definition, findings live.

Typing writes into the document at once (cheap); validation waits for a pause (a 200 ms
single-shot timer) and then runs the core rule engine and shows each finding beside its
field, in words, with the article text one click away. Drafts are saved every few seconds
when something changed, on Ctrl+S, before locking and on close: nothing typed is lost.
F5 / F6 put the clock's time into the start / end time; Ctrl+T into the focused time field.
Dates are shown and typed as DD.MM.YYYY (stored ISO); Esc goes back to the list, asking
first only when something typed is not saved yet.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.forms import (
    CheckResult,
    Finding,
    ProtocolRefused,
    check,
    citation_label,
    citation_text,
    form_for,
)
from inspector_desk.domain.forms.fieldpath import MISSING, parse_tokens, walk
from inspector_desk.services import protocols as svc
from inspector_desk.ui.protocol_fields import (
    Binder,
    add_field,
    display,
    now_text,
)
from inspector_desk.ui.qt_i18n import languages
from inspector_desk.ui.unlock import error_text

HIDDEN = ("format", "version", "form", "form_version")
VALIDATE_MS = 200
AUTOSAVE_MS = 3000


class ProtocolEditor(QWidget):
    """Edits one protocol; read-only once it is finalized."""

    saved = Signal()
    finalized = Signal(str)
    closed = Signal()

    def __init__(self, session_getter: Callable[[], Any], protocol_id: str, *,
                 clock: Callable[[], dt.datetime] = dt.datetime.now,
                 on_changes: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self._session = session_getter
        self.protocol_id = protocol_id
        self.clock = clock
        self.on_changes = on_changes
        self.lang = languages().lang
        self.record = svc.get_protocol(self._session(), protocol_id)
        self.doc: dict[str, Any] = copy.deepcopy(self.record.document)
        self.saved_doc: dict[str, Any] = copy.deepcopy(self.doc)
        self.read_only = self.record.finalized or self.record.status == "voided"
        self.form = form_for(self.doc if self.doc.get("form") else
                             {"form": self.record.form, "form_version": self.record.form_version})
        self.result: CheckResult | None = None
        self.last_validation_ms = 0.0
        self.binder = Binder(self.doc, self.lang)
        self.binder.read_only = self.read_only
        self.binder.edited.connect(self._edited)
        self.binder.pick_person = self.pick_person
        self._build()
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_MS)
        self.validate_timer.timeout.connect(self.validate)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save)
        if not self.read_only:
            self.autosave_timer.start()
        self.validate()

    def pick_person(self) -> dict | None:
        """Choose a subject or participant from the register (the read is audited)."""
        from inspector_desk.ui.person_picker import pick_person

        return pick_person(self._session, self)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        lang = self.lang
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(f"<b>{self.form.title.get(lang) or self.form.title['ru']}</b>")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.status = QLabel()
        head.addWidget(self.status)
        outer.addLayout(head)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.clicked.connect(self.save)
        self.finalize_button = QPushButton(self.tr("Finalize and seal"))
        self.finalize_button.clicked.connect(self.finalize)
        self.print_button = QPushButton(self.tr("Print"))
        self.close_button = QPushButton(self.tr("Back to the list"))
        self.close_button.clicked.connect(self.close_editor)
        for b in (self.save_button, self.finalize_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self._link)
        outer.addWidget(self.summary)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        body = QWidget()
        self.body = body
        column = QVBoxLayout(body)
        sections = {s.id: s for s in self.form.sections}
        layouts: dict[str | None, QFormLayout] = {}
        for sid, section in sections.items():
            box = QGroupBox(section.title.get(lang) or sid)
            box.setObjectName(f"section:{sid}")
            layouts[sid] = QFormLayout(box)
            layouts[sid].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            column.addWidget(box)
        for f in self.form.fields:
            if f.name in HIDDEN:
                continue
            layout = layouts.get(f.section) or next(iter(layouts.values()))
            add_field(layout, f, (f.name,), self.binder, self.form)
        column.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        for label in self.binder.finding_labels.values():
            label.linkActivated.connect(self._link)
        if self.read_only:
            body.setEnabled(False)
            self.save_button.hide()
            self.finalize_button.hide()
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self._refresh_status()

    def _refresh_status(self) -> None:
        words = {"draft": self.tr("Draft"), "finalized": self.tr("Finalized"),
                 "amended": self.tr("Amended"), "voided": self.tr("Voided")}
        text = words.get(self.record.status, self.record.status)
        if self.record.seal:
            text += f" · {self.record.seal[:12]}…"
        self.status.setText(text)

    # -- typing -----------------------------------------------------------------------------
    def _edited(self, path) -> None:
        """Per keystroke: note it and restart the debounce (no checking here)."""
        if self.read_only:
            return
        self.validate_timer.start()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """F5 / F6: the clock's time into start / end time; Ctrl+T into the focused field.

        Handled here (the fields pass these keys up) rather than as window shortcuts, so
        they work wherever the editor is shown."""
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape and not mods:
            self.escape()
        elif key == Qt.Key.Key_F5 and not mods:
            self.stamp("start_time")
        elif key == Qt.Key.Key_F6 and not mods:
            self.stamp("end_time")
        elif key == Qt.Key.Key_T and mods == Qt.KeyboardModifier.ControlModifier:
            self.stamp_focused()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def stamp(self, name: str) -> None:
        """Put the clock's time (HH:MM) into a time field: F5 start, F6 end."""
        widget = self.binder.inputs.get(name)
        if self.read_only or not isinstance(widget, QLineEdit):
            return
        f = self.form.field_at(name)
        kind = f.type if f else "time"
        value = now_text(kind, self.clock)
        widget.setText(display(kind, value))
        self.binder.write((name,), value)

    def stamp_focused(self) -> None:
        widget = self.focusWidget()
        if not isinstance(widget, QLineEdit) or widget.property("fieldType") not in (
                "time", "datetime"):
            return
        key = next((k for k, w in self.binder.inputs.items() if w is widget), None)
        if key is None:
            return
        kind = widget.property("fieldType")
        value = display(kind, now_text(kind, self.clock))
        widget.setText(value)
        widget.textEdited.emit(value)

    # -- validation -------------------------------------------------------------------------
    def validate(self) -> CheckResult | None:
        import time

        started = time.perf_counter()
        try:
            self.result = check(self.doc, lang=self.lang)
        except ProtocolRefused as exc:
            self.summary.setText(exc.message(self.lang))
            self.finalize_button.setEnabled(False)
            return None
        for label in self.binder.finding_labels.values():
            label.hide()
            label.setProperty("findings", [])
        unplaced: list[Finding] = []
        placed: dict[str, list[Finding]] = {}
        for finding in self.result.findings:
            key = self._label_key(finding.field)
            if key is None:
                unplaced.append(finding)
            else:
                placed.setdefault(key, []).append(finding)
        self._findings = list(self.result.findings)
        for key, found in placed.items():
            label = self.binder.finding_labels[key]
            label.setText("<br>".join(self._finding_html(f) for f in found))
            label.setProperty("rules", [f.rule for f in found])
            label.show()
        errors = self.result.errors
        if errors:
            head = self.tr("%n error(s) must be corrected before finalizing.", "", len(errors))
        elif self.result.findings:
            head = self.tr("No errors; %n warning(s).", "", len(self.result.findings))
        else:
            head = self.tr("No findings: the protocol meets the form's rules.")
        lines = [f"<b>{head}</b>"] + [self._finding_html(f, with_field=True) for f in unplaced]
        self.summary.setText("<br>".join(lines))
        self.finalize_button.setEnabled(not errors and not self.read_only)
        self.finalize_button.setToolTip(head if errors else "")
        self.last_validation_ms = (time.perf_counter() - started) * 1000
        return self.result

    def _label_key(self, field: str) -> str | None:
        key = field
        labels = self.binder.finding_labels
        while key:
            if key in labels:
                return key
            cut = max(key.rfind("."), key.rfind("["))
            if cut <= 0:
                return None
            key = key[:cut]
        return None

    def _finding_html(self, f: Finding, *, with_field: bool = False) -> str:
        index = self._findings.index(f) if f in getattr(self, "_findings", []) else 0
        mark = self.tr("Error:") if f.severity == "error" else self.tr("Warning:")
        colour = "#a40000" if f.severity == "error" else "#8a5a00"
        where = ""
        if with_field:
            fd = self.form.field_at(f.field)
            where = f"{fd.label.get(self.lang, f.field) if fd else f.field}: "
        law = citation_label(f.citation, self.lang)
        message = self._typed_message(f)
        return (f'<span style="color:{colour}"><b>{_esc(mark)}</b> {where}{_esc(message)}</span> '
                f'<a href="cite:{index}">{_esc(law)}</a>')

    def _typed_message(self, f: Finding) -> str:
        """A date or date-and-time that is not one is explained the way it is typed here
        (DD.MM.YYYY), not in the file format's ISO words of the core message."""
        if f.rule not in ("format.date", "format.datetime"):
            return f.message
        value = display(f.rule[7:], _value_at(self.doc, f.field))
        value = value if len(value) <= 40 else value[:39] + "…"
        if f.rule == "format.date":
            return self.tr("“{0}” is not a date: type it as DD.MM.YYYY, for example "
                           "14.03.2026.").format(value)
        return self.tr("“{0}” is not a date and time: type it as DD.MM.YYYY HH:MM, for "
                       "example 14.03.2026 14:45.").format(value)

    def findings_at(self, path: str) -> list[str]:
        """Rule ids shown beside the field whose finding label holds ``path`` (for tests)."""
        label = self.binder.finding_labels.get(self._label_key(path) or "")
        if label is None or label.isHidden():
            return []
        return list(label.property("rules") or [])

    def _link(self, href: str) -> None:
        if href.startswith("cite:"):
            self.show_citation(self._findings[int(href[5:])])

    def citation_words(self, finding: Finding) -> str:
        words = citation_text(finding.citation)
        return words or self.tr("The text of this article is not among the shipped excerpts.")

    def show_citation(self, finding: Finding) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(citation_label(finding.citation, self.lang))
        box.setText(self.citation_words(finding))
        box.setIcon(QMessageBox.Icon.Information)
        box.setModal(False)
        box.show()
        self.citation_box = box

    # -- saving -----------------------------------------------------------------------------
    def dirty_keys(self) -> set[str]:
        keys = set(self.doc) | set(self.saved_doc)
        return {k for k in keys if self.doc.get(k, _MISSING) != self.saved_doc.get(k, _MISSING)}

    def save(self) -> bool:
        """Save what changed since the last save; True when everything is stored."""
        if self.read_only:
            return True
        session = self._session()
        dirty = self.dirty_keys()
        if session is None:
            return not dirty
        if not dirty:
            return True
        changes = {k: copy.deepcopy(self.doc[k]) for k in dirty if k in self.doc}
        removed = [k for k in dirty if k not in self.doc]
        try:
            result = svc.save_draft(session, self.protocol_id, changes, removed=removed)
        except Exception as exc:  # noqa: BLE001 - shown; the typed text stays in the editor
            not_saved = self.tr("Not saved")
            self.summary.setText(f"<b>{_esc(not_saved)}:</b> {_esc(error_text(exc))}")
            return False
        for k in dirty:
            if k in self.doc:
                self.saved_doc[k] = copy.deepcopy(self.doc[k])
            else:
                self.saved_doc.pop(k, None)
        if self.on_changes and result.entities:
            self.on_changes(result)
        self.saved.emit()
        return True

    def finalize(self) -> bool:
        if self.read_only or not self.save():
            return False
        self.validate()
        session = self._session()
        try:
            svc.finalize(session, self.protocol_id, lang=self.lang)
        except Exception as exc:  # noqa: BLE001 - the reason is shown in words
            QMessageBox.warning(self, self.tr("Not finalized"), error_text(exc))
            return False
        self.record = svc.get_protocol(session, self.protocol_id)
        self.read_only = True
        self.autosave_timer.stop()
        self.body.setEnabled(False)
        self.save_button.hide()
        self.finalize_button.hide()
        self._refresh_status()
        self.finalized.emit(self.record.seal or "")
        return True

    def close_editor(self) -> None:
        self.save()
        self.autosave_timer.stop()
        self.closed.emit()

    def escape(self) -> bool:
        """Esc: back to the list. With unsaved changes it asks first (Save and close /
        Stay); otherwise it just goes. True when the editor closed."""
        if not self.read_only and self.dirty_keys():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                              self.tr("Some of what you typed is not saved yet."), parent=self)
            save = box.addButton(self.tr("Save and close"),
                                 QMessageBox.ButtonRole.AcceptRole)
            stay = box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(save)
            box.setEscapeButton(stay)
            self.escape_box, self.escape_save, self.escape_stay = box, save, stay
            box.exec()
            if box.clickedButton() is not save:
                return False
            if not self.save():  # the reason is shown in the summary; nothing is lost
                return False
        self.close_editor()
        return True


_MISSING = object()


def _value_at(doc: Any, field: str) -> Any:
    """The value at a findings path such as ``participants[1].birth_date``."""
    try:
        value = walk(doc, parse_tokens(field))
    except ValueError:
        return None
    return None if value is MISSING else value


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
