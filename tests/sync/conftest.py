"""Sync fixtures: a real uvicorn server on loopback, both storage engines, devices.

``storage`` is parametrized over SQLite and PostgreSQL, so every test that uses it runs
against both engines. PostgreSQL comes from ``INSPECTOR_DESK_PG_DSN``, else a throwaway
cluster started by ``.ci/postgres start`` (never skipped).
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENGINES = ("sqlite", "postgres")


@pytest.fixture(scope="session")
def pg_dsn() -> str:
    dsn = os.environ.get("INSPECTOR_DESK_PG_DSN")
    if not dsn:
        out = subprocess.run([str(ROOT / ".ci" / "postgres"), "start"], capture_output=True,
                             text=True, check=True, timeout=120)
        dsn = out.stdout.strip().rsplit("=", 1)[1]
        os.environ["INSPECTOR_DESK_PG_DSN"] = dsn
    return dsn


def fresh_pg(dsn: str):
    import psycopg

    from inspector_desk.sync.server.storage_postgres import PostgresStorage

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return PostgresStorage(dsn)


def make_storage(engine: str, tmp_path: Path, request):
    if engine == "sqlite":
        from inspector_desk.sync.server.storage_sqlite import SqliteStorage

        storage = SqliteStorage(tmp_path / "server.sqlite")
    else:
        storage = fresh_pg(request.getfixturevalue("pg_dsn"))
    storage.migrate()
    return storage


@pytest.fixture(params=ENGINES)
def storage(request, tmp_path):
    s = make_storage(request.param, tmp_path, request)
    s.engine = request.param
    yield s
    s.close()


@pytest.fixture
def sqlite_storage(tmp_path):
    from inspector_desk.sync.server.storage_sqlite import SqliteStorage

    s = SqliteStorage(tmp_path / "server.sqlite")
    s.migrate()
    s.engine = "sqlite"
    yield s
    s.close()


@dataclass
class LiveServer:
    url: str
    app: object

    def use(self, storage) -> LiveServer:
        self.app.state.storage = storage
        return self


def start_server(app) -> tuple[str, object, threading.Thread]:
    import uvicorn

    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on such sockets, and without
    # it every answer waits ~40 ms for a delayed ACK (headers and body are two writes)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    return f"http://127.0.0.1:{port}", server, thread


@pytest.fixture(scope="session")
def live_server():
    from inspector_desk.sync.server.app import create_app

    app = create_app(None)
    url, server, thread = start_server(app)
    yield LiveServer(url, app)
    server.should_exit = True
    thread.join(5)


@pytest.fixture
def server(live_server, storage):
    return live_server.use(storage)


@pytest.fixture
def make_device(tmp_path, kdf):
    """make_device(name, precinct=..., login=...) → an unlocked store of a new device."""
    from inspector_desk.services.accounts import NewOfficer, create_database

    made = []

    def make(name: str = "a", *, precinct: str = "Қарасу №7", login: str | None = None,
             role: str = "inspector"):
        store = create_database(
            tmp_path / f"{name}.idb",
            officer=NewOfficer(full_name=f"Officer {name}", login=login or f"off_{name}",
                               role=role),
            password="correct horse", precinct_name=precinct, kdf=kdf)
        made.append(store)
        return store

    return make
