"""Opening the store: bad passwords and foreign, damaged or newer files change nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from inspector_desk.services.accounts import unlock
from inspector_desk.store import migrations
from inspector_desk.store.errors import StoreError
from inspector_desk.store.keyring import keyring_path
from tests.conftest import PASSWORD


def _digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in paths]


def _files(db_path: Path) -> list[Path]:
    return [db_path, keyring_path(db_path), db_path.with_name(db_path.name + "-wal")]


def _checkpointed(store) -> None:
    s = store.session()
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()


def test_store_is_encrypted_wal_with_foreign_keys(store, db_path):
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()
    s = store.session()
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    s.close()


def test_wrong_password_is_refused_and_changes_nothing(store, db_path):
    _checkpointed(store)
    before = _digest(*_files(db_path))
    for attempt in ("wrong", "", PASSWORD + " "):
        with pytest.raises(StoreError) as err:
            unlock(db_path, "aidos", attempt)
        assert err.value.code == "wrong_password"
        assert err.value.message("kk") == "Логин немесе құпиясөз қате."
    assert _digest(*_files(db_path)) == before


def test_unknown_login_is_refused_like_a_wrong_password(store, db_path):
    with pytest.raises(StoreError) as err:
        unlock(db_path, "intruder", PASSWORD)
    assert err.value.code == "wrong_password"


def test_plain_sqlite_file_is_named_as_such(tmp_path):
    path = tmp_path / "plain.idb"
    sqlite3.connect(path).execute("CREATE TABLE t (a)")
    keyring_path(path).write_text('{"format": "inspector-desk.keyring", "db_id": "x", "officers": {}}')
    before = _digest(path)
    with pytest.raises(StoreError) as err:
        unlock(path, "aidos", PASSWORD)
    assert err.value.code in ("plain_sqlite", "wrong_password")
    from inspector_desk.store.db import connect

    with pytest.raises(StoreError) as err:
        connect(path, b"\0" * 32)
    assert err.value.code == "plain_sqlite"
    assert _digest(path) == before


def test_foreign_or_damaged_file_is_refused_untouched(store, db_path, tmp_path):
    """A key file from one database beside another file: a clear error, file unchanged."""
    foreign = tmp_path / "foreign.idb"
    foreign.write_bytes(b"\x13\x37" * 40_000)
    keyring_path(foreign).write_bytes(keyring_path(db_path).read_bytes())
    before = _digest(foreign)
    with pytest.raises(StoreError) as err:
        unlock(foreign, "aidos", PASSWORD)
    assert err.value.code == "not_a_database"
    assert "Ничего не изменено" in err.value.message("ru")
    assert _digest(foreign) == before


def test_missing_key_file_is_explained(store, db_path):
    keyring_path(db_path).unlink()
    with pytest.raises(StoreError) as err:
        unlock(db_path, "aidos", PASSWORD)
    assert err.value.code == "keyring_missing"


def test_newer_database_is_refused_naming_the_version_needed(store, db_path):
    s = store.session()
    newer = migrations.latest_version() + 5
    with s.write() as tx:
        tx.execute_local("UPDATE meta SET value = '9.4.0' WHERE key = 'schema_app_version'")
        tx.audit("test.bump", "meta", None, "simulate a newer program")
    s.db.execute(f"PRAGMA user_version = {newer}")
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    before = _digest(*_files(db_path))
    with pytest.raises(StoreError) as err:
        unlock(db_path, "aidos", PASSWORD)
    assert err.value.code == "newer_version"
    assert "9.4.0" in err.value.message("en")
    assert "9.4.0" in err.value.message("kk")
    assert _digest(*_files(db_path)) == before


def test_pending_migration_backs_up_the_file_first(store, db_path, monkeypatch):
    _checkpointed(store)
    original = migrations.all_migrations()
    current = original[-1].number
    applied: list[int] = []

    class Extra:
        SINCE_APP = "0.1.1"

        @staticmethod
        def apply(db):
            db.execute("CREATE TABLE extra_thing (id TEXT PRIMARY KEY)")
            applied.append(1)

    extra = migrations.Migration(current + 1, "extra", "0.1.1", Extra)
    monkeypatch.setattr(migrations, "all_migrations", lambda: [*original, extra])
    before = db_path.read_bytes()
    upgraded = unlock(db_path, "aidos", PASSWORD)
    backup = db_path.with_name(f"{db_path.name}.v{current}.bak")
    assert backup.read_bytes() == before
    s = upgraded.session()
    assert s.db.execute("PRAGMA user_version").fetchone()[0] == current + 1
    assert "extra_thing" in s.db.table_names()
    s.close()
    assert applied == [1]


def test_failed_migration_leaves_the_previous_schema(store, db_path, monkeypatch):
    original = migrations.all_migrations()
    current = original[-1].number

    class Broken:
        SINCE_APP = "0.1.1"

        @staticmethod
        def apply(db):
            db.execute("CREATE TABLE half_done (id TEXT)")
            raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "all_migrations",
                        lambda: [*original, migrations.Migration(current + 1, "broken", "0.1.1",
                                                                 Broken)])
    with pytest.raises(RuntimeError):
        unlock(db_path, "aidos", PASSWORD)
    monkeypatch.setattr(migrations, "all_migrations", lambda: original)
    s = unlock(db_path, "aidos", PASSWORD).session()
    assert s.db.execute("PRAGMA user_version").fetchone()[0] == current
    assert "half_done" not in s.db.table_names()
    s.close()


def test_a_migration_numbered_below_the_newest_applied_still_runs(store, db_path, monkeypatch):
    """Features land in any order: a missing lower-numbered migration is applied too."""
    original = migrations.all_migrations()
    newest = original[-1].number

    class Late:
        SINCE_APP = "0.1.1"

        @staticmethod
        def apply(db):
            db.execute("CREATE TABLE landed_late (id TEXT PRIMARY KEY)")

    late = migrations.Migration(newest + 1, "late", "0.1.1", Late)

    class Later:
        SINCE_APP = "0.1.1"

        @staticmethod
        def apply(db):
            db.execute("CREATE TABLE landed_first (id TEXT PRIMARY KEY)")

    later = migrations.Migration(newest + 2, "later", "0.1.1", Later)
    monkeypatch.setattr(migrations, "all_migrations", lambda: [*original, later])
    unlock(db_path, "aidos", PASSWORD)
    monkeypatch.setattr(migrations, "all_migrations", lambda: [*original, late, later])
    s = unlock(db_path, "aidos", PASSWORD).session()
    assert {"landed_late", "landed_first"} <= set(s.db.table_names())
    assert s.db.execute("PRAGMA user_version").fetchone()[0] == newest + 2
    s.close()
