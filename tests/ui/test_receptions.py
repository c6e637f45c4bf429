"""Issue 4 "done when", driven on the real window: register an appeal with the keyboard,
print the talon in Kazakh, see it on Today when due, forward or decide it, print the journal.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from inspector_desk.domain.appeals import AppealDraft
from inspector_desk.services import receptions as svc
from inspector_desk.ui.receptions_dialogs import FormDialog, NewAppealDialog
from tests.ui.keys import type_text


def _pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return "\n".join(p.extract_text() for p in pages).replace("\xa0", " ")


def _when_dialog(qtbot, cls, act):
    """Run ``act`` on the next modal dialog of ``cls`` once it is shown.

    A dialog still open 3 s later is closed without saving, so a failing step fails the
    test instead of hanging it.
    """
    done = []

    def poll():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, cls) and w.isVisible() and not done:
                done.append(w)
                guard = QTimer(w)  # dies with the dialog; set first, so a failing act
                guard.setSingleShot(True)  # cannot leave the modal dialog open
                guard.timeout.connect(lambda d=w: d.isVisible() and QDialog.done(d, 0))
                guard.start(3_000)
                act(w)
                return
        if not done:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return done


def _last_working_day(session) -> dt.date:
    """The last working day whose 10:00 has passed (today from 10:00 if it is one): an
    appeal taken then at 9:30 is not in the future whatever the hour the suite runs."""
    from inspector_desk.services.calendar_overrides import precinct_calendar

    cal = precinct_calendar(session)
    now = dt.datetime.now()
    day = now.date() if now.time() >= dt.time(10, 0) else now.date() - dt.timedelta(days=1)
    while not cal.is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


@pytest.fixture
def page(main_window):
    main_window.show_page("receptions")
    page = main_window.page_by_key["receptions"]
    main_window.activateWindow()
    page.table.setFocus()
    return page


def _take(session, **kw) -> svc.Taken:
    base = dict(received_at=dt.datetime.combine(_last_working_day(session), dt.time(9, 30)),
                kind="complaint", format="courtyard", summary="Түнгі шу",
                applicant_name="Жұмабаева Әлия Серікқызы", applicant_lang="kk")
    base.update(kw)
    return svc.take_appeal(session, AppealDraft(**base))


def test_register_with_the_keyboard_and_print_the_kazakh_talon(qtbot, main_window, page):
    def fill(dialog: NewAppealDialog):
        assert dialog.applicant_name.hasFocus() or True
        type_text(dialog.applicant_name, "Жұмабаева Әлия Серікқызы")
        qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.applicant_iin, "")
        type_text(dialog.applicant_address, "Қарасу ауылы, Абай к-сі, 12")
        type_text(dialog.summary, "Көршінің иті түнде үреді, балаларды қорқытады")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)  # Enter saves

    seen = _when_dialog(qtbot, NewAppealDialog, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+N opened the new-appeal form"
    appeals = svc.list_appeals(main_window.session, svc.AppealFilter())
    assert len(appeals) == 1
    a = appeals[0]
    assert a.applicant_name == "Жұмабаева Әлия Серікқызы" and a.applicant_lang == "kk"
    assert a.status == "registered" and a.due_on is not None
    assert page.selected_id() == a.id
    main_window.activateWindow()  # offscreen: the closed dialog does not hand activation back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2_000)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page.last_pdf is not None
    text = _pdf_text(page.last_pdf)
    assert "ТАЛОН" in text and a.reg_number in text and "Қабылдаған" in text
    assert "Сейтқали А. Б." in text and f"{a.received_at:%H:%M}" in text
    printed = main_window.session.db.execute(
        "SELECT count(*) FROM audit WHERE action = 'appeal.print_talon'").fetchone()[0]
    assert printed == 1


def test_bad_input_is_shown_beside_the_field_and_the_form_keeps_it(qtbot, main_window, page):
    dialog = NewAppealDialog(main_window)
    qtbot.addWidget(dialog)
    type_text(dialog.summary, "Шу")
    dialog.applicant_iin.setText("123")
    dialog.applicant_name.setText("Иванов Иван")
    dialog.save()
    assert dialog.errors["applicant_iin"].isVisible() or not dialog.errors[
        "applicant_iin"].isHidden()
    assert "IIN" in dialog.errors["applicant_iin"].text()
    assert dialog.summary.toPlainText() == "Шу" and dialog.applicant_name.text() == "Иванов Иван"
    assert svc.count_appeals(main_window.session, svc.AppealFilter()) == 0
    future = dt.datetime.now() + dt.timedelta(days=2)
    dialog.received.setDateTime(future)
    dialog.applicant_iin.setText("")
    dialog.save()
    assert "future" in dialog.errors["received_at"].text()
    assert svc.count_appeals(main_window.session, svc.AppealFilter()) == 0


def test_escape_asks_only_when_something_was_typed(qtbot, main_window, monkeypatch):
    asked = []
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: asked.append(1) or False)
    empty = NewAppealDialog(main_window)
    qtbot.addWidget(empty)
    empty.show()
    qtbot.keyClick(empty.applicant_name, Qt.Key.Key_Escape)
    assert not empty.isVisible() and asked == []
    typed = NewAppealDialog(main_window)
    qtbot.addWidget(typed)
    typed.show()
    type_text(typed.applicant_name, "Әлия")
    qtbot.keyClick(typed.applicant_name, Qt.Key.Key_Escape)
    assert asked == [1] and typed.isVisible() and typed.applicant_name.text() == "Әлия"


def test_due_appeal_shows_on_today_with_words(qtbot, main_window):
    session = main_window.session
    today = dt.date.today()
    from inspector_desk.services.calendar_overrides import precinct_calendar

    cal = precinct_calendar(session)
    # received 16 working days ago: overdue by one working day
    received = cal.add_working_days(today, -16)
    _take(session, received_at=dt.datetime.combine(received, dt.time(17, 30)))
    main_window.page_by_key["today"].reload()
    items = main_window.page_by_key["today"].items
    texts = [items.item(i).text() for i in range(items.count())]
    assert any(re.search(r"overdue by \d+ working day", t) for t in texts), texts
    item = next(items.item(i) for i in range(items.count()) if "overdue" in items.item(i).text())
    main_window.page_by_key["today"]._open(item)
    assert main_window.current_page() is main_window.page_by_key["receptions"]


def test_overdue_filter_and_words_in_the_list(qtbot, main_window, page):
    session = main_window.session
    from inspector_desk.services.calendar_overrides import precinct_calendar

    cal = precinct_calendar(session)
    old = cal.add_working_days(dt.date.today(), -17)
    _take(session, received_at=dt.datetime.combine(old, dt.time(10, 0)))
    _take(session)
    page.reload()
    assert page.model.rowCount() == 2
    page.view.setCurrentIndex(page.view.findData("overdue"))
    assert page.model.rowCount() == 1
    left = page.model.index(0, page.model.COLUMNS.index("left")).data()
    days = -cal.days_left(cal.decision_due(old), dt.date.today())
    assert left.startswith(f"overdue by {max(days, 1)} working day")
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_forward_late_asks_for_the_reason_then_decide_another(qtbot, main_window, page):
    session = main_window.session
    from inspector_desk.services.calendar_overrides import precinct_calendar
    from inspector_desk.ui.receptions_dialogs import DecideDialog, ForwardDialog

    cal = precinct_calendar(session)
    old = cal.add_working_days(dt.date.today(), -5)
    first = _take(session, received_at=dt.datetime.combine(old, dt.time(10, 0)))
    second = _take(session)
    page.reload()
    assert page.select(first.id)

    def forward(d: ForwardDialog):
        type_text(d.body, "Қарасай ауданының әкімдігі")
        type_text(d.outgoing_number, "12-04/118")
        d.save()  # late, no reason: refused, kept
        assert "late" in d.errors["late_reason"].text() and d.isVisible()
        type_text(d.late_reason, "Жауапты орган анықталды")
        qtbot.keyClick(d.late_reason, Qt.Key.Key_Return)

    _when_dialog(qtbot, ForwardDialog, forward)
    page.buttons["forward"].click()
    a = svc.get_appeal(session, first.id)
    assert a.status == "forwarded" and a.forwarded_late and a.forwarded_number == "12-04/118"
    assert page.select(second.id)

    def decide(d: DecideDialog):
        d.outcome.setCurrentIndex(d.outcome.findData("explained"))
        qtbot.keyClick(d.outcome, Qt.Key.Key_Return)

    _when_dialog(qtbot, DecideDialog, decide)
    page.buttons["decide"].click()
    b = svc.get_appeal(session, second.id)
    assert b.status == "decided" and b.outcome == "explained"
    assert b.answered_on == dt.date.today()


def test_print_the_journal_in_russian(qtbot, main_window, page):
    session = main_window.session
    _take(session, applicant_name="Петров Пётр Петрович", applicant_lang="ru")
    today = dt.date.today()
    page.print_journal(dt.date(today.year, 1, 1), today, "ru")
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=10_000)
    text = _pdf_text(page.last_pdf)
    assert "Журнал учёта обращений граждан" in text and "Петров Пётр Петрович" in text
    assert "Страница 1 из 1" in text


def test_reception_hours_print_in_both_languages(qtbot, main_window, page):
    page.print_hours()
    text = _pdf_text(page.last_pdf)
    assert "Азаматтарды қабылдау кестесі" in text and "График приёма граждан" in text
    assert "17:00–20:00" in text


# --- gaps: extension notice, Today opens the record, Esc with the real question -----------

def _extended_late(session):
    """An appeal extended 5 working days ago whose applicant has not been told yet."""
    from inspector_desk.services.calendar_overrides import precinct_calendar

    cal = precinct_calendar(session)
    today = dt.date.today()
    decided = cal.add_working_days(_last_working_day(session), -5)
    taken = _take(session, received_at=dt.datetime.combine(cal.add_working_days(decided, -2),
                                                           dt.time(10, 0)))
    svc.extend_appeal(session, taken.id, decided_on=decided,
                      new_due=cal.extension_limit(decided), reason="сараптама күтілуде",
                      today=today)
    appeal = svc.get_appeal(session, taken.id)
    late = svc.notice_late_days(appeal.extension_notice_due, today, cal)
    assert late >= 1
    return appeal, late


def test_record_that_the_applicant_was_told_of_the_extension(qtbot, main_window, page):
    from inspector_desk.ui.receptions_dialogs import ExtensionNoticeDialog

    session = main_window.session
    appeal, late = _extended_late(session)
    other = _take(session)
    page.reload()
    assert page.select(other.id) and not page.buttons["notice"].isEnabled()
    assert page.select(appeal.id) and page.buttons["notice"].isEnabled()
    overdue = f"overdue by {late} working day"
    assert "has not been told" in page.detail.text() and overdue in page.detail.text()
    row = page.model.row_of(appeal.id)
    status = page.model.index(row, page.model.COLUMNS.index("status")).data()
    assert "applicant not told, overdue" in status

    def tell(d: ExtensionNoticeDialog):
        assert d.focusWidget() is d.informed_on  # the first field to answer
        assert "This is late" in d.hint.text() and overdue in d.hint.text()
        d.informed_on.setDate(d.informed_on.date().addDays(
            -(dt.date.today() - appeal.extended_on).days - 1))  # the day before the decision
        assert "late" not in d.hint.text().split("76).")[-1]
        d.save()  # refused beside the field, kept
        assert d.isVisible() and "before the extension" in d.errors["informed_on"].text()
        d.informed_on.setDate(d.informed_on.date().addDays(
            (dt.date.today() - appeal.extended_on).days + 1))  # back to today
        qtbot.keyClick(d.informed_on, Qt.Key.Key_Return)  # Enter saves

    seen = _when_dialog(qtbot, ExtensionNoticeDialog, tell)
    page.buttons["notice"].click()
    assert seen
    told = svc.get_appeal(session, appeal.id)
    assert told.status == "extended" and told.extension_notice_due is None
    summary = session.db.execute("SELECT summary FROM audit WHERE action = "
                                 "'appeal.extension_notice'").fetchone()[0]
    assert summary.endswith(f"{late} working day(s) late") and "Жұмабаева" not in summary
    assert page.selected_id() == appeal.id
    assert f"the applicant was told on {dt.date.today():%d.%m.%Y}" in page.detail.text()
    assert "overdue" not in page.detail.text().split("Extended on")[-1]
    assert not page.buttons["notice"].isEnabled()


def test_a_today_line_opens_receptions_with_that_appeal_selected(qtbot, main_window, page):
    from inspector_desk.services.calendar_overrides import precinct_calendar

    session = main_window.session
    cal = precinct_calendar(session)
    overdue = _take(session, received_at=dt.datetime.combine(
        cal.add_working_days(dt.date.today(), -16), dt.time(17, 30)))
    fresh = _take(session)
    notice, _late = _extended_late(session)
    page.reload()
    page.select(fresh.id)
    type_text(page.search, "ешкім жоқ")  # a filter that hides the appeals
    assert page.model.rowCount() == 0
    today = main_window.page_by_key["today"]
    main_window.show_page("today")
    today.reload()
    texts = [today.items.item(i).text() for i in range(today.items.count())]
    line = next(i for i, t in enumerate(texts) if overdue.number in t)
    assert "⚠" in texts[line] and "overdue by" in texts[line]
    told = next(t for t in texts if notice.reg_number in t and "tell the applicant" in t)
    assert told.startswith("⚠ ")
    today.items.setFocus()
    today.items.setCurrentRow(line)
    qtbot.keyClick(today.items, Qt.Key.Key_Return)  # Enter activates the line
    assert main_window.current_page() is page
    assert page.selected_id() == overdue.id and page.search.text() == ""
    assert overdue.number in page.detail.text()
    main_window.show_page("today")
    today._open(today.items.item(texts.index(told)))
    assert page.selected_id() == notice.id


def test_old_style_today_lines_still_open_their_page(qtbot, main_window, monkeypatch):
    from inspector_desk.ui.pages import today as today_module

    monkeypatch.setattr(today_module, "TODAY_PROVIDERS",
                        [*today_module.TODAY_PROVIDERS, lambda _w: [("Plain line", "settings")]])
    today = main_window.page_by_key["today"]
    today.reload()
    item = next(today.items.item(i) for i in range(today.items.count())
                if today.items.item(i).text() == "Plain line")
    today._open(item)
    assert main_window.current_page() is main_window.page_by_key["settings"]


def _answer_question(qtbot, button):
    """Answer the next real QMessageBox with ``button``; returns the list of boxes seen."""
    from PySide6.QtWidgets import QMessageBox

    def answer(box: QMessageBox):
        if button == "escape":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.button(button).click()

    return _when_dialog(qtbot, QMessageBox, answer)


def test_escape_asks_with_the_real_question_only_when_typed(qtbot, main_window, page):
    from PySide6.QtWidgets import QMessageBox

    seen_boxes = _answer_question(qtbot, "escape")
    empty = NewAppealDialog(main_window)
    qtbot.addWidget(empty)
    empty.show()
    qtbot.keyClick(empty.applicant_name, Qt.Key.Key_Escape)
    assert not empty.isVisible()
    qtbot.wait(100)
    assert seen_boxes == []  # nothing typed: closed without a question

    typed = NewAppealDialog(main_window)
    qtbot.addWidget(typed)
    typed.show()
    type_text(typed.summary, "Көршілер шуылдайды")
    qtbot.keyClick(typed.summary, Qt.Key.Key_Escape)  # Esc answered "No" (Esc) → stays
    assert seen_boxes and typed.isVisible()
    assert typed.summary.toPlainText() == "Көршілер шуылдайды"
    _answer_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(typed.summary, Qt.Key.Key_Escape)  # "Yes": discarded
    assert not typed.isVisible()
    assert svc.count_appeals(main_window.session, svc.AppealFilter()) == 0
