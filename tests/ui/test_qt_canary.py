"""A Qt release that breaks reference counting must fail here, not on a user's PC.

PySide6 6.12.0 returned True from SignalInstance.emit() without a new reference, so each emit
took one reference from True and Python 3.11 aborted in bool_dealloc after enough of them.
pyproject.toml excludes that release; this test catches the next one like it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    bare = Signal()
    with_args = Signal(int, str)


def test_emitting_signals_keeps_reference_counts() -> None:
    sender = _Sender()
    heard: list[int] = []
    sender.with_args.connect(lambda number, _text: heard.append(number))
    # a few hundred emits first: a release that loses a reference per emit fails here with a
    # message instead of aborting the interpreter later
    for rounds in (500, 20_000):
        heard.clear()
        before_true = sys.getrefcount(True)
        before_none = sys.getrefcount(None)
        for number in range(rounds):
            sender.bare.emit()
            sender.with_args.emit(number, "x")
        assert len(heard) == rounds
        assert abs(sys.getrefcount(True) - before_true) < 50, "emit() loses references to True"
        assert abs(sys.getrefcount(None) - before_none) < 50, "emit() loses references to None"
