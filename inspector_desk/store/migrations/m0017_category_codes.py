"""Two live register categories may share a code on a device.

Categories are the department's reference records: supervisors of two districts (or a
supervisor and the department) may add a category under the same code offline. The unique
index refused the later one on pull, and the entries that precincts put on it were stored
pointing at a category this device did not have. The services still refuse a code already
in use here; of two that arrive by sync the one created first (the smaller id) stands, and
each precinct's device moves its own entries to it (``register.settle_category_codes``).
"""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "DROP INDEX IF EXISTS register_categories_code",
    "CREATE INDEX register_categories_code ON register_categories(code) "
    "WHERE deleted_at IS NULL",
]
