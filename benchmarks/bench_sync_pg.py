"""PostgreSQL server: 50 devices pushing concurrently over HTTP (bar ≥ 2,000 applied ops/s).

Needs ``INSPECTOR_DESK_PG_DSN`` (else starts ``.ci/postgres``). Each device has its own
precinct and pushes batches of new records through the real app on uvicorn, from 50
client threads in this process. Two server set-ups are measured in the same run:
the app in a thread of this process (as the tests run it) and two uvicorn server
processes on one socket (as ``uvicorn --workers 2`` would run it). The durability settings of the
PostgreSQL cluster are printed: ``.ci/postgres`` runs with ``fsync=off``.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402

from benchmarks.common import machine  # noqa: E402
from inspector_desk.domain.ids import new_id  # noqa: E402
from inspector_desk.sync import wire  # noqa: E402
from inspector_desk.sync.server.app import create_app  # noqa: E402
from tests.sync.conftest import fresh_pg, start_server  # noqa: E402

DEVICES, BATCHES, OPS = 50, 8, 200
BAR = 2000
WORKERS = int(os.environ.get("INSPECTOR_DESK_BENCH_WORKERS", "2"))


def settings(dsn: str) -> str:
    with psycopg.connect(dsn) as conn:
        return ", ".join(f"{name}={conn.execute(f'SHOW {name}').fetchone()[0]}"
                         for name in ("fsync", "synchronous_commit", "full_page_writes"))


def prepare(dsn: str):
    storage = fresh_pg(dsn)
    storage.migrate()
    creds = []
    for i in range(DEVICES):
        ans = storage.enrol(storage.issue_token(f"Участок {i}"), new_id())
        creds.append(f"Device {ans['device_id']}:{ans['secret']}")
    # protocol-2 op arrays (wire.OP_ROW order), as the devices send them
    bodies = [[wire.encode_body({"ops": [
        [new_id(), "persons", new_id(), "insert", 0, "2026-06-01T10:00:00.000Z/0000", None,
         {"last_name": f"Фамилия {b}-{k}", "first_name": "Имя", "notes": ""}, {}]
        for k in range(OPS)]}) for b in range(BATCHES)] for _ in range(DEVICES)]
    return storage, creds, bodies


def hammer(url: str, creds: list[str], bodies) -> tuple[int, float]:
    applied = [0] * DEVICES
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            with httpx.Client(base_url=url, timeout=120) as c:
                for content, headers in bodies[i]:
                    r = c.post("/v1/push", content=content,
                               headers={**headers, "Authorization": creds[i]})
                    r.raise_for_status()
                    # protocol 2: a clean "applied" answer is its version number
                    applied[i] += sum(1 for x in r.json()["results"]
                                      if type(x) is int or x["status"] == "applied")
        except BaseException as exc:  # noqa: BLE001 - reported after the run
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(DEVICES)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    if errors:
        raise errors[0]
    return sum(applied), elapsed


def in_process(dsn: str) -> tuple[int, float]:
    storage, creds, bodies = prepare(dsn)
    storage._size = 16
    url, server, _ = start_server(create_app(storage))
    try:
        return hammer(url, creds, bodies)
    finally:
        server.should_exit = True
        storage.close()


def _worker(sock: socket.socket, dsn: str) -> None:
    import uvicorn

    os.environ["INSPECTOR_DESK_STORE"] = dsn
    from inspector_desk.sync.server import asgi_app

    config = uvicorn.Config(asgi_app(), log_level="warning", lifespan="off", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


def workers(dsn: str, n: int) -> tuple[int, float]:
    """``n`` uvicorn server processes on one listening socket (what ``uvicorn --workers``
    does; its own socket is made with proto 0, on which asyncio does not set TCP_NODELAY,
    so every answer would wait ~40 ms for a delayed ACK)."""
    storage, creds, bodies = prepare(dsn)
    storage.close()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(256)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_worker, args=(sock, dsn), daemon=True) for _ in range(n)]
    for proc in procs:
        proc.start()
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/v1/hello", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server workers did not start")
            time.sleep(0.2)
        time.sleep(1.0)
        return hammer(url, creds, bodies)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.join(20)
        sock.close()


def main() -> None:
    dsn = os.environ.get("INSPECTOR_DESK_PG_DSN") or subprocess.run(
        [str(ROOT / ".ci/postgres"), "start"], capture_output=True, text=True, check=True
    ).stdout.strip().rsplit("=", 1)[1]
    print(machine())
    print(f"PostgreSQL cluster: {settings(dsn)}")
    for label, fn in (("app in this process (1 event loop)", lambda: in_process(dsn)),
                      (f"{WORKERS} uvicorn worker processes", lambda: workers(dsn, WORKERS))):
        total, elapsed = fn()
        rate = total / elapsed
        print(f"PostgreSQL, {DEVICES} devices, {label}: {total} ops applied in {elapsed:.2f} s "
              f"= {rate:.0f} ops/s (bar {BAR:,}) {'OK' if rate >= BAR else 'MISSED'}",
              flush=True)


if __name__ == "__main__":
    main()
