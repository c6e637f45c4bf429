"""Issue 3 "done when": in the GUI, import an Excel list, find a person by a misspelled
Kazakh name, see who is overdue, record a check, print a card (qtbot, real widgets)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from inspector_desk.ui.pages.register import RegisterPage
from tests.ui.keys import type_text

START = (dt.date.today() - dt.timedelta(days=45)).strftime("%d.%m.%Y")


def _excel(path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Есеп санаты", "Негіз", "Есептің басталуы"])
    sheet.append(["920704301801", "Жұмабаев", "Нұрлан", "Серікұлы", "parole",
                  "Сот қаулысы № 12", START])
    sheet.append(["920704301802", "Қате", "Жол", "", "", "", ""])  # bad check digit
    book.save(path)
    return path


def _page(main_window) -> RegisterPage:
    main_window.show_page("register")
    return main_window.page_by_key["register"]


def test_import_find_overdue_check_and_print(qtbot, main_window, tmp_path):
    page = _page(main_window)
    # 1. import an Excel list: preview lists the invalid row, abort is the default
    dialog = page.open_import(_excel(tmp_path / "тізім.xlsx"))
    qtbot.waitUntil(lambda: dialog.problems.rowCount() == 1, timeout=10_000)
    assert dialog.problems.item(0, 0).text() == "3" and dialog.problems.item(0, 1).text() == "ЖСН"
    dialog.skip_mode.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_obj is not None, timeout=10_000)
    assert dialog.result_obj.imported == 1 and dialog.result_obj.entries == 1
    assert (tmp_path / "тізім.rejected.csv").exists()
    dialog.close()
    # 2. find him by a misspelled Kazakh name (Russian letters instead of ұ)
    page.focus_search()  # what Ctrl+F does: see test_ctrl_f_focuses_search
    type_text(page.search, "нурлан жумаб")
    qtbot.waitUntil(lambda: page.model.query == "нурлан жумаб", timeout=3_000)
    assert [r.name for r in page.model.rows] == ["Жұмабаев Нұрлан Серікұлы"]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=3_000)
    assert "Жұмабаев Нұрлан" in page.detail_view.toPlainText()
    # 3. who is overdue: parole is checked monthly, he started 45 days ago
    page.search.clear()
    page.overdue_filter.setChecked(True)
    assert [r.name for r in page.model.rows] == ["Жұмабаев Нұрлан Серікұлы"]
    assert "overdue" in page.model.data(page.model.index(0, 5))
    assert page.due_table.rowCount() == 1 and "15 day" in page.due_table.item(0, 0).text()
    today = main_window.page_by_key["today"]
    today.reload()
    assert any("Жұмабаев" in today.items.item(i).text() for i in range(today.items.count()))
    # 4. record a check through the dialog (keyboard: Enter saves)
    page.table.selectRow(0)

    def fill():
        dlg = page.active_dialog
        dlg.fields["result"].setText("Үйінде болды")
        qtbot.keyClick(dlg.fields["result"], Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: QTimer.singleShot(50, fill))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3_000)  # no longer overdue
    assert page.due_table.rowCount() == 0
    page.overdue_filter.setChecked(False)
    page.select_person(page.model.rows[0].id)
    checks = page.entries_tree.topLevelItem(0)
    assert checks.childCount() == 1 and "Үйінде болды" in checks.child(0).text(3)
    # 5. print the card in Kazakh; the print is audited
    target = page.print_card(tmp_path / "card.pdf", lang="kk", open_it=False)
    assert target.read_bytes().startswith(b"%PDF")
    actions = [r[0] for r in main_window.session.db.execute("SELECT action FROM audit")]
    assert "person.print" in actions and "persons.import" in actions


def test_new_person_form_shows_iin_details_and_refuses_a_duplicate(qtbot, main_window):
    page = _page(main_window)

    def fill(iin):
        dlg = page.active_dialog
        try:
            enter(dlg, iin)
        finally:
            if dlg.isVisible():
                dlg._dirty = False
                dlg.reject()

    def enter(dlg, iin):
        type_text(dlg.fields["last_name"], "Сәрсенбаева")
        type_text(dlg.fields["first_name"], "Әйгерім")
        type_text(dlg.fields["iin"], iin)
        assert "04.07.1992" in dlg.iin_info.text()
        qtbot.keyClick(dlg.fields["iin"], Qt.Key.Key_Return)
        if dlg.isVisible():  # refused: the reason is shown beside the form, input kept
            assert "already" in dlg.error.text()
            assert dlg.fields["first_name"].text() == "Әйгерім"
            refused.append(True)

    refused = []
    for _ in range(2):
        main_window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3_000)
        QTimer.singleShot(0, lambda: QTimer.singleShot(50, lambda: fill("920704418018")))
        qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
    assert [r.name for r in page.model.rows] == ["Сәрсенбаева Әйгерім"]
    assert refused == [True]


def test_page_opens_lazily(qtbot, main_window):
    from inspector_desk.services.persons import add_person
    from tests.services.test_register import _iin

    for n in range(450):
        add_person(main_window.session, {"last_name": "Омаров", "first_name": "Ерлан",
                                         "iin": _iin(1960 + n % 40, "M", n * 3)})
    page = _page(main_window)
    page.reload()
    assert page.model.rowCount() == 200 and page.model.canFetchMore(page.model.index(-1, -1))
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=3_000)


def test_ctrl_f_focuses_search(qtbot, main_window):
    page = _page(main_window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3_000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search


def test_typing_queries_once_after_the_pause_not_per_keystroke(qtbot, main_window,
                                                                monkeypatch):
    from inspector_desk.services import register

    page = _page(main_window)
    calls: list[str] = []
    real = register.search_persons

    def counted(session, query="", *args, **kwargs):
        calls.append(query)
        return real(session, query, *args, **kwargs)

    monkeypatch.setattr(register, "search_persons", counted)
    page.focus_search()
    type_text(page.search, "жумабаев нурлан")
    assert calls == []  # each key only restarts the debounce timer
    qtbot.waitUntil(lambda: calls == ["жумабаев нурлан"], timeout=3_000)
    qtbot.wait(200)
    assert calls == ["жумабаев нурлан"]
