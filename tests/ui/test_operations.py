"""The one runner: work on the worker thread, answers on the GUI thread only while the asking
widget exists, changes announced by the runner in each of their three forms, failures through
the one presenter, progress with Cancel."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import shiboken6
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.errors import VaultDamaged
from ajo_cases.services.changes import Changes
from ajo_cases.ui.runtime.operations import ChangeBus, ChangeOp, Progress, QueryOp
from tests.ui.case_helpers import idle, modal


@dataclass(frozen=True)
class Counted:
    count: int

    @property
    def changes(self) -> Changes:
        return Changes.of("person", case_id="c1")


_KEPT: list[QWidget] = []  # qtbot holds widgets weakly; these must live through the test


def _widget(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    _KEPT.append(widget)
    return widget


def test_work_runs_on_the_worker_and_answers_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    seen: list[int] = []
    QueryOp(_widget(qtbot), threading.get_ident).success(seen.append).run()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] != gui
    answered: list[int] = []
    QueryOp(_widget(qtbot), lambda: 1).success(lambda _r: answered.append(threading.get_ident()))
    QueryOp(_widget(qtbot), lambda: 2).success(
        lambda _r: answered.append(threading.get_ident())
    ).run()
    qtbot.waitUntil(lambda: bool(answered))
    assert answered == [gui]  # the op that was never run() gave no answer


def test_changes_are_announced_in_each_form(qtbot):
    bus = ChangeBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    results: list[object] = []
    plain = Changes.of("bed")
    ChangeOp(_widget(qtbot), bus, lambda: plain).success(results.append).run()
    ChangeOp(_widget(qtbot), bus, lambda: ("record", Changes.of("case", case_id="c2"))).success(
        results.append
    ).run()
    ChangeOp(_widget(qtbot), bus, lambda: Counted(3)).success(results.append).run()
    ChangeOp(_widget(qtbot), bus, Changes).run()  # nothing changed: nothing announced
    idle(qtbot)
    assert results == [plain, ("record", Changes.of("case", case_id="c2")), Counted(3)]
    assert [sorted(c.kinds) for c in heard] == [["bed"], ["case"], ["person"]]
    assert heard[1].concerns_case("c2") and not heard[1].concerns_case("c1")


def test_a_closed_window_gets_no_answer_but_its_change_is_still_announced(qtbot):
    bus = ChangeBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    answered: list[object] = []
    gate = threading.Event()
    asking = QWidget()
    ChangeOp(asking, bus, lambda: (gate.wait(10), Changes.of("case"))[1]).success(
        answered.append
    ).run()
    asking.deleteLater()
    qtbot.waitUntil(lambda: not _alive(asking))
    gate.set()
    qtbot.waitUntil(lambda: bool(heard))
    assert answered == [] and heard[0].touches("case")


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_a_failure_whose_window_is_gone_is_still_told(qtbot):
    gate = threading.Event()

    def refuse() -> Changes:
        gate.wait(10)
        raise RuleViolation("shelter.bed_required")

    asking = QWidget()
    ChangeOp(asking, ChangeBus(), refuse).run()
    shiboken6.delete(asking)  # the window closes while the work runs
    gate.set()
    idle(qtbot)
    box = modal(QMessageBox)  # a change that failed is never silent
    assert box.text() == "Choose a bed." and box.parent() is None
    box.accept()


def test_a_rule_refusal_is_shown_as_its_sentence(qtbot):
    def refuse() -> Changes:
        raise RuleViolation("shelter.bed_required")

    ChangeOp(_widget(qtbot), ChangeBus(), refuse).run()
    idle(qtbot)
    box = modal(QMessageBox)
    assert box.text() == "Choose a bed." and box.detailedText() == "shelter.bed_required"
    box.accept()


def test_a_damaged_vault_says_restore_a_backup(qtbot):
    def read() -> None:
        raise VaultDamaged("page 12 failed its check")

    QueryOp(_widget(qtbot), read).run()
    idle(qtbot)
    box = modal(QMessageBox)
    assert "Restore the latest backup" in box.text() and "page 12" not in box.detailedText()
    box.accept()


def test_the_unexpected_is_logged_without_its_text_and_shown_with_a_reference(qtbot, caplog):
    name = "Каримова Зарина"

    def fail() -> None:
        raise KeyError(name)

    with caplog.at_level(logging.ERROR):
        QueryOp(_widget(qtbot), fail).run()
        idle(qtbot)
    box = modal(QMessageBox)
    reference = box.detailedText().split()[-1]
    assert reference in box.text() and reference in caplog.text
    assert "Каримова" not in caplog.text and "Каримова" not in box.text()
    box.accept()


def test_a_failure_handler_takes_the_place_of_the_box(qtbot):
    caught: list[BaseException] = []
    QueryOp(_widget(qtbot), lambda: 1 / 0).failure(caught.append).run()
    idle(qtbot)
    assert isinstance(caught[0], ZeroDivisionError)
    assert not isinstance(modal_or_none(), QMessageBox)


def modal_or_none() -> QWidget | None:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeModalWidget()


def test_progress_counts_steps_and_cancel_reaches_the_work(qtbot):
    progress = Progress()
    steps_seen: list[bool] = []
    started, release = threading.Event(), threading.Event()

    def work() -> str:
        started.set()
        release.wait(10)
        steps_seen.append(progress(1, 4))  # the service asks: go on?
        return "stopped" if progress.cancelled else "done"

    results: list[str] = []
    op = QueryOp(_widget(qtbot), work).success(results.append).with_progress("Working…", progress)
    op.run()
    assert op.dialog is not None and op.dialog.isVisible()
    assert op.dialog.labelText() == "Working…"
    started.wait(10)
    op.dialog.findChild(QPushButton).click()  # Cancel
    assert "nothing will be kept" in op.dialog.labelText()
    release.set()
    qtbot.waitUntil(lambda: bool(results))
    assert steps_seen == [False] and results == ["stopped"]
    assert op.dialog is None  # closed once the work ended


def test_a_busy_dialog_without_progress_has_no_cancel(qtbot):
    release = threading.Event()
    op = QueryOp(_widget(qtbot), lambda: release.wait(10)).with_progress("Checking…")
    op.run()
    assert op.dialog is not None and op.dialog.findChild(QPushButton) is None
    release.set()
    idle(qtbot)
    assert op.dialog is None
