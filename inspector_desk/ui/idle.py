"""Auto-lock: fires ``idle`` after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Watches application input; emits ``idle`` once ``minutes`` pass without any."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QCoreApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(int(minutes * 60_000))
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
