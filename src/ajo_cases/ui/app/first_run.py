"""First run: create the vault and its administrator, then show the recovery code once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.reports.model import Letterhead
from ajo_cases.ui.kit.formatting import DATE_FORMAT
from ajo_cases.ui.kit.password_fields import NewPasswordFields
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


class CreateVaultWindow(QWidget):
    created = Signal(object, str)  # the open vault, the recovery code
    close_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.setWindowIcon(icon("app.svg"))
        self.heading = heading(1.4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = LanguageCombo()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)

        form = QFormLayout()
        self.name_label = QLabel()
        self.name = QLineEdit()
        form.addRow(self.name_label, self.name)
        self.full_name_label = QLabel()
        self.full_name = QLineEdit()
        form.addRow(self.full_name_label, self.full_name)
        self.passwords = NewPasswordFields(form, self)
        # The letterhead printed on referral forms and certificates (Administration changes it).
        self.org_heading = QLabel()
        form.addRow(self.org_heading)
        self.org_labels = [QLabel(), QLabel(), QLabel()]
        self.org_name, self.org_address, self.org_contact = QLineEdit(), QLineEdit(), QLineEdit()
        for label, edit in zip(
            self.org_labels, (self.org_name, self.org_address, self.org_contact), strict=True
        ):
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.name.textChanged.connect(self.passwords.set_user_name)
        self.error = MessageLabel(MessageLabel.ERROR)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.submit)
        self.passwords.validity_changed.connect(self._update_button)
        self.name.textChanged.connect(lambda _text: self._update_button())
        self.passwords.repeat.returnPressed.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)  # spare height goes below the form, not between its rows
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        # Room for the password's problems below the form: a message never resizes the window,
        # and without spare height the layout would squeeze the wrapped hint to one cut line.
        self.resize(self.width(), self.height() + 4 * self.fontMetrics().lineSpacing())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("AJO Cases — create the vault"))
        self.heading.setText(self.tr("Welcome to AJO Cases"))
        self.intro.setText(
            self.tr(
                "There is no vault in %1 yet. Create one now: you will be its administrator "
                "and can add the other accounts afterwards."
            ).replace("%1", str(self.data_dir))
        )
        self.name_label.setText(self.tr("Administrator name:"))
        self.full_name_label.setText(self.tr("Your full name:"))
        self.full_name.setPlaceholderText(self.tr("As printed on papers you sign"))
        self.org_heading.setText(
            "<b>" + self.tr("Letterhead for printed papers (can be changed later)") + "</b>"
        )
        for label, text in zip(
            self.org_labels,
            (self.tr("Organisation:"), self.tr("Address:"), self.tr("Phone or e-mail:")),
            strict=True,
        ):
            label.setText(text)
        self.create_button.setText(self.tr("Create the vault"))
        self.passwords.retranslate()
        grow_to_fit(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_button(self) -> None:
        ready = bool(self.name.text().strip()) and self.passwords.is_valid()
        self.create_button.setEnabled(ready and not self.busy.isVisible())

    def submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        name, password, folder = self.name.text(), self.passwords.text(), self.data_dir
        head = Letterhead(self.org_name.text(), self.org_address.text(), self.org_contact.text())
        full_name = self.full_name.text()
        self._set_busy(True)
        QueryOp(self, lambda: _create(folder, name, password, full_name, head)).success(
            self._succeeded
        ).failure(self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.name, self.passwords.password, self.passwords.repeat):
            widget.setEnabled(not busy)
        self._update_button()

    def _succeeded(self, result: tuple[OpenVault, str]) -> None:
        self._set_busy(False)
        self.passwords.clear()
        vault, code = result
        self.created.emit(vault, code)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_message(failure_text(exc).sentence)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self.busy.isVisible():
            self.close_requested.emit()
        super().closeEvent(event)


class RecoveryCodeDialog(QDialog):
    """Shows the recovery code once. Continuing needs the box 'I have written it down'."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._code = code
        self.print_dialog: QDialog | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.code_label = QLabel(code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.5)
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("padding: 12px; border: 1px dashed palette(mid);")
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_code)
        self.confirm = QCheckBox()
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.explanation)
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery code"))
        self.explanation.setText(
            self.tr(
                "This is the vault's recovery code. If every administrator password is "
                "forgotten, only this code opens the records. It is shown now and never again: "
                "write it down or print it, and keep it locked away from the computer."
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self.confirm.setText(self.tr("I have written it down"))
        self.continue_button.setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        # Escape or the close button must not skip the code: continuing needs the check box.
        if self.confirm.isChecked():
            self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        self.code_label.clear()  # the code exists only while the dialog is up
        self._code = ""

    def recovery_document(self) -> QTextDocument:
        document = QTextDocument(self)
        today = QDateTime.currentDateTime().toString(DATE_FORMAT)
        document.setHtml(
            "<h2>{title}</h2><p>{date}</p><p style='font-size:20pt; font-family:monospace'>"
            "<b>{code}</b></p><p>{advice}</p>".format(
                title=self.tr("AJO Cases — recovery code"),
                date=today,
                code=self._code,
                advice=self.tr("Keep this sheet locked away. Anyone with it can open the vault."),
            )
        )
        return document

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        self.print_dialog = dialog
        open_dialog(dialog, lambda: self.recovery_document().print_(printer))


def _create(
    folder: Path, name: str, password: str, full_name: str, head: Letterhead
) -> tuple[OpenVault, str]:
    from ajo_cases.services import letterhead
    from ajo_cases.services.access import profiles
    from ajo_cases.services.access.opening import create_vault

    vault, code = create_vault(folder, name, password)
    if full_name.strip():
        profiles.set_profile(vault, profiles.Profile(vault.user, full_name))
    if head.name.strip() or head.address.strip() or head.contact.strip():
        letterhead.set_letterhead(vault, head)
    return vault, code
