"""Sync over an emulated weak link (issue 6): a throttling TCP proxy on loopback.

Between the sync clients and a real uvicorn server (SQLite storage) runs an asyncio proxy
that gives each direction 64 kbit/s and adds 600 ms to every round trip (300 ms each
way); a second variant also cuts every open connection every 10 s.

* 500 changed records pushed by device A and pulled by device B: bar ≤ 45 s.
* With the cuts the sync still finishes, and no batch whose answer the client had
  recorded is sent again (checked op by op); ops re-sent after a lost answer are
  answered ``duplicate`` by the server and counted.

Run: ``.venv/bin/python benchmarks/bench_sync_weak.py`` (about two minutes). Loopback only.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import machine  # noqa: E402
from inspector_desk.services.accounts import NewOfficer, create_database  # noqa: E402
from inspector_desk.store.keyring import KdfParams  # noqa: E402
from inspector_desk.sync.client import SyncClient, SyncError  # noqa: E402
from inspector_desk.sync.server.app import create_app  # noqa: E402
from inspector_desk.sync.server.storage_sqlite import SqliteStorage  # noqa: E402
from tests.sync.conftest import start_server  # noqa: E402

RATE = 64_000 // 8  # bytes per second, each way
ONE_WAY = 0.300  # seconds added each way (600 ms round trip)
CUT_EVERY = 10.0
RECORDS = 500
BAR_S = 45.0
DEADLINE_S = 300.0  # a run that takes longer stops (bounded)
CHUNK = 1024


class Link:
    """One direction of the emulated line: a shared rate and a propagation delay."""

    def __init__(self, rate: float, delay: float) -> None:
        self.rate, self.delay = rate, delay
        self.free_at = 0.0
        self.bytes = 0

    def schedule(self, n: int, now: float) -> float:
        """When ``n`` bytes handed over at ``now`` arrive at the other end."""
        start = max(now, self.free_at)
        self.free_at = start + n / self.rate
        self.bytes += n
        return self.free_at + self.delay


class ThrottleProxy:
    """A TCP proxy on 127.0.0.1 in its own thread and event loop."""

    def __init__(self, upstream: tuple[str, int], *, rate: float = RATE,
                 delay: float = ONE_WAY, cut_every: float | None = None,
                 first_cut: float | None = None) -> None:
        self.upstream = upstream
        self.first_cut = first_cut
        self.up, self.down = Link(rate, delay), Link(rate, delay)
        self.cut_every = cut_every
        self.cuts = 0
        self.connections = 0
        self._conns: set[tuple[asyncio.StreamWriter, asyncio.StreamWriter]] = set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self.port = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("proxy did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._main())

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        cutter = asyncio.create_task(self._cutter()) if self.cut_every else None
        await self._stop.wait()
        if cutter:
            cutter.cancel()
        server.close()
        self._abort_all()
        # the handlers end by themselves once their sockets are gone (a handler task
        # cancelled here would make asyncio log a traceback); wait for them, bounded
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        if others:
            _, late = await asyncio.wait(others, timeout=2.0)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)

    async def _cutter(self) -> None:
        assert self._stop is not None and self.cut_every
        wait = self.first_cut if self.first_cut is not None else self.cut_every
        while not self._stop.is_set():
            await asyncio.sleep(wait)
            wait = self.cut_every
            if self._conns:
                self.cuts += 1
            self._abort_all()

    def _abort_all(self) -> None:
        for a, b in list(self._conns):
            a.transport.abort()
            b.transport.abort()
        self._conns.clear()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.transport.abort()
            return
        self.connections += 1
        pair = (writer, up_writer)
        self._conns.add(pair)
        try:
            await asyncio.gather(self._pump(reader, up_writer, self.up),
                                 self._pump(up_reader, writer, self.down))
        except (ConnectionError, OSError):
            pass
        finally:
            self._conns.discard(pair)
            writer.transport.abort()
            up_writer.transport.abort()

    async def _pump(self, src: asyncio.StreamReader, dst: asyncio.StreamWriter,
                    link: Link) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                at, data = await queue.get()
                if not data:
                    return
                wait = at - self._loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if dst.transport.is_closing():
                    return
                dst.write(data)
                await dst.drain()

        task = asyncio.create_task(deliver())
        try:
            while True:
                data = await src.read(CHUNK)
                now = self._loop.time()
                if not data:
                    await queue.put((now, b""))
                    break
                await queue.put((link.schedule(len(data), now), data))
            await task
            if not dst.transport.is_closing() and dst.can_write_eof():
                dst.write_eof()
        finally:
            task.cancel()

    def close(self) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


def device(tmp: Path, name: str):
    return create_database(tmp / f"{name}.idb",
                           officer=NewOfficer(full_name=name, login=f"dev_{name}"),
                           password="correct horse", precinct_name="P",
                           kdf=KdfParams.fast()).session()


def fill(session, n: int, tag: str) -> None:
    pid = session.meta("precinct_id")
    with session.write() as tx:
        for i in range(n):
            tx.insert("officers", {"login": f"{tag}{i}", "full_name": f"Фамилия Имя {i}",
                                   "rank": "лейтенант", "position": "помощник",
                                   "role": "assistant", "precinct_id": pid})
        tx.audit("bench.fill", "officers", None, f"{n} records")


class Watch:
    """Checks that no op of a batch whose answer was recorded is ever sent again."""

    def __init__(self, client: SyncClient) -> None:
        self.confirmed: set[str] = set()
        self.resent_confirmed = 0
        self.sent_ops = 0
        next_raw, record = client._next_raw_batch, client._record_results

        def next_raw_batch(*a, **k):
            batch, raw = next_raw(*a, **k)
            self.sent_ops += len(batch)
            self.resent_confirmed += sum(1 for op in batch if op["op_id"] in self.confirmed)
            return batch, raw

        def record_results(batch, results, report, **kw):
            record(batch, results, report, **kw)
            self.confirmed.update(op["op_id"] for op in batch)

        client._next_raw_batch = next_raw_batch  # type: ignore[method-assign]
        client._record_results = record_results  # type: ignore[method-assign]


def sync_until_done(client: SyncClient, done, deadline: float) -> int:
    """Sync again after each failure (as the app does when the server is reachable)."""
    attempts = 0
    while time.monotonic() < deadline:
        attempts += 1
        try:
            client.sync()
        except SyncError as exc:
            if exc.kind != "network" and exc.kind != "server":
                raise
        if done():
            return attempts
    raise RuntimeError("weak-link sync did not finish before the deadline")


def run(tmp: Path, storage, url: str, records: int, cut_every: float | None,
        first_cut: float | None, tag: str) -> dict:
    host, port = url.removeprefix("http://").split(":")
    a, b = device(tmp, f"a{tag}"), device(tmp, f"b{tag}")
    for s in (a, b):  # enrolment over the plain loopback (not measured)
        c = SyncClient(s, url=url)
        c.sync(token=storage.issue_token("Қарасу №7"))
        c.close()
    fill(a, records, f"w{tag}_")
    proxy = ThrottleProxy((host, int(port)), cut_every=cut_every, first_cut=first_cut)
    ca = SyncClient(a, url=proxy.url, timeout=60)
    cb = SyncClient(b, url=proxy.url, timeout=60)
    watch = Watch(ca)
    have = "SELECT count(*) FROM officers WHERE login LIKE ?"
    t0 = time.perf_counter()
    deadline = time.monotonic() + DEADLINE_S
    push_tries = sync_until_done(ca, lambda: ca.pending_count() == 0, deadline)
    t1 = time.perf_counter()
    pull_tries = sync_until_done(
        cb, lambda: b.db.execute(have, [f"w{tag}_%"]).fetchone()[0] == records, deadline)
    t2 = time.perf_counter()
    out = {"push_s": t1 - t0, "pull_s": t2 - t1, "total_s": t2 - t0, "cuts": proxy.cuts,
           "connections": proxy.connections, "up_bytes": proxy.up.bytes,
           "down_bytes": proxy.down.bytes, "batches": ca.batches_sent,
           "sent_ops": watch.sent_ops, "resent_confirmed": watch.resent_confirmed,
           "duplicates": ca.duplicates, "failures": ca.send_failures + cb.send_failures,
           "sync_calls": push_tries + pull_tries}
    for c in (ca, cb):
        c.close()
    proxy.close()
    return out


def main() -> int:
    print(machine())
    tmp = Path(tempfile.mkdtemp())
    storage = SqliteStorage(tmp / "server.sqlite")
    storage.migrate()
    url, server, _ = start_server(create_app(storage))
    ok = True
    variants = [  # label, records, cut every, first cut, bar applies
        ("64 kbit/s, 600 ms RTT", RECORDS, None, None, True),
        (f"same, every connection cut every {CUT_EVERY:.0f} s (first 2 s in)", RECORDS,
         CUT_EVERY, 2.0, True),
        (f"same with cuts, {4 * RECORDS} records (several cuts)", 4 * RECORDS, CUT_EVERY,
         4.0, False),
    ]
    for i, (label, records, cut, first, bar) in enumerate(variants):
        r = run(tmp, storage, url, records, cut, first, str(i))
        passed = r["resent_confirmed"] == 0 and (r["total_s"] <= BAR_S or not bar)
        ok = ok and passed
        print(f"{label}: {records} records push {r['push_s']:.1f} s + pull {r['pull_s']:.1f} s "
              f"= {r['total_s']:.1f} s" + (f" (bar {BAR_S:.0f} s)" if bar else "")
              + (" OK" if passed else " MISSED"), flush=True)
        print(f"  bytes up {r['up_bytes']:,} / down {r['down_bytes']:,}; "
              f"connections {r['connections']}, cuts {r['cuts']}, failed sends "
              f"{r['failures']}, sync calls {r['sync_calls']}; batches confirmed "
              f"{r['batches']}, ops sent {r['sent_ops']}, re-sent after confirmation "
              f"{r['resent_confirmed']} (must be 0), answered duplicate {r['duplicates']}",
              flush=True)
    server.should_exit = True
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
