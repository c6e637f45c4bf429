"""Officer accounts and unlocking: create a precinct database, unlock it, manage passwords.

The database key is random; each officer's password wraps it in the key file beside the
database (see :mod:`inspector_desk.store.keyring`). :class:`UnlockedStore` holds the key
in memory while the program is unlocked and opens one :class:`Session` per thread.
"""

from __future__ import annotations

from pathlib import Path

from inspector_desk import __version__
from inspector_desk.domain.ids import new_id
from inspector_desk.services.officer_form import (  # noqa: E402,F401 - re-exported
    MANAGING_ROLES,
    MIN_PASSWORD,
    ROLES,
    AccountError,
    NewOfficer,
    UnlockThrottle,
    validate_new_officer,
)
from inspector_desk.services.session import Actor, Session
from inspector_desk.store import bulk_load
from inspector_desk.store import db as store_db
from inspector_desk.store.errors import StoreError
from inspector_desk.store.keyring import KdfParams, Keyring, keyring_path, new_database_key
from inspector_desk.store.migrations import check_not_newer, migrate


class UnlockedStore:
    """An unlocked database: its path, key and the officer who unlocked it."""

    def __init__(self, path: Path, key: bytes, officer: Actor, device_id: str) -> None:
        self.path = path
        self._key: bytes | None = key
        self.actor = officer
        self.device_id = device_id

    def session(self) -> Session:
        """A new session on a new connection, for the calling thread."""
        if self._key is None:
            raise StoreError("wrong_password")
        db = store_db.connect(self.path, self._key)
        store_db.configure(db)
        return Session(db, device_id=self.device_id, actor=self.actor)

    @property
    def key(self) -> bytes | None:
        """The database key while unlocked (``None`` once locked)."""
        return self._key

    def lock(self) -> None:
        """Forget the key; sessions already open keep working until closed."""
        self._key = None

    @property
    def locked(self) -> bool:
        return self._key is None


def create_database(
    path: Path,
    *,
    officer: NewOfficer,
    password: str,
    precinct_name: str,
    district: str = "",
    kdf: KdfParams | None = None,
    min_password: int = MIN_PASSWORD,
) -> UnlockedStore:
    """Create an encrypted precinct database with its first officer; returns it unlocked.

    ``min_password`` is lowered only for the demo precinct, whose password is public.
    """
    validate_new_officer(officer, password, min_password=min_password)
    if not precinct_name.strip():
        raise AccountError("field_required", "precinct")
    if path.exists() or keyring_path(path).exists():
        raise StoreError("exists", path=str(path))
    key = new_database_key()
    db = store_db.create(path, key)
    try:
        store_db.configure(db)
        migrate(db)
        device_id = new_id()
        db_id = new_id()
        for k, v in (("device_id", device_id), ("db_id", db_id), ("created_by_app", __version__)):
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [k, v])
        officer_id = new_id()
        actor = Actor(officer_id, officer.login, officer.role, officer.full_name)
        session = Session(db, device_id=device_id, actor=actor)
        with session.write() as tx:
            precinct_id = tx.insert("precincts", {"name": precinct_name.strip(), "district": district})
            tx.insert(
                "officers",
                {"login": officer.login, "full_name": officer.full_name.strip(), "rank": officer.rank,
                 "position": officer.position, "role": officer.role, "precinct_id": precinct_id},
                record_id=officer_id,
            )
            tx.execute_local("INSERT INTO meta (key, value) VALUES ('precinct_id', ?)", [precinct_id])
            _remember_login(tx, officer.login, officer_id)
            tx.audit("database.create", "precincts", precinct_id, "precinct database created")
        keyring = Keyring(db_id=db_id, entries={})
        keyring.wrap(officer.login, password, key, kdf or KdfParams())
        keyring.save(path)
    except BaseException:
        db.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    db.close()
    return UnlockedStore(path, key, actor, device_id)


