"""Helpers for ``QFormLayout`` forms whose labels are set (and re-set) by ``retranslate``."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def add_row(form: QFormLayout, field: QWidget) -> QLabel:
    """Add ``field`` with an empty label (its buddy) that ``retranslate`` fills in."""
    label = QLabel()
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def add_note_row(form: QFormLayout, note: QWidget) -> None:
    """Add a row whose widget sits under the fields (an error or a hint)."""
    form.addRow(QLabel(), note)
