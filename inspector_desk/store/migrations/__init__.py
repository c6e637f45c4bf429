"""Numbered schema migrations, applied in order, each in its own transaction.

Each migration module ``mNNNN_name.py`` defines ``SINCE_APP`` (the first app version that
knows it) and ``apply(db)``. The file is backed up before the first pending migration runs.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import sqlite_utils

from inspector_desk import __version__
from inspector_desk.store.db import schema_version
from inspector_desk.store.errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    number: int
    name: str
    since_app: str
    module: ModuleType


def all_migrations() -> list[Migration]:
    """Every migration shipped with this version, in order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append(Migration(int(info.name[1:5]), info.name[6:], module.SINCE_APP, module))
    found.sort(key=lambda m: m.number)
    return found


def latest_version() -> int:
    """The newest schema version this program knows."""
    return all_migrations()[-1].number


def check_not_newer(db: sqlite_utils.Database) -> None:
    """Refuse (without writing) a database whose schema is newer than this program knows."""
    current = schema_version(db)
    unknown = _applied(db) - {m.number for m in all_migrations()}
    if current > latest_version() or unknown:
        needed = "?"
        if "meta" in db.table_names():
            row = db.execute("SELECT value FROM meta WHERE key = 'schema_app_version'").fetchone()
            needed = row[0] if row else "?"
        raise StoreError("newer_version", schema=current, needed=needed, version=__version__)


def _applied(db: sqlite_utils.Database) -> set[int]:
    """Numbers of the migrations recorded in the file (a migration numbered lower than the
    newest applied one still runs if it is missing: features land in any order)."""
    if "schema_migrations" not in db.table_names():
        return set()
    return {row[0] for row in db.execute("SELECT number FROM schema_migrations")}


def backup_before_migrating(db: sqlite_utils.Database, path: Path, current: int) -> Path:
    """Copy the (encrypted) file aside before migrating from ``current``; returns the copy."""
    target = path.with_name(f"{path.name}.v{current}.bak")
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, target)
    except OSError as exc:
        raise StoreError("backup_failed", detail=exc.strerror or str(exc)) from exc
    return target


def _finish_bulk_load(db: sqlite_utils.Database) -> None:
    """A first pull cut short left indexes dropped (``store.bulk_load``): recreate them as
    recorded before a migration changes the schema they were recorded on (one dropping an
    index would otherwise fail, or one changing it be undone afterwards)."""
    from inspector_desk.store import bulk_load

    if "sync_state" not in db.table_names():
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        bulk_load.finish(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def migrate(db: sqlite_utils.Database, path: Path | None = None) -> list[int]:
    """Apply pending migrations; returns the numbers applied. Backs up first when ``path``."""
    check_not_newer(db)
    current = schema_version(db)
    applied = _applied(db)
    pending = [m for m in all_migrations() if m.number not in applied]
    if not pending:
        return []
    if path is not None and current > 0:
        backup_before_migrating(db, path, current)
    _finish_bulk_load(db)
    for migration in pending:
        db.execute("BEGIN IMMEDIATE")
        try:
            migration.module.apply(db)
            db.execute(
                "INSERT INTO schema_migrations (number, name, app_version, applied_at) "
                "VALUES (?, ?, ?, datetime('now'))",
                [migration.number, migration.name, __version__],
            )
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_app_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [migration.since_app],
            )
            db.execute(f"PRAGMA user_version = {max(migration.number, schema_version(db))}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return [m.number for m in pending]
