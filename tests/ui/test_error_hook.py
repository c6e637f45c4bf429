"""Unexpected errors reach the officer as a message and stderr without personal data."""

from __future__ import annotations

import sys

from inspector_desk.ui.app import install_error_hook


def test_unexpected_error_is_reported_without_its_text(qapp, monkeypatch, capsys):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_error_hook()
    try:
        raise KeyError("Жұмабаев Нұрлан 920704301801")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert "KeyError" in err and "920704301801" not in err and "Жұмабаев" not in err
    assert shown and "KeyError" in shown[0] and "920704301801" not in shown[0]
