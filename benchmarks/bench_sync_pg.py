"""PostgreSQL server: 50 devices pushing concurrently over HTTP (bar ≥ 2,000 applied ops/s).

Needs ``INSPECTOR_DESK_PG_DSN`` (else starts ``.ci/postgres``). Each device has its own
precinct and pushes batches of new records through the real app on uvicorn.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from inspector_desk.domain.ids import new_id  # noqa: E402
from inspector_desk.sync import wire  # noqa: E402
from inspector_desk.sync.server.app import create_app  # noqa: E402
from tests.sync.conftest import fresh_pg, start_server  # noqa: E402

DEVICES, BATCHES, OPS = 50, 8, 200


def main() -> None:
    dsn = os.environ.get("INSPECTOR_DESK_PG_DSN") or subprocess.run(
        [str(ROOT / ".ci/postgres"), "start"], capture_output=True, text=True, check=True
    ).stdout.strip().rsplit("=", 1)[1]
    storage = fresh_pg(dsn)
    storage._size = 16
    storage.migrate()
    url, server, _ = start_server(create_app(storage))
    creds = []
    for i in range(DEVICES):
        ans = storage.enrol(storage.issue_token(f"Участок {i}"), new_id())
        creds.append(f"Device {ans['device_id']}:{ans['secret']}")
    bodies = [[wire.encode_body({"ops": [
        {"op_id": new_id(), "entity": "persons", "id": new_id(), "op": "insert", "old": {},
         "base_version": 0, "hlc": "2026-06-01T10:00:00.000Z/0000", "officer_id": None,
         "fields": {"last_name": f"Фамилия {b}-{k}", "first_name": "Имя", "notes": ""}}
        for k in range(OPS)]}) for b in range(BATCHES)] for _ in range(DEVICES)]
    applied = [0] * DEVICES

    def run(i: int) -> None:
        with httpx.Client(base_url=url, timeout=120) as c:
            for content, headers in bodies[i]:
                r = c.post("/v1/push", content=content,
                           headers={**headers, "Authorization": creds[i]})
                r.raise_for_status()
                applied[i] += sum(1 for x in r.json()["results"] if x["status"] == "applied")

    threads = [threading.Thread(target=run, args=(i,)) for i in range(DEVICES)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dt = time.perf_counter() - t0
    total = sum(applied)
    print(f"PostgreSQL, {DEVICES} devices: {total} ops applied in {dt:.2f} s = "
          f"{total / dt:.0f} ops/s (bar 2,000)")
    server.should_exit = True


if __name__ == "__main__":
    main()
