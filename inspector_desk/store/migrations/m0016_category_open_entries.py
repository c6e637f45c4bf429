"""A register category says whether its open entries follow its check interval.

A supervisor who changes a category's check interval may move the category's open entries
to the new interval. The entries belong to the precincts, and only a precinct's own
devices may change them, so the choice travels with the category
(``open_entries_follow``): every precinct's device moves its own open entries when it
pulls the category (``services.register.follow_category_intervals``, an after-pull hook).
An older program ignores the column (a pulled field it does not know is left out).
"""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "ALTER TABLE register_categories ADD COLUMN open_entries_follow INTEGER NOT NULL "
    "DEFAULT 0 CHECK (open_entries_follow IN (0, 1))",
]
