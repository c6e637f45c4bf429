"""Column sets shared by migrations: every synced table carries the same record columns."""

#: id (UUIDv7 from the device), server version (0 = never synced), HLC stamp, author,
#: device and tombstone.
SYNC_COLUMNS = """
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    device_id TEXT NOT NULL,
    deleted_at TEXT
"""

#: The names of the record columns, which services fill in and callers never pass.
SYNC_COLUMN_NAMES = ("id", "version", "updated_at", "updated_by", "device_id", "deleted_at")
