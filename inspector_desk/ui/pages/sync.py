"""Sync: the state of the exchange with the department server."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from inspector_desk.services.status import desk_status
from inspector_desk.ui.pages.base import Page
from inspector_desk.ui.widgets.forms import add_row


class SyncPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.pending = QLabel()
        self.last = QLabel()
        self.server = QLabel()
        self.server.setWordWrap(True)
        self.form = QFormLayout()
        add_row(self.form, self.pending)
        add_row(self.form, self.last)
        add_row(self.form, self.server)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def help_text(self) -> str:
        return self.window_.page_help("sync")

    def retranslate(self) -> None:
        super().retranslate()
        self.form.labelForField(self.pending).setText(self.tr("Changes waiting"))
        self.form.labelForField(self.last).setText(self.tr("Last successful sync"))
        self.form.labelForField(self.server).setText(self.tr("Server"))
        self.reload()

    def reload(self) -> None:
        session = self.window_.session
        if session is None or not hasattr(self, "pending"):
            return
        status = desk_status(session)
        self.pending.setText(str(status.pending_changes))
        self.last.setText(status.last_sync or self.tr("never"))
        self.server.setText(self.tr("Not configured: this device works offline. Every change "
                                    "is kept in the outbox until it can be sent."))

    def changes_applied(self, changes) -> None:
        self.reload()
