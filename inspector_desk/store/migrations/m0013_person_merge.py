"""One IIN, one person — kept by the program, not the index, so sync can bring a second
record of the same person (registered on two devices while offline) without refusing it.
``services.person_merge.merge_same_iin`` then merges them the same way on every device;
``merged_into`` names the record a merged one went into.
"""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "DROP INDEX IF EXISTS persons_iin",
    "CREATE INDEX persons_iin ON persons(iin) WHERE deleted_at IS NULL AND iin IS NOT NULL",
    "ALTER TABLE persons ADD COLUMN merged_into TEXT",
]
