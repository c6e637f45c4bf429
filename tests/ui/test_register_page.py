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


def _png_bytes(width=60, height=80) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data())


def _run_dialog(qtbot, page, button, steps):
    """Click ``button`` (which opens a modal dialog) and run ``steps(dialog)`` inside it."""
    failures: list[BaseException] = []

    def inside():
        dlg = page.active_dialog
        try:
            steps(dlg)
        except BaseException as exc:  # noqa: BLE001 - re-raised outside the modal loop
            failures.append(exc)
            dlg._dirty = False
            dlg.reject()

    QTimer.singleShot(0, lambda: QTimer.singleShot(50, inside))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if failures:
        raise failures[0]


def test_person_photo_chosen_refused_shown_printed_and_removed(qtbot, main_window, tmp_path,
                                                               monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from inspector_desk.services import persons

    page = _page(main_window)
    png = tmp_path / "фото.png"
    png.write_bytes(_png_bytes())
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\0" * (persons.PHOTO_MAX_BYTES + 10))
    text = tmp_path / "notes.png"
    text.write_text("not an image", encoding="utf-8")
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (chosen.pop(0), "")))

    def new_person(dlg):
        type_text(dlg.fields["last_name"], "Жұмабаев")
        type_text(dlg.fields["first_name"], "Нұрлан")
        type_text(dlg.fields["iin"], "920704301801")
        assert not dlg.remove_photo_button.isEnabled()
        for path, words in ((big, "2 MB"), (text, "not a JPEG or PNG")):
            chosen.append(str(path))
            qtbot.mouseClick(dlg.photo_button, Qt.MouseButton.LeftButton)
            assert words in dlg.photo_error.text() and dlg.photo_error.isVisible()
            assert dlg.photo is None and dlg.photo_thumb.pixmap().isNull()
        chosen.append(str(png))
        qtbot.mouseClick(dlg.photo_button, Qt.MouseButton.LeftButton)
        assert dlg.photo_error.isHidden() and not dlg.photo_thumb.pixmap().isNull()
        assert dlg.remove_photo_button.isEnabled()
        qtbot.keyClick(dlg.fields["iin"], Qt.Key.Key_Return)

    main_window.activateWindow()
    _run_dialog(qtbot, page, page.new_button, new_person)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.photo is not None,
                    timeout=3_000)
    assert page.detail.photo == png.read_bytes()
    shown = page.photo_label.pixmap()
    assert page.photo_label.isVisible() and not shown.isNull()
    assert shown.width() <= 120 and shown.height() <= 160 and shown.height() > shown.width()
    card = page.print_card(tmp_path / "card.pdf", lang="ru", open_it=False)
    from pypdf import PdfReader

    assert len(PdfReader(card).pages[0].images) == 1

    def remove(dlg):
        assert not dlg.photo_thumb.pixmap().isNull()
        qtbot.mouseClick(dlg.remove_photo_button, Qt.MouseButton.LeftButton)
        assert dlg.photo is None and not dlg.remove_photo_button.isEnabled()
        qtbot.keyClick(dlg.fields["notes"], Qt.Key.Key_Return)

    _run_dialog(qtbot, page, page.edit_button, remove)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.photo is None,
                    timeout=3_000)
    assert page.photo_label.isHidden()
    summaries = [r[0] for r in main_window.session.db.execute(
        "SELECT summary FROM audit WHERE action = 'person.update'")]
    assert summaries == ["fields changed: photo"]


def test_found_count_is_capped_and_computed_once_after_the_pause(qtbot, main_window,
                                                                 monkeypatch):
    from inspector_desk.services import register
    from inspector_desk.services.persons import add_person
    from tests.services.test_register import _iin

    for n in range(450):
        add_person(main_window.session, {"last_name": "Омаров", "first_name": "Ерлан",
                                         "iin": _iin(1960 + n % 40, "M", n * 3)})
    add_person(main_window.session, {"last_name": "Жұмабаев", "first_name": "Нұрлан",
                                     "iin": "920704301801"})
    page = _page(main_window)
    page.reload()
    qtbot.waitUntil(lambda: page.count_label.text().startswith("451 person"), timeout=3_000)
    calls: list[tuple[str, int | None]] = []
    real = register.count_persons

    def counted(session, query="", filters=None, **kwargs):
        calls.append((query, kwargs.get("cap")))
        return real(session, query, filters, **kwargs)

    monkeypatch.setattr(register, "count_persons", counted)
    page.focus_search()
    type_text(page.search, "омаров ерлан")
    assert calls == []  # typing only restarts the debounce
    qtbot.waitUntil(lambda: page.count_label.text().startswith("450 person"), timeout=3_000)
    assert calls == [("омаров ерлан", 1000)]
    page.search.clear()
    type_text(page.search, "жұмабаев")
    qtbot.waitUntil(lambda: page.count_label.text().startswith("1 person"), timeout=3_000)
    assert len(calls) == 1  # one page held them all: counted without a query
    monkeypatch.setattr(register, "count_persons", lambda *a, **k: 1001)
    page.search.clear()
    qtbot.waitUntil(lambda: page.count_label.text() == "1,000+ persons", timeout=3_000)


def test_due_checks_tab_chooses_today_and_overdue_or_within_7_days(qtbot, main_window):
    from inspector_desk.services import persons, register

    session = main_window.session
    parole = register.find_category(session, "parole")  # checked every 30 days
    for iin, last, days_ago in (("920704301801", "Жұмабаев", 45),
                                ("920704418018", "Сәрсенбаева", 26)):
        pid = next(iter(persons.add_person(session, {"last_name": last, "first_name": "Ә",
                                                     "iin": iin}).ids))
        register.add_entry(session, pid, {
            "category_id": parole.id, "basis_document": "Қаулы",
            "start_on": (dt.date.today() - dt.timedelta(days=days_ago)).isoformat()})
    page = _page(main_window)
    page.reload()
    page.tabs.setCurrentIndex(1)
    assert page.due_range.currentData() == 0
    assert [page.due_table.item(r, 1).text() for r in range(page.due_table.rowCount())] == \
        ["Жұмабаев Ә"]
    page.due_range.setCurrentIndex(page.due_range.findData(7))
    rows = [(page.due_table.item(r, 0).text(), page.due_table.item(r, 1).text())
            for r in range(page.due_table.rowCount())]
    assert [name for _when, name in rows] == ["Жұмабаев Ә", "Сәрсенбаева Ә"]
    assert rows[0][0].startswith("15 day") and "overdue" in rows[0][0]
    assert rows[1][0].startswith("due in 4 day")  # "%n day(s)" until the .qm is rebuilt
    assert "(2)" in page.tabs.tabText(1)
    assert page.due_range.itemText(1) == "Due within 7 days"
    page.due_table.selectRow(1)
    assert "Сәрсенбаева" in page.detail_view.toPlainText()


def test_a_large_photo_is_scaled_down_before_it_is_stored(qapp):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    from inspector_desk.ui.register_dialogs import PHOTO_MAX_SIDE, compact_photo

    image = QImage(2400, 3200, QImage.Format.Format_RGB32)
    image.fill(QColor("#8090a0"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    big = bytes(buffer.data())
    small = compact_photo(big)
    scaled = QImage.fromData(small)
    assert max(scaled.width(), scaled.height()) == PHOTO_MAX_SIDE
    assert scaled.width() * 4 == scaled.height() * 3  # proportions kept
    assert small[:3] == b"\xff\xd8\xff"  # stored as JPEG
