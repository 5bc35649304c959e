"""The one worker thread for database work (Anki's taskman).

Work runs one item after another on the worker, so two never touch the vault at once and the
GUI thread never waits for Argon2id or SQLCipher. Each answer (a result or an exception) comes
back to the GUI thread through a queued signal. Screens do not call this directly: they run
operations (operations.py), which add the progress dialog, the check that the asking window
still exists, the one failure presenter and the announcement of what changed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ajo_cases.ui.runtime.collector import GuiThreadCollector

Done = Callable[[object, BaseException | None], None]  # (result, exception)


class _Worker(QObject):
    done = Signal(int, object, object)  # job id, result, exception

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], object]) -> None:
        try:
            result = fn()
        except BaseException as exc:  # handed to the GUI thread, never lost in the worker
            self.done.emit(job_id, None, exc)
        else:
            self.done.emit(job_id, result, None)


class TaskManager(QObject):
    """Runs callables on the worker thread, in submission order."""

    submitted = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self._ids = itertools.count(1)
        self._pending: dict[int, Done] = {}
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

    def submit(self, fn: Callable[[], object], done: Done) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = done
        self.submitted.emit(job_id, fn)
        return job_id

    @Slot(int, object, object)
    def _finished(self, job_id: int, result: object, exc: BaseException | None) -> None:
        done = self._pending.pop(job_id, None)
        if done is not None:
            done(result, exc)

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


def shutdown() -> None:
    global _manager
    if _manager is not None:
        _manager.shutdown()
        _manager = None