def unlock(path: Path, login: str, password: str) -> UnlockedStore:
    """Unlock ``path`` as ``login``; migrates an older schema (after a backup).

    :class:`StoreError` ``wrong_password`` for a wrong login or password, and the errors of
    :func:`inspector_desk.store.db.connect` for a foreign, damaged or newer file; in every
    failing case the database file is left untouched.
    """
    if not path.exists():
        raise StoreError("missing", path=str(path))
    keyring = Keyring.load(path)
    key = keyring.unwrap(login, password)
    if key is None:
        raise StoreError("wrong_password")
    db = store_db.connect(path, key)
    try:
        check_not_newer(db)
        store_db.configure(db)
        migrate(db, path)
        device_id = _meta(db, "device_id")
        officer_id = _officer_of_login(db, login)
        row = db.execute(
            "SELECT id, login, role, full_name FROM officers WHERE id = ? AND deleted_at IS NULL "
            "AND active = 1",
            [officer_id],
        ).fetchone()
        if row is None or device_id is None:
            raise StoreError("wrong_password")
        actor = Actor(officer_id=row[0], login=row[1], role=row[2], full_name=row[3])
        session = Session(db, device_id=device_id, actor=actor)
        session.record_access("session.unlock", "officers", actor.officer_id, "unlocked")
        if bulk_load.pending(db) is not None:  # a first pull was cut: its indexes now
            with session.write() as tx:
                bulk_load.finish(tx.db)
                tx.audit("sync.bulk_load_finish", "sync_state", None,
                         "indexes and search terms built at unlock")
        from inspector_desk.services import published_forms

        published_forms.install(db)  # forms the department published through sync
    finally:
        db.close()
    return UnlockedStore(path, key, actor, device_id)


def _meta(db, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _officer_of_login(db, login: str) -> str | None:
    """The id of the officer ``login`` unlocks on this device: the one created here under
    it (a pulled officer of another device may carry the same login; migration 0014)."""
    mapped = _meta(db, f"officer:{login}")
    if mapped is not None:
        return mapped
    row = db.execute("SELECT id FROM officers WHERE login = ? AND deleted_at IS NULL "
                     "ORDER BY id LIMIT 1", [login]).fetchone()
    return row[0] if row else None


def _remember_login(tx, login: str, officer_id: str) -> None:
    tx.execute_local("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     [f"officer:{login}", officer_id])


def add_officer(
    session: Session, store: UnlockedStore, officer: NewOfficer, password: str,
    kdf: KdfParams | None = None, min_password: int = MIN_PASSWORD,
) -> str:
    """Add an officer who can unlock this device with their own password; returns the id."""
    actor = session.actor
    if actor is None or actor.role not in MANAGING_ROLES:
        raise AccountError("not_allowed", role=actor.role if actor else "?")
    validate_new_officer(officer, password, min_password=min_password)
    taken = session.db.execute(
        "SELECT 1 FROM officers WHERE login = ? AND deleted_at IS NULL", [officer.login]
    ).fetchone()
    keyring = Keyring.load(store.path)
    if taken or officer.login in keyring.entries:
        raise AccountError("login_taken", "login", login=officer.login)
    key = store.key
    if key is None:
        raise StoreError("wrong_password")
    precinct_id = session.meta("precinct_id")
    with session.write() as tx:
        officer_id = tx.insert(
            "officers",
            {"login": officer.login, "full_name": officer.full_name.strip(), "rank": officer.rank,
             "position": officer.position, "role": officer.role, "precinct_id": precinct_id},
        )
        _remember_login(tx, officer.login, officer_id)
        tx.audit("officer.add", "officers", officer_id, f"officer added with role {officer.role}")
        keyring.wrap(officer.login, password, key, kdf or KdfParams())
        keyring.save(store.path)
    return officer_id


def change_password(path: Path, login: str, old: str, new: str, repeat: str | None = None,
                    kdf: KdfParams | None = None) -> None:
    """Re-wrap the database key under a new password (the data is not re-encrypted)."""
    if len(new) < MIN_PASSWORD:
        raise AccountError("password_short", "password", n=MIN_PASSWORD)
    if repeat is not None and repeat != new:
        raise AccountError("passwords_differ", "repeat")
    keyring = Keyring.load(path)
    key = keyring.unwrap(login, old)
    if key is None:
        raise StoreError("wrong_password")
    keyring.wrap(login, new, key, kdf or KdfParams())
    store = UnlockedStore(path, key, Actor("", login, ""), "")
    session = store.session()
    try:
        row = session.db.execute(
            "SELECT id, role, full_name FROM officers WHERE id = ?",
            [_officer_of_login(session.db, login)]).fetchone()
        session.actor = Actor(row[0], login, row[1], row[2])
        session.device_id = _meta(session.db, "device_id") or ""
        with session.write() as tx:
            tx.audit("officer.password", "officers", row[0], "password changed")
            keyring.save(path)
    finally:
        session.close()
