"""Dialogs of the register page: person, register entry, check, closing an entry, import.

Every dialog is keyboard-first: Tab follows reading order, Enter saves (the default
button), Esc cancels (asking only when something was typed). A problem is shown beside
the form in words, in the UI language; the dialog keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.iin import InvalidIin, parse_iin, reason_text
from inspector_desk.domain.register import CHECK_KINDS, CLOSE_REASONS, default_end, parse_date
from inspector_desk.services.persons import PHOTO_MAX_BYTES, RegisterError, photo_kind
from inspector_desk.ui.qt_i18n import languages
from inspector_desk.ui.widgets.forms import add_row


def lang() -> str:
    return languages().lang


class FormDialog(QDialog):
    """A form with an error line, Save/Cancel, and a service call on save."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_changes: Any = None
        self._dirty = False
        self.fields: dict[str, QWidget] = {}

    def line(self, name: str, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.textEdited.connect(self._edited)
        add_row(self.form, edit).setText(label)
        self.fields[name] = edit
        return edit

    def combo(self, name: str, label: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for text, data in items:
            box.addItem(text, data)
        add_row(self.form, box).setText(label)
        self.fields[name] = box
        return box

    def _edited(self, *_: object) -> None:
        self._dirty = True
        self.error.hide()
        self.validate()

    def validate(self) -> None:
        """Enable Save when the required fields are filled (subclasses refine)."""

    def show_error(self, exc: RegisterError) -> None:
        self.error.setText(exc.message(lang()))
        self.error.show()
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setFocus()

    def submit(self) -> Any:
        raise NotImplementedError

    def _save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            self.result_changes = self.submit()
        except RegisterError as exc:
            self.show_error(exc)
            return
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Enter saves from any field (not only when the Save button is the default)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._save()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Discard what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def _date_text(value: str | None) -> str:
    return f"{dt.date.fromisoformat(value):%d.%m.%Y}" if value else ""


#: A card photo needs no more than this (3×4 cm at 300 dpi is 354×472 px).
PHOTO_MAX_SIDE = 600


def compact_photo(data: bytes) -> bytes:
    """A camera photo scaled to at most 600 px and saved as JPEG (quality 85), so that it
    travels over a weak link; a small image is kept as it is."""
    image = QImage.fromData(data)
    if image.isNull() or max(image.width(), image.height()) <= PHOTO_MAX_SIDE:
        return data
    image = image.scaled(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(buffer.data())


def photo_pixmap(data: bytes | None, width: int, height: int) -> QPixmap | None:
    """``data`` (JPEG/PNG) scaled to fit ``width`` × ``height``; ``None`` when it is not one."""
    if not data:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)


class PersonDialog(FormDialog):
    """New person or edit; the IIN's birth date and sex are shown as it is typed.

    The photo (optional) is chosen from a JPEG/PNG file of at most 2 MB; a file that is too
    large or not an image is refused with the reason beside the field and nothing changes.
    """

    THUMB = (72, 96)

    def __init__(self, parent: QWidget | None, save: Callable[[dict[str, Any]], Any],
                 person: dict[str, Any] | None = None, photo: bytes | None = None) -> None:
        super().__init__(parent, self.tr("Edit person") if person else self.tr("New person"))
        self._save_fn = save
        self.photo: bytes | None = photo
        self._photo_changed = False
        p = person or {}
        self.line("last_name", self.tr("Last name *"), p.get("last_name", ""))
        self.line("first_name", self.tr("First name *"), p.get("first_name", ""))
        self.line("patronymic", self.tr("Patronymic"), p.get("patronymic", ""))
        iin = self.line("iin", self.tr("IIN *"), p.get("iin") or "")
        iin.setMaxLength(12)
        iin.setInputMask("")
        self.iin_info = QLabel()
        self.iin_info.setObjectName("iinInfo")
        self.form.addRow(QLabel(), self.iin_info)
        self.line("document", self.tr("Identity document"), p.get("document", ""))
        self.line("phone", self.tr("Phone"), p.get("phone", ""))
        self.line("settlement", self.tr("Settlement"), p.get("settlement", ""))
        self.line("street", self.tr("Street"), p.get("street", ""))
        self.line("house", self.tr("House"), p.get("house", ""))
        self.line("apartment", self.tr("Apartment"), p.get("apartment", ""))
        self.line("notes", self.tr("Notes"), p.get("notes", ""))
        self._photo_row()
        self.validate()

    def _photo_row(self) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.photo_thumb = QLabel()
        self.photo_thumb.setObjectName("photoThumb")
        self.photo_thumb.setFixedSize(*self.THUMB)
        self.photo_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_thumb.setStyleSheet("border: 1px solid #999;")
        self.photo_button = QPushButton(self.tr("Photo…"))
        self.photo_button.setObjectName("photoButton")
        self.photo_button.clicked.connect(lambda: self.choose_photo())
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.setObjectName("removePhotoButton")
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.photo_error = QLabel()
        self.photo_error.setObjectName("photoError")
        self.photo_error.setWordWrap(True)
        self.photo_error.setStyleSheet("color: #a00000;")
        self.photo_error.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addWidget(self.photo_error)
        buttons.addStretch(1)
        row.addWidget(self.photo_thumb)
        row.addLayout(buttons, 1)
        add_row(self.form, box).setText(self.tr("Photo"))
        self._show_photo()

    def _show_photo(self) -> None:
        pixmap = photo_pixmap(self.photo, *self.THUMB)
        if pixmap is None:
            self.photo_thumb.clear()
            self.photo_thumb.setText(self.tr("No photo"))
        else:
            self.photo_thumb.setPixmap(pixmap)
        self.remove_photo_button.setEnabled(self.photo is not None)

    def show_error(self, exc: RegisterError) -> None:
        if exc.field == "photo":
            self.photo_error.setText(exc.message(lang()))
            self.photo_error.show()
            return
        super().show_error(exc)

    def photo_problem(self, path: Path) -> str | None:
        """Why the file at ``path`` cannot be the photo, in words (``None``: it can)."""
        try:
            size = path.stat().st_size
        except OSError:
            return self.tr("The file cannot be read.")
        if size > PHOTO_MAX_BYTES:
            return self.tr("The file is too large ({0} MB): a photo may be at most 2 MB.").format(
                f"{size / (1024 * 1024):.1f}")
        try:
            data = path.read_bytes()
        except OSError:
            return self.tr("The file cannot be read.")
        if photo_kind(data) is None or QImage.fromData(data).isNull():
            return self.tr("The file is not a JPEG or PNG image.")
        return None

    def choose_photo(self, path: Path | None = None) -> bool:
        """Take the photo from ``path`` (asked for when ``None``); True when it was taken."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a photo"), "",
                self.tr("Images (*.jpg *.jpeg *.png)"))
            if not name:
                return False
            path = Path(name)
        problem = self.photo_problem(path)
        if problem:
            self.photo_error.setText(problem)
            self.photo_error.show()
            return False
        self.photo_error.hide()
        self.photo = compact_photo(path.read_bytes())
        self._photo_changed = True
        self._dirty = True
        self._show_photo()
        return True

    def remove_photo(self) -> None:
        if self.photo is None:
            return
        self.photo = None
        self._photo_changed = True
        self._dirty = True
        self.photo_error.hide()
        self._show_photo()

    def validate(self) -> None:
        values = {k: w.text().strip() for k, w in self.fields.items()}
        iin = values["iin"]
        if iin:
            try:
                info = parse_iin(iin)
            except InvalidIin as exc:
                self.iin_info.setText(reason_text(exc.code, lang()))
            else:
                sex = self.tr("male") if info.sex == "M" else self.tr("female")
                self.iin_info.setText(self.tr("Born {0}, {1}").format(
                    f"{info.birth_date:%d.%m.%Y}", sex))
        else:
            self.iin_info.setText("")
        self.save_button.setEnabled(all(values[k] for k in ("last_name", "first_name", "iin")))

    def submit(self) -> Any:
        data: dict[str, Any] = {k: w.text() for k, w in self.fields.items()}
        if self._photo_changed:
            data["photo"] = self.photo
        return self._save_fn(data)


class EntryDialog(FormDialog):
    """Put a person on the register: category, basis, start and (defaulted) end."""

    def __init__(self, parent: QWidget | None, categories: list, save: Callable[[dict], Any]):
        super().__init__(parent, self.tr("Put on the register"))
        self._save_fn = save
        self._categories = {c.id: c for c in categories}
        items = [(c.name(lang()) + (self.tr(" (attention list)") if c.kind == "attention"
                                    else ""), c.id) for c in categories]
        self.category = self.combo("category", self.tr("Category *"), items)
        self.line("basis_document", self.tr("Basis: document *"))
        self.line("basis_number", self.tr("Basis: number"))
        self.line("basis_date", self.tr("Basis: date"))
        self.line("basis_authority", self.tr("Issued by (court, body)"))
        self.start = self.line("start_on", self.tr("Start *"), f"{dt.date.today():%d.%m.%Y}")
        self.end = self.line("end_on", self.tr("End"))
        self.line("notes", self.tr("Notes"))
        self._end_typed = False
        self.end.textEdited.connect(lambda _t: setattr(self, "_end_typed", True))
        self.category.currentIndexChanged.connect(self._default_end)
        self.start.textChanged.connect(self._default_end)
        self._default_end()
        self.validate()

    def _default_end(self, *_: object) -> None:
        if self._end_typed:
            return
        cat = self._categories.get(self.category.currentData())
        try:
            start = parse_date(self.start.text())
        except ValueError:
            return
        end = default_end(start, cat.period_days) if cat else None
        self.end.setText(f"{end:%d.%m.%Y}" if end else "")

    def validate(self) -> None:
        ok = bool(self.fields["basis_document"].text().strip() and self.start.text().strip())
        self.save_button.setEnabled(ok)

    def submit(self) -> Any:
        data = {k: (w.text() if isinstance(w, QLineEdit) else w.currentData())
                for k, w in self.fields.items()}
        data["category_id"] = data.pop("category")
        return self._save_fn(data)


def check_kind_names(widget: QWidget) -> dict[str, str]:
    return {"home_visit": QCoreApplication.translate("RegisterDialogs", "Home visit"), "talk": QCoreApplication.translate("RegisterDialogs", "Preventive talk"),
            "summons": QCoreApplication.translate("RegisterDialogs", "Summons to the precinct point"),
            "phone": QCoreApplication.translate("RegisterDialogs", "Phone call"), "other": QCoreApplication.translate("RegisterDialogs", "Other")}


def close_reason_names(widget: QWidget) -> dict[str, str]:
    return {"expired": QCoreApplication.translate("RegisterDialogs", "Period expired"), "court_cancelled":
            QCoreApplication.translate("RegisterDialogs", "Cancelled by court"), "moved": QCoreApplication.translate("RegisterDialogs", "Moved away"),
            "died": QCoreApplication.translate("RegisterDialogs", "Died"), "other": QCoreApplication.translate("RegisterDialogs", "Other")}


class CheckDialog(FormDialog):
    """Record a check of one of the person's open entries."""

    def __init__(self, parent: QWidget | None, entries: list[tuple[str, str]],
                 save: Callable[[str, dict], Any], selected: str | None = None) -> None:
        super().__init__(parent, self.tr("Record a check"))
        self._save_fn = save
        self.entry = self.combo("entry", self.tr("Register entry *"), entries)
        if selected:
            self.entry.setCurrentIndex(max(0, self.entry.findData(selected)))
        self.line("checked_on", self.tr("Date *"), f"{dt.date.today():%d.%m.%Y}")
        kinds = check_kind_names(self)
        self.combo("kind", self.tr("Kind *"), [(kinds[k], k) for k in CHECK_KINDS])
        self.line("result", self.tr("Result"))
        self.line("notes", self.tr("Notes"))
        self.fields["kind"].currentIndexChanged.connect(self._edited)
        self.validate()

    def validate(self) -> None:
        self.save_button.setEnabled(bool(self.fields["checked_on"].text().strip()
                                         and self.entry.count()))

    def submit(self) -> Any:
        f = self.fields
        return self._save_fn(self.entry.currentData(), {
            "checked_on": f["checked_on"].text(), "kind": f["kind"].currentData(),
            "result": f["result"].text(), "notes": f["notes"].text()})


class CloseEntryDialog(FormDialog):
    """Close a register entry with a reason."""

    def __init__(self, parent: QWidget | None, save: Callable[[dict], Any]) -> None:
        super().__init__(parent, self.tr("Close the register entry"))
        self._save_fn = save
        reasons = close_reason_names(self)
        self.combo("close_reason", self.tr("Reason *"), [(reasons[r], r) for r in CLOSE_REASONS])
        self.line("closed_on", self.tr("Date *"), f"{dt.date.today():%d.%m.%Y}")
        self.line("note", self.tr("Note"))

    def submit(self) -> Any:
        f = self.fields
        return self._save_fn({"reason": f["close_reason"].currentData(),
                              "closed_on": f["closed_on"].text(), "note": f["note"].text()})


class ImportDialog(QDialog):
    """File → preview (every invalid row with its reason) → confirm; work runs in a worker.

    ``preview(path, on_done, on_error)`` and ``run(path, on_error_mode, on_done, on_error)``
    are given by the page; they start the core work through ``run_task``.
    """

    def __init__(self, parent: QWidget | None, preview: Callable, run: Callable) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import persons"))
        self.resize(820, 520)
        self._preview, self._run = preview, run
        self.path: Path | None = None
        self.result_obj: Any = None
        self.file_label = QLabel(self.tr("Choose a .xlsx or .csv file."))
        self.file_label.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                                 self.tr("Problem")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.abort_mode = QRadioButton(self.tr("Import nothing while any row is invalid"))
        self.skip_mode = QRadioButton(self.tr("Import the valid rows; save the rejected ones "
                                              "beside the file"))
        self.abort_mode.setChecked(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.import_button.clicked.connect(self._import)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.abort_mode)
        layout.addWidget(self.skip_mode)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import persons"), "",
                                              self.tr("Tables (*.xlsx *.csv)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Preview ``path`` (runs in a worker)."""
        self.path = path
        self.file_label.setText(str(path))
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the file…"))
        self._preview(path, self._previewed, self._failed)

    def _previewed(self, result: Any) -> None:
        self.problems.setRowCount(len(result.rejected))
        for row, p in enumerate(result.rejected):
            for col, value in enumerate((str(p.row), p.column, p.error)):
                self.problems.setItem(row, col, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()
        self.summary.setText(self.tr(
            "New persons: {0}. Updated: {1}. Register entries to add: {2}. "
            "Invalid rows: {3}.").format(result.imported, result.updated, result.entries,
                                         result.rejected_rows))
        if result.rejected_rows:
            self.skip_mode.setChecked(False)
        self.import_button.setEnabled(bool(result.imported or result.updated or result.entries
                                           or result.rejected_rows))

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(exc.message(lang()) if isinstance(exc, RegisterError)
                             else self.tr("The file could not be read: {0}").format(
                                 type(exc).__name__))
        self.problems.setRowCount(0)
        self.import_button.setEnabled(False)

    def _import(self) -> None:
        if self.path is None:
            return
        mode = "skip" if self.skip_mode.isChecked() else "abort"
        self.import_button.setEnabled(False)
        self._run(self.path, mode, self._imported, self._failed)

    def _imported(self, result: Any) -> None:
        self.result_obj = result
        if result.written:
            text = self.tr("Imported: {0} new, {1} updated, {2} register entries.").format(
                result.imported, result.updated, result.entries)
            if result.rejected_path:
                text += " " + self.tr("Rejected rows were saved to {0}.").format(
                    str(result.rejected_path))
            self.summary.setText(text)
        elif result.rejected_rows:
            self.summary.setText(self.tr("Nothing was imported: {0} row(s) are invalid.").format(
                result.rejected_rows))
        else:
            self.summary.setText(self.tr("Nothing to change: the register already has "
                                         "everything in this file."))
        self.import_button.setEnabled(False)


__all__ = ["PersonDialog", "EntryDialog", "CheckDialog", "CloseEntryDialog", "ImportDialog",
           "check_kind_names", "close_reason_names", "Qt"]
