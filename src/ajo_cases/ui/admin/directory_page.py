"""Organisations and projects: the partner organisations cases are referred to, and the
organisation's projects (donor and period). The administrator adds, edits, deactivates or
deletes; every other role reads the lists. One in use cannot be deleted, only deactivated."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from ajo_cases.domain.records_casework import PartnerForm, PartnerRecord, ProjectRecord
from ajo_cases.errors import InvalidInput
from ajo_cases.services.casework import partners
from ajo_cases.services.changes import Changes
from ajo_cases.ui.admin.directory_dialogs import PartnerDialog, ProjectDialog
from ajo_cases.ui.app.pages import ALL_ROLES, Page, PageContext, PageSpec
from ajo_cases.ui.cases.tabs.common import action_row
from ajo_cases.ui.kit.dialogs import confirm
from ajo_cases.ui.kit.record_model import (
    Column,
    RecordModel,
    record_table,
    selected_record,
    set_widths,
)
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.kit.widgets import MessageLabel, open_dialog
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp, R


class DirectoryPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.is_admin = self.vault.role == "admin"
        self.dialog: QWidget | None = None  # the dialog last opened, for tests
        self.partner_model = RecordModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.form.name),
                Column(lambda: self.tr("Type"), lambda r: r.form.kind,
                       lambda r: label("partner_type", r.form.kind)),
                Column(lambda: self.tr("District"), lambda r: r.form.district or "",
                       lambda r: label("district", r.form.district)),
                Column(lambda: self.tr("Contact"), lambda r: r.form.contact),
                Column(lambda: self.tr("Active"), lambda r: r.form.active,
                       lambda r: self.tr("yes") if r.form.active else self.tr("no")),
            ],
            lambda r: r.id,
            self,
        )  # fmt: skip
        self.project_model = RecordModel(
            [
                Column(lambda: self.tr("Code"), lambda r: r.form.code),
                Column(lambda: self.tr("Name"), lambda r: r.form.name),
                Column(lambda: self.tr("Donor"), lambda r: r.form.donor),
                Column(lambda: self.tr("Starts"), lambda r: r.form.starts_on),
                Column(lambda: self.tr("Ends"), lambda r: r.form.ends_on),
            ],
            lambda r: r.id,
            self,
        )
        self.partner_table = record_table(self.partner_model)
        set_widths(self.partner_table, {0: 260, 3: 200})
        self.project_table = record_table(self.project_model)
        set_widths(self.project_table, {1: 320, 2: 160})
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.message = MessageLabel(MessageLabel.ERROR)
        self.tabs = QTabWidget()
        self.add_partner, self.edit_partner = QPushButton(), QPushButton()
        self.toggle_partner, self.delete_partner = QPushButton(), QPushButton()
        self.add_project, self.edit_project = QPushButton(), QPushButton()
        self.delete_project = QPushButton()
        self.tabs.addTab(
            self._tab(
                self.partner_table,
                self.add_partner,
                self.edit_partner,
                self.toggle_partner,
                self.delete_partner,
            ),
            "",
        )
        self.tabs.addTab(self._tab(self.project_table, self.add_project, self.edit_project,
                                   self.delete_project), "")  # fmt: skip
        self.add_partner.clicked.connect(lambda: self.open_partner(None))
        self.edit_partner.clicked.connect(lambda: self.open_partner(self.selected_partner()))
        self.toggle_partner.clicked.connect(self.toggle_active)
        self.delete_partner.clicked.connect(self.remove_partner)
        self.add_project.clicked.connect(lambda: self.open_project(None))
        self.edit_project.clicked.connect(lambda: self.open_project(self.selected_project()))
        self.delete_project.clicked.connect(self.remove_project)
        for table in (self.partner_table, self.project_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self._update())
            if self.is_admin:
                table.doubleClicked.connect(lambda _index: self._edit_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.message.clear_message()
        self._update()
        self.reload()

    def _tab(self, table: QTableView, *buttons: QPushButton) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        if self.is_admin:
            layout.addLayout(action_row(*buttons))
        return tab

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Partner organisations receive referrals and provide assistance; projects "
                    "group cases, assistance and grants by donor. Only an administrator "
                    "changes these lists.")
        )  # fmt: skip
        self.tabs.setTabText(0, self.tr("Partner organisations"))
        self.tabs.setTabText(1, self.tr("Projects"))
        for button, text in (
            (self.add_partner, self.tr("Add organisation…")),
            (self.edit_partner, self.tr("Edit…")),
            (self.delete_partner, self.tr("Delete…")),
            (self.add_project, self.tr("Add project…")),
            (self.edit_project, self.tr("Edit…")),
            (self.delete_project, self.tr("Delete…")),
        ):
            button.setText(text)
        self.partner_model.retranslate()
        self.project_model.retranslate()
        self._update()

    def reload(self) -> None:
        vault = self.vault

        def both() -> tuple[list[PartnerRecord], list[ProjectRecord]]:
            return partners.list_partners(vault), partners.list_projects(vault)

        QueryOp(self, both).success(self._loaded).run()

    def refresh(self, changes: Changes) -> None:
        if changes.touches("partner", "project"):
            self.reload()

    def _loaded(self, lists: tuple[list[PartnerRecord], list[ProjectRecord]]) -> None:
        self.partner_model.set_rows(lists[0])
        self.project_model.set_rows(lists[1])
        self._update()

    def selected_partner(self) -> PartnerRecord | None:
        found: PartnerRecord | None = selected_record(self.partner_table, self.partner_model)
        return found

    def selected_project(self) -> ProjectRecord | None:
        found: ProjectRecord | None = selected_record(self.project_table, self.project_model)
        return found

    def _update(self) -> None:
        partner, project = self.selected_partner(), self.selected_project()
        for button in (self.edit_partner, self.toggle_partner, self.delete_partner):
            button.setEnabled(partner is not None)
        for button in (self.edit_project, self.delete_project):
            button.setEnabled(project is not None)
        active = partner is None or partner.form.active
        self.toggle_partner.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def _edit_current(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.open_partner(self.selected_partner())
        else:
            self.open_project(self.selected_project())

    def _save(self, dialog: PartnerDialog | ProjectDialog, work: Callable[[], R]) -> None:
        dialog.run_change(
            self.context.changes, work, failed=lambda exc: dialog.show_error(self._why(exc))
        )

    def open_partner(self, record: PartnerRecord | None) -> None:
        dialog = PartnerDialog(record.form if record else None, self)
        self.dialog = dialog
        vault = self.vault

        def submit() -> None:
            form = dialog.value()
            if record is None:
                self._save(dialog, lambda: partners.add_partner(vault, form))
            else:
                self._save(
                    dialog,
                    lambda: partners.update_partner(
                        vault, record.id, form, expected_version=record.version
                    ),
                )

        dialog.submitted.connect(submit)
        open_dialog(dialog)

    def open_project(self, record: ProjectRecord | None) -> None:
        dialog = ProjectDialog(record.form if record else None, self)
        self.dialog = dialog
        vault = self.vault

        def submit() -> None:
            form = dialog.value()
            if record is None:
                self._save(dialog, lambda: partners.add_project(vault, form))
            else:
                self._save(
                    dialog,
                    lambda: partners.update_project(
                        vault, record.id, form, expected_version=record.version
                    ),
                )

        dialog.submitted.connect(submit)
        open_dialog(dialog)

    def toggle_active(self) -> None:
        record = self.selected_partner()
        if record is None:
            return
        old = record.form
        form = PartnerForm(old.name, old.kind, old.district, old.contact, not old.active)
        vault, version = self.vault, record.version
        self._mutate(
            lambda: partners.update_partner(vault, record.id, form, expected_version=version)
        )

    def remove_partner(self) -> None:
        record = self.selected_partner()
        if record is None:
            return
        text = self.tr(
            "Delete the organisation “%1”? It disappears from the list for good. An "
            "organisation that already has referrals or assistance cannot be deleted; "
            "deactivate it instead."
        ).replace("%1", record.form.name)
        action = self.tr("Delete “%1”").replace("%1", record.form.name)
        self.dialog = confirm(
            self,
            self.tr("Delete an organisation"),
            text,
            action,
            lambda: self._mutate(
                lambda: partners.delete_partner(
                    self.vault, record.id, expected_version=record.version
                )
            ),
        )

    def remove_project(self) -> None:
        record = self.selected_project()
        if record is None:
            return
        text = self.tr(
            "Delete the project “%1”? It disappears from the list for good. A project that "
            "cases, assistance, grants or activities belong to cannot be deleted."
        ).replace("%1", record.form.code)
        action = self.tr("Delete “%1”").replace("%1", record.form.code)
        self.dialog = confirm(
            self,
            self.tr("Delete a project"),
            text,
            action,
            lambda: self._mutate(
                lambda: partners.delete_project(
                    self.vault, record.id, expected_version=record.version
                )
            ),
        )

    def _mutate(self, work: Callable[[], R]) -> None:
        self.message.clear_message()
        ChangeOp(self, self.context.changes, work).failure(
            lambda exc: self.message.show_message(self._why(exc))
        ).run()

    def _why(self, exc: BaseException) -> str:
        """The sentence for a refusal: an organisation or project in use, a taken code."""
        if isinstance(exc, InvalidInput):
            field, count = exc.params.get("field"), str(exc.params.get("count", ""))
            if field == "active":
                return self.tr(
                    "This organisation cannot be deleted: %1 referrals or assistance records "
                    "name it. Deactivate it instead; it stays in their history."
                ).replace("%1", count)
            if field == "project":
                return self.tr(
                    "This project cannot be deleted: %1 cases, assistance records, grants or "
                    "activities belong to it."
                ).replace("%1", count)
            if field == "code":
                return self.tr("A project with this code already exists. Choose another code.")
            if field == "ends_on":
                return self.tr("The project ends before it starts.")
        return failure_text(exc).sentence


PAGE = PageSpec(
    id="directory",
    title=lambda: QCoreApplication.translate("Pages", "Organisations & projects"),
    icon="directory.svg",
    roles=ALL_ROLES,
    factory=DirectoryPage,
    order=850,
)
