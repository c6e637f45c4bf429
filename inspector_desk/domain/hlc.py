"""Hybrid logical clock: timestamps that order events across devices with skewed clocks.

A stamp is ``YYYY-MM-DDTHH:MM:SS.mmmZ/CCCC`` (UTC wall time to the millisecond, then a
counter), so plain string order is causal order. The clock never goes backwards even if
the wall clock does; :meth:`HybridClock.observe` folds in a stamp seen from another device.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def format_stamp(millis: int, counter: int) -> str:
    """The string form of (wall milliseconds, counter)."""
    moment = _EPOCH + dt.timedelta(milliseconds=millis)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{millis % 1000:03d}Z/{counter:04d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    """(wall milliseconds, counter) of a stamp; ``ValueError`` if malformed."""
    wall, _, counter = stamp.partition("/")
    moment = dt.datetime.strptime(wall, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    millis = (moment - _EPOCH) // dt.timedelta(milliseconds=1)
    return millis, int(counter or 0)


class HybridClock:
    """Issues strictly increasing stamps; ``last`` restores the state saved by a previous run."""

    def __init__(self, last: str | None = None, *, wall_ms: Callable[[], int] | None = None) -> None:
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._millis, self._counter = parse_stamp(last) if last else (0, 0)

    @property
    def last(self) -> str:
        """The most recent stamp issued or observed."""
        return format_stamp(self._millis, self._counter)

    def now(self) -> str:
        """A new stamp, later than every stamp issued or observed before."""
        wall = self._wall_ms()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        else:
            self._counter += 1
        return self.last

    def observe(self, stamp: str) -> None:
        """Fold in a stamp from another device so later local stamps sort after it."""
        millis, counter = parse_stamp(stamp)
        if (millis, counter) > (self._millis, self._counter):
            self._millis, self._counter = millis, counter
