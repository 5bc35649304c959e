"""A dialog whose OK runs work on the worker and stays open until it is done: accounts,
passwords, the recovery code, organisations and projects.

It has an explanation, a form, an error line, a thin busy bar and its buttons. OK checks the
form (`validate`), then emits `submitted`; the owner runs the work with `run_change` or
`run_query`. While it runs the buttons are disabled; on success the dialog closes, and a failure
is shown in its error line (the presenter's sentence), keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.kit.widgets import MessageLabel, grow_to_fit
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import ChangeBus, ChangeOp, QueryOp, R

T = TypeVar("T")


def busy_bar() -> QProgressBar:
    """A thin bar that moves while work runs (hidden otherwise)."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


class SubmitDialog(QDialog):
    submitted = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        buttons: QDialogButtonBox.StandardButton = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        ),
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        self.form = QFormLayout()
        self.error = MessageLabel(MessageLabel.ERROR)
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox(buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = ok or self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def explain(self, text: str) -> None:
        self.explanation.setText(text)
        self.explanation.setVisible(bool(text))

    def row(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)
        return label

    def validate(self) -> bool:
        """Check the form before submitting; show what to correct with show_error()."""
        return True

    def _submit(self) -> None:
        if self.busy.isVisible():
            return
        self.error.clear_message()
        if self.validate():
            self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def show_error(self, problem: BaseException | str) -> None:
        self.set_busy(False)
        text = problem if isinstance(problem, str) else failure_text(problem).sentence
        self.error.show_message(text)

    def finish(self) -> None:
        self.set_busy(False)
        self.accept()

    def run_change(
        self,
        bus: ChangeBus,
        work: Callable[[], R],
        done: Callable[[R], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
    ) -> None:
        """Run a mutation; on success `done` (by default: close the dialog)."""
        self.set_busy(True)
        ChangeOp(self, bus, work).success(done or (lambda _result: self.finish())).failure(
            failed or self.show_error
        ).run()

    def run_query(
        self,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object] | None = None,
    ) -> None:
        """Run work that changes nothing an open view shows (before unlock, for example)."""
        self.set_busy(True)
        QueryOp(self, work).success(done).failure(failed or self.show_error).run()

    def retranslate(self) -> None:
        """Texts in the current language (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            grow_to_fit(self)
        super().changeEvent(event)
