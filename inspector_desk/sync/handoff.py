"""A shorter interpreter switch interval while a sync overlaps threads.

A push sends batch k+1 from a helper thread the moment batch k is answered, while this
thread records k's answers; a pull fetches page k+1 while page k is written. With the
interpreter's default switch interval (5 ms) the helper thread waits up to that long for
the interpreter lock each time it wakes, behind database work that holds it: measured
~10 ms between two batches on the server, ~2–4 ms with 0.5 ms (docs/benchmarks.md).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator

#: the switch interval while a sync runs (seconds)
SYNC_SWITCH_INTERVAL = 0.0005


class _Handoff:
    """Counts the syncs running; the first sets the interval, the last restores it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._saved = 0.0

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._users == 0:
                self._saved = sys.getswitchinterval()
                if self._saved > SYNC_SWITCH_INTERVAL:
                    sys.setswitchinterval(SYNC_SWITCH_INTERVAL)
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    sys.setswitchinterval(self._saved)


#: ``with quick_handoff(): …`` — the interval is short until the last such block ends
quick_handoff = _Handoff()
