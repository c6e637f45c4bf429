"""Sync benchmarks (issue 6): loopback, SQLite server.

* 5,000 changed records pushed by device A and pulled by device B (bar ≤ 0.3 s), with
  the protocol devices speak (``wire.PROTOCOL_VERSION``, 3: arrays, deltas) and,
  alternating round by round in the same run as the baseline, protocol 1 (objects, whole
  records; what devices spoke first) — the ratio is what to trust
  on this noisy machine; measured twice: 5,000 new records, then 5,000 records both
  devices hold, one field of each edited on A (the server merges each edit);
* initial pull of a 50,000-record precinct (bar ≤ 2 s).

Two set-ups, both printed:

* ``process`` — the server in its own process (``python -m inspector_desk serve --store
  sqlite:///…``), as it is deployed; the CPU time printed is the client's plus the server
  process's (read from ``/proc``);
* ``in-process`` — uvicorn in a thread of the benchmark's process, client and server
  sharing one interpreter lock (as in the test suite).

Each measurement is repeated (``ROUNDS``); the median is compared with the bar, the best
is printed too, and the CPU time beside each round — the machine is shared and noisy.

Run: ``.venv/bin/python benchmarks/bench_sync.py [process|in-process] [--no-initial]``
(default: both set-ups, with the initial pull).
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import machine, python_speed  # noqa: E402
from inspector_desk.domain.ids import new_id  # noqa: E402
from inspector_desk.services.accounts import NewOfficer, create_database  # noqa: E402
from inspector_desk.store.keyring import KdfParams  # noqa: E402
from inspector_desk.sync import wire  # noqa: E402
from inspector_desk.sync.client import SyncClient  # noqa: E402
from inspector_desk.sync.server.app import create_app  # noqa: E402
from inspector_desk.sync.server.storage_sqlite import SqliteStorage  # noqa: E402
from tests.sync.conftest import start_server  # noqa: E402

ROUNDS = 7
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


def _proc_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) used so far by process ``pid`` (0 if none)."""
    if pid is None:
        return 0.0
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_process_server(db: Path) -> tuple[str, subprocess.Popen]:
    """``inspector-desk serve`` over ``db`` in its own process; (url, process)."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "inspector_desk", "serve",
                             "--store", f"sqlite:///{db}", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("the server process exited") from None
            time.sleep(0.05)
    return f"http://127.0.0.1:{port}", proc


def push_pull_rounds(kind: str, a, ca: SyncClient, cb: SyncClient, spid: int | None,
                     change) -> dict[int, list[float]]:
    """ROUNDS rounds of ``change(round, protocol)`` (5,000 changed records on A), A's push
    and B's pull, alternating the current protocol and 1; prints each round and the verdict
    and returns the totals by protocol."""
    now = wire.PROTOCOL_VERSION
    totals: dict[int, list[float]] = {1: [], now: []}
    for r in range(ROUNDS):
        for protocol in ((1, now) if r % 2 else (now, 1)):
            ca.protocol = cb.protocol = protocol
            change(r, protocol)
            c0, s0, t0 = time.process_time(), _proc_cpu(spid), time.perf_counter()
            pushed = ca.push()
            t1 = time.perf_counter()
            pulled = cb.pull()
            t2, c2, s2 = time.perf_counter(), time.process_time(), _proc_cpu(spid)
            assert pushed == 5000 and pulled == 5000, (pushed, pulled)
            totals[protocol].append(t2 - t0)
            cpu = (f"CPU client {c2 - c0:.3f} s + server {s2 - s0:.3f} s" if spid
                   else f"CPU of client and server {c2 - c0:.3f} s")
            print(f"  {kind} round {r + 1}, protocol {protocol}: push {t1 - t0:.3f} s + pull "
                  f"{t2 - t1:.3f} s = {t2 - t0:.3f} s ({cpu})")
    ca.protocol = cb.protocol = wire.PROTOCOL_VERSION
    ratio = statistics.median(totals[now]) / statistics.median(totals[1])
    print(f"5,000 {kind} records, push A + pull B, protocol 1 (baseline): "
          f"median {statistics.median(totals[1]):.3f} s, best {min(totals[1]):.3f} s")
    print(f"5,000 {kind} records, push A + pull B: {verdict(totals[now], PUSH_PULL_BAR)}; "
          f"{ratio:.2f}× the protocol-1 time in the same run")
    return totals


def run(mode: str, initial_pull: bool = True) -> tuple[list[float], list[float]]:
    print(f"-- server {'in its own process' if mode == 'process' else 'in-process (thread)'}")
    tmp = Path(tempfile.mkdtemp())
    storage = SqliteStorage(tmp / "server.sqlite")  # the bench's own admin connection
    storage.migrate()
    server = proc = None
    if mode == "process":
        url, proc = start_process_server(tmp / "server.sqlite")
    else:
        url, server, _ = start_server(create_app(storage))
    spid = proc.pid if proc else None
    try:
        a, b = device(tmp, "a"), device(tmp, "b")
        # the client as it ships: batches of 500 ops that grow (four-fold once the link
        # answered within a second, up to 2,500) with a small last one — here 500, 2000,
        # 2000, 500; the push is pipelined (batch k+1 travels and is applied while A
        # records k's answers); pull pages of 1,250 then 2,500
        ca = SyncClient(a, url=url)
        cb = SyncClient(b, url=url)
        ca.sync(token=storage.issue_token("Қарасу №7"))
        cb.sync(token=storage.issue_token("Қарасу №7"))
        totals = push_pull_rounds("new", a, ca, cb, spid, lambda r, p: fill(a, 5000, f"u{r}_{p}_"))
        # the same 5,000 records (synced to both) edited on A: one field each
        ids = [r[0] for r in a.db.execute(
            "SELECT id FROM officers WHERE login LIKE ? ESCAPE '!'",
            [f"u0!_{wire.PROTOCOL_VERSION}!_%"]).fetchall()]
        assert len(ids) == 5000, len(ids)

        def edit(r: int, protocol: int) -> None:
            with a.write() as tx:
                for i, rid in enumerate(ids):
                    tx.update("officers", rid, {"rank": f"ранг {r}.{protocol}.{i}"})
                tx.audit("bench.edit", "officers", None, "5000 edits")

        push_pull_rounds("edited", a, ca, cb, spid, edit)
        if not initial_pull:
            return totals[wire.PROTOCOL_VERSION], []
        # initial pull of a 50,000-record precinct (one of its own, filled by a device of it)
        other = device(tmp, "filler")
        SyncClient(other, url=url).enrol(storage.issue_token("Қарасу №8"))
        dev = storage.authenticate(other.device_id, other.db.execute(
            "SELECT value FROM sync_state WHERE key='device_secret'").fetchone()[0])
        have = sum(1 for rec in storage.snapshot().values()
                   if rec["data"].get("precinct_id") == dev.precinct_id
                   or rec["data"].get("name") == "Қарасу №8")
        for start in range(0, 50000 - have, 5000):
            storage.push(dev, [{"op_id": new_id(), "entity": "officers", "id": new_id(),
                                "op": "insert", "base_version": 0, "old": {},
                                "hlc": "2026-06-01T10:00:00.000Z/0000", "officer_id": None,
                                "fields": {"login": f"x{start + i}",
                                           "full_name": f"Х {start + i}", "rank": "",
                                           "position": "", "role": "assistant",
                                           "precinct_id": dev.precinct_id}}
                               for i in range(min(5000, 50000 - have - start))])
        initial = []
        for r in range(ROUNDS):
            c = device(tmp, f"c{r}")
            cc = SyncClient(c, url=url)
            cc.enrol(storage.issue_token("Қарасу №8"))
            c0, s0, t0 = time.process_time(), _proc_cpu(spid), time.perf_counter()
            n = cc.pull()
            initial.append(time.perf_counter() - t0)
            cpu = (f"CPU client {time.process_time() - c0:.3f} s + server "
                   f"{_proc_cpu(spid) - s0:.3f} s" if proc
                   else f"CPU {time.process_time() - c0:.3f} s")
            assert n == 50000, n
            print(f"  round {r + 1}: {n} records in {initial[-1]:.3f} s ({cpu})")
            cc.close()
            c.close()
        print(f"initial pull of a 50,000-record precinct: {verdict(initial, INITIAL_BAR)}")
        ca.close()
        cb.close()
        return totals[wire.PROTOCOL_VERSION], initial
    finally:
        if server is not None:
            server.should_exit = True
        if proc is not None:
            proc.terminate()
            proc.wait(10)
        storage.close()


def main() -> None:
    print(machine())
    args = sys.argv[1:]
    initial = "--no-initial" not in args
    modes = [m for m in args if not m.startswith("--")] or ["process", "in-process"]
    print(f"python speed: {python_speed() * 1000:.0f} ms for the reference loop (lower: faster)")
    for mode in modes:
        run(mode, initial)
    print(f"python speed: {python_speed() * 1000:.0f} ms for the reference loop (lower: faster)")


if __name__ == "__main__":
    main()
