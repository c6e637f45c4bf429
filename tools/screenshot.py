"""Screenshots of the real windows for review (run under xvfb-run with QT_QPA_PLATFORM=xcb).

Usage: python tools/screenshot.py OUT_DIR [--lang kk] [--db demo.idb] [--pages today,settings]
Creates the demo precinct if the database does not exist, unlocks it as ``demo`` and saves a
PNG of the start window and of each requested page.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="kk")
    parser.add_argument("--db", type=Path, default=Path("/tmp/inspector-desk-shot.idb"))
    parser.add_argument("--pages", default="today,settings")
    parser.add_argument("--size", default="small")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from inspector_desk.services.accounts import unlock
    from inspector_desk.services.demo import create_demo
    from inspector_desk.ui.app import make_application
    from inspector_desk.ui.main_window import MainWindow
    from inspector_desk.ui.qt_i18n import languages
    from inspector_desk.ui.unlock import StartWindow

    app, manager, _, _ = make_application()
    manager.switch(args.lang)
    if not args.db.exists():
        create_demo(args.db, size=args.size)
    start = StartWindow(args.db, args.db)
    start.show()
    app.processEvents()
    start.grab().save(str(args.out / f"start-{args.lang}.png"))
    store = unlock(args.db, "demo", "demo")
    window = MainWindow(store)
    languages().switch(args.lang)
    window.show()
    for key in args.pages.split(","):
        window.show_page(key)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(args.out / f"{key}-{args.lang}.png"))
    window.close()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
