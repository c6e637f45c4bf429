"""A pulled edit leaves unchanged indexed columns out of its UPDATE (store.indexed_columns):
the register's search, its term index and the unique IIN must stay exactly right."""

from __future__ import annotations

import datetime as dt

from inspector_desk.domain.iin import make_iin
from inspector_desk.services import persons
from inspector_desk.services.register import search_persons
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
