"""Default locations of the per-user database files."""

from __future__ import annotations

from pathlib import Path


def data_dir() -> Path:
    """The per-user data folder (created if missing)."""
    from platformdirs import user_data_dir

    path = Path(user_data_dir("inspector-desk", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The precinct database this device uses unless told otherwise."""
    return data_dir() / "precinct.idb"


def demo_db_path() -> Path:
    """Where the demo precinct offered on first start is created."""
    return data_dir() / "demo.idb"
