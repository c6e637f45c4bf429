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


def test_three_devices_renumbering_one_appeal_apart_agree_without_a_conflict(
        live_server, sqlite_storage, make_device):
    """A device that knew two of three clashing appeals numbered the last /2 while another,
    knowing all three, numbered it /3 from the same version. The numbers follow one rule,
    not a person's choice: the devices end with the rule's numbers and no conflict."""
    live_server.use(sqlite_storage)
    devices = [make_device(n).session() for n in ("a", "b", "c")]
    ca, cb, cc = clients = [client(s, live_server.url) for s in devices]
    for cl in clients:
        cl.sync(token=sqlite_storage.issue_token("Қарасу №7"))
    for s in devices:
        svc.set_number_prefix(s, "K7")
    a, b, c = devices
    _take(a, dt.datetime(2026, 3, 4, 9, 30), "Жұмабаева Әлия")
    ca.sync()  # A on the server
    _take(b, dt.datetime(2026, 3, 4, 11, 0), "Сейтқали Нұрлан")
    _take(c, dt.datetime(2026, 3, 4, 15, 0), "Омаров Ерлан")
    cc.push()  # C on the server; c does not pull yet
    ca.pull()  # a knows A and C: C becomes /2 here (not sent yet)
    cb.sync()  # b knows all three: B /2, C /3, sent first
    for _ in range(2):
        for cl in clients:
            cl.sync()
    expected = [("Жұмабаева Әлия", "2026-K7-0001"), ("Омаров Ерлан", "2026-K7-0001/3"),
                ("Сейтқали Нұрлан", "2026-K7-0001/2")]
    for s in devices:
        assert sorted(tuple(r) for r in s.db.execute(
            "SELECT applicant_name, reg_number FROM appeals WHERE deleted_at IS NULL")) \
            == expected
        assert s.db.execute("SELECT count(*) FROM conflicts WHERE state = 'open'"
                            ).fetchone()[0] == 0
