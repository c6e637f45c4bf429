"""An inspector's new laptop set up under the login of the old one: the precinct's records
arrive whole — the old device's officer too, so its records keep who made them — and the
login still unlocks the officer of this laptop (migration 0014)."""

from __future__ import annotations

from inspector_desk.services.accounts import unlock
from inspector_desk.services.sync_service import list_quarantine
from tests.sync.helpers import client, local_records
from tests.sync.test_person_merge import _iin, _register


def test_a_new_laptop_under_the_old_login_receives_everything(server, storage, make_device):
    old_store = make_device("old", login="nurlan")
    old = old_store.session()
    co = client(old, server.url)
    co.sync(token=storage.issue_token("Қарасу №7"))
    _register(old, _iin(), "parole")
    co.sync()
    new_store = make_device("new", login="nurlan")
    new = new_store.session()
    cn = client(new, server.url)
    cn.sync(token=storage.issue_token("Қарасу №7"))
    assert list_quarantine(new) == []
    officers = new.db.execute("SELECT id FROM officers WHERE login = 'nurlan' "
                              "AND deleted_at IS NULL ORDER BY id").fetchall()
    assert [r[0] for r in officers] == sorted([old.actor.officer_id, new.actor.officer_id])
    entry_by = new.db.execute("SELECT officer_id FROM register_entries").fetchone()[0]
    assert entry_by == old.actor.officer_id  # who put the person on the register: known here
    co.sync()
    assert local_records(old) == local_records(new)
    new.close()
    again = unlock(new_store.path, "nurlan", "correct horse")
    assert again.actor.officer_id == new.actor.officer_id  # this laptop's officer, not the old
    old.close()
    assert unlock(old_store.path, "nurlan", "correct horse").actor.officer_id == \
        old.actor.officer_id
