"""Settings → Reference data (supervisor): register categories, decreed day transfers and the
appeal number prefix, driven on the real window and dialogs (offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from inspector_desk.domain.appeals import AppealDraft
from inspector_desk.domain.iin import make_iin
from inspector_desk.services import calendar_overrides as co
from inspector_desk.services import persons, register
from inspector_desk.services import receptions as rsvc
from inspector_desk.ui.qt_i18n import languages
from inspector_desk.ui.reference_dialogs import (
    CalendarDialog,
    CancelOverrideDialog,
    CategoriesDialog,
    NewCategoryDialog,
    OverrideDialog,
    PrefixDialog,
)
from tests.ui.keys import type_text

SUPERVISOR_PW = "supervisor-pw"


def _when_dialog(qtbot, cls, act):
    """Run ``act`` on the next visible dialog of ``cls``; a dialog still open 3 s later is
    closed without saving, so a failing step fails the test instead of hanging it."""
    done = []

    def poll():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, cls) and w.isVisible() and not done:
                done.append(w)
                guard = QTimer(w)
                guard.setSingleShot(True)
                guard.timeout.connect(lambda d=w: d.isVisible() and QDialog.done(d, 0))
                guard.start(3_000)
                act(w)
                return
        if not done:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return done


@pytest.fixture
def supervisor_window(qtbot, store, db_path, kdf, lang_en):
    """The main window unlocked by a supervisor added to the same database."""
    from inspector_desk.services.accounts import NewOfficer, add_officer, unlock
    from inspector_desk.services.settings import OfficerSettings, save_settings
    from inspector_desk.ui.main_window import MainWindow

    s = store.session()
    add_officer(s, store, NewOfficer("Бекова Сәуле Маратқызы", "saule", role="supervisor"),
                SUPERVISOR_PW, kdf=kdf)
    s.close()
    boss = unlock(db_path, "saule", SUPERVISOR_PW)
    s = boss.session()
    save_settings(s, OfficerSettings(language="en"))
    s.close()
    window = MainWindow(boss)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("settings")
    return window


def _box(window):
    return window.page_by_key["settings"].reference_box


def _set_spin(qtbot, spin, value: int) -> None:
    """Type a number into a spin box as a user does: select all, type, Tab."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    spin.interpretText()


def test_other_roles_see_the_buttons_disabled_and_why(qtbot, main_window):
    main_window.show_page("settings")
    box = _box(main_window)
    assert box.title() == "Reference data (supervisor)"
    assert not box.categories_button.isEnabled() and not box.calendar_button.isEnabled()
    assert not box.note.isHidden() and "Only a supervisor" in box.note.text()
    assert box.prefix_button.isEnabled()
    # the service is the authority: a form reached anyway shows its refusal in words
    dialog = CategoriesDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.selected()
    _set_spin(qtbot, dialog.interval, first.check_interval_days + 5)
    dialog.save_button.click()
    assert dialog.message.text() == "Only a supervisor may change register categories."
    assert register.list_categories(main_window.session)[0].check_interval_days \
        == first.check_interval_days
    cal = CalendarDialog(main_window)
    qtbot.addWidget(cal)
    form = OverrideDialog(main_window, cal)
    qtbot.addWidget(form)
    type_text(form.decree, "ҚР Үкіметінің қаулысы № 5")
    form.save()
    assert "may not do this" in form.general_error.text() and form.general_error.isVisibleTo(form)
    assert co.list_overrides(main_window.session) == []


def test_a_supervisor_on_a_precincts_device_is_told_where_to_change_them(
        qtbot, supervisor_window):
    """Categories and day transfers are the department's: the server takes changes to them
    only from a supervisor's device, so a supervisor signed in on a device enrolled for a
    precinct is told so before typing anything."""
    session = supervisor_window.session
    with session.write() as tx:  # this device was enrolled at the server for a precinct
        tx.execute_local("INSERT INTO sync_state (key, value) VALUES ('role', 'inspector')")
        tx.audit("test.enrol", "sync_state", None, "enrolled for a precinct")
    box = _box(supervisor_window)
    box.reload()
    assert not box.categories_button.isEnabled() and not box.calendar_button.isEnabled()
    assert not box.note.isHidden() and "supervisor's device" in box.note.text()
    languages().switch("ru")
    box.reload()
    assert "устройстве руководителя" in box.note.text()


