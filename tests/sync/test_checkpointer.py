"""The SQLite server's write-ahead log is checkpointed by a thread of its own, not inside
a push's commit, and stays small; a failing checkpoint never fails a push (issue 6)."""

from __future__ import annotations

import time

from inspector_desk.domain.ids import new_id
from inspector_desk.sync.server import checkpointer
from inspector_desk.sync.server.storage_sqlite import SqliteStorage
from tests.sync.test_storage import enrolled, op


def _push_persons(storage, device, n: int) -> None:
    storage.push(device, [op(new_id(), {"last_name": "Омаров" * 20, "notes": "х" * 600},
                             kind="insert") for _ in range(n)])


def _wait_for(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the checkpoint did not run"
        time.sleep(0.01)


def test_the_log_is_checkpointed_after_writes_and_stays_small(tmp_path):
    storage = SqliteStorage(tmp_path / "server.sqlite")
    storage.migrate()
    device = enrolled(storage)
    wal = tmp_path / "server.sqlite-wal"
    # the writing connection leaves checkpoints to the thread until the log is large
    assert storage._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == \
        checkpointer.SAFETY_PAGES
    sizes = []
    for _ in range(10):
        runs = storage._checkpointer.runs
        _push_persons(storage, device, 1000)
        sizes.append(wal.stat().st_size)
        _wait_for(lambda runs=runs: storage._checkpointer.runs > runs)
    # each push of ~1.5 MB restarts the log the last checkpoint emptied: without the thread
    # it would hold all ten (the writer's own checkpoint waits for 64 MB)
    assert max(sizes) < 2 * min(sizes) < 8 * 1024 * 1024
    assert len([k for k in storage.snapshot() if k[0] == "persons"]) == 10_000
    thread = storage._checkpointer._thread
    storage.close()
    assert thread is not None and not thread.is_alive()


def test_a_failing_checkpoint_never_fails_a_push(tmp_path, monkeypatch, caplog):
    class Broken:
        def execute(self, sql):
            raise OSError("disk")

        def close(self):
            pass

    storage = SqliteStorage(tmp_path / "server.sqlite")
    storage.migrate()
    storage._checkpointer = checkpointer.Checkpointer(Broken, delay=0)
    device = enrolled(storage)
    for _ in range(3):
        _push_persons(storage, device, 10)
    _wait_for(lambda: "background checkpoint failed: OSError" in caplog.text)
    assert len([k for k in storage.snapshot() if k[0] == "persons"]) == 30
    assert "Омаров" not in caplog.text
    storage.close()
