"""Sync: state of the exchange with the department server, conflicts, quarantine.

"Sync now" and the background timer run the core client in a worker (``run_task``) with
the worker's own session; the UI thread never waits on the network. Conflicts show both
values with who and when; a person keeps theirs or mine (a service call each).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from inspector_desk.messages import text as message_text
from inspector_desk.services.published_forms import refused as refused_forms
from inspector_desk.services.record_titles import field_title, field_value, record_titles
from inspector_desk.services.sync_service import (
    dismiss_quarantine,
    list_conflicts,
    list_quarantine,
    resolve_conflict,
    sync_overview,
)
from inspector_desk.ui.pages.base import Page
from inspector_desk.ui.qt_i18n import languages
from inspector_desk.ui.widgets.forms import add_row
from inspector_desk.ui.workers import run_task

BACKGROUND_MS = 5 * 60 * 1000


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.split("/")[0].replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return f"{moment.astimezone():%d.%m.%Y %H:%M}"


def _value(value, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict) and set(value) == {"$b64"}:  # a photo: its size, not base64
        return message_text("sync.value.image", lang, kb=max(1, len(value["$b64"]) * 3 // 4096))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class SyncPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.task = None
        self.pending = QLabel()
        self.last = QLabel()
        self.server = QLabel()
        self.server.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("syncProblem")
        self.merged = QLabel()
        self.merged.setObjectName("mergedPersons")
        self.form = QFormLayout()
        for w in (self.server, self.pending, self.last, self.problem, self.merged):
            add_row(self.form, w)
        self.layout_.addLayout(self.form)
        self.connect_box = QGroupBox()
        self.connect_form = QFormLayout(self.connect_box)
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://…")
        self.token = QLineEdit()
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("connect")
        self.connect_message = QLabel()
        self.connect_message.setWordWrap(True)
        add_row(self.connect_form, self.server_url)
        add_row(self.connect_form, self.token)
        self.connect_form.addRow(self.connect_button)
        self.connect_form.addRow(self.connect_message)
        self.connect_button.clicked.connect(self.connect_device)
        self.token.returnPressed.connect(self.connect_device)
        self.layout_.addWidget(self.connect_box)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        # no connection at all: the changes to a file for a USB stick, the answer back
        self.usb_export = QPushButton()
        self.usb_export.setObjectName("usbExport")
        self.usb_export.clicked.connect(lambda: self.export_usb())
        self.usb_import = QPushButton()
        self.usb_import.setObjectName("usbImport")
        self.usb_import.clicked.connect(lambda: self.import_usb())
        self.usb_message = QLabel()
        self.usb_message.setObjectName("usbMessage")
        self.usb_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.usb_export)
        row.addWidget(self.usb_import)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.usb_message)
        self.conflicts_label = QLabel()
        self.conflicts = QTableWidget(0, 6)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _fit_columns(self.conflicts, stretch=(0,))  # the record; values fit, up to a limit
        self.keep_mine = QPushButton()
        self.keep_theirs = QPushButton()
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addStretch(1)
        self.layout_.addWidget(self.conflicts_label)
        self.layout_.addWidget(self.conflicts, 2)
        self.layout_.addLayout(buttons)
        self.quarantine_label = QLabel()
        self.quarantine_label.setWordWrap(True)
        self.quarantine = QTableWidget(0, 4)
        self.quarantine.setObjectName("quarantine")
        self.quarantine.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quarantine.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _fit_columns(self.quarantine, stretch=(1,))
        self.dismiss = QPushButton()
        self.dismiss.clicked.connect(self._dismiss)
        self.layout_.addWidget(self.quarantine_label)
        self.layout_.addWidget(self.quarantine, 1)
        self.layout_.addWidget(self.dismiss)
        # published protocol forms this program cannot read (a newer program's, or broken)
        self.refused_forms = QLabel()
        self.refused_forms.setObjectName("refusedForms")
        self.refused_forms.setWordWrap(True)
        self.refused_forms.hide()
        self.layout_.addWidget(self.refused_forms)
        self.timer = QTimer(self)
        self.timer.setInterval(BACKGROUND_MS)
        self.timer.timeout.connect(self.background_sync)
        self.timer.start()
        self._conflict_ids: list[str] = []
        self._titled: tuple[frozenset, str] | None = None
        self._titles_cache: dict[tuple[str, str], str] = {}
        self._quarantine_ids: list[str] = []
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def help_text(self) -> str:
        return self.window_.page_help("sync")

    def retranslate(self) -> None:
        super().retranslate()
        self.form.labelForField(self.server).setText(self.tr("Server"))
        self.form.labelForField(self.pending).setText(self.tr("Changes waiting"))
        self.form.labelForField(self.last).setText(self.tr("Last successful sync"))
        self.form.labelForField(self.problem).setText(self.tr("Problem"))
        self.form.labelForField(self.merged).setText(
            self.tr("Persons registered on two devices, merged"))
        self.merged.setToolTip(self.tr(
            "Records of one person (the same IIN) registered on two devices are merged after "
            "sync: the record registered first stays, with the register entries and checks "
            "of both."))
        self.sync_button.setText(self.tr("Sync now"))
        self.usb_export.setText(self.tr("Save changes to a file (USB)…"))
        self.usb_export.setToolTip(self.tr(
            "No connection: save this device's changes to an encrypted file and take it to the "
            "department. Before the first sync, enter the token from the department above."))
        self.usb_import.setText(self.tr("Open the department's answer…"))
        self.connect_box.setTitle(self.tr("Connect this device to the department server"))
        self.connect_form.labelForField(self.server_url).setText(self.tr("Server address"))
        self.connect_form.labelForField(self.token).setText(
            self.tr("Enrolment token (from the department)"))
        self.connect_button.setText(self.tr("Connect and sync"))
        self.conflicts_label.setText(self.tr("Changed on two devices — choose which value to "
                                             "keep:"))
        self.conflicts.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("This device"), self.tr("Server"),
            self.tr("Changed on the server by"), self.tr("When")])
        self.keep_mine.setText(self.tr("Keep this device's value"))
        self.keep_theirs.setText(self.tr("Keep the server's value"))
        self.quarantine_label.setText(self.tr("Changes that could not be synced (the rest "
                                              "went on):"))
        self.quarantine.setHorizontalHeaderLabels([
            self.tr("Direction"), self.tr("Record"), self.tr("Reason"), self.tr("When")])
        self.dismiss.setText(self.tr("Set aside"))
        self.reload()

    def error_hint(self, kind: str | None, reason: str | None) -> str:
        if not kind:
            return self.tr("None")
        if reason == "revoked":
            return self.tr("The department revoked this device. Contact the department.")
        if kind == "network":
            return self.tr("No connection to the server. Changes are kept and will be sent "
                           "when the connection returns.")
        if kind == "auth":
            return self.tr("The server did not accept this device. Ask the department for a "
                           "new enrolment token.")
        if kind == "config":
            return self.tr("Sync is not set up correctly: check the server address. Secrets "
                           "are sent only over HTTPS.")
        if kind == "update":
            return self.tr("The server needs a newer version of this program. Update the "
                           "program; your changes are kept.")
        return self.tr("The server reported a fault. Try again later; if it repeats, tell the "
                       "department's administrator.")

    def reload(self) -> None:
        session = self.window_.session
        if session is None or not hasattr(self, "quarantine"):
            return
        ov = sync_overview(session)
        lang = languages().lang
        self.server.setText(ov.server_url or self.tr(
            "Not configured: this device works offline. Every change is kept in the outbox "
            "until it can be sent."))
        self.pending.setText(str(ov.pending))
        self.merged.setText(str(ov.merged_persons))
        self.form.setRowVisible(self.merged, ov.merged_persons > 0)
        self.last.setText(_when(ov.last_sync_at) or self.tr("never"))
        self.problem.setText(self.error_hint(ov.last_error_kind, ov.last_error_reason))
        self.sync_button.setEnabled(ov.enrolled and not ov.revoked and self.task is None)
        self.connect_box.setVisible(not ov.enrolled and not ov.revoked)
        self.usb_export.setEnabled(not ov.revoked)  # a revoked device sends nothing more
        items = list_conflicts(session)
        quarantined = list_quarantine(session)
        titles = self._titles(session, [(c.entity, c.entity_id) for c in items]
                              + [(q.entity, q.entity_id) for q in quarantined], lang)
        self._conflict_ids = [c.id for c in items]
        self.conflicts.setRowCount(len(items))
        for r, c in enumerate(items):
            field = field_title(c.entity, c.field, lang)  # as the forms name it
            mine = field_value(c.entity, c.field, c.mine, lang) or _value(c.mine, lang)
            theirs = field_value(c.entity, c.field, c.theirs, lang) or _value(c.theirs, lang)
            for col, text in enumerate((_record(c.entity, titles.get((c.entity, c.entity_id)),
                                                lang), field, mine, theirs,
                                        c.theirs_by or "", _when(c.theirs_at))):
                self.conflicts.setItem(r, col, _cell(text))
        has = bool(items)
        self.keep_mine.setEnabled(has)
        self.keep_theirs.setEnabled(has)
        if has and not self.conflicts.selectedItems():
            self.conflicts.selectRow(0)
        self._quarantine_ids = [q.id for q in quarantined]
        self.quarantine.setRowCount(len(quarantined))
        for r, q in enumerate(quarantined):
            direction = self.tr("sent") if q.direction == "push" else self.tr("received")
            for col, text in enumerate((direction, _record(
                    q.entity, titles.get((q.entity, q.entity_id)), lang),
                                        _named("sync.reason", q.reason, lang), _when(q.at))):
                self.quarantine.setItem(r, col, _cell(text))
        self.dismiss.setEnabled(bool(quarantined))
        refused = refused_forms(session)
        self.refused_forms.setVisible(bool(refused))
        self.refused_forms.setText(message_text("sync.forms_refused", lang,
                                                names=", ".join(name for name, _ in refused)))
        self.refused_forms.setToolTip("\n".join(why for _, why in refused))

    def _titles(self, session, keys: list[tuple[str, str]], lang: str) -> dict:
        """The records' names, read (and the reading audited) only when the listed records
        or the language changed since the last reload."""
        wanted = (frozenset(keys), lang)
        if wanted != self._titled:
            self._titled, self._titles_cache = wanted, record_titles(session, keys, lang)
        return self._titles_cache

    def changes_applied(self, changes) -> None:
        self.reload()

    # -- actions --------------------------------------------------------------------------
    def _resolve(self, choice: str) -> None:
        row = self.conflicts.currentRow()
        if 0 <= row < len(self._conflict_ids):
            self.window_.call(resolve_conflict, self._conflict_ids[row], choice)
            self.reload()

    def _dismiss(self) -> None:
        row = self.quarantine.currentRow()
        if 0 <= row < len(self._quarantine_ids):
            self.window_.call(dismiss_quarantine, self._quarantine_ids[row])
            self.reload()

    def sync_now(self, *, background: bool = False) -> None:
        """Start a sync in a worker; the page and status bar refresh when it ends."""
        if self.task is not None or self.window_.store.locked:
            return
        store = self.window_.store

        def work(progress):
            from inspector_desk.sync.client import SyncClient, SyncError

            session = store.session()
            client = SyncClient(session)
            try:
                if background and not client.reachable():
                    return None
                return client.sync(progress)
            except SyncError as exc:
                return exc
            finally:
                client.close()
                session.close()

        self.sync_button.setEnabled(False)
        self.task = run_task(self, work, on_done=self._finished, on_error=self._failed,
                             on_cancel=self._cancelled, label=self.tr("Syncing…"),
                             show_progress=not background)

    def connect_device(self) -> None:
        """First contact: enrol with the one-time token, then push and pull everything."""
        url, token = self.server_url.text().strip(), self.token.text().strip()
        if not url or not token:
            self.connect_message.setText(self.tr("Enter the server address and the token."))
            return
        if self.task is not None or self.window_.store.locked:
            return
        store = self.window_.store

        def work(progress):
            from inspector_desk.sync.client import SyncClient, SyncError

            session = store.session()
            client = SyncClient(session, url=url)
            try:
                return client.sync(progress, token=token)
            except SyncError as exc:
                return exc
            finally:
                client.close()
                session.close()

        self.connect_button.setEnabled(False)
        self.connect_message.setText(self.tr("Connecting…"))

        def done(result) -> None:
            self.connect_button.setEnabled(True)
            if hasattr(result, "kind"):
                self.connect_message.setText(self.error_hint(result.kind, result.reason))
            else:
                self.token.clear()
                self.connect_message.clear()
            self._finished(result)

        self.task = run_task(self, work, on_done=done, on_error=self._failed,
                             on_cancel=self._cancelled, label=self.tr("Syncing…"))

    def export_usb(self, path: Path | None = None) -> None:
        """Save the changes waiting to an encrypted file for the department (``path``, or
        one chosen in a dialog); before the first sync the token typed above enrols."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save changes for the department"),
                str(Path.home() / f"inspector-desk-{dt.date.today():%Y%m%d}.idsync"),
                self.tr("Transfer files (*.idsync)"))
            path = Path(name) if name else None
        token = self.token.text().strip() or None

        def done(summary) -> None:
            self.usb_message.setText(self.tr(
                "{0} change(s) saved to {1}. Take the file to the department and bring back "
                "its answer.").format(summary["exported"], path.name))

        if path is not None:
            self._usb_task(lambda usb, session: usb.export_outbox(session, path, token=token),
                           done)

    def import_usb(self, path: Path | None = None) -> None:
        """Apply the department's answer file (``path``, or one chosen in a dialog)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open the department's answer"), str(Path.home()),
                self.tr("Transfer files (*.idsync)"))
            path = Path(name) if name else None

        def done(summary) -> None:
            self.token.clear()
            if summary.get("revoked"):  # the answer told this device to lock: as over HTTP
                self.usb_message.setText(self.error_hint("auth", "revoked"))
                self.window_.lock()
                return
            self.usb_message.setText(self.tr(
                "Answer applied: {0} change(s) confirmed, {1} received.").format(
                summary["results"], summary["pulled"]))

        if path is not None:
            self._usb_task(lambda usb, session: usb.import_answer(session, path.read_bytes()),
                           done)

    def _usb_task(self, step, done) -> None:
        """Run a USB step (``step(usb, session)``) in a worker with its own session, as a
        sync runs: an answer can bring a whole precinct. ``done(summary)`` on success; a
        problem with the file is told in the interface language."""
        if self.window_.session is None or self.task is not None or self.window_.store.locked:
            return
        store = self.window_.store

        def work(progress):
            from inspector_desk.sync import usb

            session = store.session()
            try:
                return step(usb, session)
            except (OSError, usb.UsbError) as exc:
                return exc
            finally:
                session.close()

        def finished(result) -> None:
            if isinstance(result, Exception):
                self.usb_message.setText(self._usb_failed(result))
            else:
                done(result)
            self._finished(result)

        self.task = run_task(self, work, on_done=finished, on_error=self._failed,
                             on_cancel=self._cancelled, label=self.tr("Syncing…"))

    def _usb_failed(self, exc: Exception) -> str:
        lang = languages().lang
        reason = exc.message(lang) if hasattr(exc, "message") else type(exc).__name__
        return message_text("sync.usb_failed", lang, reason=reason)

    def background_sync(self) -> None:
        session = self.window_.session
        if session is None or not sync_overview(session).enrolled:
            return
        self.sync_now(background=True)

    def _finished(self, result) -> None:
        self.task = None
        if getattr(result, "lock", False):
            self.window_.lock()
            return
        self.reload()
        self.window_.refresh_status()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.reload()
        self.window_.refresh_status()

    def _cancelled(self) -> None:
        self.task = None
        self.reload()


def _fit_columns(table: QTableWidget, stretch: tuple[int, ...]) -> None:
    """The ``stretch`` columns share the width; the others fit their content, up to a third
    of a typical page width (a long value is elided; its cell's tooltip shows it whole)."""
    header = table.horizontalHeader()
    header.setMaximumSectionSize(320)
    for col in range(table.columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


def _cell(text: str) -> QTableWidgetItem:
    """A read-only cell whose whole text shows on hover (a long name or value is elided)."""
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


def _record(entity: str, title: str | None, lang: str) -> str:
    """A record's kind and, when it has one, its name: "Лицо: Сейтқали Ерлан"."""
    kind = _named("sync.record", entity, lang)
    return f"{kind}: {title}" if title else kind


def _named(group: str, code: str, lang: str) -> str:
    """The catalog's words for a record kind or a reason code (the code when it has none)."""
    try:
        return message_text(f"{group}.{code}", lang)
    except KeyError:
        return code
