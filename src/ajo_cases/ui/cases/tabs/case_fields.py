"""Case: the fields every case is worked with, whatever its category: opened on, project,
case worker (reassigning is audited with both names), how it was identified and the risk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ajo_cases.domain.records import CaseForm, CaseRecord
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.services import lookups
from ajo_cases.services.casework import cases, partners
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.form_tab import FormTab
from ajo_cases.ui.kit.form_widgets import ChoiceCombo, DateEdit, FieldGroup, VocabCombo


def _choices(vault: OpenVault) -> tuple[list[tuple[str, str]], list[str]]:
    """On the worker: the projects and case workers to choose from."""
    projects = [(p.id, f"{p.form.code} · {p.form.name}") for p in partners.list_projects(vault)]
    return projects, lookups.case_workers(vault)


def case_part_saver(
    record: CaseRecord, form: CaseForm
) -> Callable[[OpenVault], tuple[CaseRecord, Changes]]:
    """Save only what this tab changed, so the Case and Trafficking tabs can both be edited
    and saved together (services.cases.update_case_fields)."""
    return lambda vault: cases.update_case_fields(vault, record.id, record.form, form)


class CaseFieldsTab(FormTab[CaseForm, CaseRecord]):
    key = "case"
    form_type = CaseForm

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.case_group = FieldGroup()
        g = self.case_group
        self.opened_on = g.add("opened_on", DateEdit(), required=True)
        self.project = g.add("project", ChoiceCombo())
        self.project.setMinimumContentsLength(34)  # code and name of the project readable
        self.worker = g.add("worker", ChoiceCombo())
        self.source = g.add("source", VocabCombo("identification_source", optional=True))
        self.risk = g.add("risk", VocabCombo("risk_level", optional=True))
        self.hint.setVisible(not self.may("edit_case"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.case_group)
        column.addStretch(1)
        self.lay_out(body, editable=self.may("edit_case"))
        self.retranslate()
        vault = self.vault
        self.query(lambda: _choices(vault)).success(self._choices_loaded).failure(
            lambda _exc: None  # the lists stay as they are; saving still works
        ).run()

    def _choices_loaded(self, result: tuple[list[tuple[str, str]], list[str]]) -> None:
        projects, workers = result
        self._loading = True
        self.project.fill(projects, self.tr("No project"))
        self.worker.fill([(w, w) for w in workers], self.tr("Nobody"))
        if self.record is not None and not self.dirty:
            self._show(self.record.form)
        self._loading = False

    def title(self) -> str:
        return self.tr("Case")

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Read-only for your role."))
        for combo, empty in ((self.project, self.tr("No project")),
                             (self.worker, self.tr("Nobody"))):  # fmt: skip
            # the "none chosen" entry follows the language like every other label
            if combo.count() and combo.itemData(0) is None:
                combo.setItemText(0, empty)
        self.case_group.heading.setText(self.tr("The case"))
        for key, text in (
            ("opened_on", self.tr("Opened on:")),
            ("project", self.tr("Project:")),
            ("worker", self.tr("Case worker:")),
            ("source", self.tr("Identified by:")),
            ("risk", self.tr("Risk level:")),
        ):
            self.case_group.set_label(key, text)
        self.source.retranslate()
        self.risk.retranslate()

    def record_of(self, detail: CaseDetail) -> CaseRecord:
        return detail.case

    def form_of(self, record: CaseRecord) -> CaseForm:
        return record.form

    def show_form(self, form: CaseForm) -> None:
        self.opened_on.set_value(form.opened_on)
        _select(self.project, form.project_id)
        _select(self.worker, form.worker)
        self.source.set_code(form.identification_source)
        self.risk.set_code(form.risk_level)

    def current_form(self) -> CaseForm | None:
        if self.record is None:
            return None
        return replace(
            self.record.form,
            opened_on=self.opened_on.value(),
            project_id=self.project.value(),
            worker=self.worker.value(),
            identification_source=self.source.code(),
            risk_level=self.risk.code(),
        )

    def saver(
        self, record: CaseRecord, form: CaseForm
    ) -> Callable[[OpenVault], tuple[CaseRecord, Changes]]:
        return case_part_saver(record, form)


def _select(combo: QComboBox, value: str | None) -> None:
    """Choose `value`; one not in the list (a removed account) is added so it stays shown."""
    index = combo.findData(value)
    if index < 0 and value is not None:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))
