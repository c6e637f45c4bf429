"""What every page shares: a title, retranslation on language change, refresh on changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from inspector_desk.services.session import Changes
    from inspector_desk.ui.main_window import MainWindow


class Page(QWidget):
    """Base of a page. Subclasses set their texts in :meth:`retranslate` and data in :meth:`reload`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)

    def title(self) -> str:
        raise NotImplementedError

    def help_text(self) -> str:
        """What F1 shows on this page."""
        return ""

    def retranslate(self) -> None:
        self.heading.setText(self.title())

    def reload(self) -> None:
        """Re-read the data this page shows (after unlock or when asked)."""

    def changes_applied(self, changes: Changes) -> None:
        """A service call changed data; refresh if it concerns this page."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderPage(Page):
    """A section whose records arrive in a later version: says so plainly."""

    def __init__(self, window: MainWindow, key: str) -> None:
        super().__init__(window)
        self.key = key
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.layout_.addWidget(self.body)
        self.layout_.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.window_.page_title(self.key)

    def retranslate(self) -> None:
        super().retranslate()
        self.body.setText(self.tr("This section is being built; its records will appear here."))

    def help_text(self) -> str:
        return self.window_.page_help(self.key)
