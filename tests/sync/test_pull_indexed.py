"""A pulled edit leaves unchanged indexed columns out of its UPDATE (store.indexed_columns):
the register's search, its term index and the unique IIN must stay exactly right."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlcipher3

from inspector_desk.domain.iin import make_iin
from inspector_desk.services import persons
from inspector_desk.services.register import search_persons
from inspector_desk.sync import client as sync_client
from tests.sync.helpers import enrolled_pair, local_records


def _iin(serial: int) -> str:
    while (iin := make_iin(dt.date(1988, 5, 2), "M", serial)) is None:
        serial += 1
    return iin


def _names(session, query: str) -> list[str]:
    return [row.name for row in search_persons(session, query)]


def test_pulled_edits_keep_search_term_index_and_unique_iin_right(server, storage, make_device):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    iins = [_iin(10), _iin(500), _iin(900)]
    ids = [next(iter(persons.add_person(a, {"last_name": last, "first_name": "Ерлан",
                                            "iin": iin}).ids))
           for last, iin in zip(("Омаров", "Сейтқали", "Бекенов"), iins, strict=True)]
    ca.sync()
    cb.sync()
    assert _names(b, "Омаров") == ["Омаров Ерлан"]
    # on A: a phone (no index), a new surname (search key, full text), a deletion
    persons.update_person(a, ids[0], {"phone": "+7 701 000 00 01"})
    persons.update_person(a, ids[1], {"last_name": "Ахметов"})
    persons.remove_person(a, ids[2])
    ca.sync()
    assert ca.sync().conflicts == 0  # the first phone of a person is no conflict
    assert cb.sync().pulled == 3
    assert local_records(a) == local_records(b)
    assert _names(b, "Омаров") == ["Омаров Ерлан"]  # its index entries untouched, still found
    assert _names(b, "Ахметов") == ["Ахметов Ерлан"]
    assert _names(b, "Сейтқали") == []
    assert _names(b, "Бекенов") == []
    assert b.db.execute("SELECT phone FROM persons WHERE id = ?", [ids[0]]).fetchone()[0] \
        == "+77010000001"
    assert b.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the deleted person's IIN left the unique index: it may be registered again
    persons.add_person(b, {"last_name": "Бекенов", "first_name": "Арман", "iin": iins[2]})
    assert _names(b, "Бекенов") == ["Бекенов Арман"]


def _terms(session) -> set[tuple[str, str, str]]:
    """The search terms of a device, by person id (rowids differ between devices)."""
    return set(session.db.execute(
        "SELECT t.term, t.key, p.id FROM person_terms t JOIN persons p ON p.rowid = t.rid"
    ).fetchall())


@pytest.mark.parametrize("row_by_row", [False, True])
def test_persons_a_pull_inserts_get_the_search_terms_the_trigger_writes(
        server, storage, make_device, monkeypatch, row_by_row):
    """A pull writes the terms of the persons it inserts in bulk (migration 0019,
    store.derived): the same rows the trigger writes on the device that added them —
    words repeated, names of one letter, a person removed (no terms) — also when the page
    is written row by row (after its multi-row statement failed)."""
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    names = [("Омаров", "Ерлан", "Ерланұлы"), ("Ли", "А", ""), ("Ата", "Ата", "Ата"),
             ("Сейтқали", "Әлия", "Болатқызы"), ("Бекенов", "Арман", "")]
    ids = [next(iter(persons.add_person(a, {"last_name": last, "first_name": first,
                                            "patronymic": middle, "iin": _iin(100 * i)}).ids))
           for i, (last, first, middle) in enumerate(names, start=1)]
    persons.remove_person(a, ids[-1])
    ca.sync()
    if row_by_row:
        bulk = sync_client.insert_rows

        def failing(conn, table, *args):
            if table == "[persons]":
                raise sqlcipher3.IntegrityError("as if one row broke a constraint")
            return bulk(conn, table, *args)

        monkeypatch.setattr(sync_client, "insert_rows", failing)
    cb.pull()
    assert not b.db.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    assert _terms(b) == _terms(a) and {t[2] for t in _terms(b)} == set(ids[:4])
    assert _names(b, "Ерл") == ["Омаров Ерлан Ерланұлы"]
    assert _names(b, "алия") == ["Сейтқали Әлия Болатқызы"]
    assert b.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
