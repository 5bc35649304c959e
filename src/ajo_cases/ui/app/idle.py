"""Idle lock and absolute re-login, on a monotonic clock so that moving the system clock neither
locks early nor keeps a session open.

The clock is injected (milliseconds from any fixed start): the application uses the system's
monotonic clock, tests advance their own and call check() instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

Clock = Callable[[], int]  # monotonic milliseconds
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


def monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class IdleWatcher(QObject):
    """Emits timed_out once when there was no input for idle_ms, or the session passed its
    absolute limit. An application-wide event filter sees input to every window; a timer
    checks often enough that the lock comes at most a second late."""

    timed_out = Signal(str)  # "idle" or "session_expired"

    def __init__(
        self, idle_ms: int, absolute_ms: int = ABSOLUTE_SESSION_MS, clock: Clock = monotonic_ms
    ) -> None:
        super().__init__()
        self.idle_ms = idle_ms
        self.absolute_ms = absolute_ms
        self._clock = clock
        self._last_input = self._started = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(max(20, min(1000, idle_ms // 4)))
        self.timer.timeout.connect(self.check)
        self._filtering = False

    def start(self) -> None:
        self._last_input = self._started = self._clock()
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        """Lock when a limit has passed (what the timer calls)."""
        if not self.timer.isActive():
            return  # stopped: the session is locked or closing
        now = self._clock()
        if now - self._started >= self.absolute_ms:
            self.stop()
            self.timed_out.emit("session_expired")
        elif now - self._last_input >= self.idle_ms:
            self.stop()
            self.timed_out.emit("idle")
