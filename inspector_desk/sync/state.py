"""This device's sync state (``sync_state``: server address, secret, role, cursor, last
sync): small key-value reads and writes, importable without the HTTP client."""

from __future__ import annotations


def state_get(db, key: str) -> str | None:
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _state_set(db, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM sync_state WHERE key = ?", [key])
    else:
        db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) "
                   "DO UPDATE SET value = excluded.value", [key, value])
