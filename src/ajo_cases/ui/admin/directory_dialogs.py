"""The forms for a partner organisation and a project (Administration › Directory)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records_casework import PartnerForm, ProjectForm
from ajo_cases.ui.kit.form_widgets import DateEdit, VocabCombo
from ajo_cases.ui.kit.widgets import MessageLabel
from ajo_cases.ui.runtime.signals import emit


class OptionalDate(QWidget):
    """A date that may be left open: a tick box, then dd.MM.yyyy with a calendar."""

    def __init__(self, value: dt.date | None = None) -> None:
        super().__init__()
        self.known = QCheckBox()
        self.date = DateEdit(value, future=True)
        self.known.toggled.connect(self.date.setEnabled)
        self.known.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.date)
        row.addStretch(1)

    def value(self) -> dt.date | None:
        return self.date.value() if self.known.isChecked() else None


class _FormDialog(QDialog):
    """Save checks the form, then emits `submitted`; the page saves on the worker and calls
    finish() on success or show_error() with the sentence, keeping the entries."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = MessageLabel(MessageLabel.ERROR)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.error.clear_message()

    def row(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)
        return label

    def show_error(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.error.show_message(text)

    def submit(self) -> None:
        self.error.clear_message()
        self.buttons.setEnabled(False)
        emit(self.submitted)

    def finish(self) -> None:
        super().accept()


class PartnerDialog(_FormDialog):
    def __init__(self, form: PartnerForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit organisation") if form else self.tr("Add organisation"))
        self.name = QLineEdit(form.name if form else "")
        self.name.setMaxLength(200)
        self.kind = VocabCombo("partner_type")
        self.kind.set_code(form.kind if form else None)
        if form is None:
            self.kind.setCurrentIndex(0)
        self.district = VocabCombo("district", optional=True)
        self.district.set_code(form.district if form else None)
        self.contact = QLineEdit(form.contact if form else "")
        self.contact.setMaxLength(200)
        self.contact.setPlaceholderText(self.tr("The organisation's phone or e-mail"))
        self.active = QCheckBox(self.tr("Active: offered when referring"))
        self.active.setChecked(form.active if form else True)
        self.row(self.tr("Name:"), self.name)
        self.row(self.tr("Type:"), self.kind)
        self.row(self.tr("District:"), self.district)
        self.row(self.tr("Contact:"), self.contact)
        self.form.addRow("", self.active)
        self.resize(480, self.sizeHint().height())

    def value(self) -> PartnerForm:
        return PartnerForm(
            name=self.name.text().strip(),
            kind=self.kind.code() or "",
            district=self.district.code(),
            contact=self.contact.text().strip(),
            active=self.active.isChecked(),
        )

    def accept(self) -> None:
        if not self.name.text().strip():
            self.show_error(self.tr("Enter the organisation's name."))
            return
        self.submit()


class ProjectDialog(_FormDialog):
    def __init__(self, form: ProjectForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit project") if form else self.tr("Add project"))
        self.code = QLineEdit(form.code if form else "")
        self.code.setMaxLength(32)
        self.name = QLineEdit(form.name if form else "")
        self.name.setMaxLength(200)
        self.donor = QLineEdit(form.donor if form else "")
        self.donor.setMaxLength(100)
        self.starts_on = OptionalDate(form.starts_on if form else None)
        self.ends_on = OptionalDate(form.ends_on if form else None)
        self.row(self.tr("Code:"), self.code)
        self.row(self.tr("Name:"), self.name)
        self.row(self.tr("Donor:"), self.donor)
        self.row(self.tr("Starts on:"), self.starts_on)
        self.row(self.tr("Ends on:"), self.ends_on)
        self.resize(480, self.sizeHint().height())

    def value(self) -> ProjectForm:
        return ProjectForm(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            donor=self.donor.text().strip(),
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
        )

    def accept(self) -> None:
        value = self.value()
        if not value.code or not value.name:
            self.show_error(self.tr("Enter the project's code and name."))
            return
        if value.starts_on and value.ends_on and value.ends_on < value.starts_on:
            self.show_error(self.tr("The project ends before it starts."))
            return
        self.submit()
