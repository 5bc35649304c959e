"""The first window comes before the database layer loads; the smoke test's own checks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ajo_cases.app import _first_paint_filter, collation_works
from ajo_cases.ui.kit.deferred import after_first_paint, once_on_screen


def test_work_waits_for_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    after_first_paint(widget, lambda: calls.append(1))
    qtbot.wait(20)
    assert calls == []  # not shown, not painted: nothing ran
    widget.show()
    qtbot.waitUntil(lambda: calls == [1])
    widget.update()
    widget.repaint()
    qtbot.wait(20)
    assert calls == [1]  # once only


def test_the_first_painted_window_is_reported_once(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    watcher = _first_paint_filter(app)
    app.installEventFilter(watcher)
    try:
        first, second = QWidget(), QWidget()
        qtbot.addWidget(first), qtbot.addWidget(second)
        first.show()
        qtbot.waitUntil(lambda: "first window painted" in capsys.readouterr().out)
        second.show()
        second.repaint()
        qtbot.wait(20)
        assert "first window painted" not in capsys.readouterr().out
    finally:
        app.removeEventFilter(watcher)


def test_names_sort_by_collation_not_code_points() -> None:
    assert collation_works()


def test_a_page_replaced_at_once_waits_for_its_next_showing(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    once_on_screen(widget, lambda: calls.append(1))
    widget.show()
    widget.hide()  # as Home when a search opens the case list straight after unlocking
    qtbot.wait(20)
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == [1])
    widget.hide()
    widget.show()
    qtbot.wait(20)
    assert calls == [1]
