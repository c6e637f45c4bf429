"""A new device that pulls the precinct one record a page (the after-pull hooks running
after every page, with the records they need still to come) ends with the same register as
the devices that made it: nothing set aside, nothing to decide."""

from __future__ import annotations

import datetime as dt

from inspector_desk.domain.iin import make_iin
from inspector_desk.services import persons, register
from inspector_desk.services.sync_service import list_quarantine
from tests.sync.helpers import client, enrolled_pair, local_records, open_conflicts
from tests.sync.test_person_merge import _iin, _register


def test_a_new_device_pulling_one_record_a_page_ends_as_the_others(
        server, storage, make_device):
    a, b, ca, cb = enrolled_pair(server, storage, make_device)
    iin = _iin()
    _register(a, iin, "parole")
    _register(b, iin, "official_warning")  # the same person on two devices: merged
    other = next(i for n in range(1, 60) if (i := make_iin(dt.date(1991, 1, 1), "F", n)))
    [pid] = persons.add_person(a, {"last_name": "Жақсыбаева", "first_name": "Әсем",
                                   "iin": other}).ids
    register.add_entry(a, pid, {"category_id": register.find_category(a, "parole").id,
                                "basis_document": "Қаулы", "start_on": "2026-01-05"})
    for _ in range(2):
        ca.sync()
        cb.sync()
    c = make_device("c").session()
    cc = client(c, server.url, page_size=1)
    cc.sync(token=storage.issue_token("Қарасу №7"))
    cc.sync()
    assert list_quarantine(c) == [] and open_conflicts(c) == []
    mine, theirs = local_records(c), local_records(a)
    for key, record in theirs.items():
        if key[0] in ("persons", "register_entries", "checks", "register_categories"):
            assert mine.get(key) == record, key
    assert sorted(r.id for r in register.search_persons(c, "")) == \
        sorted(r.id for r in register.search_persons(a, ""))
