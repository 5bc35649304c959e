"""Dialogs for accounts: add one, or set a new password. The page runs the work."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ajo_cases.ui.kit.password_fields import NewPasswordFields
from ajo_cases.ui.kit.roles import role_label
from ajo_cases.ui.kit.submit_dialog import SubmitDialog

ROLE_CHOICES = ("case_worker", "shelter_staff", "manager", "admin")


class AddUserDialog(SubmitDialog):
    def __init__(self, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken = taken  # names of the accounts there are
        self.name_label, self.role_label = QLabel(), QLabel()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLE_CHOICES:
            self.role.addItem("", role)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.role_label, self.role)
        self.passwords = NewPasswordFields(self.form, self)
        self.name.textChanged.connect(self.passwords.set_user_name)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an account"))
        self.explain(
            self.tr(
                "The new account can unlock the vault with its own password. What it may see "
                "depends on the role: a manager never sees names or other personal data."
            )
        )
        self.name_label.setText(self.tr("User name:"))
        self.role_label.setText(self.tr("Role:"))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_label(str(self.role.itemData(index))))
        self.ok_button.setText(self.tr("Add the account"))
        self.passwords.retranslate()

    def validate(self) -> bool:
        if self.name.text().strip() in self.taken:
            self.show_error(self.tr("An account with this name already exists."))
            return False
        return True

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), str(self.role.currentData()), self.passwords.text()


class ChangePasswordDialog(SubmitDialog):
    def __init__(self, user: str, is_self: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.is_self = is_self
        self.passwords = NewPasswordFields(self.form, self)
        self.passwords.set_user_name(user)
        self.setMinimumWidth(520)
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
        self.explain(text.replace("%1", self.user))
        self.ok_button.setText(self.tr("Change the password"))
        self.passwords.retranslate()

    def validate(self) -> bool:
        if not self.passwords.is_valid():
            self.show_error(self.tr("Choose a password that meets the rules above."))
            return False
        return True

    def values(self) -> str:
        return self.passwords.text()
