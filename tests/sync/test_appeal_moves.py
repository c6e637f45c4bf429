"""An appeal's lifecycle move is one change: when it meets another device's move, none of
its fields is merged on its own (a forwarded appeal must not carry an extension's dates);
the conflict is decided for the whole move, and only a move the lifecycle still allows can
be kept."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_desk.services import receptions as svc
from inspector_desk.services.sync_service import (
    SyncServiceError,
    list_conflicts,
    resolve_conflict,
)
from tests.sync.helpers import enrolled_pair, local_records, open_conflicts
from tests.sync.test_calendar_sync import CALENDAR, TODAY, _take


def _state(session, rid):
    a = svc.get_appeal(session, rid)
    return a.status, a.forwarded_to, a.extended_on, a.extension_notice_due


def _moved_apart(server, storage, make_device, first_move):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    rid = _take(a)
    ca.sync()
    cb.sync()
    first_move(a, rid)
    svc.extend_appeal(b, rid, decided_on=TODAY, new_due=CALENDAR.add_working_days(TODAY, 20),
                      reason="тексеру")
    ca.sync()
    cb.sync()
    return a, b, ca, cb, rid


def test_an_extension_meeting_a_forwarding_waits_whole_and_can_only_be_dropped(
        server, storage, make_device):
    a, b, ca, cb, rid = _moved_apart(server, storage, make_device, lambda s, rid: (
        svc.forward_appeal(s, rid, body="Әкімдік", forwarded_on=TODAY, outgoing_number="12",
                           late_reason="кеш")))
    assert _state(b, rid) == _state(a, rid) and _state(a, rid)[0] == "forwarded"
    assert _state(b, rid)[2:] == (None, None)  # none of the extension's fields merged
    conflicts = list_conflicts(b)
    assert "status" in {c.field for c in conflicts}
    with pytest.raises(SyncServiceError) as err:
        resolve_conflict(b, conflicts[0].id, "mine")
    assert "перешла в другое состояние" in err.value.message("ru")
    resolve_conflict(b, conflicts[0].id, "theirs")
    assert open_conflicts(b) == []  # the whole move decided at once
    cb.sync()
    ca.sync()
    assert local_records(a) == local_records(b)


def test_an_extension_meeting_start_of_work_can_be_kept_whole(server, storage, make_device):
    a, b, ca, cb, rid = _moved_apart(server, storage, make_device,
                                     lambda s, rid: svc.start_work(s, rid))
    assert _state(b, rid)[0] == "in_work"
    [first, *_] = list_conflicts(b)
    resolve_conflict(b, first.id, "mine")
    assert open_conflicts(b) == []
    cb.sync()
    ca.sync()
    for s in (a, b):
        status, _, extended_on, notice_due = _state(s, rid)
        assert status == "extended" and extended_on == TODAY and notice_due is not None
        assert svc.get_appeal(s, rid).due_on == CALENDAR.add_working_days(TODAY, 20)
    assert local_records(a) == local_records(b)
    assert isinstance(dt.date.today(), dt.date)
