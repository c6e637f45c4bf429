"""GUI fixtures: the real windows, driven with qtbot, offscreen."""

from __future__ import annotations

import pytest


@pytest.fixture
def lang_en(qapp):
    from inspector_desk.ui.qt_i18n import languages

    languages().switch("en")
    yield
    languages().switch("en")


@pytest.fixture
def main_window(qtbot, store, lang_en):
    from inspector_desk.services.settings import OfficerSettings, save_settings
    from inspector_desk.ui.main_window import MainWindow

    s = store.session()
    save_settings(s, OfficerSettings(language="en"))
    s.close()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A message box nobody expected would wait for a click forever: fail with its text.

    Tests that expect one patch the QMessageBox function themselves (their patch wins).
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind):
        def show(parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected {kind} message box: {title}: {text}")

        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(unexpected(kind)))
