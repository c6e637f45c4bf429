"""The main window: navigation on the left, pages in a stack, status bar, menus, auto-lock."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from inspector_desk.services.accounts import UnlockedStore
from inspector_desk.services.session import Changes, Session
from inspector_desk.services.settings import load_settings
from inspector_desk.services.status import desk_status
from inspector_desk.ui.idle import IdleWatcher
from inspector_desk.ui.pages.base import Page, PlaceholderPage
from inspector_desk.ui.qt_i18n import LANGUAGE_NAMES, languages
from inspector_desk.ui.unlock import UnlockView, error_text

PAGE_KEYS = ("today", "register", "precinct", "receptions", "protocols", "training", "reports",
             "sync", "settings")

#: page key → "module:Class" of its page; keys not listed show a placeholder page.
PAGE_CLASSES: dict[str, str] = {
    "today": "inspector_desk.ui.pages.today:TodayPage",
    "register": "inspector_desk.ui.pages.register:RegisterPage",
    "precinct": "inspector_desk.ui.pages.precinct:PrecinctPage",
    "receptions": "inspector_desk.ui.pages.receptions:ReceptionsPage",
    "protocols": "inspector_desk.ui.pages.protocols:ProtocolsPage",
    "training": "inspector_desk.ui.pages.training:TrainingPage",
    "reports": "inspector_desk.ui.pages.reports:ReportsPage",
    "sync": "inspector_desk.ui.pages.sync:SyncPage",
    "settings": "inspector_desk.ui.pages.settings:SettingsPage",
}


class MainWindow(QMainWindow):
    """The working window of an unlocked database."""

    def __init__(self, store: UnlockedStore) -> None:
        super().__init__()
        self.store = store
        self.session: Session | None = store.session()
        self.settings = load_settings(self.session)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        self.page_by_key: dict[str, Page] = {}
        for key in PAGE_KEYS:
            page = self._make_page(key)
            self.page_by_key[key] = page
            self.pages.addWidget(page)
            QListWidgetItem(self.nav).setData(Qt.ItemDataRole.UserRole, key)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        work = QWidget()
        row = QHBoxLayout(work)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.lock_view = UnlockView()
        self.lock_view.other_button.hide()
        self.lock_view.unlocked.connect(self._unlocked)
        self.central = QStackedWidget()
        self.central.addWidget(work)
        self.central.addWidget(self.lock_view)
        self.setCentralWidget(self.central)
        self._build_status_bar()
        self._build_menus()
        self.idle = IdleWatcher(self.settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(30_000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self.resize(1200, 760)
        if languages().lang != self.settings.language:
            languages().switch(self.settings.language)
        self.apply_text_scale(self.settings.text_scale)
        self.retranslate()
        self.nav.setCurrentRow(0)
        for page in self.page_by_key.values():
            page.reload()
        self.refresh_status()

    # -- pages ------------------------------------------------------------------------------
    def _make_page(self, key: str) -> Page:
        module, _, cls = PAGE_CLASSES[key].partition(":")
        if importlib.util.find_spec(module) is None:  # a section not built yet
            return PlaceholderPage(self, key)
        return getattr(importlib.import_module(module), cls)(self)

    def page_title(self, key: str) -> str:
        return {
            "today": self.tr("Today"),
            "register": self.tr("Register"),
            "precinct": self.tr("Precinct & rounds"),
            "receptions": self.tr("Receptions"),
            "protocols": self.tr("Protocols"),
            "training": self.tr("Training"),
            "reports": self.tr("Reports"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
        }[key]

    def page_help(self, key: str) -> str:
        return {
            "today": self.tr("What must be done today: due checks, appeals near their deadline, "
                             "protocol drafts and the sync state. Each line opens its record."),
            "register": self.tr("Persons on the preventive register, their categories, due "
                                "checks and check history."),
            "precinct": self.tr("Addresses and households of the precinct and the log of "
                                "door-to-door rounds."),
            "receptions": self.tr("Citizens' appeals: talon, deadlines under the АППК, "
                                  "forwarding and decisions."),
            "protocols": self.tr("Search and seizure protocols checked against the law "
                                 "before they are finalized."),
            "training": self.tr("Protocol-writing exercises for trainers and trainees."),
            "reports": self.tr("The quarterly report pack in Kazakh and Russian."),
            "sync": self.tr("Exchange of changes with the department server."),
            "settings": self.tr("Language, automatic lock, text size, password and officers."),
        }[key]

    def current_page(self) -> Page:
        return self.pages.currentWidget()

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    # -- chrome -----------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_officer = QLabel()
        self.status_connection = QLabel()
        self.status_pending = QLabel()
        self.status_sync = QLabel()
        self.status_language = QLabel()
        for w in (self.status_officer, self.status_connection, self.status_pending,
                  self.status_sync):
            bar.addWidget(w)
        bar.addPermanentWidget(self.status_language)

    def _build_menus(self) -> None:
        self.menu_file = self.menuBar().addMenu("")
        self.act_lock = QAction(self, shortcut=QKeySequence("Ctrl+L"), triggered=self.lock)
        self.act_quit = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.menu_file.addAction(self.act_lock)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_go = self.menuBar().addMenu("")
        self.act_pages: list[QAction] = []
        for index, _key in enumerate(PAGE_KEYS, start=1):
            act = QAction(self, shortcut=QKeySequence(f"Alt+{index}"))
            act.triggered.connect(lambda _=False, i=index - 1: self.nav.setCurrentRow(i))
            self.menu_go.addAction(act)
            self.act_pages.append(act)
        self.menu_help = self.menuBar().addMenu("")
        self.act_help = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents,
                                triggered=self.show_help)
        self.act_about = QAction(self, triggered=self.show_about)
        self.menu_help.addAction(self.act_help)
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector Desk"))
        for row, key in enumerate(PAGE_KEYS):
            self.nav.item(row).setText(self.page_title(key))
            self.act_pages[row].setText(self.page_title(key))
        self.menu_file.setTitle(self.tr("&File"))
        self.act_lock.setText(self.tr("&Lock"))
        self.act_quit.setText(self.tr("&Quit"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_help.setText(self.tr("Help for this page"))
        self.act_about.setText(self.tr("&About Inspector Desk"))
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 24)
        self.refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh_status(self) -> None:
        if self.session is None:
            return
        status = desk_status(self.session)
        self.status_officer.setText(f"{status.officer_name} · {status.precinct_name}")
        self.status_connection.setText(self.tr("Offline") if status.sync_error or
                                       not status.last_sync else self.tr("Online"))
        self.status_pending.setText(self.tr("%n change(s) waiting to sync", "",
                                            status.pending_changes))
        if status.last_sync:
            when = dt.datetime.fromisoformat(status.last_sync).astimezone()
            self.status_sync.setText(self.tr("Last sync: {0}").format(f"{when:%d.%m.%Y %H:%M}"))
        else:
            self.status_sync.setText(self.tr("Never synced"))
        self.status_language.setText(LANGUAGE_NAMES[languages().lang])

    def apply_text_scale(self, percent: int) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        base = app.property("baseFontPointSize") or app.font().pointSizeF()
        app.setProperty("baseFontPointSize", base)
        font = app.font()
        font.setPointSizeF(base * percent / 100)
        app.setFont(font)

    # -- services ---------------------------------------------------------------------------
    def call(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a quick service call on this window's session; show errors, refresh pages.

        The service gets the session as its first argument. Returns its result, or ``None``
        after showing the error (the form that called keeps what was typed).
        """
        if self.session is None:
            return None
        try:
            result = service(self.session, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - shown to the user in their language
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return None
        changes = result if isinstance(result, Changes) else None
        if changes is not None:
            self.changes_applied(changes)
        self.refresh_status()
        return result

    def changes_applied(self, changes: Changes) -> None:
        for page in self.page_by_key.values():
            page.changes_applied(changes)
        self.refresh_status()

    # -- lock -------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.central.currentWidget() is self.lock_view

    def lock(self) -> None:
        """Close the database and show the unlock form; typed input in pages stays."""
        if self.locked:
            return
        for page in self.page_by_key.values():
            before = getattr(page, "before_lock", None)
            if before:
                before()
        if self.session is not None:
            self.session.close()
            self.session = None
        self.store.lock()
        self.idle.pause()
        self.lock_view.set_database(self.store.path, login=self.store.actor.login)
        self.central.setCurrentWidget(self.lock_view)
        self.menuBar().setEnabled(False)

    def _unlocked(self, store: UnlockedStore) -> None:
        self.store = store
        self.session = store.session()
        self.central.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.idle.resume()
        for page in self.page_by_key.values():
            page.reload()
        self.refresh_status()

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)

    # -- help -------------------------------------------------------------------------------
    def show_help(self) -> None:
        page = self.current_page()
        QMessageBox.information(self, page.title(), page.help_text() or page.title())

    def show_about(self) -> None:
        from inspector_desk.ui.about import show_about

        show_about(self, self.store.path.name)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        for page in self.page_by_key.values():
            before = getattr(page, "before_lock", None)
            if before:
                before()
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)
