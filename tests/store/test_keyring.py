"""The key file: per-officer wraps of one random database key."""

from __future__ import annotations

import pytest

from inspector_desk.services.accounts import change_password, unlock
from inspector_desk.store.errors import StoreError
from inspector_desk.store.keyring import KdfParams, Keyring, keyring_path, new_database_key
from tests.conftest import PASSWORD


def test_wrap_unwraps_only_with_the_right_password():
    ring = Keyring(db_id="db-1", entries={})
    key = new_database_key()
    ring.wrap("aidos", "s3cret-pass", key, KdfParams.fast())
    assert ring.unwrap("aidos", "s3cret-pass") == key
    assert ring.unwrap("aidos", "s3cret-pasS") is None
    assert ring.unwrap("nobody", "s3cret-pass") is None


def test_wrapped_key_is_bound_to_its_login():
    ring = Keyring(db_id="db-1", entries={})
    key = new_database_key()
    ring.wrap("aidos", "pw-123456", key, KdfParams.fast())
    ring.entries["other"] = ring.entries["aidos"]  # copied entry must not work for another login
    assert ring.unwrap("other", "pw-123456") is None


def test_key_file_never_holds_the_key_in_clear(store, db_path):
    text = keyring_path(db_path).read_text()
    assert store.key.hex() not in text
    import base64

    assert base64.b64encode(store.key).decode() not in text


def test_changing_password_rewraps_without_reencrypting(store, db_path, kdf):
    change_password(db_path, "aidos", PASSWORD, "new password 1", "new password 1", kdf=kdf)
    with pytest.raises(StoreError) as err:
        unlock(db_path, "aidos", PASSWORD)
    assert err.value.code == "wrong_password"
    again = unlock(db_path, "aidos", "new password 1")
    assert again.key == store.key  # the same database key: nothing was re-encrypted
    session = again.session()
    actions = [r[0] for r in session.db.execute("SELECT action FROM audit ORDER BY seq")]
    session.close()
    assert "officer.password" in actions


def test_damaged_key_file_is_reported(store, db_path):
    keyring_path(db_path).write_text("{not json")
    with pytest.raises(StoreError) as err:
        unlock(db_path, "aidos", PASSWORD)
    assert err.value.code == "keyring_corrupt"
    assert "повреждён" in err.value.message("ru")
