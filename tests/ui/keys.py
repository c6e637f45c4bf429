"""Typing any Unicode text into a widget as real key events.

QTest's ``keyClicks`` only knows ASCII; a Kazakh or Russian keyboard layout delivers
key events whose text is the letter, which is what this sends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send a key press and release carrying each character of ``text`` to ``widget``."""
    widget.setFocus()
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))
    QApplication.processEvents()
