"""The unlock window: account name and password, language, and the recovery-code path."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.kit.widgets import (
    LanguageCombo,
    MessageLabel,
    grow_to_fit,
    heading,
    icon,
    open_dialog,
)
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import QueryOp

if TYPE_CHECKING:
    from ajo_cases.services.open_vault import OpenVault


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # OpenVault
    close_requested = Signal()

    def __init__(self, data_dir: Path, user: str = "", note: str = "") -> None:
        super().__init__()
        self.data_dir = data_dir
        self.setWindowIcon(icon("app.svg"))
        self._reason = ""
        self._note = note
        self._last_error: BaseException | None = None
        self.dialog: QDialog | None = None  # About or the recovery code, for tests
        self.logo = QLabel()
        self.logo.setPixmap(icon("app.svg").pixmap(48, 48))
        self.heading = heading(1.4)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.language = LanguageCombo()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top = QHBoxLayout()
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(titles, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)

        self.reason_label = MessageLabel(MessageLabel.NOTE)
        self.note_label = MessageLabel(MessageLabel.WARNING)
        self.user_label, self.password_label = QLabel(), QLabel()
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_label.setBuddy(self.user)
        self.password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        self.error = MessageLabel(MessageLabel.ERROR)
        form.addRow("", self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # Argon2id takes about half a second: show that work goes on
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()

        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.forgot_button = QPushButton()
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.about_button = QPushButton()
        self.about_button.setFlat(True)
        self.about_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.about_button.clicked.connect(self.open_about)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addStretch(1)  # spare height goes below the form, not between its rows
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        (self.password if user else self.user).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("AJO Cases — unlock"))
        self.heading.setText(self.tr("AJO Cases"))
        self.subheading.setText(self.tr("The vault is locked. Sign in to continue."))
        self.user_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.forgot_button.setText(self.tr("Forgot the password? Use the recovery code"))
        self.about_button.setText(self.tr("About…"))
        self.reason_label.show_message(self._reason_text())
        self.note_label.show_message(self._note)
        grow_to_fit(self)
        if self._last_error is not None:
            self.error.show_message(failure_text(self._last_error).sentence)

    def open_about(self) -> None:
        from ajo_cases.ui.app.about_dialog import AboutDialog

        self.dialog = AboutDialog(self)
        open_dialog(self.dialog)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _reason_text(self) -> str:
        if self._reason == "idle":
            return self.tr("The vault was locked because it was not in use.")
        if self._reason == "session_expired":
            return self.tr("You were signed in for 12 hours. Please sign in again.")
        if self._reason == "password_changed":
            return self.tr("The password was changed. Unlock with the new password.")
        return ""

    def reset(self, reason: str = "", user: str | None = None) -> None:
        """Ready for the next unlock: no password or error left from before."""
        self._reason = reason
        if user is not None:
            self.user.setText(user)
        self.password.clear()
        self._last_error = None
        self.error.clear_message()
        self._set_busy(False)
        self.retranslate()
        (self.password if self.user.text() else self.user).setFocus()

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        user, secret, folder = self.user.text().strip(), self.password.text(), self.data_dir
        if not user or not secret:
            self._last_error = None
            self.error.show_message(self.tr("Enter your user name and password."))
            return
        self._last_error = None
        self.error.clear_message()
        self._set_busy(True)
        QueryOp(self, lambda: _open(folder, user, secret)).success(self._succeeded).failure(
            self._failed
        ).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.user, self.password, self.unlock_button, self.forgot_button):
            widget.setEnabled(not busy)

    def _succeeded(self, vault: OpenVault) -> None:
        self._set_busy(False)
        self.password.clear()
        self._reason = ""
        self.reason_label.clear_message()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._last_error = exc
        self.error.show_message(failure_text(exc).sentence)
        grow_to_fit(self)  # a refusal of two or three lines is read whole, never clipped
        self.password.selectAll()
        self.password.setFocus()

    def open_recovery(self) -> None:
        from ajo_cases.ui.app.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.data_dir, self)
        dialog.password_changed.connect(lambda name: self.reset("password_changed", name))
        self.dialog = dialog
        open_dialog(dialog)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy.isVisible():
            event.ignore()  # an unlock is half-way; closing now would leave the vault open
            return
        self.close_requested.emit()
        super().closeEvent(event)


def _open(folder: Path, user: str, secret: str) -> OpenVault:
    from ajo_cases.services.access.opening import open_vault

    return open_vault(folder, user, secret)
