"""Every synced field has a name in kk and ru for the Sync page's conflict list (a field
added later without one would show its database name to the inspector)."""

from __future__ import annotations

from inspector_desk.services.record_titles import field_title
from inspector_desk.sync.client import SyncClient

MANAGED = ("id", "version", "updated_at", "updated_by", "device_id")


def test_every_synced_field_is_named_in_kazakh_and_russian(make_device):
    session = make_device("a").session()
    unnamed = [(entity, column, lang)
               for entity, columns in SyncClient(session).tables.items()
               for column in columns if column not in MANAGED
               for lang in ("kk", "ru") if field_title(entity, column, lang) == column]
    assert unnamed == []
    assert field_title("appeals", "added_by_a_newer_program", "kk") == \
        "added_by_a_newer_program"
