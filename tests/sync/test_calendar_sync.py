"""A decreed day transfer that arrives by sync recounts the precinct's running terms (as on
the device that entered it); a supervisor's transfer reaches every precinct, and each
device recounts only its own precinct's terms."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_desk.domain.appeals import AppealDraft
from inspector_desk.domain.kz_calendar import load_calendar
from inspector_desk.services import calendar_overrides as cal
from inspector_desk.services import receptions as svc
from inspector_desk.services.sync_service import list_quarantine
from tests.sync.helpers import client, local_records, open_conflicts

TODAY = dt.date.today()
CALENDAR = load_calendar()


def _working(day: dt.date, step: int) -> dt.date:
    while not CALENDAR.is_working_day(day):
        day += dt.timedelta(days=step)
    return day


def _take(session) -> str:
    when = dt.datetime.combine(_working(TODAY - dt.timedelta(days=1), -1), dt.time(17, 0))
    draft = AppealDraft(received_at=when, kind="complaint", format="courtyard",
                        summary="Түнгі шу", applicant_name="Жұмабаева Әлия", applicant_iin="")
    return svc.take_appeal(session, draft, now=dt.datetime.now()).id


def _right_due(session, appeal_id: str) -> dt.date:
    registered = svc.get_appeal(session, appeal_id).registered_on
    return cal.precinct_calendar(session).decision_due(registered)


def test_a_published_transfer_recounts_the_terms_on_every_device(server, storage, make_device):
    a = make_device("a").session()
    ca = client(a, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    appeal = _take(a)
    ca.sync()
    before = svc.get_appeal(a, appeal).due_on
    day = _working(before - dt.timedelta(days=3), -1)
    storage.put_reference("calendar_overrides", "0190c0de-0000-7000-8000-0000000ca001",
                          {"day": day.isoformat(), "kind": "day_off", "decree": "Decree 7",
                           "note": "", "cancelled_on": None, "cancel_reason": None})
    ca.sync()
    ca.sync()  # the recount sent
    after = svc.get_appeal(a, appeal).due_on
    assert after == _right_due(a, appeal) and after > before
    assert storage.snapshot()[("appeals", appeal)]["data"]["due_on"] == after.isoformat()


def test_a_supervisors_transfer_reaches_every_precinct_and_each_recounts_its_own(
        server, storage, make_device):
    a = make_device("a").session()
    sup = make_device("s", login="sup", precinct="P8", role="supervisor").session()
    ca, cs = client(a, server.url), client(sup, server.url)
    ca.sync(token=storage.issue_token("Қарасу №7", district="D"))
    cs.sync(token=storage.issue_token("P8", role="supervisor", district="D"))
    appeal = _take(a)
    ca.sync()
    cs.sync()
    before = svc.get_appeal(a, appeal).due_on
    day = _working(before - dt.timedelta(days=3), -1)
    cal.add_override(sup, day, "day_off", "Decree 1")
    # the supervisor's device leaves the other precinct's appeal alone ...
    assert svc.get_appeal(sup, appeal).due_on == before
    for _ in range(2):
        cs.sync()
        ca.sync()
    cs.sync()
    # ... the transfer reaches the precinct's device, which recounts its own appeal
    assert [o.day for o in cal.list_overrides(a)] == [day]
    after = svc.get_appeal(a, appeal).due_on
    assert after == _right_due(a, appeal) and after > before
    assert list_quarantine(sup) == [] and open_conflicts(sup) == []
    assert list_quarantine(a) == [] and open_conflicts(a) == []
    assert sup.db.execute("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"
                          ).fetchone()[0] == 0
    assert svc.get_appeal(sup, appeal).due_on == after
    assert local_records(a).get(("appeals", appeal)) == local_records(sup)[("appeals", appeal)]


def test_an_extension_made_offline_wins_over_a_recount_from_a_transfer(
        server, storage, make_device):
    """Device A extends an appeal offline (a reasoned decision, a new term) while device B,
    which does not know of it, recounts the term after a decreed transfer. The recount
    is a rule; the extension a decision: both devices end with the extended term and no
    conflict, whichever pushed first."""
    for a_first in (True, False):
        a, b = (make_device(f"a{a_first}").session(), make_device(f"b{a_first}").session())
        ca, cb = client(a, server.url), client(b, server.url)
        precinct = f"Қарасу №{int(a_first)}"
        ca.sync(token=storage.issue_token(precinct))
        cb.sync(token=storage.issue_token(precinct))
        appeal = _take(a)
        ca.sync()
        cb.sync()
        before = svc.get_appeal(a, appeal)
        decided = min(TODAY, before.due_on)
        extended_to = before.registered_on + dt.timedelta(days=50)
        svc.extend_appeal(a, appeal, decided_on=decided, new_due=extended_to,
                          reason="сараптама", today=decided)
        day = _working(before.due_on - dt.timedelta(days=3), -1)
        transfer = f"0190c0de-0000-7000-8000-0000000ca{int(a_first)}01"
        storage.put_reference("calendar_overrides", transfer,
                              {"day": day.isoformat(), "kind": "day_off",
                               "decree": "Decree 9", "note": "", "cancelled_on": None,
                               "cancel_reason": None})
        first, second = (ca, cb) if a_first else (cb, ca)
        first.sync()
        second.sync()
        first.sync()
        second.sync()
        for s in (a, b):
            got = svc.get_appeal(s, appeal)
            assert (got.status, got.due_on) == ("extended", extended_to), (a_first, s is a)
            assert open_conflicts(s) == [], (a_first, s is a)
        assert local_records(a).get(("appeals", appeal)) == local_records(b)[("appeals", appeal)]
        storage.put_reference("calendar_overrides", transfer,
                              {"cancelled_on": TODAY.isoformat(), "cancel_reason": "test"})
        first.sync()
        second.sync()


def test_two_supervisors_entering_opposite_transfers_for_one_day_break_nothing(
        server, storage, make_device):
    """Supervisors of two districts enter a transfer for the same day offline, one a day
    off and one a working day: every device puts the same one in force (the later
    changed), appeals are still taken and terms counted, and cancelling the one in force
    puts the other in force."""
    s1 = make_device("s1", login="s1", precinct="Қарасу №1", role="supervisor").session()
    s2 = make_device("s2", login="s2", precinct="Талас №1", role="supervisor").session()
    ins = make_device("ins", precinct="Жамбыл №3").session()
    c1, c2, ci = client(s1, server.url), client(s2, server.url), client(ins, server.url)
    c1.sync(token=storage.issue_token("Қарасу №1", "supervisor", "Қарасу"))
    c2.sync(token=storage.issue_token("Талас №1", "supervisor", "Талас"))
    ci.sync(token=storage.issue_token("Жамбыл №3", "inspector", "Жамбыл"))
    day = _working(TODAY + dt.timedelta(days=10), 1)
    cal.add_override(s1, day, "day_off", "Decree 1")
    cal.add_override(s2, day, "working_day", "Decree 1")
    for cl in (c1, c2, ci, c1):
        cl.sync()
    in_force = [[(o.day, o.kind) for o in cal.list_overrides(s)] for s in (s1, s2, ins)]
    assert in_force[0] == in_force[1] == in_force[2] and len(in_force[0]) == 1
    appeal = _take(ins)  # used to fail: "both a day off and a working day"
    assert svc.get_appeal(ins, appeal).due_on == _right_due(ins, appeal)
    [shown] = cal.list_overrides(s1)
    cal.cancel_override(s1, shown.id, "entered twice")
    for cl in (c1, ci):
        cl.sync()
    [other] = cal.list_overrides(ins)
    assert other.id != shown.id and other.day == day


def test_reception_hours_first_saved_on_two_devices_keep_both_devices_fields(
        server, storage, make_device):
    """Two devices of a precinct save its first reception schedule offline, one with the
    place, the other with the phone: one record, with both, on every device; no conflict."""
    from tests.sync.helpers import enrolled_pair

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    days = svc.reception_hours(a).days
    svc.save_reception_hours(a, svc.ReceptionHours(days, place="УПП Қарасу, Абай 12"))
    svc.save_reception_hours(b, svc.ReceptionHours(days, phone="+7 701 000 0000"))
    ca.sync()
    cb.sync()
    ca.sync()
    for s in (a, b):
        hours = svc.reception_hours(s)
        assert (hours.place, hours.phone) == ("УПП Қарасу, Абай 12", "+7 701 000 0000")
        assert open_conflicts(s) == [] and list_quarantine(s) == []
    assert local_records(a) == local_records(b)


def test_reception_hours_changed_on_two_devices_merge_day_by_day(server, storage, make_device):
    """One device moves Monday's hours, the other Friday's, both offline: every device ends
    with both changes and nothing to decide. The same day changed differently on both is
    a conflict, listed for a person, as any field."""
    from tests.sync.helpers import enrolled_pair

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    days = svc.reception_hours(a).days
    svc.save_reception_hours(a, svc.ReceptionHours(days, place="УПП Қарасу"))
    ca.sync()
    cb.sync()
    svc.save_reception_hours(a, svc.ReceptionHours({**days, 0: ("09:00", "12:00")},
                                                   place="УПП Қарасу"))
    svc.save_reception_hours(b, svc.ReceptionHours({**days, 4: ("15:00", "18:00")},
                                                   place="УПП Қарасу"))
    ca.sync()
    cb.sync()
    ca.sync()
    for s in (a, b):
        got = svc.reception_hours(s).days
        assert (got[0], got[4], got[2]) == (("09:00", "12:00"), ("15:00", "18:00"), days[2])
        assert open_conflicts(s) == [] and list_quarantine(s) == []
    assert local_records(a) == local_records(b)
    # Wednesday on both, differently: the person decides
    svc.save_reception_hours(a, svc.ReceptionHours({**svc.reception_hours(a).days,
                                                    2: ("10:00", "11:00")}, place="УПП Қарасу"))
    svc.save_reception_hours(b, svc.ReceptionHours({**svc.reception_hours(b).days,
                                                    2: ("16:00", "17:00")}, place="УПП Қарасу"))
    ca.sync()
    cb.sync()
    assert [c["field"] for c in open_conflicts(b)] == ["schedule"]


def _save(session, days, **kw) -> None:
    svc.save_reception_hours(session, svc.ReceptionHours(days, place="УПП Қарасу", **kw))


def test_a_day_removed_from_the_first_schedule_saved_offline_is_not_brought_back(
        server, storage, make_device):
    """Both devices save the precinct's first schedule offline, one without Fridays: the
    removal is not silently undone by the other's full week (a first save is not merged
    day by day: it has no earlier schedule to tell what each device changed)."""
    from inspector_desk.services.sync_service import resolve_conflict
    from tests.sync.helpers import enrolled_pair

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    days = svc.reception_hours(a).days
    _save(a, days)
    _save(b, {d: h for d, h in days.items() if d != 4})
    ca.sync()
    cb.sync()
    ca.sync()
    [conflict] = open_conflicts(b)
    assert conflict["field"] == "schedule"
    [row] = b.db.execute("SELECT id FROM conflicts WHERE state = 'open'").fetchall()
    resolve_conflict(b, row[0], "mine")
    cb.sync()
    ca.sync()
    assert 4 not in svc.reception_hours(a).days and 4 not in svc.reception_hours(b).days


@pytest.mark.parametrize(("choice", "wednesday"), [("mine", ("16:00", "17:00")),
                                                  ("theirs", ("10:00", "11:00"))])
def test_keeping_either_side_of_a_clashing_day_keeps_the_days_that_merged(
        server, storage, make_device, choice, wednesday):
    """A moves Monday and Wednesday, B Wednesday (differently) and Friday: Monday and
    Friday merge at once; only Wednesday waits, and either choice keeps both of them."""
    from inspector_desk.services.sync_service import resolve_conflict
    from tests.sync.helpers import enrolled_pair

    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    days = svc.reception_hours(a).days
    _save(a, days)
    ca.sync()
    cb.sync()
    _save(a, {**days, 0: ("09:00", "12:00"), 2: ("10:00", "11:00")})
    _save(b, {**days, 2: ("16:00", "17:00"), 4: ("15:00", "18:00")})
    ca.sync()
    cb.sync()
    [row] = b.db.execute("SELECT id FROM conflicts WHERE state = 'open'").fetchall()
    got = svc.reception_hours(b).days
    assert (got[0], got[4]) == (("09:00", "12:00"), ("15:00", "18:00"))  # merged already
    resolve_conflict(b, row[0], choice)
    cb.sync()
    ca.sync()
    for s in (a, b):
        got = svc.reception_hours(s).days
        assert (got[0], got[2], got[4]) == (("09:00", "12:00"), wednesday, ("15:00", "18:00"))
        assert open_conflicts(s) == []
