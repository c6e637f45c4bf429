"""A new device's first pull builds the indexes and search terms of its empty tables once,
at the end (store.bulk_load): afterwards the database is exactly as a row-by-row pull
leaves it — the same indexes, the same terms, the register searchable — also when the
pull was cut half-way, or the program killed (finished at the next unlock)."""

from __future__ import annotations

import pytest
import sqlcipher3

from inspector_desk.services import persons
from inspector_desk.services.accounts import unlock
from inspector_desk.services.register import search_persons
from inspector_desk.store import bulk_load
from inspector_desk.sync.client import SyncError
from inspector_desk.sync.state import state_get
from tests.sync.helpers import client, enrolled_pair, local_records
from tests.sync.test_pull_indexed import _iin, _terms


def _indexes(session) -> list[tuple[str, str]]:
    return sorted(session.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall())


def _persons(session) -> dict:
    return {k: v for k, v in local_records(session).items() if k[0] == "persons"}


def _precinct(server, storage, make_device, n=12):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    ids = [next(iter(persons.add_person(a, {"last_name": f"Омаров{chr(0x430 + i)}",
                                            "first_name": "Ерлан", "iin": _iin(37 * i + 5)}
                                        ).ids)) for i in range(n)]
    persons.remove_person(a, ids[-1])
    ca.sync()
    return a, ca, ids


def _cut_after_two_pages(server, storage, session):
    """A client of ``session``, enrolled, whose pull loses the link after two pages of
    four records; (it, its real page fetch)."""
    cc = client(session, server.url, page_size=4, retries=0)
    cc.enrol(storage.issue_token("Қарасу №7"))
    fetch, pages = cc._fetch_page, []

    def cut_after_two(*args):
        if len(pages) == 2:
            raise SyncError("network", "ConnectError")
        pages.append(1)
        return fetch(*args)

    cc._fetch_page = cut_after_two
    return cc, fetch


def test_a_first_pull_ends_with_the_indexes_and_terms_of_a_row_by_row_one(
        server, storage, make_device):
    a, ca, ids = _precinct(server, storage, make_device)
    c = make_device("c").session()
    cc = client(c, server.url, page_size=4)  # several pages
    cc.sync(token=storage.issue_token("Қарасу №7"))
    assert _indexes(c) == _indexes(a)
    assert _terms(c) == _terms(a)
    assert _persons(c) == _persons(a)
    assert [r.name for r in search_persons(c, "омаровб")] == ["Омаровб Ерлан"]
    assert bulk_load.pending(c.db) is None
    assert c.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    actions = [r[0] for r in c.db.execute("SELECT action FROM audit")]
    assert "sync.bulk_load" in actions and "sync.bulk_load_finish" in actions


def test_a_pull_into_tables_that_hold_rows_keeps_its_indexes(server, storage, make_device):
    a, ca, ids = _precinct(server, storage, make_device)
    c = make_device("c").session()
    persons.add_person(c, {"last_name": "Жергілікті", "first_name": "Адам", "iin": _iin(900)})
    before = _indexes(c)
    client(c, server.url).sync(token=storage.issue_token("Қарасу №7"))
    assert _indexes(c) == before
    actions = [r[0] for r in c.db.execute("SELECT action FROM audit")]
    assert "sync.bulk_load" in actions  # (the other empty tables)
    assert _terms(c) >= _terms(a)


def test_a_first_pull_cut_half_way_still_leaves_indexes_and_terms(
        server, storage, make_device):
    a, ca, ids = _precinct(server, storage, make_device)
    c = make_device("c").session()
    cc, fetch = _cut_after_two_pages(server, storage, c)
    with pytest.raises(SyncError):
        cc.pull()
    assert bulk_load.pending(c.db) is None
    assert _indexes(c) == _indexes(a)
    got = _terms(c)
    assert got and got <= _terms(a)  # the persons pulled so far are searchable
    cc._fetch_page = fetch
    cc.pull()
    assert _terms(c) == _terms(a) and _indexes(c) == _indexes(a)


def test_a_program_killed_during_a_first_pull_finishes_it_at_the_next_unlock(
        server, storage, make_device):
    a, ca, ids = _precinct(server, storage, make_device)
    store = make_device("c")
    c = store.session()
    cc = client(c, server.url, page_size=4)
    cc.enrol(storage.issue_token("Қарасу №7"))
    cc._finish_bulk_load = lambda: None  # as if killed before the pull's end
    cc.pull()
    assert bulk_load.pending(c.db) is not None and _indexes(c) != _indexes(a)
    c.close()
    again = unlock(store.path, "off_c", "correct horse").session()
    assert bulk_load.pending(again.db) is None
    assert _indexes(again) == _indexes(a) and _terms(again) == _terms(a)


