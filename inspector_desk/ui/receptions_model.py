"""The lazy table model of the Receptions list: fetches pages of appeals from the core
(:func:`inspector_desk.services.receptions.list_appeals`) as the view scrolls.

Each row is coloured by the days left on its term *and* says it in words
("overdue by 2 working days"): colour is never the only signal.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inspector_desk.domain.appeals import DueState, due_state
from inspector_desk.domain.kz_calendar import CalendarRangeError, WorkCalendar
from inspector_desk.messages import text
from inspector_desk.services.receptions import (
    Appeal,
    AppealFilter,
    count_appeals,
    list_appeals,
    notice_late_days,
)
from inspector_desk.ui.qt_i18n import languages

BATCH = 100
COLOURS = {"overdue": "#f4c7c3", "today": "#fce8b2", "soon": "#fff4cc", "ok": None,
           "done": None}


def due_words(state: DueState, due: dt.date | None) -> str:
    """The term in words, e.g. "overdue by 2 working days" (shared with Today)."""
    if state.level == "done" or due is None:
        return ""
    if state.level == "overdue":
        return QCoreApplication.translate("Receptions", "overdue by %n working day(s)", "", -state.days)
    if state.level == "today":
        return QCoreApplication.translate("Receptions", "due today")
    return QCoreApplication.translate("Receptions", "%n working day(s) left", "", state.days)


def label(group: str, code: str | None) -> str:
    """The name of a kind, format, status, outcome… in the current UI language."""
    return text(f"receptions.{group}.{code}", languages().lang) if code else ""


class AppealsModel(QAbstractTableModel):
    """Appeals matching a filter, loaded :data:`BATCH` rows at a time."""

    COLUMNS = ("number", "received", "applicant", "kind", "format", "status", "due", "left")

    def __init__(self, window, calendar: WorkCalendar, parent=None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.calendar = calendar
        self.filter = AppealFilter()
        self.today = dt.date.today()
        self.rows: list[Appeal] = []
        self.total = 0

    # -- loading ----------------------------------------------------------------------------
    def set_filter(self, flt: AppealFilter, today: dt.date | None = None) -> None:
        self.filter = flt
        self.reload(today)

    def reload(self, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.today = today or dt.date.today()
        self.rows = []
        session = self.window_.session
        self.total = count_appeals(session, self.filter, today=self.today) if session else 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802 - Qt API
        session = self.window_.session
        if session is None or parent.isValid():
            return
        batch = list_appeals(session, self.filter, today=self.today, offset=len(self.rows),
                             limit=BATCH)
        if not batch:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self.rows.extend(batch)
        self.endInsertRows()

    # -- access -----------------------------------------------------------------------------
    def appeal(self, row: int) -> Appeal | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, appeal_id: str) -> int:
        """The row of ``appeal_id`` (loading more pages if needed), or -1."""
        while True:
            for i, a in enumerate(self.rows):
                if a.id == appeal_id:
                    return i
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())

    def state(self, appeal: Appeal) -> DueState:
        try:
            return due_state(appeal.status, appeal.due_on, self.today, self.calendar)
        except CalendarRangeError:
            return DueState("done", 0)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Number"), self.tr("Received"), self.tr("Applicant"), self.tr("Kind"),
                self.tr("Format"), self.tr("Status"), self.tr("Term"),
                self.tr("Days left")][section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        a = self.appeal(index.row())
        if a is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return a.reg_number
            if column == "received":
                return f"{a.received_at:%d.%m.%Y %H:%M}"
            if column == "applicant":
                return self.tr("(anonymous)") if a.anonymous else (a.applicant_name or "")
            if column == "kind":
                return label("kind", a.kind)
            if column == "format":
                return label("format", a.format)
            if column == "status":
                words = label("status", a.status)
                if a.forwarded_late:
                    words += " · " + self.tr("forwarded late")
                if a.status == "extended" and notice_late_days(
                        a.extension_notice_due, self.today, self.calendar):
                    words += " · " + self.tr("applicant not told, overdue")
                return words
            if column == "due":
                return f"{a.due_on:%d.%m.%Y}" if a.due_on else "—"
            if column == "left":
                return due_words(self.state(a), a.due_on)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = COLOURS[self.state(a).level]
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and COLOURS[self.state(a).level]:
            return QBrush(QColor("#000000"))  # readable on the tint in a dark theme too
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None
