"""Profile: the person's details (editable), and closing or reopening the case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records import PersonForm, PersonRecord
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.services.casework import cases
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.person_fields import PersonFields
from ajo_cases.ui.cases.tabs.form_tab import FormTab
from ajo_cases.ui.kit.vocab_labels import choices
from ajo_cases.ui.kit.widgets import open_dialog


class StatusDialog(QDialog):
    """Close a case (with its reason) or reopen it (with a written reason)."""

    def __init__(self, closing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closing = closing
        self.reason = QComboBox()
        for code, text in choices("closure_reason"):
            self.reason.addItem(text, code)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.text = QLabel()
        self.text.setWordWrap(True)
        form = QFormLayout()
        self.reason_label, self.note_label = QLabel(), QLabel()
        if closing:
            form.addRow(self.reason_label, self.reason)
        form.addRow(self.note_label, self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Close case") if closing else self.tr("Reopen case"))
        self.text.setText(
            self.tr("Closing ends the work on this case. It can be reopened later.")
            if closing
            else self.tr("Write why the case is being reopened.")
        )
        self.reason_label.setText(self.tr("Reason:"))
        self.note_label.setText(self.tr("Note:"))
        self.ok.setText(self.tr("Close case") if closing else self.tr("Reopen case"))
        self.cancel.setText(self.tr("Cancel"))


class ProfileTab(FormTab[PersonForm, PersonRecord]):
    key = "profile"
    form_type = PersonForm

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.fields = PersonFields()
        restricted = not self.vault.may_read_personal
        self.fields.names.setVisible(not restricted)  # a manager never sees a name field
        self.fields.contacts.setVisible(not restricted)
        if restricted:  # the birth date and jamoat are personal too; the header has the age
            self.fields.person.hide_row("birth_date")
            self.fields.person.hide_row("jamoat")
        self.hint.setVisible(restricted or not self.may("edit_person"))
        self.lay_out(self.fields, editable=self.may("edit_person"))
        self.fields.latin_button.clicked.connect(self._edited)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Profile")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Names and contacts are restricted for your role; the rest is read-only.")
            if not self.vault.may_read_personal
            else self.tr("Read-only for your role.")
        )

    def record_of(self, detail: CaseDetail) -> PersonRecord:
        return detail.person

    def form_of(self, record: PersonRecord) -> PersonForm:
        return record.form

    def show_form(self, form: PersonForm) -> None:
        self.fields.set_form(form)

    def current_form(self) -> PersonForm | None:
        return self.fields.form()

    def saver(
        self, record: PersonRecord, form: PersonForm
    ) -> Callable[[OpenVault], tuple[PersonRecord, Changes]]:
        return lambda vault: people.update(vault, record.id, form, expected_version=record.version)

    # --- status --------------------------------------------------------------------------

    def do_status(self, target: str = "closed") -> None:
        """Move the case: active and follow-up at once (audited, and easily moved back);
        closing asks for the reason, reopening for a written one."""
        if self.detail is None or not self.may("status"):
            return
        case = self.detail.case
        vault, case_id, seen = self.vault, case.id, case.version
        if target in ("active", "follow_up"):
            self.change(
                lambda: cases.change_status(vault, case_id, target, expected_version=seen)
            ).run()
            return
        closing = target == "closed"
        dialog = StatusDialog(closing, self)
        self.dialog = dialog
        target = "closed" if closing else "active"

        def change_status() -> None:
            note = dialog.note.toPlainText().strip() or None
            reason = dialog.reason.currentData() if closing else None
            self.change(
                lambda: cases.change_status(
                    vault,
                    case_id,
                    target,
                    closure_reason=reason,
                    reason=note,
                    expected_version=seen,
                )
            ).run()

        open_dialog(dialog, change_status)
