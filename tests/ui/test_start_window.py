"""First start and unlock, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector_desk.services.accounts import unlock
from inspector_desk.store.keyring import KdfParams
from inspector_desk.ui.unlock import StartWindow
from tests.conftest import PASSWORD
from tests.ui.keys import type_text


def _fast_kdf(monkeypatch):
    import inspector_desk.services.accounts as accounts

    monkeypatch.setattr(accounts, "KdfParams", KdfParams.fast)


def test_first_start_creates_a_database_from_the_form(qtbot, tmp_path, lang_en, monkeypatch):
    _fast_kdf(monkeypatch)
    path = tmp_path / "precinct.idb"
    window = StartWindow(path, tmp_path / "demo.idb")
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    form = window.create
    assert window.stack.currentWidget() is form
    type_text(form.full_name, "Сейтқали Айдос Бауыржанұлы")
    type_text(form.precinct, "Қарасу №7")
    qtbot.keyClicks(form.login, "aidos")
    qtbot.keyClicks(form.password, "password-1")
    qtbot.keyClicks(form.repeat, "password-2")
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert form.errors["repeat"].isVisibleTo(form)
    assert "differ" in form.errors["repeat"].text()
    assert form.full_name.text() == "Сейтқали Айдос Бауыржанұлы"  # nothing typed is lost
    assert not path.exists()
    form.repeat.clear()
    qtbot.keyClicks(form.repeat, "password-1")
    with qtbot.waitSignal(window.unlocked, timeout=20_000) as blocker:
        qtbot.keyClick(form.repeat, Qt.Key.Key_Return)
    store = blocker.args[0]
    assert store.actor.login == "aidos" and path.exists()
    assert unlock(path, "aidos", "password-1").actor.full_name == "Сейтқали Айдос Бауыржанұлы"


def test_demo_precinct_opens_from_the_first_screen(qtbot, tmp_path, lang_en, monkeypatch):
    _fast_kdf(monkeypatch)
    window = StartWindow(tmp_path / "precinct.idb", tmp_path / "demo.idb")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.unlocked, timeout=60_000) as blocker:
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].actor.login == "demo"
    assert (tmp_path / "demo.idb").exists()


def test_wrong_password_shows_a_message_and_keeps_the_login(qtbot, store, db_path, lang_en):
    window = StartWindow(db_path, db_path.with_name("demo.idb"))
    qtbot.addWidget(window)
    window.show()
    view = window.unlock
    assert window.stack.currentWidget() is view
    assert view.login.currentText() == "aidos"
    qtbot.keyClicks(view.password, "not the password")
    qtbot.keyClick(view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong login or password" in view.message.text(), timeout=10_000)
    assert view.login.currentText() == "aidos"
    view.password.clear()
    qtbot.keyClicks(view.password, PASSWORD)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(view.password, Qt.Key.Key_Return)


def test_repeated_wrong_passwords_are_delayed(qtbot, store, db_path, lang_en):
    window = StartWindow(db_path, db_path.with_name("demo.idb"))
    qtbot.addWidget(window)
    view = window.unlock
    for _ in range(3):
        view.password.setText("bad")
        view.try_unlock()
        qtbot.waitUntil(lambda: not view._busy, timeout=10_000)
    assert "Try again in" in view.message.text()
    assert not view.unlock_button.isEnabled()


def test_language_switch_on_the_first_screen_retranslates(qtbot, tmp_path, lang_en):
    window = StartWindow(tmp_path / "none.idb", tmp_path / "demo.idb")
    qtbot.addWidget(window)
    button = window.welcome.create_button
    window.language.setCurrentIndex(window.language.findData("ru"))
    qtbot.waitUntil(lambda: button.text() == "Создать новую базу участка", timeout=3_000)
    window.language.setCurrentIndex(window.language.findData("kk"))
    qtbot.waitUntil(lambda: button.text() == "Жаңа учаске дерекқорын құру", timeout=3_000)
