"""One worker thread for database work (Anki's taskman/CollectionOp pattern).

Use cases run one after another on the worker, so two never touch the vault at once and the UI
thread never waits for Argon2id or SQLCipher. Results and errors come back to the main thread
through queued signals; failures without a handler go to ui.errors.show_error.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ajo_cases.ui.runtime.collector import GuiThreadCollector
from ajo_cases.ui.runtime.signals import emit

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Worker(QObject):
    done = Signal(int, object, object)  # job id, result, exception

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except BaseException as exc:  # handed to the main thread, never lost in the worker
            emit(self.done, job_id, None, exc)
        else:
            emit(self.done, job_id, result, None)


class TaskManager(QObject):
    """Runs callables on the worker thread, in submission order."""

    submitted = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Success | None, Failure | None, QWidget | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("ajo-database-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self.submitted.connect(self._worker.run)
        self._worker.done.connect(self._finished)
        self._collector = GuiThreadCollector(self)  # never collect Qt objects on the worker
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        parent: QWidget | None = None,
    ) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = (on_success, on_failure, parent)
        emit(self.submitted, job_id, fn)
        return job_id

    @Slot(int, object, object)
    def _finished(self, job_id: int, result: Any, exc: BaseException | None) -> None:
        on_success, on_failure, parent = self._pending.pop(job_id, (None, None, None))
        if exc is None:
            if on_success is not None:
                on_success(result)
        elif on_failure is not None:
            on_failure(exc)
        else:
            from ajo_cases.ui.runtime.errors import show_error

            show_error(parent or QApplication.activeWindow(), exc)

    def shutdown(self) -> None:
        """Finish queued work, then stop the thread (called at quit)."""
        self._thread.quit()
        self._thread.wait()
        self._collector.stop()


_manager: TaskManager | None = None


def task_manager() -> TaskManager:
    global _manager
    if _manager is None:
        _manager = TaskManager()
    return _manager


def run_in_background(
    fn: Callable[[], Any],
    on_success: Success | None = None,
    on_failure: Failure | None = None,
    parent: QWidget | None = None,
) -> int:
    return task_manager().run(fn, on_success, on_failure, parent)


def shutdown() -> None:
    global _manager
    if _manager is not None:
        _manager.shutdown()
        _manager = None
