"""Checkpoints of the SQLite server's write-ahead log, off the request path.

SQLite copies the log back into the database file (a checkpoint) inside the commit that
takes the log past 1,000 pages: in the middle of a push, whose answer waits for it. The
server's own connection checkpoints only past ``SAFETY_PAGES``; a :class:`Checkpointer`
thread, with its own connection, runs a ``PASSIVE`` checkpoint shortly after writes
instead — a passive checkpoint waits for no writer or reader and none waits for it, and
it leaves durability alone (every commit is already synced to the log). 5,000 edited
persons pushed: 0.90× the server's time (docs/benchmarks.md, session 9). If the thread
cannot keep up (or fails), the writer's own checkpoint at ``SAFETY_PAGES`` bounds the log.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger("inspector_desk.sync.server")

#: the log size (pages of 4 KiB: 64 MiB) past which the writing connection checkpoints itself
SAFETY_PAGES = 16384
#: seconds after a write before the checkpoint runs (a push's next batches go first; under
#: steady writes the log is checkpointed about this often)
DELAY_S = 0.1


class Checkpointer:
    """A thread that checkpoints the log ``DELAY_S`` after :meth:`nudge` (started at the
    first one); ``connect`` opens its own connection to the database."""

    def __init__(self, connect: Callable[[], Any], delay: float = DELAY_S) -> None:
        self._connect = connect
        self._delay = delay
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        #: checkpoints run (diagnostics, tests)
        self.runs = 0

    def nudge(self) -> None:
        """Something was committed: checkpoint soon."""
        if self._thread is None:
            with self._start_lock:
                if self._thread is None and not self._stopping:
                    self._thread = threading.Thread(target=self._run, daemon=True,
                                                    name="sqlite-checkpoint")
                    self._thread.start()
        self._wake.set()

    def close(self) -> None:
        """Stop the thread (a checkpoint under way finishes first)."""
        with self._start_lock:
            self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        conn = self._connect()
        try:
            while True:
                self._wake.wait()
                if self._stopping:
                    return
                time.sleep(self._delay)
                self._wake.clear()
                if self._stopping:
                    return
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.runs += 1
                except Exception as exc:  # noqa: BLE001 - the writer's own checkpoint remains
                    log.warning("background checkpoint failed: %s", type(exc).__name__)
        finally:
            conn.close()
