"""Field widgets of the protocol editor, built from a form definition (no SQL, no rules).

Every leaf widget is bound to a path in the document (``("participants", 1, "sex")``) and
writes what was typed straight into it: text as typed (a time "25:70" stays "25:70" for the
rule engine to explain), numbers as numbers when they parse and as the typed text when they
do not, an emptied field removed (absent = "not recorded"). Nothing typed is dropped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.forms.definition import FieldDef, FormDefinition

Path = tuple[Any, ...]
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_HM = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_DMY_HM = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{4})(?:\s+|T)(\d{1,2}[:.]\d{2})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$")
#: How people write them (DD.MM.YYYY, HH:MM); the document stores ISO (YYYY-MM-DD).
PLACEHOLDERS = {"date": "14.03.2026", "time": "14:05", "datetime": "14.03.2026 14:45"}
#: item kinds → the sub-group shown only for them
KIND_GROUPS = {"weapon": "weapon", "ammunition": "ammunition"}


def path_text(path: Path) -> str:
    """``("participants", 1, "sex")`` → ``participants[1].sex`` (the findings' notation)."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def get_in(doc: Any, path: Path) -> Any:
    for part in path:
        if isinstance(part, int):
            doc = doc[part] if isinstance(doc, list) and part < len(doc) else None
        else:
            doc = doc.get(part) if isinstance(doc, dict) else None
        if doc is None:
            return None
    return doc


def set_in(doc: dict, path: Path, value: Any, *, remove: bool = False) -> None:
    """Set (or remove) the value at ``path``, creating objects on the way."""
    target: Any = doc
    for part, nxt in zip(path[:-1], path[1:], strict=True):
        child = target[part] if isinstance(target, list) else target.get(part)
        if not isinstance(child, dict | list):
            if remove:
                return
            child = [] if isinstance(nxt, int) else {}
            target[part] = child
        target = child
    last = path[-1]
    if remove:
        if isinstance(target, dict):
            target.pop(last, None)
        return
    target[last] = value


def label_of(f: FieldDef, lang: str) -> str:
    return f.label.get(lang) or f.label.get("en") or f.name


def normalise(f: FieldDef, typed: str) -> Any:
    """The stored value of what was typed into a line edit for field ``f``."""
    text = typed.strip() if f.type != "text" else typed
    if f.type == "number":
        try:
            return int(text)
        except ValueError:
            try:
                return float(text.replace(",", "."))
            except ValueError:
                return typed
    if f.type == "date":
        return _iso_date(text) or text
    if f.type == "time":
        return _hhmm(text) or text
    if f.type == "datetime":
        m = _DMY_HM.match(text)
        if m:
            day, clock = _iso_date(m[1]), _hhmm(m[2])
            if day and clock:
                return f"{day}T{clock}"
    return text


def _iso_date(text: str) -> str | None:
    """``14.03.2026`` → ``2026-03-14``; ``None`` when it is not such a date."""
    m = _DMY.match(text)
    if not m:
        return None
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    except ValueError:
        return None


def _hhmm(text: str) -> str | None:
    """``9:05`` / ``9.05`` → ``09:05``; ``None`` when it is not a time of day."""
    m = _HM.match(text)
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        return None
    return f"{int(m[1]):02d}:{m[2]}"


def display(kind: str, value: Any) -> str:
    """A stored value as the editor shows it: ISO dates as DD.MM.YYYY, a datetime as
    ``DD.MM.YYYY HH:MM``; anything else (a value that is not a date) as it is."""
    text = shown(value)
    if kind == "date" and _ISO_DATE.match(text):
        with contextlib.suppress(ValueError):
            return f"{dt.date.fromisoformat(text):%d.%m.%Y}"
    if kind == "datetime":
        m = _ISO_DATETIME.match(text)
        if m:
            with contextlib.suppress(ValueError):
                return f"{dt.date.fromisoformat(m[1]):%d.%m.%Y} {m[2]}"
    return text


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else str(value)


class _Listeners(list):
    """A tiny observer list: ``connect(fn)`` and ``emit(path)``.

    Not a Qt ``Signal(object)``: with PySide6 6.12 emitting Python objects through one
    corrupts reference counts (``bool_dealloc`` at exit), and plain calls are cheaper per key.
    """

    def connect(self, fn: Callable[[Path], None]) -> None:
        self.append(fn)

    def emit(self, path: Path) -> None:
        for fn in list(self):
            fn(path)


class Binder:
    """Shared by every widget of one document: where values go, and who hears of changes."""

    def __init__(self, doc: dict, lang: str) -> None:
        self.doc = doc
        self.lang = lang
        self.edited = _Listeners()
        self.finding_labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.read_only = False
        #: Opens the register picker; returns the person's fields or None (set by the editor).
        self.pick_person: Callable[[], dict | None] | None = None

    def write(self, path: Path, value: Any) -> None:
        if value is None or value == "" or value == []:
            set_in(self.doc, path, None, remove=True)
        else:
            set_in(self.doc, path, value)
        self.edited.emit(path)

    def fill(self, path: Path, values: dict[str, Any]) -> None:
        """Write several sub-fields of ``path`` and show them in their inputs."""
        for name, value in values.items():
            self.write((*path, name), value)
            widget = self.inputs.get(path_text((*path, name)))
            if isinstance(widget, QLineEdit):
                widget.setText(display(widget.property("fieldType") or "", value))
            elif isinstance(widget, QComboBox):
                stored = getattr(widget, "stored", {})
                key = next((k for k, v in stored.items() if v == value and k), None)
                if key is not None:
                    widget.blockSignals(True)
                    widget.setCurrentIndex(max(widget.findData(key), 0))
                    widget.blockSignals(False)


class FindingLabel(QLabel):
    """The problem with one field, in words, with the law one click away."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setObjectName("finding")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()


def field_widget(f: FieldDef, path: Path, binder: Binder) -> QWidget:
    """An input for a leaf field (text, date, time, datetime, number, choice, yes/no)."""
    value = get_in(binder.doc, path)
    lang = binder.lang
    if f.type == "choice" and f.multiple:
        box = QWidget()
        row = QGridLayout(box)  # two columns: long Kazakh labels must not widen the form
        row.setContentsMargins(0, 0, 0, 0)
        chosen = value if isinstance(value, list) else []
        checks = []
        for option in f.options:
            c = QCheckBox(option.label.get(lang) or option.value)
            c.setChecked(option.value in chosen)
            c.setProperty("value", option.value)
            row.addWidget(c, len(checks) // 2, len(checks) % 2)
            checks.append(c)

        def changed() -> None:
            current = get_in(binder.doc, path)
            keep = [v for v in current if v not in {o.value for o in f.options}] \
                if isinstance(current, list) else []
            binder.write(path, [c.property("value") for c in checks if c.isChecked()] + keep)

        for c in checks:
            c.toggled.connect(lambda checked: changed())
        box.checks = checks  # type: ignore[attr-defined]
        return box
    if f.type in ("choice", "yes_no"):
        # Item data are strings only: yes/no are "yes"/"no" (PySide stores Python bools in a
        # QVariant with a refcount bug); a value from a file that fits no option is kept.
        combo = QComboBox()
        combo.addItem("—", "")
        stored: dict[str, Any] = {"": None}
        if f.type == "yes_no":
            combo.addItem(QCoreApplication.translate("ProtocolEditor", "yes"), "yes")
            combo.addItem(QCoreApplication.translate("ProtocolEditor", "no"), "no")
            stored.update({"yes": True, "no": False})
            key = {True: "yes", False: "no"}.get(value) if isinstance(value, bool) else None
        else:
            for option in f.options:
                combo.addItem(option.label.get(lang) or option.value, option.value)
                stored[option.value] = option.value
            key = value if isinstance(value, str) and value in stored else None
        if value is not None and key is None:
            key = f"\x00kept:{combo.count()}"
            combo.addItem(shown(value), key)
            stored[key] = value
        combo.setCurrentIndex(max(combo.findData(key or ""), 0))
        combo.stored = stored  # type: ignore[attr-defined]
        combo.currentIndexChanged.connect(
            lambda _i: binder.write(path, stored.get(combo.currentData() or "")))
        return combo
    if f.type == "text" and f.max_length > 600:
        edit = QPlainTextEdit()
        edit.setPlainText(shown(value))
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(70)
        edit.textChanged.connect(lambda: binder.write(path, edit.toPlainText()))
        return edit
    line = QLineEdit(display(f.type, value))
    if f.type in PLACEHOLDERS:
        line.setPlaceholderText(PLACEHOLDERS[f.type])
    line.textEdited.connect(lambda t: binder.write(path, normalise(f, t)))
    line.setProperty("fieldType", f.type)
    return line


class GroupEditor(QWidget):
    """The sub-fields of a person or group (or one entry of a list) as a form."""

    def __init__(self, fields: tuple[FieldDef, ...], path: Path, binder: Binder,
                 form: FormDefinition, *, skip: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.binder, self.path, self.form = binder, path, form
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, QWidget] = {}
        for f in fields:
            if f.name in skip:
                continue
            self.rows[f.name] = add_field(self.layout_, f, (*path, f.name), binder, form)


def add_field(layout: QFormLayout, f: FieldDef, path: Path, binder: Binder,
              form: FormDefinition) -> QWidget:
    """Add ``f`` at ``path`` to ``layout``: label, input, the finding beside it."""
    lang = binder.lang
    key = path_text(path)
    if f.type in ("person", "group"):
        box = QGroupBox(label_of(f, lang))
        inner = QVBoxLayout(box)
        if f.type == "person" and binder.pick_person and not binder.read_only:
            pick = QPushButton(QCoreApplication.translate("ProtocolEditor",
                                                          "From the register…"))
            pick.setObjectName(f"pick:{key}")

            def picked() -> None:
                person = binder.pick_person()
                if person:
                    binder.fill(path, person)

            pick.clicked.connect(picked)
            inner.addWidget(pick, 0, Qt.AlignmentFlag.AlignLeft)
        editor = GroupEditor(f.fields, path, binder, form)
        inner.addWidget(editor)
        finding = FindingLabel()
        inner.addWidget(finding)
        binder.finding_labels[key] = finding
        if f.help:
            box.setToolTip(f.help.get(lang) or "")
        layout.addRow(box)
        return box
    if f.type in ("participant_list", "item_table", "list"):
        editor = ListEditor(f, path, binder, form)
        layout.addRow(editor)
        return editor
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    widget = field_widget(f, path, binder)
    widget.setObjectName(key)
    column.addWidget(widget)
    finding = FindingLabel()
    column.addWidget(finding)
    binder.finding_labels[key] = finding
    binder.inputs[key] = widget
    label = QLabel(label_of(f, lang))
    label.setBuddy(widget)
    label.setWordWrap(True)
    if f.help:
        tip = f.help.get(lang) or ""
        widget.setToolTip(tip)
        label.setToolTip(tip)
    layout.addRow(label, holder)
    return holder


class ListEditor(QGroupBox):
    """Participants, items, remarks …: one sub-form per entry, Add and Remove.

    In an item table the weapon sub-fields appear only for a weapon, the ammunition ones only
    for ammunition (their values stay in the document either way: nothing typed is lost).
    """

    def __init__(self, f: FieldDef, path: Path, binder: Binder, form: FormDefinition) -> None:
        super().__init__(label_of(f, binder.lang))
        self.f, self.path, self.binder, self.form = f, path, binder, form
        self.column = QVBoxLayout(self)
        self.finding = FindingLabel()
        binder.finding_labels[path_text(path)] = self.finding
        self.entries_box = QVBoxLayout()
        self.column.addLayout(self.entries_box)
        self.column.addWidget(self.finding)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName(f"add:{path_text(path)}")
        self.add_button.clicked.connect(self.add_entry)
        self.column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        if f.type == "participant_list" and binder.pick_person and not binder.read_only:
            self.pick_button = QPushButton(self.tr("Add from the register…"))
            self.pick_button.setObjectName(f"pick:{path_text(path)}")
            self.pick_button.clicked.connect(self.add_from_register)
            self.column.addWidget(self.pick_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.entries: list[QFrame] = []
        self._group_boxes: dict[tuple[int, str], QGroupBox] = {}
        if f.type == "item_table":
            binder.edited.connect(self._kind)
        self.rebuild()

    def values(self) -> list:
        value = get_in(self.binder.doc, self.path)
        return value if isinstance(value, list) else []

    def rebuild(self) -> None:
        for frame in self.entries:
            for key in [k for k in self.binder.finding_labels
                        if k.startswith(f"{path_text(self.path)}[")]:
                self.binder.finding_labels.pop(key, None)
                self.binder.inputs.pop(key, None)
            frame.setParent(None)
            frame.deleteLater()
        self.entries = []
        self._group_boxes = {}
        for i, entry in enumerate(self.values()):
            self.entries.append(self._entry(i, entry))

    def _entry(self, i: int, entry: Any) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        head = QHBoxLayout()
        title = QLabel(f"<b>{i + 1}.</b>")
        head.addWidget(title)
        head.addStretch(1)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName(f"remove:{path_text((*self.path, i))}")
        remove.clicked.connect(lambda _=False, n=i: self.remove_entry(n))
        remove.setEnabled(not self.binder.read_only)
        head.addWidget(remove)
        box.addLayout(head)
        item_path = (*self.path, i)
        if not isinstance(entry, dict):
            note = QLabel(shown(entry))  # not an object: kept as it came, shown
            box.addWidget(note)
        else:
            groups = tuple(KIND_GROUPS.values()) if self.f.type == "item_table" else ()
            editor = GroupEditor(self.f.fields, item_path, self.binder, self.form, skip=groups)
            box.addWidget(editor)
            finding = FindingLabel()
            box.addWidget(finding)
            self.binder.finding_labels[path_text(item_path)] = finding
            for sub in self.f.fields:
                if sub.name in groups:
                    group_box = QGroupBox(label_of(sub, self.binder.lang))
                    group_box.setObjectName(f"{path_text(item_path)}.{sub.name}:box")
                    inner = QVBoxLayout(group_box)
                    inner.addWidget(GroupEditor(sub.fields, (*item_path, sub.name),
                                                self.binder, self.form))
                    gfinding = FindingLabel()
                    inner.addWidget(gfinding)
                    self.binder.finding_labels[f"{path_text(item_path)}.{sub.name}"] = gfinding
                    box.addWidget(group_box)
                    group_box.setVisible(entry.get("kind") == sub.name)
                    self._group_boxes[(i, sub.name)] = group_box
        self.entries_box.addWidget(frame)
        return frame

    def _kind(self, edited: Path) -> None:
        """Show the weapon / ammunition sub-fields when an item's kind says so."""
        n = len(self.path)
        if len(edited) != n + 2 or edited[:n] != self.path or edited[-1] != "kind":
            return
        index = edited[n]
        kind = get_in(self.binder.doc, edited)
        for (i, name), box in self._group_boxes.items():
            if i == index:
                with contextlib.suppress(RuntimeError):
                    box.setVisible(kind == name)

    def add_entry(self) -> None:
        values = list(self.values())
        entry: dict[str, Any] = {}
        if self.f.type == "participant_list":
            entry = {"role": "witness"}
        values.append(entry)
        self.binder.write(self.path, values)
        set_in(self.binder.doc, self.path, values)
        self.entries.append(self._entry(len(values) - 1, entry))

    def add_from_register(self) -> None:
        """A participant whose name, IIN, birth date, sex and address come from the register."""
        person = self.binder.pick_person() if self.binder.pick_person else None
        if not person:
            return
        values = list(self.values())
        entry = {"role": "witness", **{k: v for k, v in person.items() if k != "document"}}
        values.append(entry)
        self.binder.write(self.path, values)
        set_in(self.binder.doc, self.path, values)
        self.entries.append(self._entry(len(values) - 1, entry))

    def remove_entry(self, index: int) -> None:
        values = list(self.values())
        if 0 <= index < len(values):
            values.pop(index)
            set_in(self.binder.doc, self.path, values)
            self.binder.edited.emit(self.path)
            self.rebuild()


def now_text(kind: str, clock: Callable[[], dt.datetime] = dt.datetime.now) -> str:
    """The clock's time as the document stores it (``HH:MM`` or ``YYYY-MM-DDTHH:MM``)."""
    now = clock()
    return f"{now:%H:%M}" if kind == "time" else f"{now:%Y-%m-%dT%H:%M}"
