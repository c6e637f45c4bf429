"""Shared fixtures: a fresh encrypted database through the real migrations for every test.

Qt runs offscreen, and per-user folders (QSettings, the data folder) point into a
temporary directory so tests never touch the developer's own files.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="inspector-desk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.pop("INSPECTOR_DESK_DB", None)
os.environ.pop("INSPECTOR_DESK_PASSWORD", None)

PASSWORD = "correct horse"


@pytest.fixture
def kdf():
    from inspector_desk.store.keyring import KdfParams

    return KdfParams.fast()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "precinct.idb"


@pytest.fixture
def store(db_path: Path, kdf):
    """An unlocked, freshly created precinct database (officer ``aidos``, an inspector)."""
    from inspector_desk.services.accounts import NewOfficer, create_database

    return create_database(
        db_path,
        officer=NewOfficer(full_name="Сейтқали Айдос Бауыржанұлы", login="aidos",
                           rank="полиция капитаны", position="учаскелік полиция инспекторы"),
        password=PASSWORD,
        precinct_name="Қарасу №7",
        kdf=kdf,
    )


@pytest.fixture
def session(store):
    s = store.session()
    yield s
    s.close()
