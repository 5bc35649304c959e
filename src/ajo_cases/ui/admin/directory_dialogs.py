"""The forms for a partner organisation and a project (Administration › Directory)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QWidget

from ajo_cases.domain.records_casework import PartnerForm, ProjectForm
from ajo_cases.ui.kit.form_widgets import OptionalDate, VocabCombo
from ajo_cases.ui.kit.submit_dialog import SubmitDialog


def _save_and_cancel() -> QDialogButtonBox.StandardButton:
    return QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel


class PartnerDialog(SubmitDialog):
    def __init__(self, form: PartnerForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, _save_and_cancel())
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

    def validate(self) -> bool:
        if not self.name.text().strip():
            self.show_error(self.tr("Enter the organisation's name."))
            return False
        return True


class ProjectDialog(SubmitDialog):
    def __init__(self, form: ProjectForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, _save_and_cancel())
        self.setWindowTitle(self.tr("Edit project") if form else self.tr("Add project"))
        self.code = QLineEdit(form.code if form else "")
        self.code.setMaxLength(32)
        self.name = QLineEdit(form.name if form else "")
        self.name.setMaxLength(200)
        self.donor = QLineEdit(form.donor if form else "")
        self.donor.setMaxLength(100)
        self.starts_on = OptionalDate(form.starts_on if form else None, future=True)
        self.ends_on = OptionalDate(form.ends_on if form else None, future=True)
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

    def validate(self) -> bool:
        value = self.value()
        if not value.code or not value.name:
            self.show_error(self.tr("Enter the project's code and name."))
            return False
        if value.starts_on and value.ends_on and value.ends_on < value.starts_on:
            self.show_error(self.tr("The project ends before it starts."))
            return False
        return True
