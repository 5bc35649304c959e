"""The one way a screen runs work (Anki's QueryOp and CollectionOp).

    QueryOp(self, lambda: shelter.list_beds(vault)).success(self.show_beds).run()
    ChangeOp(self, context.changes, lambda: assistance.add_assistance(vault, case_id, form)).run()

The work runs on the single database worker (tasks.py) and must not touch widgets: read what
it needs from the form first, on the GUI thread, and close over plain values. Then, on the
GUI thread:

- `success` gets the result, but only while `parent` still exists (a window closed or a vault
  locked meanwhile drops the answer);
- a failure goes to `failure` when one is given (a form that shows the sentence next to its
  fields: `failures.failure_text(exc)`), otherwise to the one presenter (failures.py);
- a ChangeOp's work returns what it changed, as `Changes`, `(result, Changes)` or a result
  with a `changes` property; the runner announces it on the ChangeBus after `success`, even
  when the asking window is gone, so every open view can refresh itself;
- `with_progress(label)` shows a window-modal progress dialog while the work runs; given a
  `Progress`, the dialog counts the steps the service reports and offers Cancel (the service
  then rolls back, so a cancel leaves nothing half-done).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ajo_cases.services.changes import Changes, HasChanges, changes_of
from ajo_cases.ui.runtime.failures import failure_text, show_failure
from ajo_cases.ui.runtime.tasks import task_manager

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")
R = TypeVar("R", bound=Changes | tuple[Any, Changes] | HasChanges)


class ChangeBus(QObject):
    """What changed, announced once per operation; each view decides whether to refresh."""

    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


class _Relay(QObject):
    step = Signal(int, int)  # emitted on the worker, delivered queued on the GUI thread


class Progress:
    """A service's progress callback: `progress(done, total)` returns False once the person
    pressed Cancel. Made on the GUI thread, called on the worker."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.relay = _Relay()

    def __call__(self, done: int, total: int) -> bool:
        self.relay.step.emit(done, total)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class QueryOp(Generic[T]):
    """Work that reads (or writes nothing a view shows). Chain the options, then run()."""

    def __init__(self, parent: QObject | None, work: Callable[[], T]) -> None:
        self.parent = parent
        self._work = work
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None
        self._label: str | None = None
        self.progress: Progress | None = None
        self.dialog: QProgressDialog | None = None

    def success(self, fn: Callable[[T], object]) -> Self:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], object]) -> Self:
        """Handle failures here instead of the presenter's message box."""
        self._failure = fn
        return self

    def with_progress(self, label: str, progress: Progress | None = None) -> Self:
        self._label, self.progress = label, progress
        return self

    def run(self) -> None:
        if self._label is not None:
            self.dialog = self._open_progress(self._label)
        task_manager().submit(self._work, self._finished)

    # --- on the GUI thread ---------------------------------------------------------------

    def _alive(self) -> bool:
        return self.parent is None or isValid(self.parent)

    def _finished(self, result: object, exc: BaseException | None) -> None:
        self._close_progress()
        if exc is None:
            self._succeeded(cast(T, result))  # what self._work returned
        else:
            self._failed(exc)

    def _succeeded(self, result: T) -> None:
        if self._success is not None and self._alive():
            self._success(result)

    def _failed(self, exc: BaseException) -> None:
        if not self._alive():
            self._orphaned(exc)
            return
        if self._failure is not None:
            self._failure(exc)
        else:
            parent = self.parent if isinstance(self.parent, QWidget) else None
            show_failure(parent.window() if parent is not None else None, exc)

    def _orphaned(self, exc: BaseException) -> None:
        """The asking window is gone: nobody waits for a read; an unexpected failure is
        still logged with its reference."""
        failure_text(exc)

    def _open_progress(self, label: str) -> QProgressDialog:
        from PySide6.QtWidgets import QProgressDialog  # first used after unlock

        parent = self.parent if isinstance(self.parent, QWidget) else None
        dialog = QProgressDialog(parent)
        dialog.setObjectName("ProgressDialog")
        dialog.setWindowTitle(QCoreApplication.translate("Operations", "Please wait"))
        dialog.setLabelText(label)
        dialog.setRange(0, 0)  # busy until the first step is known
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        progress = self.progress
        if progress is None:
            dialog.setCancelButton(None)
        else:
            dialog.setCancelButtonText(QCoreApplication.translate("Operations", "Cancel"))
            dialog.canceled.connect(lambda: self._cancel(progress, dialog))
            progress.relay.step.connect(lambda done, total: self._step(dialog, done, total))
        dialog.show()
        return dialog

    @staticmethod
    def _cancel(progress: Progress, dialog: QProgressDialog) -> None:
        progress.cancel()
        if isValid(dialog):
            dialog.setLabelText(
                QCoreApplication.translate("Operations", "Cancelling… nothing will be kept.")
            )

    @staticmethod
    def _step(dialog: QProgressDialog, done: int, total: int) -> None:
        if isValid(dialog) and dialog.isVisible() and total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and isValid(dialog):
            dialog.blockSignals(True)  # closing must not count as Cancel
            dialog.close()
            dialog.deleteLater()


class ChangeOp(QueryOp[R]):
    """Work that changes the vault and says what it changed; the runner announces it."""

    def __init__(self, parent: QObject | None, bus: ChangeBus, work: Callable[[], R]) -> None:
        super().__init__(parent, work)
        self.bus = bus

    def _succeeded(self, result: R) -> None:
        try:
            super()._succeeded(result)
        finally:
            if isValid(self.bus):
                self.bus.announce(changes_of(result))

    def _orphaned(self, exc: BaseException) -> None:
        """A change that failed after its window closed is still reported: the person must
        not believe it was saved."""
        show_failure(None, exc)