def test_supervisor_changes_a_category_interval_for_open_entries_too(qtbot, supervisor_window):
    session = supervisor_window.session
    box = _box(supervisor_window)
    assert box.categories_button.isEnabled() and box.note.isHidden()
    cat = register.list_categories(session)[0]
    iin = next(i for n in range(1, 50) if (i := make_iin(dt.date(1985, 5, 5), "M", n)))
    pid = next(iter(persons.add_person(session, {"last_name": "Әбенов", "first_name": "Ерлан",
                                                 "iin": iin}).ids))
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Нұсқама",
                                      "start_on": (dt.date.today() - dt.timedelta(days=3))
                                      .isoformat()})
    new_interval = cat.check_interval_days + 7

    def edit(d: CategoriesDialog):
        codes = [d.table.item(r, 0).text() for r in range(d.table.rowCount())]
        assert cat.code in codes and d.selected().id == cat.id
        _set_spin(qtbot, d.interval, new_interval)
        _set_spin(qtbot, d.period, 400)
        d.apply_to_open.setChecked(True)
        d.save_button.click()
        assert d.message.isHidden(), d.message.text()
        assert d.table.item(0, 2).text() == str(new_interval)
        assert d.table.item(0, 3).text() == "400"
        d.reject()

    seen = _when_dialog(qtbot, CategoriesDialog, edit)
    box.categories_button.click()
    assert seen
    changed = register.list_categories(session)[0]
    assert changed.check_interval_days == new_interval and changed.period_days == 400
    interval = session.db.execute("SELECT check_interval_days FROM register_entries "
                                  "WHERE person_id = ?", [pid]).fetchone()[0]
    assert interval == new_interval  # "apply to open entries too"
    summary = session.db.execute("SELECT summary FROM audit WHERE action = "
                                 "'register.category.update'").fetchone()[0]
    assert "open entries updated: 1" in summary


def test_supervisor_adds_a_category_with_the_keyboard(qtbot, supervisor_window):
    session = supervisor_window.session
    before = len(register.list_categories(session, include_inactive=True))

    def fill(form: NewCategoryDialog):
        qtbot.keyClicks(form.code, "night_watch")
        type_text(form.name_kk, "Түнгі бақылау")
        type_text(form.name_ru, "Ночной контроль")
        qtbot.keyClicks(form.name_en, "Night watch")
        form.kind.setCurrentIndex(form.kind.findData("attention"))
        _set_spin(qtbot, form.interval, 14)
        qtbot.keyClick(form.name_en, Qt.Key.Key_Return)  # Enter saves

    def add(d: CategoriesDialog):
        _when_dialog(qtbot, NewCategoryDialog, fill)
        d.add_button.click()
        assert d.selected() is not None and d.selected().code == "night_watch"
        d.reject()

    seen = _when_dialog(qtbot, CategoriesDialog, add)
    _box(supervisor_window).categories_button.click()
    assert seen
    cats = register.list_categories(session, include_inactive=True)
    assert len(cats) == before + 1
    new = next(c for c in cats if c.code == "night_watch")
    assert (new.name_kk, new.check_interval_days, new.kind, new.period_days) == (
        "Түнгі бақылау", 14, "attention", None)


