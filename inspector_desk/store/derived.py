"""Local tables derived from synced ones, written in bulk for the rows a pull inserts.

A pull inserts thousands of rows at once. A trigger that fills a derived table row by row
(a person's ~12 search terms, each into a random place of ``person_terms``) cost most of
an initial pull; while sync applies server records such triggers stand aside (migration
0019) and the pull calls :func:`rows_inserted` with the new rows' ids instead — one sorted
``INSERT … SELECT`` writing exactly what the trigger would have.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from inspector_desk.store.migrations.m0009_register_search import TERMS, _words

#: the search terms (as the trigger writes them) of the live persons whose ids are the JSON
#: array given once per term kind
_PERSON_TERMS = (
    "INSERT OR IGNORE INTO person_terms (term, key, rid) SELECT t, k, r FROM ("
    + " UNION ALL ".join(
        f"SELECT {term} AS t, p.search_key AS k, p.rowid AS r FROM persons p, {_words('p')} "
        "WHERE value <> '' AND p.deleted_at IS NULL "
        "AND p.id IN (SELECT value FROM json_each(?))" for term in TERMS)
    + ") ORDER BY 1, 2, 3")

#: synced table → (statement, how many times it takes the ids)
BUILDERS = {"persons": (_PERSON_TERMS, len(TERMS))}


def rows_inserted(db, entity: str, ids: Sequence[str]) -> None:
    """Write the derived rows of the rows ``ids`` of ``entity`` just inserted while
    ``sync_applying`` held its row (nothing for a table without derived rows)."""
    builder = BUILDERS.get(entity)
    if builder is None or not ids:
        return
    sql, times = builder
    db.execute(sql, [json.dumps(list(ids))] * times)
