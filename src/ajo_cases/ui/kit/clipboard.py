"""Copying from the app: cleared after 30 s if unchanged, and on lock and quit.

Only a digest of what was copied is kept, so this module holds no personal data itself, and
text the user copied from another program is never touched.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class ClipboardGuard:
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        self._ours: bytes | None = None
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._ours = _digest(text)
        self._timer.start()

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(QGuiApplication.clipboard().text()) == self._ours

    def clear_if_ours(self) -> None:
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        self._ours = None
        self._timer.stop()


_guard: ClipboardGuard | None = None


def clipboard_guard() -> ClipboardGuard:
    global _guard
    if _guard is None:
        _guard = ClipboardGuard()
    return _guard


def copy_text(text: str) -> None:
    """Every copy of data out of the app goes through here."""
    clipboard_guard().copy(text)


def clear_if_ours() -> None:
    clipboard_guard().clear_if_ours()
