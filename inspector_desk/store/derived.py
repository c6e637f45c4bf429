"""Local tables derived from synced ones, written in bulk for the rows a pull inserts.

A pull inserts thousands of rows at once. A trigger that fills a derived table row by row
(a person's ~12 search terms, each into a random place of ``person_terms``) cost most of
an initial pull; while sync applies server records such triggers stand aside (migration
0019) and the pull calls :func:`rows_inserted` with the new rows' ids instead — one sorted
``INSERT … SELECT`` writing exactly what the trigger would have — or, for a first pull into
an empty table, :func:`all_rows` once at its end (``store.bulk_load``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from inspector_desk.store.migrations.m0009_register_search import TERMS, _words


def _person_terms(which: str) -> str:
    """The search terms (as the trigger writes them) of the live persons ``which`` selects
    (a condition on ``p``, with at most one ``?``). The words are split once (a
    materialized CTE; splitting them for each term kind took 1.2–1.35× the time at
    32,500 persons), the terms sorted before they go in."""
    words = ("SELECT p.rowid AS r, p.search_key AS k, value AS v FROM persons p, "
             f"{_words('p')} WHERE value <> '' AND p.deleted_at IS NULL AND {which}")
    return ("INSERT OR IGNORE INTO person_terms (term, key, rid) SELECT t, k, r FROM ("
            f"WITH w AS MATERIALIZED ({words}) "
            + " UNION ALL ".join(f"SELECT {term.replace('value', 'v')} AS t, k, r FROM w"
                                 for term in TERMS)
            + ") ORDER BY 1, 2, 3")


#: synced table → (its derived rows of the ids in a JSON array given as one parameter,
#: its derived rows of every row)
BUILDERS = {"persons": (_person_terms("p.id IN (SELECT value FROM json_each(?))"),
                        _person_terms("1"))}


def rows_inserted(db, entity: str, ids: Sequence[str]) -> None:
    """Write the derived rows of the rows ``ids`` of ``entity`` just inserted while
    ``sync_applying`` held its row (nothing for a table without derived rows)."""
    builder = BUILDERS.get(entity)
    if builder is None or not ids:
        return
    db.execute(builder[0], [json.dumps(list(ids))])


def all_rows(db, entity: str) -> None:
    """Write the derived rows of every row of ``entity`` (those already there stay)."""
    builder = BUILDERS.get(entity)
    if builder is not None:
        db.execute(builder[1])
