"""Progress and cancellation for long core work, without Qt.

A long core function takes a ``progress: Progress`` argument, calls
``progress.update(done, total, stage)`` now and then, and stops with :class:`Cancelled`
(raised by ``update``) when the user pressed Cancel. The GUI passes a Qt-backed subclass;
the CLI and tests pass :class:`Progress` itself, which only records.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user cancelled long work; whatever the work wrote in its transaction is undone."""


class Progress:
    """Thread-safe progress state; subclasses may override :meth:`on_update`."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.stage = ""

    def cancel(self) -> None:
        """Ask the work to stop at its next update (callable from any thread)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def update(self, done: int, total: int = 0, stage: str = "") -> None:
        """Report progress; raises :class:`Cancelled` if cancel was asked."""
        self.done, self.total = done, total
        if stage:
            self.stage = stage
        self.on_update(done, total, self.stage)
        if self._cancel.is_set():
            raise Cancelled()

    def on_update(self, done: int, total: int, stage: str) -> None:
        """Hook for subclasses (the GUI emits a signal here)."""


NO_PROGRESS = Progress()
