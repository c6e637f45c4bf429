"""Two devices that registered appeals under the same number: after sync both appeals are
kept, renumbered the same way on every device, and the old number is noted (issue 4)."""

from __future__ import annotations

import datetime as dt

from inspector_desk.domain.appeals import AppealDraft
from inspector_desk.services import receptions as svc
from tests.sync.helpers import client


def _take(session, when: dt.datetime, name: str) -> str:
    draft = AppealDraft(received_at=when, kind="complaint", format="courtyard",
                        summary="Түнгі шу", applicant_name=name, applicant_iin="")
    return svc.take_appeal(session, draft, now=when).number


def test_clashing_numbers_are_kept_and_renumbered_alike(live_server, sqlite_storage, make_device):
    live_server.use(sqlite_storage)
    a, b = make_device("a").session(), make_device("b").session()
    ca, cb = client(a, live_server.url), client(b, live_server.url)
    ca.sync(token=sqlite_storage.issue_token("Қарасу №7"))
    cb.sync(token=sqlite_storage.issue_token("Қарасу №7"))
    for s in (a, b):  # a restored backup or a mistake: the same prefix on two laptops
        svc.set_number_prefix(s, "K7")
    first = _take(a, dt.datetime(2026, 3, 4, 17, 30), "Жұмабаева Әлия")
    second = _take(b, dt.datetime(2026, 3, 4, 18, 10), "Сейтқали Нұрлан")
    assert first == second == "2026-K7-0001"
    for _ in range(2):  # both directions, then once more so each sees the other's renumbering
        ca.sync()
        cb.sync()

    def numbers(s):
        return sorted((r[0], r[1], r[2]) for r in s.db.execute(
            "SELECT applicant_name, reg_number, number_note FROM appeals "
            "WHERE deleted_at IS NULL").fetchall())

    expected = [("Жұмабаева Әлия", "2026-K7-0001", None),
                ("Сейтқали Нұрлан", "2026-K7-0001/2", "2026-K7-0001")]
    assert numbers(a) == numbers(b) == expected  # the earlier registration keeps the number
    assert not a.db.execute("SELECT count(*) FROM conflicts WHERE state = 'open'").fetchone()[0]
    for c in (ca, cb):
        c.close()
    a.close()
    b.close()
