"""Long work on the database worker behind a progress dialog with Cancel (UI.md, Feedback).

The service's progress callback runs on the worker thread: it hands (done, total) to the UI
thread through a queued signal and returns False once the person pressed Cancel (a flag set on
the UI thread). The services then roll back, so a cancel leaves nothing half-done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.runtime.signals import emit
from ajo_cases.ui.runtime.window_guard import run_for

Progress = Callable[[int, int], bool]


class _Bridge(QObject):
    step = Signal(int, int)  # emitted on the worker thread, delivered queued on the UI thread


def _reporter(bridge: _Bridge, flag: threading.Event) -> Progress:
    def progress(done: int, total: int) -> bool:
        """Called by the service on the worker thread; False asks it to stop and roll back."""
        emit(bridge.step, done, total)
        return not flag.is_set()

    return progress


class CancellableTask(QObject):
    """Runs `work(progress)` on the worker; `on_done(result, cancelled)` or `on_failure(exc,
    cancelled)` afterwards. Keep a reference while it runs (the owner is its parent)."""

    def __init__(
        self,
        owner: QWidget,
        context: PageContext,
        label: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any, bool], None],
        on_failure: Callable[[BaseException, bool], None] | None = None,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.cancel_flag = threading.Event()
        self.finished = False
        # No Qt parent: the work closure keeps the bridge alive even if the owner is deleted
        # while the worker still reports progress.
        self.bridge = _Bridge()
        self.bridge.step.connect(self._step)
        self.dialog = QProgressDialog(owner)
        self.dialog.setWindowTitle(self.tr("Please wait"))
        self.dialog.setLabelText(label)
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setRange(0, 0)  # busy until the first step is known
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._on_done, self._on_failure = on_done, on_failure
        self.dialog.show()
        self.progress = _reporter(self.bridge, self.cancel_flag)
        progress = self.progress
        run_for(self, context, lambda: work(progress), self._done, self._failed)

    @property
    def cancelled(self) -> bool:
        return self.cancel_flag.is_set()

    def cancel(self) -> None:
        if not self.finished:
            self.cancel_flag.set()
            if isValid(self.dialog):
                self.dialog.setLabelText(self.tr("Cancelling… nothing will be kept."))

    def _step(self, done: int, total: int) -> None:
        if self.finished or not isValid(self.dialog) or total <= 0:
            return
        self.dialog.setRange(0, total)
        self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        self.finished = True
        if isValid(self.dialog):
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()

    def _done(self, result: Any) -> None:
        self._close()
        self._on_done(result, self.cancelled)
        self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if self._on_failure is not None:
            self._on_failure(exc, self.cancelled)
        else:
            from ajo_cases.ui.runtime.rule_messages import show_failure

            if not self.cancelled:
                show_failure(self.owner, exc)
        self.deleteLater()
