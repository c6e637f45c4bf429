"""Sync benchmarks (issue 6): loopback, SQLite server (real uvicorn, in-process thread).

* 5,000 changed records pushed by device A and pulled by device B (bar ≤ 0.3 s);
* initial pull of a 50,000-record precinct (bar ≤ 2 s).

Each measurement is repeated (``ROUNDS``); the median is compared with the bar, the best
is printed too, and the CPU time of the process (client and server) beside each round —
the machine is shared and noisy. Client and server share one process (and the GIL), as in
the test suite.

Run: ``.venv/bin/python benchmarks/bench_sync.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import machine  # noqa: E402
from inspector_desk.domain.ids import new_id  # noqa: E402
from inspector_desk.services.accounts import NewOfficer, create_database  # noqa: E402
from inspector_desk.store.keyring import KdfParams  # noqa: E402
from inspector_desk.sync.client import SyncClient  # noqa: E402
from inspector_desk.sync.server.app import create_app  # noqa: E402
from inspector_desk.sync.server.storage_sqlite import SqliteStorage  # noqa: E402
from tests.sync.conftest import start_server  # noqa: E402

ROUNDS = 3
PUSH_PULL_BAR, INITIAL_BAR = 0.3, 2.0


def device(tmp: Path, name: str):
    return create_database(tmp / f"{name}.idb",
                           officer=NewOfficer(full_name=name, login=f"dev_{name}"),
                           password="correct horse", precinct_name="P",
                           kdf=KdfParams.fast()).session()


def fill(session, n: int, tag: str = "u") -> None:
    pid = session.meta("precinct_id")
    with session.write() as tx:
        for i in range(n):
            tx.insert("officers", {"login": f"{tag}{i}", "full_name": f"Фамилия Имя {i}",
                                   "rank": "лейтенант", "position": "помощник",
                                   "role": "assistant", "precinct_id": pid})
        tx.audit("bench.fill", "officers", None, f"{n} records")


def verdict(samples: list[float], bar: float) -> str:
    med = statistics.median(samples)
    return (f"median {med:.3f} s, best {min(samples):.3f} s of {len(samples)} "
            f"(bar {bar} s) {'OK' if med <= bar else 'MISSED'}")


def main() -> None:
    print(machine())
    tmp = Path(tempfile.mkdtemp())
    storage = SqliteStorage(tmp / "server.sqlite")
    storage.migrate()
    url, server, _ = start_server(create_app(storage))
    a, b = device(tmp, "a"), device(tmp, "b")
    ca, cb = SyncClient(a, url=url, batch_ops=5000, batch_bytes=8 << 20), SyncClient(b, url=url)
    ca.sync(token=storage.issue_token("Қарасу №7"))
    cb.sync(token=storage.issue_token("Қарасу №7"))
    totals = []
    for r in range(ROUNDS):
        fill(a, 5000, f"u{r}_")
        c0, t0 = time.process_time(), time.perf_counter()
        pushed = ca.push()
        t1 = time.perf_counter()
        pulled = cb.pull()
        t2, c2 = time.perf_counter(), time.process_time()
        assert pushed == 5000 and pulled == 5000, (pushed, pulled)
        totals.append(t2 - t0)
        print(f"  round {r + 1}: push {t1 - t0:.3f} s + pull {t2 - t1:.3f} s = {t2 - t0:.3f} s "
              f"(CPU of client and server {c2 - c0:.3f} s)")
    print(f"5,000 changed records, push A + pull B: {verdict(totals, PUSH_PULL_BAR)}")
    # initial pull of a 50,000-record precinct
    dev = storage.authenticate(a.device_id, a.db.execute(
        "SELECT value FROM sync_state WHERE key='device_secret'").fetchone()[0])
    have = len(storage.snapshot())
    for start in range(0, 50000 - have, 5000):
        storage.push(dev, [{"op_id": new_id(), "entity": "officers", "id": new_id(),
                            "op": "insert", "base_version": 0, "old": {},
                            "hlc": "2026-06-01T10:00:00.000Z/0000", "officer_id": None,
                            "fields": {"login": f"x{start + i}", "full_name": f"Х {start + i}",
                                       "rank": "", "position": "", "role": "assistant",
                                       "precinct_id": dev.precinct_id}}
                           for i in range(min(5000, 50000 - have - start))])
    initial = []
    for r in range(ROUNDS):
        c = device(tmp, f"c{r}")
        cc = SyncClient(c, url=url)
        cc.enrol(storage.issue_token("Қарасу №7"))
        c0, t0 = time.process_time(), time.perf_counter()
        n = cc.pull()
        initial.append(time.perf_counter() - t0)
        print(f"  round {r + 1}: {n} records in {initial[-1]:.3f} s "
              f"(CPU {time.process_time() - c0:.3f} s)")
        cc.close()
        c.close()
    print(f"initial pull of a 50,000-record precinct: {verdict(initial, INITIAL_BAR)}")
    server.should_exit = True


if __name__ == "__main__":
    main()
