"""The department sync server: an ASGI app over one storage interface, two engines.

Separate entry point (``inspector-desk serve``); the device-side core never imports it.
"""


def open_storage(url: str):
    """The storage named by ``sqlite:///PATH`` or ``postgresql://…`` (migrated)."""
    if url.startswith("sqlite:///"):
        from inspector_desk.sync.server.storage_sqlite import SqliteStorage

        storage = SqliteStorage(url[len("sqlite:///"):])
    elif url.startswith(("postgresql://", "postgres://")):
        from inspector_desk.sync.server.storage_postgres import PostgresStorage

        storage = PostgresStorage(url)
    else:
        raise ValueError("store must be sqlite:///PATH or postgresql://…")
    storage.migrate()
    return storage
