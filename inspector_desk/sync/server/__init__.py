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


def asgi_app():
    """The app over the store named by ``INSPECTOR_DESK_STORE`` — an ASGI factory for
    running several uvicorn workers (``uvicorn --factory --workers N
    inspector_desk.sync.server:asgi_app``); ``INSPECTOR_DESK_ALLOW_PLAIN_HTTP=1`` as the
    ``serve`` option."""
    import os

    from inspector_desk.sync.server.app import create_app

    return create_app(open_storage(os.environ["INSPECTOR_DESK_STORE"]),
                      allow_plain_http=os.environ.get("INSPECTOR_DESK_ALLOW_PLAIN_HTTP") == "1")
