"""Today: what must be done today. Sections are added by the feature pages as they arrive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from inspector_desk.i18n import long_date
from inspector_desk.services.status import desk_status
from inspector_desk.ui.pages.base import Page
from inspector_desk.ui.qt_i18n import languages

#: Each provider returns (text, page key) lines for the Today list, given the window; a line
#: may carry a third element, the id of its record: activating the line then calls the page's
#: ``open_record(record_id)`` when the page has one.
TODAY_PROVIDERS: list[Callable[..., list[tuple[str, ...]]]] = []
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class TodayPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.date_label = QLabel()
        self.items = QListWidget()
        self.items.itemActivated.connect(self._open)
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        self.layout_.addWidget(self.date_label)
        self.layout_.addWidget(self.items, 1)
        self.layout_.addWidget(self.sync_label)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Today")

    def help_text(self) -> str:
        return self.window_.page_help("today")

    def retranslate(self) -> None:
        super().retranslate()
        self.reload()

    def reload(self) -> None:
        session = self.window_.session if hasattr(self, "items") else None
        if session is None:
            return
        lang = languages().lang
        self.date_label.setText(long_date(dt.date.today(), lang))
        self.items.clear()
        for provider in TODAY_PROVIDERS:
            for text, key, *record in provider(self.window_):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setData(RECORD_ROLE, record[0] if record else None)
                self.items.addItem(item)
        if not self.items.count():
            self.items.addItem(self.tr("Nothing is due today."))
        status = desk_status(session)
        self.sync_label.setText(self.tr("%n change(s) waiting to sync.", "", status.pending_changes))

    def changes_applied(self, changes) -> None:
        self.reload()

    def _open(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.window_.show_page(key)
            record = item.data(RECORD_ROLE)
            opener = getattr(self.window_.page_by_key.get(key), "open_record", None)
            if record and callable(opener):
                opener(record)
