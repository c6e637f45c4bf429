"""Interpreter settings for the moments a sync (or the sync server) is busy.

* **Switch interval.** A push sends batch k+1 from a helper thread the moment batch k is
  answered, while this thread records k's answers; a pull fetches page k+1 while page k
  is written. With the interpreter's default switch interval (5 ms) the helper thread
  waits up to that long for the interpreter lock each time it wakes, behind database
  work that holds it: measured ~10 ms between two batches on the server, ~2–4 ms with
  0.5 ms (docs/benchmarks.md).
* **Garbage collector.** A batch of 2,000 ops is tens of thousands of live dicts and
  lists. With the default thresholds the collector ran ~90 young and ~10 middle
  collections per 5,000 records on each side, and full collections of the whole heap
  (the GUI's, 23–29 ms each; the server's, 10–22 ms) landed inside the sync: ~45 ms of a
  ~300 ms round (docs/benchmarks.md). While a sync runs, the objects that were there
  before it are frozen (``gc.freeze``: left out of every collection, never freed by one —
  they are thawed at the end, so nothing leaks; the young garbage is collected first, so
  only older garbage waits for the end) and young collections wait for
  :data:`SYNC_GC_THRESHOLD` allocations.

Each setting is restored at the end only if it is still the one the sync set. A process
that freezes its heap itself (the server: :func:`settle_server_heap`) does so before its
first sync, and keeps its freeze.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Iterator

#: the switch interval while a sync runs (seconds)
SYNC_SWITCH_INTERVAL = 0.0005
#: allocations (less deallocations) of tracked objects between two young collections while
#: a sync runs, and in the server (Python's default: 700)
SYNC_GC_THRESHOLD = 20_000


class _SyncTuning:
    """Counts the syncs running; the first applies the settings, the last restores them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._interval = self._set_interval = 0.0
        self._thresholds: tuple[int, ...] = (700, 10, 10)
        self._set_thresholds: tuple[int, ...] = self._thresholds
        self._froze = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._users == 0:
                self._interval = sys.getswitchinterval()
                self._set_interval = min(self._interval, SYNC_SWITCH_INTERVAL)
                sys.setswitchinterval(self._set_interval)
                self._thresholds = gc.get_threshold()
                self._set_thresholds = self._thresholds
                if 0 < self._thresholds[0] < SYNC_GC_THRESHOLD:
                    self._set_thresholds = (SYNC_GC_THRESHOLD, *self._thresholds[1:])
                    gc.set_threshold(*self._set_thresholds)
                # a process that froze its heap itself (the server) keeps its freeze
                self._froze = gc.get_freeze_count() == 0
                if self._froze:
                    gc.collect(1)  # the young garbage now, not after the sync
                    gc.freeze()
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    if sys.getswitchinterval() == self._set_interval:
                        sys.setswitchinterval(self._interval)
                    if gc.get_threshold() == self._set_thresholds:
                        gc.set_threshold(*self._thresholds)
                    if self._froze:
                        gc.unfreeze()


#: ``with sync_tuning(): …`` — the settings hold until the last such block ends
sync_tuning = _SyncTuning()


def settle_server_heap() -> None:
    """For a long-running server, once it has started: what was made at start-up (modules,
    the app) is frozen out of the collector's work for good, and young collections wait
    for :data:`SYNC_GC_THRESHOLD` allocations (a push batch allocates tens of thousands)."""
    gc.collect()
    gc.freeze()
    threshold = gc.get_threshold()
    if 0 < threshold[0] < SYNC_GC_THRESHOLD:
        gc.set_threshold(SYNC_GC_THRESHOLD, *threshold[1:])
