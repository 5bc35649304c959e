"""Dialogs for accounts: add one, edit its full name, position and phone (printed on papers
people sign), or set a new password. The page runs the work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ajo_cases.services.access.profiles import LIMITS, Profile
from ajo_cases.ui.kit.password_fields import NewPasswordFields
from ajo_cases.ui.kit.roles import role_label
from ajo_cases.ui.kit.submit_dialog import SubmitDialog

ROLE_CHOICES = ("case_worker", "shelter_staff", "manager", "admin")


class ProfileFields:
    """Full name, position and phone rows in a form; the owner calls retranslate()."""

    def __init__(self, form: QFormLayout, profile: Profile | None = None) -> None:
        self.labels = {key: QLabel() for key in LIMITS}
        self.edits = {key: QLineEdit() for key in LIMITS}
        for key, edit in self.edits.items():
            edit.setMaxLength(LIMITS[key])
            edit.setText(str(getattr(profile, key)) if profile is not None else "")
            self.labels[key].setBuddy(edit)
            form.addRow(self.labels[key], edit)

    def retranslate(self) -> None:
        self.labels["full_name"].setText(QCoreApplication.translate("ProfileFields", "Full name:"))
        self.labels["position"].setText(QCoreApplication.translate("ProfileFields", "Position:"))
        self.labels["phone"].setText(QCoreApplication.translate("ProfileFields", "Work phone:"))
        self.edits["full_name"].setPlaceholderText(
            QCoreApplication.translate(
                "ProfileFields", "As printed on referral forms and certificates"
            )
        )

    def profile(self, user: str, version: int = 0) -> Profile:
        """What was typed; `version` is that of the profile the fields were filled from."""
        full_name, position, phone = (self.edits[key].text().strip() for key in LIMITS)
        return Profile(user, full_name, position, phone, version)


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
        self.details = ProfileFields(self.form)
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
        self.details.retranslate()
        self.passwords.retranslate()

    def validate(self) -> bool:
        if self.name.text().strip() in self.taken:
            self.show_error(self.tr("An account with this name already exists."))
            return False
        return True

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), str(self.role.currentData()), self.passwords.text()

    def profile(self) -> Profile:
        return self.details.profile(self.name.text().strip())


class EditUserDialog(SubmitDialog):
    """The full name, position and phone of one account."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user, self.version = profile.user, profile.version
        self.details = ProfileFields(self.form, profile)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Account details"))
        self.explain(
            self.tr(
                "Who is behind the account “%1”: lists and printed papers show the full name "
                "and position instead of the user name."
            ).replace("%1", self.user)
        )
        self.ok_button.setText(self.tr("Save"))
        self.details.retranslate()

    def profile(self) -> Profile:
        return self.details.profile(self.user, self.version)


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
