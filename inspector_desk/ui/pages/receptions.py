"""Receptions: the list of appeals with filters, a detail pane, the lifecycle actions,
the talon, the reception journal and the reception hours.

Keyboard: Ctrl+N takes a new appeal, Ctrl+P prints the talon of the selected one,
Ctrl+F goes to the search field. Lists are read through core query functions
(:mod:`inspector_desk.services.receptions`); every change is a core service call.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
)

from inspector_desk.domain import appeals as rules
from inspector_desk.domain.appeals import due_state
from inspector_desk.i18n import short_date
from inspector_desk.reports.reception_hours import hours_pdf
from inspector_desk.reports.reception_journal import journal_pdf
from inspector_desk.reports.talon import talon_pdf
from inspector_desk.services import receptions as svc
from inspector_desk.services.calendar_overrides import precinct_calendar
from inspector_desk.ui.pages.base import Page
from inspector_desk.ui.pages.today import TODAY_PROVIDERS
from inspector_desk.ui.receptions_dialogs import (
    CancelDialog,
    DecideDialog,
    ExtendDialog,
    ExtensionNoticeDialog,
    ForwardDialog,
    HandOverDialog,
    HoursDialog,
    JournalDialog,
    NewAppealDialog,
)
from inspector_desk.ui.receptions_model import AppealsModel, due_words, label
from inspector_desk.ui.receptions_print import show_pdf
from inspector_desk.ui.unlock import error_text
from inspector_desk.ui.widgets.flow import flow_row
from inspector_desk.ui.workers import run_task


def today_lines(window) -> list[tuple[str, str, str]]:
    """Today's lines: appeals due within 3 working days and overdue, and extensions the
    applicant is still to be told of; each line opens its appeal."""
    session = window.session
    if session is None:
        return []
    today = dt.date.today()
    calendar = precinct_calendar(session)
    out = []
    for line in svc.due_lines(session, today=today, calendar=calendar):
        state = due_state("registered", line.due_on, today, calendar)
        who = line.applicant or label("kind", line.kind)
        text = QCoreApplication.translate("Receptions", "Appeal {0} ({1}): {2}, term {3}").format(
            line.number, who, due_words(state, line.due_on), short_date(line.due_on))
        if state.level == "overdue":
            text = "⚠ " + text
        out.append((text, "receptions", line.id))
    for line in svc.notice_lines(session, today=today, calendar=calendar):
        state = due_state("extended", line.due_on, today, calendar)
        who = line.applicant or label("kind", line.kind)
        text = QCoreApplication.translate(
            "Receptions", "Appeal {0} ({1}): tell the applicant of the extension, {2}, by {3}"
        ).format(line.number, who, due_words(state, line.due_on), short_date(line.due_on))
        if state.level == "overdue":
            text = "⚠ " + text
        out.append((text, "receptions", line.id))
    return out


if today_lines not in TODAY_PROVIDERS:
    TODAY_PROVIDERS.append(today_lines)


class ReceptionsPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.calendar = None
        self.last_pdf: bytes | None = None
        self.last_pdf_path = None
        self._task = None
        # filters
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.view = QComboBox()
        self.kind = QComboBox()
        self.format = QComboBox()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for w in (self.view, self.kind, self.format):
            bar.addWidget(w, 1)
        self.layout_.addLayout(bar)
        # actions
        self.buttons: dict[str, QPushButton] = {}
        for key in ("new", "talon", "start", "forward", "extend", "notice", "decide",
                    "hand_over", "close", "cancel", "journal", "hours"):
            button = QPushButton()
            button.clicked.connect(getattr(self, f"do_{key}"))
            self.buttons[key] = button
        self.layout_.addWidget(flow_row(*self.buttons.values()))  # wraps on a small screen
        # list and detail
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumWidth(260)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.layout_.addWidget(split, 1)
        self.model: AppealsModel | None = None
        # shortcuts (active while this page is shown)
        self.shortcuts: dict[str, QAction] = {}
        for key, seq, slot in (("new", "Ctrl+N", self.do_new), ("talon", "Ctrl+P", self.do_talon),
                               ("search", "Ctrl+F", self.search.setFocus)):
            act = QAction(self, shortcut=QKeySequence(seq))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            self.shortcuts[key] = act
        self.search.textChanged.connect(self.apply_filter)
        for box in (self.view, self.kind, self.format):
            box.currentIndexChanged.connect(self.apply_filter)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Receptions")

    def help_text(self) -> str:
        return self.tr("Ctrl+N takes a new appeal; Enter saves, Esc cancels. Ctrl+P prints the "
                       "talon in the applicant's language. Appeals are decided within 15 "
                       "working days (АППК art. 76) and forwarded within 3 (art. 65).")

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.tr("Search: number, applicant, address, text "
                                               "(Ctrl+F)"))
        self._fill_combo(self.view, [(v, t) for v, t in (
            ("all", self.tr("All appeals")), ("open", self.tr("Running")),
            ("due_week", self.tr("Due this week")), ("overdue", self.tr("Overdue")),
            ("forwarded", self.tr("Forwarded")), ("done", self.tr("Finished")))])
        self._fill_combo(self.kind, [(None, self.tr("Any kind"))]
                         + [(k, label("kind", k)) for k in rules.KINDS])
        self._fill_combo(self.format, [(None, self.tr("Any format"))]
                         + [(f, label("format", f)) for f in rules.FORMATS])
        texts = {"new": self.tr("New appeal (Ctrl+N)"), "talon": self.tr("Talon (Ctrl+P)"),
                 "start": self.tr("Take into work"), "forward": self.tr("Forward…"),
                 "extend": self.tr("Extend…"),
                 "notice": self.tr("Applicant told of the extension…"),
                 "decide": self.tr("Decide…"),
                 "hand_over": self.tr("To duty unit…"), "close": self.tr("Close"),
                 "cancel": self.tr("Cancel…"), "journal": self.tr("Journal…"),
                 "hours": self.tr("Reception hours…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        if self.model is not None:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              self.model.columnCount() - 1)
            self._show_detail()

    @staticmethod
    def _fill_combo(box: QComboBox, items) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for value, text in items:
            box.addItem(text, value)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.window_.session
        if session is None:
            return
        self.calendar = precinct_calendar(session)
        if self.model is None:
            self.model = AppealsModel(self.window_, self.calendar, self)
            self.table.setModel(self.model)
            self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.calendar = self.calendar
        self.apply_filter()

    def apply_filter(self) -> None:
        if self.model is None:
            return
        selected = self.selected_id()
        self.model.set_filter(svc.AppealFilter(
            view=self.view.currentData() or "all", kind=self.kind.currentData(),
            format=self.format.currentData(), search=self.search.text()))
        if selected:
            self.select(selected)
        self._show_detail()

    def changes_applied(self, changes) -> None:
        if changes.touched("appeals") or changes.touched("calendar_overrides"):
            self.reload()

    def selected_id(self) -> str | None:
        if self.model is None:
            return None
        index = self.table.currentIndex()
        a = self.model.appeal(index.row()) if index.isValid() else None
        return a.id if a else None

    def selected(self) -> svc.Appeal | None:
        rid = self.selected_id()
        if rid is None or self.window_.session is None:
            return None
        return svc.get_appeal(self.window_.session, rid)

    def open_record(self, appeal_id: str) -> bool:
        """Show ``appeal_id`` selected (from a Today line); clears filters that hide it."""
        if self.model is None:
            self.reload()
        if self.model is None:
            return False
        if not self.select(appeal_id):
            for box in (self.view, self.kind, self.format):
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.apply_filter()
            if not self.select(appeal_id):
                return False
        self._show_detail()
        self.table.setFocus()
        return True

    def select(self, appeal_id: str) -> bool:
        row = self.model.row_of(appeal_id) if self.model else -1
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _show_detail(self, *_args) -> None:
        a = self.selected()
        for key in ("talon", "start", "forward", "extend", "notice", "decide", "hand_over",
                    "close", "cancel"):
            self.buttons[key].setEnabled(a is not None)
        if a is None:
            self.detail.setText(self.tr("Select an appeal to see it here."))
            return
        moves = rules.TRANSITIONS.get(a.status, ())
        self.buttons["start"].setEnabled("in_work" in moves)
        self.buttons["forward"].setEnabled("forwarded" in moves)
        self.buttons["extend"].setEnabled("extended" in moves and a.due_on is not None)
        self.buttons["notice"].setEnabled(a.status == "extended"
                                          and a.extension_notice_due is not None)
        self.buttons["decide"].setEnabled("decided" in moves and a.kind != "offence_report")
        self.buttons["hand_over"].setEnabled("handed_over" in moves
                                             and a.kind == "offence_report")
        self.buttons["close"].setEnabled("closed" in moves)
        self.buttons["cancel"].setEnabled("cancelled" in moves)
        self.detail.setText(self._detail_html(a))

    def _detail_html(self, a: svc.Appeal) -> str:
        from html import escape

        state = self.model.state(a) if self.model else None
        lines = [f"<b>{escape(a.reg_number)}</b> · {escape(label('status', a.status))}"]
        if a.number_note:
            lines.append("⚠ " + escape(self.tr("Renumbered (was {0}): tell the applicant.")
                                       .format(a.number_note)))
        lines.append(escape(self.tr("Received: {0} · {1}").format(
            f"{a.received_at:%d.%m.%Y %H:%M}", label("format", a.format))))
        who = self.tr("(anonymous)") if a.anonymous else (a.applicant_name or "")
        lines.append(escape(f"{label('kind', a.kind)} · {who}"))
        if a.applicant_address or a.applicant_phone:
            lines.append(escape(" · ".join(x for x in (a.applicant_address, a.applicant_phone)
                                           if x)))
        lines.append(escape(a.summary))
        if a.due_on:
            words = due_words(state, a.due_on) if state else ""
            lines.append(escape(self.tr("Term: {0}").format(short_date(a.due_on))
                                + (f" — {words}" if words else "")))
        if a.forwarded_on:
            late = " (" + self.tr("late") + ")" if a.forwarded_late else ""
            lines.append(escape(self.tr("Forwarded to {0} on {1}, No. {2}").format(
                a.forwarded_to, short_date(a.forwarded_on), a.forwarded_number) + late))
        if a.extended_on and a.extension_notice_due:
            line = self.tr("Extended on {0}; tell the applicant by {1}").format(
                short_date(a.extended_on), short_date(a.extension_notice_due))
            if a.status == "extended" and self.model is not None:
                late = svc.notice_late_days(a.extension_notice_due, self.model.today,
                                            self.model.calendar)
                if late:
                    line = "⚠ " + line + " — " + self.tr(
                        "the applicant has not been told: overdue by %n working day(s)", "",
                        late)
            lines.append(escape(line))
        elif a.extended_on and a.extension_informed_on:
            lines.append(escape(self.tr("Extended on {0}; the applicant was told on {1}.").format(
                short_date(a.extended_on), short_date(a.extension_informed_on))))
        elif a.extended_on:
            lines.append(escape(self.tr("Extended on {0}; the applicant has been told.").format(
                short_date(a.extended_on))))
        if a.decided_on:
            lines.append(escape(self.tr("Decided on {0}: {1}").format(
                short_date(a.decided_on), label("outcome", a.outcome))))
        if a.handed_on:
            lines.append(escape(self.tr("Handed to {0} on {1}, ref. {2}").format(
                a.handed_to, short_date(a.handed_on), a.handed_reference)))
        if a.cancel_reason:
            lines.append(escape(self.tr("Cancelled: {0}").format(a.cancel_reason)))
        return "<br/>".join(lines)

    # -- actions ----------------------------------------------------------------------------
    def _open(self, dialog) -> object | None:
        """Show a dialog modally; returns its result when saved."""
        self.active_dialog = dialog
        try:
            accepted = dialog.exec()
        finally:
            self.active_dialog = None
        return dialog.result_value if accepted else None

    def do_new(self) -> None:
        taken = self._open(NewAppealDialog(self.window_))
        if taken is not None:
            self.view.setCurrentIndex(0)
            self.select(taken.id)
            self.table.setFocus()

    def do_talon(self) -> None:
        a = self.selected()
        session = self.window_.session
        if a is None or session is None:
            return
        pdf = talon_pdf(a, precinct=svc.precinct_name(session), lang=a.applicant_lang)
        session.record_access("appeal.print_talon", "appeals", a.id,
                              f"talon of appeal {a.reg_number} printed ({a.applicant_lang})")
        self._show(pdf, f"talon-{a.reg_number}.pdf")

    def _simple(self, service, **kwargs) -> None:
        a = self.selected()
        if a is None:
            return
        self.window_.call(service, a.id, **kwargs)

    def do_start(self) -> None:
        self._simple(svc.start_work)

    def do_close(self) -> None:
        self._simple(svc.close_appeal)

    def do_forward(self) -> None:
        if a := self.selected():
            self._open(ForwardDialog(self.window_, a))

    def do_extend(self) -> None:
        if a := self.selected():
            self._open(ExtendDialog(self.window_, a, self.calendar))

    def do_notice(self) -> None:
        if a := self.selected():
            self._open(ExtensionNoticeDialog(self.window_, a, self.calendar))

    def do_decide(self) -> None:
        if a := self.selected():
            self._open(DecideDialog(self.window_, a))

    def do_hand_over(self) -> None:
        if a := self.selected():
            self._open(HandOverDialog(self.window_, a))

    def do_cancel(self) -> None:
        if a := self.selected():
            self._open(CancelDialog(self.window_, a))

    def do_journal(self) -> None:
        period = self._open(JournalDialog(self.window_))
        if period is not None:
            self.print_journal(*period)

    def print_journal(self, start: dt.date, end: dt.date, lang: str) -> None:
        """Build the journal in a worker (its own session) and show it."""
        store = self.window_.store

        def work(progress):
            session = store.session()
            try:
                progress.update(0, 0, "journal")
                rows = svc.journal_appeals(session, start, end)
                pdf = journal_pdf(rows, start=start, end=end,
                                  precinct=svc.precinct_name(session), lang=lang)
                session.record_access("appeal.print_journal", "appeals", None,
                                      f"reception journal printed, {len(rows)} appeals")
                return pdf
            finally:
                session.close()

        self._task = run_task(
            self, work, label=self.tr("Preparing the journal…"),
            on_done=lambda pdf: self._show(pdf, f"journal-{start:%Y%m%d}-{end:%Y%m%d}.pdf"),
            on_error=lambda exc: QMessageBox.warning(self, self.tr("Not printed"),
                                                     error_text(exc)))

    def do_hours(self) -> None:
        session = self.window_.session
        if session is None:
            return
        saved = self._open(HoursDialog(self.window_, svc.reception_hours(session)))
        if saved is not None:
            self.print_hours()

    def print_hours(self) -> None:
        session = self.window_.session
        actor = session.actor
        rank = self._officer_rank()
        pdf = hours_pdf(svc.reception_hours(session), precinct=svc.precinct_name(session),
                        officer_name=actor.full_name, officer_rank=rank)
        self._show(pdf, "reception-hours.pdf")

    def _officer_rank(self) -> str:
        return svc.officer_rank(self.window_.session)

    def _show(self, pdf: bytes, name: str) -> None:
        self.last_pdf = pdf
        self.last_pdf_path = show_pdf(self, pdf, name)
        self.window_.statusBar().showMessage(
            self.tr("Opened for printing: {0}").format(self.last_pdf_path.name), 10_000)


__all__ = ["ReceptionsPage", "today_lines"]
