"""Protocol forms the department publishes through sync (issue 6: reference tables flow
from the server). One row per form version: ``id`` is the file name
``<form>.v<version>.toml``, ``source`` its TOML text. Devices only read it; a version the
program ships is never replaced (see ``FormRegistry.read_published``).
"""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    """CREATE TABLE form_definitions (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        device_id TEXT NOT NULL,
        deleted_at TEXT,
        form_id TEXT NOT NULL,
        form_version INTEGER NOT NULL,
        source TEXT NOT NULL)""",
]
