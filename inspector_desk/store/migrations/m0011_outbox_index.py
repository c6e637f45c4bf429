"""Outbox indexes hold only the ops still to send (issue 6, sync speed).

Confirmed ops (``applied``, ``conflict``, ``rejected``) stay in the outbox for history,
but nothing looks them up by state; the indexes on ``state`` grew with every op ever
written and every confirmation rewrote two index entries per op. The partial indexes
below hold only ``pending``/``sent`` ops: a confirmation just drops the entries, the next
batch is read in ``seq`` order straight from the index (no sort), and a pulled page's
lookup of locally pending fields searches only the pending ops. A query uses them when
its ``WHERE`` contains ``state IN ('pending','sent')`` literally.
"""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "DROP INDEX IF EXISTS outbox_state",
    "DROP INDEX IF EXISTS outbox_entity",
    "CREATE INDEX outbox_pending ON outbox(seq) WHERE state IN ('pending','sent')",
    "CREATE INDEX outbox_pending_entity ON outbox(entity, entity_id) "
    "WHERE state IN ('pending','sent')",
]
