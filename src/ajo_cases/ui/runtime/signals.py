"""emit(): the one way this package emits its own signals.

PySide6 6.12.0 returns True from SignalInstance.emit() without taking a new reference, so every
emit whose result is dropped takes one reference from True; on Python 3.11 the interpreter
aborts ("bool_dealloc") once enough signals were emitted. emit() measures the fault once and,
only where it exists, gives the reference back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) - before <= -8


_COMPENSATE = _emit_drops_a_reference()
_TRUE = ctypes.py_object(True)


def emit(signal: SignalInstance, *args: Any) -> None:
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if _COMPENSATE and result is True:
        ctypes.pythonapi.Py_IncRef(_TRUE)
