"""Idle lock and absolute re-login, on a monotonic clock (QElapsedTimer) so that moving the
system clock neither locks early nor keeps a session open (SECURITY.md, fault 13).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ABSOLUTE_SESSION_MS = 12 * 60 * 60 * 1000
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits timed_out once when there was no input for idle_ms, or the session passed its
    absolute limit. An application-wide event filter sees input to every window."""

    timed_out = Signal(str)  # "idle" or "session_expired"

    def __init__(self, idle_ms: int, absolute_ms: int = ABSOLUTE_SESSION_MS) -> None:
        super().__init__()
        self.idle_ms = idle_ms
        self.absolute_ms = absolute_ms
        self._last_input = QElapsedTimer()
        self._session = QElapsedTimer()
        self._check = QTimer(self)
        # Check often enough that the lock comes at most a second late.
        self._check.setInterval(max(20, min(1000, idle_ms // 4)))
        self._check.timeout.connect(self._tick)
        self._filtering = False

    def start(self) -> None:
        self._last_input.start()
        self._session.start()
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._check.start()

    def stop(self) -> None:
        self._check.stop()
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input.restart()
        return False

    def _tick(self) -> None:
        if self._session.elapsed() >= self.absolute_ms:
            self.stop()
            self.timed_out.emit("session_expired")
        elif self._last_input.elapsed() >= self.idle_ms:
            self.stop()
            self.timed_out.emit("idle")
