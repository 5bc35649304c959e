"""Forgotten password: the recovery code opens the vault once to set a new admin password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.errors import NotFound, WrongCredentials
from ajo_cases.ui.kit.password_fields import NewPasswordFields
from ajo_cases.ui.kit.widgets import MessageLabel, grow_to_fit
from ajo_cases.ui.runtime.errors import error_text
from ajo_cases.ui.runtime.signals import emit
from ajo_cases.ui.runtime.tasks import run_in_background


def reset_admin_password(data_dir: Path, code: str, admin: str, password: str) -> str:
    """Runs on the worker: unlock with the code, re-seal the admin's slot, close again."""
    from ajo_cases.services.access.opening import open_vault
    from ajo_cases.services.access.users import change_password, list_users

    vault = open_vault(data_dir, "", code, use_recovery=True)
    try:
        names = {user.name: user.role for user in list_users(vault)}
        if names.get(admin) != "admin":
            raise NotFound("no administrator account with this name")
        change_password(vault, admin, password)
    finally:
        vault.close()
    return admin


class RecoveryDialog(QDialog):
    password_changed = Signal(str)  # the administrator's name

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setModal(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form = QFormLayout()
        self.code_label, self.name_label = QLabel(), QLabel()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.name = QLineEdit()
        form.addRow(self.code_label, self.code)
        form.addRow(self.name_label, self.name)
        self.passwords = NewPasswordFields(form, self)
        self.name.textChanged.connect(self.passwords.set_user_name)
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
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset a password with the recovery code"))
        self.explanation.setText(
            self.tr(
                "Type the recovery code that was shown when the vault was created, the name of "
                "an administrator account, and a new password for that account."
            )
        )
        self.code_label.setText(self.tr("Recovery code:"))
        self.name_label.setText(self.tr("Administrator name:"))
        self.ok_button.setText(self.tr("Set the new password"))
        self.passwords.retranslate()
        grow_to_fit(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        if not self.code.text().strip() or not self.name.text().strip():
            self.error.show_message(self.tr("Enter the recovery code and the administrator name."))
            return
        if not self.passwords.is_valid():
            self.error.show_message(self.tr("Choose a new password that meets the rules above."))
            return
        args = (self.data_dir, self.code.text(), self.name.text().strip(), self.passwords.text())
        self._set_busy(True)
        run_in_background(lambda: reset_admin_password(*args), self._succeeded, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _succeeded(self, admin: str) -> None:
        self._set_busy(False)
        self.passwords.clear()
        self.code.clear()
        emit(self.password_changed, admin)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, NotFound):
            self.error.show_message(self.tr("There is no administrator account with this name."))
        elif isinstance(exc, WrongCredentials):
            self.error.show_message(
                self.tr("This recovery code is not right. Check it and try again.")
            )
        else:
            self.error.show_message(error_text(exc)[0])
