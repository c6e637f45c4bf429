"""The columns of a table that cost more to set than the row itself.

SQLite rewrites an index entry for every index whose columns an ``UPDATE`` names, and
runs an ``UPDATE OF`` trigger whenever the statement names one of its columns — even
when the new value equals the old one. A pulled record carries all its fields, mostly
unchanged: leaving the unchanged columns of this set out of the ``UPDATE`` writes the
same row in half the time for the register's persons (five indexes; docs/benchmarks.md).
"""

from __future__ import annotations

import re

_UPDATE_OF = re.compile(r"\bUPDATE\s+OF\s+(.+?)\s+ON\s", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def indexed_columns(db, table: str) -> tuple[str, ...]:
    """The columns of ``table`` (a trusted name) that an index uses — as a key, in an
    expression or in a partial index's condition — or that an ``UPDATE OF`` trigger names,
    in table order.
    ``db``: a DB-API connection to SQLite (or an object with its ``execute``)."""
    cols = [r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()]
    found: set[str] = set()
    for row in db.execute(f"PRAGMA index_list([{table}])").fetchall():
        index = row[1]
        found.update(r[2] for r in db.execute(f"PRAGMA index_info([{index}])").fetchall()
                     if r[2] is not None)
        # an expression key or a partial index's condition: every column its text names
        # (a superset is safe: such a column is then always set)
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                         [index]).fetchone()
        if sql and sql[0]:
            found.update(_WORD.findall(sql[0]))
    for (sql,) in db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                             "AND tbl_name = ?", [table]).fetchall():
        match = _UPDATE_OF.search(sql or "")
        if match:
            found.update(_WORD.findall(match.group(1)))
    return tuple(c for c in cols if c in found)
