"""A new password typed twice, with the policy checked live as the person types."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ajo_cases.domain.passwords import (
    MIN_LENGTH,
    RECOMMENDED_LENGTH,
    check_password,
    normalise_password,
)
from ajo_cases.ui.kit.widgets import MessageLabel
from ajo_cases.ui.runtime.sentences import password_problem_text


class NewPasswordFields(QObject):
    """Adds its rows to a QFormLayout owned by the dialog, so labels line up with the rest.
    The owner calls retranslate() from its own retranslate."""

    validity_changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self._user_name = ""
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problems_label = MessageLabel(MessageLabel.ERROR)
        self.password_label = QLabel()
        self.repeat_label = QLabel()
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.hint)
        form.addRow("", self.problems_label)
        self.password.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self._valid = False
        self.retranslate()

    def retranslate(self) -> None:
        self.password_label.setText(self.tr("New password:"))
        self.repeat_label.setText(self.tr("Repeat the password:"))
        self.hint.setText(
            self.tr("At least %1 characters; %2 or more is better. A short sentence works well.")
            .replace("%1", str(MIN_LENGTH))
            .replace("%2", str(RECOMMENDED_LENGTH))
        )
        self._check()

    def set_user_name(self, name: str) -> None:
        self._user_name = name
        self._check()

    def problem_codes(self) -> list[str]:
        codes = [problem.code for problem in check_password(self.password.text(), self._user_name)]
        if self.text() != normalise_password(self.repeat.text()):
            codes.append("password.mismatch")
        return codes

    def text(self) -> str:
        return normalise_password(self.password.text())

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()

    def is_valid(self) -> bool:
        return self._valid

    def _check(self) -> None:
        codes = self.problem_codes()
        # Say nothing until something is typed: a wall of red on an empty form helps nobody.
        shown = codes if self.password.text() else []
        if not self.repeat.text():  # not typed yet, so not "different" yet
            shown = [code for code in shown if code != "password.mismatch"]
        self.problems_label.show_message("\n".join(password_problem_text(c) for c in shown))
        valid = not codes
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit()
