"""The main window shell: navigation, shortcuts, status bar, lock, languages, workers."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from inspector_desk.ui.main_window import PAGE_KEYS
from tests.conftest import PASSWORD


def test_navigation_shows_every_section(main_window):
    titles = [main_window.nav.item(i).text() for i in range(main_window.nav.count())]
    assert titles == ["Today", "Register", "Precinct & rounds", "Receptions", "Protocols",
                      "Training", "Reports", "Sync", "Settings"]
    for row in range(len(PAGE_KEYS)):
        main_window.nav.setCurrentRow(row)
        assert main_window.pages.currentIndex() == row


def test_alt_digit_jumps_to_a_page(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)
    assert main_window.current_page() is main_window.page_by_key["settings"]
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert main_window.current_page() is main_window.page_by_key["today"]


def test_status_bar_tells_officer_precinct_and_waiting_changes(main_window):
    assert "Сейтқали Айдос" in main_window.status_officer.text()
    assert "Қарасу №7" in main_window.status_officer.text()
    assert main_window.status_connection.text() == "Offline"
    assert "waiting to sync" in main_window.status_pending.text()
    assert main_window.status_sync.text() == "Never synced"


def test_switching_language_retranslates_the_open_window(qtbot, main_window):
    settings_page = main_window.page_by_key["settings"]
    main_window.show_page("settings")
    settings_page.language.setCurrentIndex(settings_page.language.findData("kk"))
    qtbot.waitUntil(lambda: main_window.nav.item(0).text() == "Бүгін", timeout=3_000)
    assert main_window.nav.item(1).text() == "Профилактикалық есеп"
    assert settings_page.heading.text() == "Баптаулар"
    assert main_window.status_language.text() == "Қазақша"
    settings_page.language.setCurrentIndex(settings_page.language.findData("ru"))
    qtbot.waitUntil(lambda: main_window.nav.item(0).text() == "Сегодня", timeout=3_000)
    assert main_window.menu_help.title() == "&Справка"
    # the choice is the officer's and survives a new session
    from inspector_desk.services.settings import load_settings

    assert load_settings(main_window.session).language == "ru"


def test_lock_keeps_unsaved_input_and_unlock_restores(qtbot, main_window):
    today = main_window.page_by_key["today"]
    draft = QLineEdit(today)  # stands for any half-typed form field on a page
    draft.setText("half-typed note")
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main_window.locked and main_window.session is None and main_window.store.locked
    view = main_window.lock_view
    assert view.login.currentText() == "aidos" and not view.login.isEnabled()
    qtbot.keyClicks(view.password, PASSWORD)
    qtbot.keyClick(view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main_window.locked, timeout=10_000)
    assert draft.text() == "half-typed note"
    assert main_window.session is not None


def test_idle_time_locks_the_window(qtbot, main_window):
    main_window.set_idle_minutes(0.5 / 60)  # half a second
    qtbot.waitUntil(lambda: main_window.locked, timeout=5_000)


def test_input_postpones_the_idle_lock(qtbot, main_window):
    main_window.set_idle_minutes(1.0 / 60)
    deadline = time.monotonic() + 1.6
    while time.monotonic() < deadline:
        qtbot.keyClick(main_window.nav, Qt.Key.Key_Down)
        qtbot.wait(200)
    assert not main_window.locked


def test_worker_runs_off_the_ui_thread_and_can_be_cancelled(qtbot, main_window):
    import threading

    from inspector_desk.ui.workers import run_task

    seen = {}
    cancelled = []

    def work(progress):
        seen["thread"] = threading.current_thread()
        for i in range(1000):
            time.sleep(0.01)
            progress.update(i, 1000, "working")
        return "finished"

    handle = run_task(main_window, work, on_cancel=lambda: cancelled.append(True), label="…")
    qtbot.waitUntil(lambda: "thread" in seen, timeout=5_000)
    handle.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5_000)
    assert seen["thread"] is not threading.main_thread()


def test_worker_reports_errors_to_the_ui(qtbot, main_window):
    from inspector_desk.ui.workers import run_task

    errors = []
    run_task(main_window, lambda p: 1 / 0, on_error=errors.append, show_progress=False)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_help_and_about_dialogs_open(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[1:]))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert shown[0][0] == "Today"
    main_window.act_about.trigger()
    assert "Inspector Desk" in shown[1] and "precinct.idb" in shown[1]


def test_settings_change_password(qtbot, main_window, db_path, monkeypatch):
    import inspector_desk.services.accounts as accounts
    from inspector_desk.store.keyring import KdfParams

    monkeypatch.setattr(accounts, "KdfParams", KdfParams.fast)
    page = main_window.page_by_key["settings"]
    page.old_password.setText(PASSWORD)
    page.new_password.setText("brand new pass")
    page.repeat_password.setText("brand new pass")
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.password_message.text() == "Password changed.", timeout=10_000)
    assert accounts.unlock(db_path, "aidos", "brand new pass").actor.login == "aidos"


def test_settings_verify_audit_log_in_a_worker(qtbot, main_window):
    page = main_window.page_by_key["settings"]
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "chain verified" in page.audit_result.text(), timeout=10_000)


def test_window_fits_a_small_laptop_screen_in_every_language(qtbot, main_window):
    """Kazakh and Russian labels are long: no page may force the window past 1280 px."""
    from inspector_desk.ui.qt_i18n import languages

    for lang in ("kk", "ru", "en"):
        languages().switch(lang)
        qtbot.wait(50)  # LanguageChange events are delivered by the event loop
        widest = {key: page.minimumSizeHint().width()
                  for key, page in main_window.page_by_key.items()}
        assert main_window.minimumSizeHint().width() <= 1280, (lang, widest)
