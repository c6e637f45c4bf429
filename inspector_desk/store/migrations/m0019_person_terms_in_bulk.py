"""Search terms of the persons a pull inserts are written in bulk, not by the trigger.

An initial pull of the large demo precinct spent most of its time inserting persons, and
most of that in ``person_terms_insert``: each person's ~12 terms go row by row into random
places of ``person_terms``. While sync applies server records (``sync_applying``, migration
0015) the trigger now stands aside, and the pull writes the terms of the persons it
inserted in one sorted ``INSERT … SELECT`` (``store.derived.rows_inserted``): the same
rows, ~0.6× the time. Updates and deletes keep their triggers (a pull rarely changes a
name).
"""

from inspector_desk.store.migrations.m0009_register_search import _terms_of

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "DROP TRIGGER person_terms_insert",
    f"""CREATE TRIGGER person_terms_insert AFTER INSERT ON persons
        WHEN new.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT OR IGNORE INTO person_terms (term, key, rid)
            SELECT t, new.search_key, new.rowid FROM ({_terms_of("new")});
    END""",
]