def test_an_unlock_during_a_first_pull_leaves_every_person_searchable(
        server, storage, make_device):
    """(From a review.) The GUI's idle lock does not stop the sync worker; unlocking again
    finishes the pending bulk load while the pull goes on — its later pages must write
    their persons' terms themselves. Same with a CLI command unlocking the file."""
    a, ca, ids = _precinct(server, storage, make_device)
    store = make_device("c")
    c = store.session()
    cc = client(c, server.url, page_size=4)
    cc.enrol(storage.issue_token("Қарасу №7"))
    apply, pages = cc._apply_page, []

    def apply_then_unlock_elsewhere(*args, **kw):
        n = apply(*args, **kw)
        if not pages:  # after the first page: the user unlocks the locked window again
            unlock(store.path, "off_c", "correct horse")
        pages.append(n)
        return n

    cc._apply_page = apply_then_unlock_elsewhere
    cc.pull()
    assert len(pages) > 1
    assert bulk_load.pending(c.db) is None
    assert _indexes(c) == _indexes(a)
    assert _terms(c) == _terms(a)


def test_a_second_sync_client_finishing_the_load_leaves_every_person_searchable(
        server, storage, make_device):
    """(From a review.) Two sync clients on one file (the GUI's and `inspector-desk
    sync`): B's first pull begins the bulk load, A's pull finishes it; the persons only B
    pulls afterwards must get their terms."""
    a, ca, ids = _precinct(server, storage, make_device)
    store = make_device("c")
    c1, c2 = store.session(), store.session()
    A = client(c1, server.url, page_size=4)
    A.enrol(storage.issue_token("Қарасу №7"))
    B = client(c2, server.url, page_size=4)
    b_apply = B._apply_page

    def b_first(*args, **kw):
        B._apply_page = b_apply
        assert bulk_load.pending(c2.db) is not None
        A.pull()  # the other client's whole pull, while B's bulk load is pending
        assert bulk_load.pending(c2.db) is None
        for i in range(6):  # created on the server afterwards: only B pulls them
            persons.add_person(a, {"last_name": f"Кейін{chr(0x430 + i)}",
                                   "first_name": "Асқар", "iin": _iin(500 + i)})
        ca.sync()
        return b_apply(*args, **kw)

    B._apply_page = b_first
    B.pull()
    assert bulk_load.pending(c2.db) is None
    assert _terms(c2) == _terms(a)


def test_a_failing_finish_never_hides_the_pull_error_nor_skips_the_hooks(
        server, storage, make_device, monkeypatch):
    """(From a review.) Finishing the load failing too (e.g. "database is locked") after a
    page failed: the pull's own error comes out and the after-pull hooks still run."""
    a, ca, ids = _precinct(server, storage, make_device)
    c = make_device("c").session()
    cc, _ = _cut_after_two_pages(server, storage, c)

    def locked(db):
        raise sqlcipher3.OperationalError("database is locked")

    monkeypatch.setattr(bulk_load, "finish", locked)
    with pytest.raises(SyncError):
        cc.pull()
    assert state_get(c.db, "hooks_due") is None  # the pages' hooks ran


def test_a_program_update_migrates_only_after_finishing_a_first_pull_cut_short(
        server, storage, make_device, monkeypatch):
    """(From a review.) A first pull killed half-way, then a program update whose migration
    drops one of the dropped indexes: the load is finished first, on the schema its
    indexes were recorded on, and the migration then finds the index to drop."""
    import types

    from inspector_desk.store import migrations

    a, ca, ids = _precinct(server, storage, make_device)
    store = make_device("c")
    c = store.session()
    cc = client(c, server.url, page_size=4)
    cc.enrol(storage.issue_token("Қарасу №7"))
    cc._finish_bulk_load = lambda: None  # as if killed before the pull's end
    cc.pull()
    assert bulk_load.pending(c.db) is not None
    c.close()
    shipped = migrations.all_migrations()
    update = types.SimpleNamespace(SINCE_APP="9.9.9", apply=lambda db: db.execute(
        "DROP INDEX persons_settlement"))
    monkeypatch.setattr(migrations, "all_migrations", lambda: [
        *shipped, migrations.Migration(shipped[-1].number + 1, "drop_settlement", "9.9.9",
                                       update)])
    again = unlock(store.path, "off_c", "correct horse").session()
    assert bulk_load.pending(again.db) is None
    assert _indexes(again) == [i for i in _indexes(a) if i[0] != "persons_settlement"]
    assert _terms(again) == _terms(a)
