"""Showing a printed document (talon, journal, hours notice) before it goes to paper.

PySide6-Essentials has no PDF viewer widget, so the document is written to a private
temporary folder (removed when the program exits) and opened in the system's PDF viewer,
from where it is printed; "Save as…" keeps a copy where the officer chooses.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

_folder: Path | None = None


def _prints_folder() -> Path:
    global _folder
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="inspector-desk-print-"))
        _folder.chmod(0o700)
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def show_pdf(parent: QWidget | None, data: bytes, name: str) -> Path:
    """Write ``data`` as ``name`` and open it in the PDF viewer; returns the file."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    path = _prints_folder() / safe
    path.write_bytes(data)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