def test_supervisor_adds_and_cancels_a_day_transfer_and_terms_follow(qtbot, supervisor_window):
    session = supervisor_window.session
    cal = co.precinct_calendar(session)
    now = dt.datetime.now()  # the last working day whose 10:00 has passed
    day = now.date() if now.time() >= dt.time(10, 5) else now.date() - dt.timedelta(days=1)
    while not cal.is_working_day(day):
        day -= dt.timedelta(days=1)
    taken = rsvc.take_appeal(session, AppealDraft(
        received_at=dt.datetime.combine(day, dt.time(10, 0)), kind="complaint",
        format="courtyard", summary="Шу", applicant_name="Жұмабаева Әлия"))
    due = rsvc.get_appeal(session, taken.id).due_on
    transfer = cal.add_working_days(day, 2)  # a working day inside the running term

    def fill(form: OverrideDialog):
        form.day.setDate(QDate(transfer.year, transfer.month, transfer.day))
        form.kind.setCurrentIndex(form.kind.findData("day_off"))
        form.save()  # no decree: shown beside the field, kept
        assert "decree" in form.errors["decree"].text() and form.isVisible()
        type_text(form.decree, "ҚР Үкіметінің қаулысы № 12")
        qtbot.keyClick(form.decree, Qt.Key.Key_Return)

    def cancel(form: CancelOverrideDialog):
        type_text(form.reason, "қате енгізілді")
        qtbot.keyClick(form.reason, Qt.Key.Key_Return)

    def work(d: CalendarDialog):
        assert d.table.rowCount() == 0 and not d.cancel_button.isEnabled()
        _when_dialog(qtbot, OverrideDialog, fill)
        d.add_button.click()
        assert d.table.rowCount() == 1
        assert d.table.item(0, 0).text() == f"{transfer:%d.%m.%Y}"
        assert d.table.item(0, 1).text() == "Day off"
        assert rsvc.get_appeal(session, taken.id).due_on > due  # recounted
        d.table.selectRow(0)
        assert d.cancel_button.isEnabled()
        _when_dialog(qtbot, CancelOverrideDialog, cancel)
        d.cancel_button.click()
        assert d.table.rowCount() == 0
        d.reject()

    seen = _when_dialog(qtbot, CalendarDialog, work)
    _box(supervisor_window).calendar_button.click()
    assert seen
    assert co.list_overrides(session) == []
    assert rsvc.get_appeal(session, taken.id).due_on == due
    actions = [r[0] for r in session.db.execute(
        "SELECT action FROM audit WHERE action LIKE 'calendar.override.%' ORDER BY seq")]
    assert actions == ["calendar.override.add", "calendar.override.cancel"]


def test_the_prefix_of_this_device(qtbot, main_window):
    main_window.show_page("settings")
    box = _box(main_window)
    derived = rsvc.number_prefix(main_window.session)
    assert f"-{derived}-0001" in box.prefix_label.text()

    def fill(form: PrefixDialog):
        assert form.prefix.text() == derived
        form.prefix.clear()
        type_text(form.prefix, "ОШ")  # Cyrillic: refused beside the field
        form.save()
        assert "Latin" in form.errors["prefix"].text() and form.isVisible()
        form.prefix.clear()
        qtbot.keyClicks(form.prefix, "k7")
        assert "-K7-0001" in form.hint.text()
        qtbot.keyClick(form.prefix, Qt.Key.Key_Return)

    seen = _when_dialog(qtbot, PrefixDialog, fill)
    box.prefix_button.click()
    assert seen
    assert rsvc.number_prefix(main_window.session) == "K7"
    assert "-K7-0001" in box.prefix_label.text()


def test_escape_in_a_reference_form_asks_only_when_typed(qtbot, supervisor_window, monkeypatch):
    from inspector_desk.ui.receptions_dialogs import FormDialog

    asked = []
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: asked.append(1) or False)
    owner = CategoriesDialog(supervisor_window)
    qtbot.addWidget(owner)
    empty = NewCategoryDialog(supervisor_window, owner)
    empty.show()
    qtbot.keyClick(empty.code, Qt.Key.Key_Escape)
    assert not empty.isVisible() and asked == []
    typed = NewCategoryDialog(supervisor_window, owner)
    typed.show()
    _set_spin(qtbot, typed.interval, 9)
    qtbot.keyClick(typed.code, Qt.Key.Key_Escape)
    assert asked == [1] and typed.isVisible()
    QDialog.done(typed, 0)  # close without the question (it would outlive the monkeypatch)
