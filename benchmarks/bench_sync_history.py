"""Sync server with a long op log (issue 6): what the op log's per-record index cost.

A department server keeps every op it applied (the op log answers a re-sent op). Until
server migration 3 the log also had an index by record (entity, record id, version), read
only by a delete based on an old version; each edit wrote an entry beside that record's
older ones, scattered over the whole index. Migration 3 keeps each record's authors in
the record (``records.bumpers``) and drops the index.

This benchmark pushes 5,000 edits of records picked at random from a 50,000-record
precinct with 350,000 ops of history (batches of 500, 2,000, 2,000, 500, as the client
sends them) to two SQLite stores in the same run, alternating round by round:

* **indexed** — the store with the old index created again (the baseline: as before);
* **now** — the store as migration 3 leaves it.

The ratio now/indexed is what to read on this noisy machine.

Run: ``.venv/bin/python benchmarks/bench_sync_history.py``
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import machine, python_speed  # noqa: E402
from inspector_desk.domain.ids import new_id  # noqa: E402
from inspector_desk.store.bulk import insert_rows  # noqa: E402
from inspector_desk.sync.server.storage_sqlite import SqliteStorage  # noqa: E402

RECORDS, OLDER_OPS, EDITS, ROUNDS = 50_000, 6, 5_000, 8
BATCHES = (500, 2000, 2000, 500)
OP_NAMES = ("op_id", "device_id", "entity", "record_id", "status", "version", "bumped",
            "result", "at")


def store(indexed: bool):
    """A migrated store with one device, RECORDS records and their older ops; ``indexed``:
    with the op log's index of before migration 3."""
    storage = SqliteStorage(Path(tempfile.mkdtemp()) / "server.sqlite")
    storage.migrate()
    answer = storage.enrol(storage.issue_token("Қарасу №7"), new_id())
    device = storage.authenticate(answer["device_id"], answer["secret"])
    ids = [new_id() for _ in range(RECORDS)]
    for start in range(0, RECORDS, 5000):
        storage.push(device, [
            {"op_id": new_id(), "entity": "officers", "id": rid, "op": "insert",
             "base_version": 0, "old": {}, "hlc": "2026-06-01T10:00:00.000Z/0000",
             "officer_id": None,
             "fields": {"login": f"x{start + i}", "full_name": f"Х {start + i}", "rank": "",
                        "position": "", "role": "assistant",
                        "precinct_id": device.precinct_id}}
            for i, rid in enumerate(ids[start:start + 5000])])
    with storage._tx(write=True) as c:  # older ops of every record, as months leave them
        if indexed:
            c.q("CREATE INDEX ops_record ON ops (entity, record_id, version)")
        for _ in range(OLDER_OPS):
            insert_rows(storage._conn, "ops", OP_NAMES,
                        [[new_id(), device.id, "officers", rid, "applied", 1, 1, "", "2026"]
                         for rid in ids])
        ops = c.q("SELECT count(*) FROM ops")[0][0]
    print(f"  {'indexed' if indexed else 'now'}: {ops:,} ops")
    return storage, device, ids, {rid: [1, ""] for rid in ids}  # version, rank


def push_edits(setup, r: int) -> float:
    storage, device, ids, versions = setup
    picked = random.Random(r).sample(ids, EDITS)
    ops = [{"op_id": new_id(), "entity": "officers", "id": rid, "op": "update",
            "base_version": versions[rid][0], "old": {"rank": versions[rid][1]},
            "hlc": f"2026-06-02T10:00:{r:02d}.000Z/0000", "officer_id": None,
            "fields": {"rank": f"ранг {r}.{i}"}}
           for i, rid in enumerate(picked)]
    started, at = time.perf_counter(), 0
    for size in BATCHES:
        results = storage.push(device, ops[at:at + size])
        assert all(res["status"] == "applied" for res in results)
        at += size
    took = time.perf_counter() - started
    for op in ops:
        versions[op["id"]] = [versions[op["id"]][0] + 1, op["fields"]["rank"]]
    return took


def main() -> None:
    print(machine())
    print(f"python speed: {python_speed() * 1000:.0f} ms for the reference loop (lower: faster)")
    setups = {"indexed": store(True), "now": store(False)}
    times: dict[str, list[float]] = {"indexed": [], "now": []}
    for r in range(ROUNDS):
        for name in (("indexed", "now") if r % 2 == 0 else ("now", "indexed")):
            times[name].append(push_edits(setups[name], r))
        print(f"  round {r + 1}: indexed {times['indexed'][-1] * 1000:.0f} ms, "
              f"now {times['now'][-1] * 1000:.0f} ms")
    old, now = (statistics.median(times[n]) for n in ("indexed", "now"))
    print(f"5,000 edits of random records of 50,000, 350,000 ops of history: with the old "
          f"index {old * 1000:.0f} ms, now {now * 1000:.0f} ms (median of {ROUNDS}); "
          f"{now / old:.2f}× the old time in the same run")
    print(f"python speed: {python_speed() * 1000:.0f} ms for the reference loop (lower: faster)")


if __name__ == "__main__":
    main()
