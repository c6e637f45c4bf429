"""The values SQLite gives the columns an ``INSERT`` leaves out.

A record created on a device is sent with these values, so the server's record is the
row as stored: every device then holds the same value for a field nobody has set yet,
and a later edit of it is based on a value the server knows (docs/sync.md, "Records").
"""

from __future__ import annotations

from typing import Any

#: defaults that change with time: not a value to send (none in the schema today)
_VARYING = ("CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP")


def column_defaults(db, table: str) -> dict[str, Any]:
    """Column → value for every column of ``table`` (a trusted name) with a constant,
    non-NULL ``DEFAULT``, in table order. ``db``: a DB-API connection to SQLite (or an
    object with its ``execute``)."""
    found: dict[str, Any] = {}
    for row in db.execute(f"PRAGMA table_info([{table}])").fetchall():
        name, default = row[1], row[4]
        if default is None or default.strip().upper() in _VARYING or "(" in default:
            continue  # no default, or one computed at insert time
        (value,) = db.execute(f"SELECT {default}").fetchone()
        if value is not None:
            found[name] = value
    return found
