"""Receptions services on a real encrypted database (issue 4)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from inspector_desk.domain.appeals import AppealDraft, AppealError
from inspector_desk.services import calendar_overrides as co
from inspector_desk.services import receptions as svc
from inspector_desk.services.session import Actor

NOW = dt.datetime(2026, 3, 4, 18, 0)


def _take(session, **kw) -> svc.Taken:
    base = dict(received_at=dt.datetime(2026, 3, 4, 17, 30), kind="complaint",
                format="courtyard", summary="Түнгі шу", applicant_name="Жұмабаева Әлия",
                applicant_iin="")
    now = kw.pop("now", NOW)
    base.update(kw)
    return svc.take_appeal(session, AppealDraft(**base), now=now)


def _count(session, sql: str, *params) -> int:
    return session.db.execute(sql, list(params)).fetchone()[0]


def test_take_numbers_gap_free_and_audits_without_personal_data(session):
    first, second = _take(session), _take(session)
    prefix = svc.number_prefix(session)
    assert first.number == f"2026-{prefix}-0001" and second.number == f"2026-{prefix}-0002"
    a = svc.get_appeal(session, first.id)
    assert a.registered_on == dt.date(2026, 3, 4) and a.due_on == dt.date(2026, 3, 31)
    assert a.forward_due_on == dt.date(2026, 3, 10)
    assert a.receiving_officer_name == "Сейтқали Айдос Бауыржанұлы"
    summaries = [r[0] for r in session.db.execute(
        "SELECT summary FROM audit WHERE action = 'appeal.take'").fetchall()]
    assert len(summaries) == 2 and not any("Әлия" in s for s in summaries)
    assert _count(session, "SELECT count(*) FROM outbox WHERE entity = 'appeals'") == 2


def test_weekend_receipt_is_registered_next_working_day(session):
    taken = _take(session, received_at=dt.datetime(2026, 3, 7, 11, 0), now=dt.datetime(2026, 3,
                                                                                       7, 12))
    a = svc.get_appeal(session, taken.id)
    assert a.registered_on == dt.date(2026, 3, 10)  # Sat → Mon 9 March is a day off → Tue


def test_bad_input_writes_nothing(session):
    before = _count(session, "SELECT count(*) FROM audit")
    with pytest.raises(AppealError):
        _take(session, received_at=dt.datetime(2026, 3, 5, 10, 0))
    with pytest.raises(AppealError):
        _take(session, applicant_iin="000000000000")
    assert _count(session, "SELECT count(*) FROM appeals") == 0
    assert _count(session, "SELECT count(*) FROM audit") == before


def test_lifecycle_forward_extend_decide_close_and_cancel(session):
    a, b, c = _take(session), _take(session), _take(session)
    svc.start_work(session, a.id)
    svc.extend_appeal(session, a.id, decided_on=dt.date(2026, 3, 20),
                      new_due=dt.date(2026, 5, 20), reason="сараптама",
                      today=dt.date(2026, 3, 20))
    ext = svc.get_appeal(session, a.id)
    assert ext.status == "extended" and ext.due_on == dt.date(2026, 5, 20)
    assert ext.extension_notice_due == dt.date(2026, 3, 30)  # Fri + 3 (23–25 March: Nauryz)
    svc.decide_appeal(session, a.id, decided_on=dt.date(2026, 4, 1), outcome="satisfied",
                      answer_via="written", answered_on=dt.date(2026, 4, 2),
                      today=dt.date(2026, 4, 3))
    svc.close_appeal(session, a.id, closed_on=dt.date(2026, 4, 3))
    assert svc.get_appeal(session, a.id).status == "closed"
    changes = svc.forward_appeal(session, b.id, body="Әкімдік", forwarded_on=dt.date(2026, 3,
                                                                                      12),
                                 outgoing_number="12/4", late_reason="кеш анықталды",
                                 today=dt.date(2026, 3, 12))
    assert changes.touched("appeals")
    fb = svc.get_appeal(session, b.id)
    assert fb.status == "forwarded" and fb.forwarded_late
    svc.cancel_appeal(session, c.id, reason="қате тіркелді", today=dt.date(2026, 3, 5))
    assert svc.get_appeal(session, c.id).cancel_reason == "қате тіркелді"
    assert _count(session, "SELECT count(*) FROM appeals") == 3  # nothing deleted
    with pytest.raises(AppealError):
        svc.decide_appeal(session, c.id, decided_on=dt.date(2026, 3, 5), outcome="refused",
                          answer_via="written", today=dt.date(2026, 3, 5))


def test_extension_beyond_the_limit_is_refused(session):
    a = _take(session)
    with pytest.raises(AppealError) as err:
        svc.extend_appeal(session, a.id, decided_on=dt.date(2026, 3, 20),
                          new_due=dt.date(2026, 6, 1), reason="x", today=dt.date(2026, 3, 20))
    assert err.value.code == "extension_too_long"
    assert svc.get_appeal(session, a.id).status == "registered"


def test_offence_report_is_handed_to_the_duty_unit(session):
    t = _take(session, kind="offence_report", anonymous=True, applicant_name="")
    a = svc.get_appeal(session, t.id)
    assert a.due_on is None and a.applicant_name is None
    svc.hand_over_offence(session, t.id, duty_unit="Қарасай АПБ кезекші бөлімі",
                          handed_on=dt.date(2026, 3, 4), reference="КУИ № 1234",
                          today=dt.date(2026, 3, 4))
    a = svc.get_appeal(session, t.id)
    assert a.status == "handed_over" and a.handed_reference == "КУИ № 1234"
    other = _take(session)
    with pytest.raises(AppealError):
        svc.hand_over_offence(session, other.id, duty_unit="x", handed_on=dt.date(2026, 3, 4),
                              reference="1", today=dt.date(2026, 3, 4))


def test_filters_and_due_lines(session):
    _take(session)  # due 31.03
    _take(session, received_at=dt.datetime(2026, 3, 16, 10), now=dt.datetime(2026, 3, 16, 11),
          kind="request", format="phone")
    today = dt.date(2026, 3, 30)
    assert svc.count_appeals(session, svc.AppealFilter(view="due_week"), today=today) == 1
    assert svc.count_appeals(session, svc.AppealFilter(kind="request"), today=today) == 1
    assert svc.count_appeals(session, svc.AppealFilter(format="phone"), today=today) == 1
    assert svc.count_appeals(session, svc.AppealFilter(search="АЛИЯ"), today=today) == 2
    assert svc.count_appeals(session, svc.AppealFilter(view="overdue"),
                             today=dt.date(2026, 4, 2)) == 1
    lines = svc.due_lines(session, today=today)
    assert [(x.due_on, x.days_left) for x in lines] == [(dt.date(2026, 3, 31), 1)]


def test_number_clash_arriving_by_sync_keeps_both_and_renumbers(session):
    a = _take(session)
    row = session.db.execute("SELECT * FROM appeals WHERE id = ?", [a.id]).fetchone()
    cols = [d[0] for d in session.db.execute("SELECT * FROM appeals LIMIT 0").description]
    other = dict(zip(cols, row, strict=True))
    # the same number from another device (e.g. a restored backup), received earlier
    other.update(id="00000000-0000-7000-8000-000000000001", device_id="other-device",
                 received_at="2026-03-04T09:00", applicant_name="Петров")
    session.db.table("appeals").insert(other)  # what the sync client would apply
    plan = svc.resolve_number_clashes(session)
    assert len(plan) == 1 and plan[0].id == a.id
    mine = svc.get_appeal(session, a.id)
    assert mine.reg_number == a.number + "/2" and mine.number_note == a.number
    assert svc.get_appeal(session, other["id"]).reg_number == a.number
    assert svc.resolve_number_clashes(session) == []
    nxt = _take(session)
    assert nxt.number.endswith("-0002")


def test_prefix_can_be_set(session):
    svc.set_number_prefix(session, "k7")
    assert _take(session).number == "2026-K7-0001"
    with pytest.raises(AppealError):
        svc.set_number_prefix(session, "ОШ")  # Cyrillic


def test_decreed_transfer_recomputes_running_terms(session):
    a = _take(session)
    with pytest.raises(AppealError):
        co.add_override(session, dt.date(2026, 3, 30), "day_off", "ҚР Үкіметінің қаулысы")
    session.actor = Actor(session.actor.officer_id, "aidos", "supervisor", "Сейтқали")
    co.add_override(session, dt.date(2026, 3, 30), "day_off", "ҚР Үкіметінің қаулысы № 1")
    assert svc.get_appeal(session, a.id).due_on == dt.date(2026, 4, 1)
    (override,) = co.list_overrides(session)
    co.cancel_override(session, override.id, "қате енгізілді", today=dt.date(2026, 3, 5))
    assert svc.get_appeal(session, a.id).due_on == dt.date(2026, 3, 31)
    assert _count(session, "SELECT count(*) FROM calendar_overrides") == 1


def test_reception_hours_default_and_edit(session):
    hours = svc.reception_hours(session)
    assert hours.days == {d: ("17:00", "20:00") for d in range(5)} and hours.id is None
    svc.save_reception_hours(session, svc.ReceptionHours({0: ("10:00", "12:00"),
                                                          5: ("09:00", "11:00")}, place="УПП"))
    again = svc.reception_hours(session)
    assert again.days == {0: ("10:00", "12:00"), 5: ("09:00", "11:00")} and again.place == "УПП"
    with pytest.raises(AppealError):
        svc.save_reception_hours(session, svc.ReceptionHours({0: ("12:00", "10:00")}))
    stored = session.db.execute("SELECT schedule FROM reception_hours").fetchone()[0]
    assert json.loads(stored)["0"] == ["10:00", "12:00"]


def test_reception_hours_are_this_precincts_even_when_another_was_saved_later(session):
    """A supervisor's device holds the district's schedules: it shows and changes its own."""
    svc.save_reception_hours(session, svc.ReceptionHours({1: ("15:00", "18:00")}))
    with session.write() as tx:  # another precinct's schedule, pulled later
        other = tx.insert("reception_hours", {"precinct_id": "another-precinct",
                                              "schedule": '{"2": ["08:00", "09:00"]}'})
        tx.audit("test.hours", "reception_hours", other, "another precinct's hours")
    assert svc.reception_hours(session).days == {1: ("15:00", "18:00")}
    svc.save_reception_hours(session, svc.ReceptionHours({1: ("16:00", "19:00")}))
    assert session.db.execute("SELECT schedule FROM reception_hours WHERE id = ?",
                              [other]).fetchone()[0] == '{"2": ["08:00", "09:00"]}'


def test_trainee_may_not_take_appeals(session):
    session.actor = Actor(session.actor.officer_id, "x", "trainee", "x")
    with pytest.raises(AppealError) as err:
        _take(session)
    assert err.value.code == "not_allowed"


def test_telling_the_applicant_of_an_extension_on_time_and_late(session):
    a, b = _take(session), _take(session)
    with pytest.raises(AppealError) as err:  # nothing extended yet
        svc.record_extension_notice(session, a.id, informed_on=dt.date(2026, 3, 20),
                                    today=dt.date(2026, 3, 20))
    assert err.value.code == "no_notice_pending"
    for rid in (a.id, b.id):
        svc.extend_appeal(session, rid, decided_on=dt.date(2026, 3, 20),
                          new_due=dt.date(2026, 5, 20), reason="сараптама",
                          today=dt.date(2026, 3, 20))
    # due 30.03 (Fri 20.03 + 3 working days; 23–25 March are Nauryz): a 3-day term is on
    # Today from the day of the decision
    lines = svc.notice_lines(session, today=dt.date(2026, 3, 20))
    assert [(x.id, x.due_on, x.days_left) for x in lines] == [
        (a.id, dt.date(2026, 3, 30), 3), (b.id, dt.date(2026, 3, 30), 3)]
    before = _count(session, "SELECT count(*) FROM audit")
    with pytest.raises(AppealError) as err:
        svc.record_extension_notice(session, a.id, informed_on=dt.date(2026, 3, 19),
                                    today=dt.date(2026, 3, 27))
    assert err.value.code == "notice_before_extension" and err.value.field == "informed_on"
    assert "20.03.2026" in err.value.message("kk")
    with pytest.raises(AppealError) as err:
        svc.record_extension_notice(session, a.id, informed_on=dt.date(2026, 3, 28),
                                    today=dt.date(2026, 3, 27))
    assert err.value.code == "date_in_future"
    assert _count(session, "SELECT count(*) FROM audit") == before  # nothing written

    svc.record_extension_notice(session, a.id, informed_on=dt.date(2026, 3, 27),
                                today=dt.date(2026, 3, 27))
    changes = svc.record_extension_notice(session, b.id, informed_on=dt.date(2026, 4, 1),
                                          today=dt.date(2026, 4, 1))
    assert changes.touched("appeals")
    for rid in (a.id, b.id):
        told = svc.get_appeal(session, rid)
        assert told.status == "extended" and told.extension_notice_due is None
        assert told.due_on == dt.date(2026, 5, 20)  # the term itself is untouched
    assert svc.get_appeal(session, a.id).extension_informed_on == dt.date(2026, 3, 27)
    assert svc.get_appeal(session, b.id).extension_informed_on == dt.date(2026, 4, 1)
    assert svc.notice_lines(session, today=dt.date(2026, 4, 1)) == []
    summaries = [r[0] for r in session.db.execute(
        "SELECT summary FROM audit WHERE action = 'appeal.extension_notice' ORDER BY seq")]
    assert summaries == [f"appeal {a.number}: applicant told of the extension on 2026-03-27",
                         f"appeal {b.number}: applicant told of the extension on 2026-04-01, "
                         "2 working day(s) late"]
    with pytest.raises(AppealError) as err:  # told once is enough
        svc.record_extension_notice(session, a.id, informed_on=dt.date(2026, 4, 1),
                                    today=dt.date(2026, 4, 1))
    assert err.value.code == "no_notice_pending"
    from inspector_desk.services.calendar_overrides import precinct_calendar

    cal = precinct_calendar(session)
    assert svc.notice_late_days(dt.date(2026, 3, 30), dt.date(2026, 3, 30), cal) == 0
    assert svc.notice_late_days(dt.date(2026, 3, 27), dt.date(2026, 3, 28), cal) == 1  # Sat


def test_a_trainee_may_not_record_the_extension_notice(session):
    a = _take(session)
    svc.extend_appeal(session, a.id, decided_on=dt.date(2026, 3, 20),
                      new_due=dt.date(2026, 5, 20), reason="сараптама", today=dt.date(2026, 3, 20))
    session.actor = Actor(session.actor.officer_id, "x", "trainee", "x")
    with pytest.raises(AppealError) as err:
        svc.record_extension_notice(session, a.id, informed_on=dt.date(2026, 3, 23),
                                    today=dt.date(2026, 3, 23))
    assert err.value.code == "not_allowed"
