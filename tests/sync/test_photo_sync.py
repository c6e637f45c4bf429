"""A person's photo (bytes) stays bytes through a conflict and a merge: it travels as
``{"$b64": …}`` and a value taken from a conflict is stored as the device stores it."""

from __future__ import annotations

import datetime as dt

from inspector_desk.domain.iin import make_iin
from inspector_desk.services import persons, register
from inspector_desk.services.sync_service import list_conflicts, resolve_conflict
from tests.sync.helpers import enrolled_pair, local_records, open_conflicts
from tests.sync.test_person_merge import _iin, _register

PNG1 = b"\x89PNG\r\n\x1a\n" + b"one" * 10
PNG2 = b"\x89PNG\r\n\x1a\n" + b"two" * 10


def _person(session) -> str:
    iin = next(i for n in range(1, 60) if (i := make_iin(dt.date(1979, 8, 1), "M", n)))
    [pid] = persons.add_person(session, {"last_name": "Сейтқали", "first_name": "Ерлан",
                                         "iin": iin}).ids
    return pid


def _photo_type(session, pid: str) -> str:
    return session.db.execute("SELECT typeof(photo) FROM persons WHERE id = ?",
                              [pid]).fetchone()[0]


def test_keeping_this_devices_photo_from_a_conflict_keeps_an_image(
        server, storage, make_device):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    pid = _person(a)
    ca.sync()
    cb.sync()
    persons.update_person(a, pid, {"photo": PNG1})
    persons.update_person(b, pid, {"photo": PNG2})
    ca.sync()
    cb.sync()
    [conflict] = list_conflicts(b)
    assert conflict.field == "photo"
    resolve_conflict(b, conflict.id, "mine")
    cb.sync()
    ca.sync()
    for s in (a, b):
        assert _photo_type(s, pid) == "blob"
        assert register.person_detail(s, pid).photo == PNG2
    assert local_records(a) == local_records(b)


def test_a_photo_set_on_a_person_merged_meanwhile_lands_as_an_image(
        server, storage, make_device):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    iin = _iin()
    first, _ = _register(a, iin, "parole")
    second, _ = _register(b, iin, "official_warning")
    cb.sync()
    ca.sync()  # A merges B's record into its own
    persons.update_person(b, second, {"photo": PNG2})
    cb.sync()
    ca.sync()
    for s in (a, b):
        assert _photo_type(s, first) == "blob"
        assert register.person_detail(s, first).photo == PNG2
        assert open_conflicts(s) == []
