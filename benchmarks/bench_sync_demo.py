"""Sync on the large demo precinct (issue 6): the bars' shapes, with the register's records.

``bench_sync.py`` measures the bars on narrow synthetic records (officers) so the numbers
compare across sessions; this one runs the same steps on the large demo dataset
(``inspector-desk demo --size large``: 10,000 persons in 3,000 households, register
entries, 4,472 checks, appeals, protocols — wide records with indexes and search-term
triggers), against ``inspector-desk serve`` in its own process (SQLite):

1. first sync of the demo device, which worked alone until now: every op of the precinct
   pushed (and its records adopted by the server);
2. initial pull of that precinct on a second, new device of it;
3. 5,000 persons edited on the demo device (one field each: the phone), pushed, and pulled
   by the second device — the edited-records bar (≤ 0.3 s) — alternating round by round
   with 5,000 edits of the register's checks (a narrow record) as the same-run baseline.

Run: ``.venv/bin/python benchmarks/bench_sync_demo.py`` (builds and caches the demo dataset
in ``benchmarks/.data`` on first use, ~10 s).

``--precinct-50k`` measures the initial-pull bar itself (a 50,000-record precinct ≤ 2 s) on
the register's records: a demo precinct of the large one's mix, scaled to ~50,000 records
(32,500 residents in 9,750 households, 1,300 entries, five years of history; built and
cached once as ``register-precinct50k.idb``, a few minutes), pushed by its device and then
pulled by new devices of the precinct three times.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_sync import _proc_cpu, device, start_process_server  # noqa: E402
from benchmarks.common import machine, python_speed  # noqa: E402
from benchmarks.register_data import DATA, PASSWORD, dataset  # noqa: E402
from inspector_desk.services.accounts import unlock  # noqa: E402
from inspector_desk.sync.client import SyncClient  # noqa: E402
from inspector_desk.sync.server.storage_sqlite import SqliteStorage  # noqa: E402

ROUNDS, EDITS, BAR = 7, 5000, 0.3


def edit(session, table: str, column: str, ids: list[str], tag: str) -> None:
    """One field of each record changed in one transaction, as a bulk edit writes it."""
    with session.write() as tx:
        for i, rid in enumerate(ids):
            tx.update(table, rid, {column: f"{tag}{i:05d}"})
        tx.audit("bench.edit", table, None, f"{len(ids)} edits")


def demo_device_and_server(size: str):
    """A copy of the cached demo dataset ``size`` (built once), unlocked, and an empty
    SQLite server in its own process: (directory, session, storage, url, process)."""
    dataset(size).lock()
    tmp = Path(tempfile.mkdtemp())
    for src in DATA.glob(f"register-{size}.idb*"):  # the database and its keyring
        if not src.name.endswith(".bak"):
            shutil.copy(src, tmp / src.name.replace(f"register-{size}.idb", "demo.idb"))
    a = unlock(tmp / "demo.idb", "demo", PASSWORD).session()
    storage = SqliteStorage(tmp / "server.sqlite")
    storage.migrate()
    url, proc = start_process_server(tmp / "server.sqlite")
    return tmp, a, storage, url, proc


def initial_pull_50k() -> None:
    """The initial-pull bar on a demo precinct of ~50,000 records (see the module doc)."""
    from inspector_desk.services import demo

    demo.SIZES["precinct50k"] = demo.DemoSize("precinct50k", 32_500, 9_750, 1_300, 5)
    print(machine())
    print(f"python speed: {python_speed() * 1000:.0f} ms for the reference loop (lower: faster)")
    tmp, a, storage, url, proc = demo_device_and_server("precinct50k")
    try:
        ca = SyncClient(a, url=url)
        t0 = time.perf_counter()
        ca.sync(token=storage.issue_token("Демо учаскесі"))
        print(f"first sync of the demo device: {time.perf_counter() - t0:.2f} s")
        took = []
        for r in range(3):
            b = device(tmp, f"b{r}")
            cb = SyncClient(b, url=url)
            cb.enrol(storage.issue_token("Демо учаскесі"))
            t0 = time.perf_counter()
            pulled = cb.pull()
            took.append(time.perf_counter() - t0)
            print(f"  initial pull {r + 1}: {pulled:,} records in {took[-1]:.2f} s")
        med = statistics.median(took)
        print(f"initial pull of a {pulled:,}-record demo precinct: median {med:.2f} s "
              f"(bar 2 s) {'OK' if med <= 2 else 'MISSED'}")
    finally:
        proc.terminate()
        proc.wait(10)
        storage.close()
    print(f"python speed: {python_speed() * 1000:.0f} ms for the reference loop (lower: faster)")


def main() -> None:
    if "--precinct-50k" in sys.argv[1:]:
        initial_pull_50k()
        return
    print(machine())
    print(f"python speed: {python_speed() * 1000:.0f} ms for the reference loop (lower: faster)")
    tmp, a, storage, url, proc = demo_device_and_server("large")
    try:
        ca = SyncClient(a, url=url)
        pending = ca.pending_count()
        c0, s0, t0 = time.process_time(), _proc_cpu(proc.pid), time.perf_counter()
        ca.sync(token=storage.issue_token("Демо учаскесі"))
        took = time.perf_counter() - t0
        print(f"first sync of the demo device: {pending:,} ops pushed in {took:.2f} s "
              f"(CPU client {time.process_time() - c0:.2f} s + server "
              f"{_proc_cpu(proc.pid) - s0:.2f} s)")
        b = device(tmp, "b")
        cb = SyncClient(b, url=url)
        cb.enrol(storage.issue_token("Демо учаскесі"))
        t0 = time.perf_counter()
        pulled = cb.pull()
        print(f"initial pull of the demo precinct on a new device: {pulled:,} records in "
              f"{time.perf_counter() - t0:.2f} s (bar for 50,000: 2 s)")
        persons = [r[0] for r in a.db.execute(
            "SELECT id FROM persons WHERE deleted_at IS NULL ORDER BY id LIMIT ?", [EDITS])]
        checks = [r[0] for r in a.db.execute(
            "SELECT id FROM checks WHERE deleted_at IS NULL ORDER BY id LIMIT ?", [EDITS])]
        kinds = {"persons": ("persons", "phone", persons), "checks": ("checks", "notes", checks)}
        totals: dict[str, list[float]] = {k: [] for k in kinds}
        for r in range(ROUNDS):
            for kind in (("persons", "checks") if r % 2 == 0 else ("checks", "persons")):
                table, column, ids = kinds[kind]
                edit(a, table, column, ids, f"+7701{r}")
                t0 = time.perf_counter()
                pushed = ca.push()
                t1 = time.perf_counter()
                got = cb.pull()
                t2 = time.perf_counter()
                assert pushed == len(ids) and got == len(ids), (pushed, got)
                totals[kind].append(t2 - t0)
                print(f"  round {r + 1}, {len(ids):,} {kind}: push {t1 - t0:.3f} s + pull "
                      f"{t2 - t1:.3f} s = {t2 - t0:.3f} s")
        med = {k: statistics.median(v) for k, v in totals.items()}
        print(f"{len(persons):,} edited persons, push A + pull B: median {med['persons']:.3f} s, "
              f"best {min(totals['persons']):.3f} s (bar {BAR} s) "
              f"{'OK' if med['persons'] <= BAR else 'MISSED'}; "
              f"{len(checks):,} edited checks (baseline, same run): {med['checks']:.3f} s")
    finally:
        proc.terminate()
        proc.wait(10)
        storage.close()
    print(f"python speed: {python_speed() * 1000:.0f} ms for the reference loop (lower: faster)")


if __name__ == "__main__":
    main()
