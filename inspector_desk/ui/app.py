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


def install_error_hook() -> None:
    """Unexpected errors: a calm message to the officer, and to stderr only the error's type
    and where it happened — never its text, which could hold personal data."""
    import traceback

    def hook(kind, value, tb) -> None:
        frames = traceback.extract_tb(tb)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        print(f"inspector-desk: unexpected {kind.__name__} at {where}", file=sys.stderr)
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.critical(
                QApplication.activeWindow(), "Inspector Desk",
                QCoreApplication.translate(
                    "Errors", "Something went wrong ({0}). What you typed is kept; "
                    "try again, and tell your administrator if it repeats.").format(
                        kind.__name__))

    sys.excepthook = hook


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
    install_error_hook()
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
