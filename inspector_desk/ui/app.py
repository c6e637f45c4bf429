"""Starting the desktop program: the application, the language, the start window.

Only the start window is imported before the officer unlocks, so it appears fast; the
main window and its pages load after unlocking.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()

STYLE = """
QLabel#title { font-size: 18pt; font-weight: 600; }
QLabel#pageTitle { font-size: 16pt; font-weight: 600; }
QLabel#error { color: #a40000; font-weight: 600; }
QListWidget#navigation { font-size: 12pt; }
QListWidget#navigation::item { padding: 6px 10px; }
QStatusBar QLabel { padding: 0 8px; border-right: 1px solid #b0b0b0; }
"""


def make_application(argv: list[str] | None = None):
    """The QApplication with its style and the language chosen before (or the system's)."""
    from PySide6.QtWidgets import QApplication

    from inspector_desk.ui.qt_i18n import LANGUAGES, languages
    from inspector_desk.ui.unlock import settings

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Inspector Desk")
    app.setOrganizationName("inspector-desk")
    app.setStyleSheet(STYLE)
    return app, languages(), LANGUAGES, settings


def initial_language(requested: str | None, stored: str | None) -> str:
    """``--lang``, else the last choice on this computer, else the system's, else Kazakh."""
    from PySide6.QtCore import QLocale

    for candidate in (requested, stored, QLocale.system().name().split("_")[0]):
        if candidate in ("kk", "ru", "en"):
            return candidate
    return "kk"


def run_app(db: Path | None = None, lang: str | None = None) -> int:
    """Run the GUI until the window closes; returns the exit status."""
    app, manager, _langs, settings = make_application()
    manager.switch(initial_language(lang, settings().value("language")))

    from inspector_desk.store.location import data_dir
    from inspector_desk.ui.unlock import StartWindow

    folder = data_dir()
    env_db = os.environ.get("INSPECTOR_DESK_DB")
    last = settings().value("last_db")
    path = db or (Path(env_db) if env_db else None) or (Path(last) if last and Path(last).exists()
                                                         else folder / "precinct.idb")
    start = StartWindow(path, folder / "demo.idb")
    windows: list = []

    def unlocked(store) -> None:
        from inspector_desk.ui.main_window import MainWindow

        window = MainWindow(store)
        windows.append(window)
        window.show()
        start.hide()

    start.unlocked.connect(unlocked)
    start.show()
    if os.environ.get("INSPECTOR_DESK_STARTUP_PROBE"):
        from PySide6.QtCore import QTimer

        def probe() -> None:
            print(f"startup_to_unlock_screen_s={time.perf_counter() - _T0:.4f}", flush=True)
            app.quit()

        QTimer.singleShot(0, probe)
    return app.exec()
