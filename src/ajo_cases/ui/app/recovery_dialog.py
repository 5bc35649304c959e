"""Forgotten password: the recovery code opens the vault once to set a new admin password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ajo_cases.errors import NotFound, WrongCredentials
from ajo_cases.ui.kit.password_fields import NewPasswordFields
from ajo_cases.ui.kit.submit_dialog import SubmitDialog


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


class RecoveryDialog(SubmitDialog):
    password_changed = Signal(str)  # the administrator's name

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.code_label, self.name_label = QLabel(), QLabel()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.name = QLineEdit()
        self.form.addRow(self.code_label, self.code)
        self.form.addRow(self.name_label, self.name)
        self.passwords = NewPasswordFields(self.form, self)
        self.name.textChanged.connect(self.passwords.set_user_name)
        self.submitted.connect(self._reset)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset a password with the recovery code"))
        self.explain(
            self.tr(
                "Type the recovery code that was shown when the vault was created, the name of "
                "an administrator account, and a new password for that account."
            )
        )
        self.code_label.setText(self.tr("Recovery code:"))
        self.name_label.setText(self.tr("Administrator name:"))
        self.ok_button.setText(self.tr("Set the new password"))
        self.passwords.retranslate()

    def validate(self) -> bool:
        if not self.code.text().strip() or not self.name.text().strip():
            self.show_error(self.tr("Enter the recovery code and the administrator name."))
            return False
        if not self.passwords.is_valid():
            self.show_error(self.tr("Choose a new password that meets the rules above."))
            return False
        return True

    def _reset(self) -> None:
        args = (self.data_dir, self.code.text(), self.name.text().strip(), self.passwords.text())
        self.run_query(lambda: reset_admin_password(*args), self._succeeded, self._failed)

    def _succeeded(self, admin: str) -> None:
        self.passwords.clear()
        self.code.clear()
        self.password_changed.emit(admin)
        self.finish()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            self.show_error(self.tr("There is no administrator account with this name."))
        elif isinstance(exc, WrongCredentials):
            self.show_error(self.tr("This recovery code is not right. Check it and try again."))
        else:
            self.show_error(exc)
