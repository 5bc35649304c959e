"""Cyclic garbage collection on the GUI thread only.

Python's cyclic collector runs on whichever thread's allocation trips its threshold, here
often the database worker. When the garbage it finds holds Qt objects made on the GUI thread
(dialogs, models and the slots that point back at them), they are destroyed on the worker,
which crashes Qt now and then (seen as segmentation faults with "Garbage-collecting" on the
worker's stack). Anki does the same for the same reason (qt/aqt/main.py, "GC": the default
collection "can trigger on any thread", and Qt objects must only be touched on the main
thread, so it disables it and collects on a timer). So while the worker exists, automatic
collection is off and the GUI thread collects on a timer, by the same thresholds the
automatic collector uses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns how many
        objects were freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for index, (count, threshold) in enumerate(zip(counts, thresholds, strict=True)):
            if count > threshold:
                generation = index
        return gc.collect(generation) if generation >= 0 else 0

    def stop(self) -> None:
        self._timer.stop()
        self.collect()
        if self._was_enabled:
            gc.enable()
