"""A login names an officer on this device, not in the department: a device that pulls the
precinct can hold another device's officer under the same login (an inspector's new laptop
set up with the login of the old one). Without the unique index that record is stored
instead of refused — with the names of who made the old records; the officer a login
unlocks on this device is kept in ``meta`` as ``officer:<login>``.
"""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "DROP INDEX IF EXISTS officers_login",
    "CREATE INDEX officers_login ON officers(login) WHERE deleted_at IS NULL",
    "INSERT OR REPLACE INTO meta (key, value) SELECT 'officer:' || login, id FROM officers "
    "WHERE deleted_at IS NULL",
]
