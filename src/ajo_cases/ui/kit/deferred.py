"""Work that waits until a widget is on screen: what the person sees comes first, then what
loads behind it (the database layer behind the unlock window, Home's counts)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)  # after this paint reaches the screen
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Runs `then` once, right after the widget is first painted (never, if it never is)."""
    _FirstPaint(widget, then)


class _OnScreen(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self._check)
        return False

    def _check(self) -> None:
        # Still shown once the events of this turn are handled: a page shown and at once
        # replaced by another (a search straight after unlocking) waits for its next showing.
        if self._then is None or not self._widget.isVisible():
            return
        then, self._then = self._then, None
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def once_on_screen(widget: QWidget, then: Callable[[], None]) -> None:
    """Runs `then` once, the first time the widget is shown and still shown after the events
    of that moment are handled (never, if it never is)."""
    _OnScreen(widget, then)
