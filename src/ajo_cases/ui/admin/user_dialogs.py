"""Dialogs for accounts: add one, or set a new password. The page runs the work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.kit.password_fields import NewPasswordFields
from ajo_cases.ui.kit.roles import role_label
from ajo_cases.ui.kit.widgets import MessageLabel, grow_to_fit
from ajo_cases.ui.runtime.rule_messages import failure_text
from ajo_cases.ui.runtime.signals import emit

ROLE_CHOICES = ("case_worker", "shelter_staff", "manager", "admin")


class _AccountDialog(QDialog):
    """Shared frame: explanation, a form, live password rules, error line, busy bar, buttons."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.form = QFormLayout()
        self.error = MessageLabel(MessageLabel.ERROR)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        if not self.busy.isVisible():
            emit(self.submitted)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def show_error(self, exc: BaseException | str) -> None:
        self.set_busy(False)
        self.error.show_message(exc if isinstance(exc, str) else failure_text(exc)[0])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            grow_to_fit(self)
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class AddUserDialog(_AccountDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label, self.role_label = QLabel(), QLabel()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLE_CHOICES:
            self.role.addItem("", role)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.role_label, self.role)
        self.passwords = NewPasswordFields(self.form, self)
        self.name.textChanged.connect(self.passwords.set_user_name)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an account"))
        self.explanation.setText(
            self.tr(
                "The new account can unlock the vault with its own password. What it may see "
                "depends on the role: a manager never sees names or other personal data."
            )
        )
        self.name_label.setText(self.tr("User name:"))
        self.role_label.setText(self.tr("Role:"))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_label(self.role.itemData(index)))
        self.ok_button.setText(self.tr("Add the account"))
        self.passwords.retranslate()

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.role.currentData(), self.passwords.text()


class ChangePasswordDialog(_AccountDialog):
    def __init__(self, user: str, is_self: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.is_self = is_self
        self.passwords = NewPasswordFields(self.form, self)
        self.passwords.set_user_name(user)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change a password"))
        if self.is_self:
            text = self.tr(
                "Set a new password for your account “%1”. The old password stops working at "
                "once; other accounts are not affected."
            )
        else:
            text = self.tr(
                "Set a new password for the account “%1”. Its old password stops working at "
                "once; tell the person the new one in private."
            )
        self.explanation.setText(text.replace("%1", self.user))
        self.ok_button.setText(self.tr("Change the password"))
        self.passwords.retranslate()

    def values(self) -> str:
        return self.passwords.text()
