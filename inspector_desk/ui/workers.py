"""Long work off the UI thread, with a progress dialog and Cancel (shared by every page).

:func:`run_task` runs ``work(progress)`` in a pool thread. ``work`` must not touch widgets;
if it needs the database it opens its own session (``store.session()``) inside the thread,
since a SQLite connection belongs to the thread that opened it. Results and errors come
back on the UI thread through ``on_done`` / ``on_error``.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from inspector_desk.progress import Cancelled, Progress


class _Signals(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class QtProgress(Progress):
    """A :class:`Progress` that forwards updates to the UI thread as a signal."""

    def __init__(self, signals: _Signals) -> None:
        super().__init__()
        self._signals = signals

    def on_update(self, done: int, total: int, stage: str) -> None:
        self._signals.progressed.emit(done, total, stage)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self._work, self._signals, self._progress = work, signals, progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - reported to the UI, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class TaskHandle(QObject):
    """A running task: its progress (``cancel()`` stops it) and its signals."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.progress = QtProgress(self.signals)
        self.finished = False

    def cancel(self) -> None:
        self.progress.cancel()


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    label: str = "",
    show_progress: bool = True,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Start ``work`` in the background; show a modal-less progress dialog with Cancel."""
    handle = TaskHandle(parent)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(handle.cancel)

    def progressed(done: int, total: int, stage: str) -> None:
        if dialog is not None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

    def finish() -> None:
        handle.finished = True
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_error:
            on_error(exc)

    def cancelled() -> None:
        finish()
        if on_cancel:
            on_cancel()

    handle.signals.progressed.connect(progressed)
    handle.signals.done.connect(done)
    handle.signals.failed.connect(failed)
    handle.signals.cancelled.connect(cancelled)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, handle.signals, handle.progress))
    return handle
