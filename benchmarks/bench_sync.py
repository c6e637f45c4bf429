"""Sync benchmarks (issue 6): loopback SQLite server.

* 5,000 changed records pushed by device A and pulled by device B (bar ≤ 0.3 s);
* initial pull of a 50,000-record precinct (bar ≤ 2 s).

Run: ``.venv/bin/python benchmarks/bench_sync.py``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector_desk.domain.ids import new_id  # noqa: E402
from inspector_desk.services.accounts import NewOfficer, create_database  # noqa: E402
from inspector_desk.store.keyring import KdfParams  # noqa: E402
from inspector_desk.sync.client import SyncClient  # noqa: E402
from inspector_desk.sync.server.app import create_app  # noqa: E402
from inspector_desk.sync.server.storage_sqlite import SqliteStorage  # noqa: E402
from tests.sync.conftest import start_server  # noqa: E402


def device(tmp: Path, name: str):
    return create_database(tmp / f"{name}.idb", officer=NewOfficer(full_name=name, login=f"dev_{name}"),
                           password="correct horse", precinct_name="P",
                           kdf=KdfParams.fast()).session()


def fill(session, n: int) -> None:
    pid = session.meta("precinct_id")
    with session.write() as tx:
        for i in range(n):
            tx.insert("officers", {"login": f"u{i}", "full_name": f"Фамилия Имя {i}",
                                   "rank": "лейтенант", "position": "помощник",
                                   "role": "assistant", "precinct_id": pid})
        tx.audit("bench.fill", "officers", None, f"{n} records")


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    storage = SqliteStorage(tmp / "server.sqlite")
    storage.migrate()
    url, server, _ = start_server(create_app(storage))
    a, b = device(tmp, "a"), device(tmp, "b")
    ca, cb = SyncClient(a, url=url, batch_ops=5000, batch_bytes=8 << 20), SyncClient(b, url=url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    cb.sync(token=storage.issue_token("Қарасу №7"))
    fill(a, 5000)
    t0 = time.perf_counter()
    pushed = ca.push()
    t1 = time.perf_counter()
    pulled = cb.pull()
    t2 = time.perf_counter()
    print(f"5,000 records: push {t1 - t0:.3f} s ({pushed} ops) + pull {t2 - t1:.3f} s "
          f"({pulled} records) = {t2 - t0:.3f} s (bar 0.3 s)")
    # initial pull of a 50,000-record precinct
    dev = storage.authenticate(a.device_id, a.db.execute(
        "SELECT value FROM sync_state WHERE key='device_secret'").fetchone()[0])
    for start in range(0, 45000, 5000):
        storage.push(dev, [{"op_id": new_id(), "entity": "officers", "id": new_id(),
                            "op": "insert", "base_version": 0, "old": {},
                            "hlc": "2026-06-01T10:00:00.000Z/0000", "officer_id": None,
                            "fields": {"login": f"x{start + i}", "full_name": f"Х {start + i}",
                                       "rank": "", "position": "", "role": "assistant",
                                       "precinct_id": dev.precinct_id}}
                           for i in range(5000)])
    c = device(tmp, "c")
    cc = SyncClient(c, url=url, page_size=10000)
    cc.enrol(storage.issue_token("Қарасу №7"))
    t0 = time.perf_counter()
    n = cc.pull()
    t1 = time.perf_counter()
    print(f"initial pull: {n} records in {t1 - t0:.3f} s (bar 2 s)")
    server.should_exit = True


if __name__ == "__main__":
    main()
