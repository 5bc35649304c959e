"""Plan: assessments of needs and risk, and the planned actions (each due one is followed up)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from ajo_cases.domain.records_casework import AssessmentForm, CaseDetail, PlanActionForm
from ajo_cases.services.casework import plans
from ajo_cases.ui.cases.tabs.common import (
    CaseTab,
    Column,
    RecordModel,
    action_row,
    record_table,
    selected_record,
)
from ajo_cases.ui.cases.tabs.dialogs import FormDialog, text_box
from ajo_cases.ui.cases.tabs.trafficking import CheckList, OptionalDate
from ajo_cases.ui.home.home_page import heading
from ajo_cases.ui.kit.form_widgets import DateEdit, VocabCombo
from ajo_cases.ui.kit.vocab_labels import label


class AssessmentDialog(FormDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("New assessment"), self.tr("Save"), parent)
        self.on = self.add("on", self.tr("Assessed on:"), DateEdit(), required=True)
        self.risk = self.add(
            "risk", self.tr("Risk level:"), VocabCombo("risk_level"), required=True
        )
        self.needs = self.add("needs", self.tr("Needs:"), CheckList("assistance_type"))
        self.summary = self.add("summary", self.tr("Summary:"), text_box())
        self.goals = self.add("goals", self.tr("Goals:"), text_box())

    def form(self) -> AssessmentForm:
        return AssessmentForm(
            assessed_on=self.on.value(),  # type: ignore[attr-defined]
            risk_level=self.risk.code() or "medium",  # type: ignore[attr-defined]
            needs=self.needs.codes(),  # type: ignore[attr-defined]
            summary=self.summary.toPlainText().strip() or None,  # type: ignore[attr-defined]
            goals=self.goals.toPlainText().strip() or None,  # type: ignore[attr-defined]
        )


class ActionDialog(FormDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Add a planned action"), self.tr("Add"), parent)
        self.description = self.add("description", self.tr("What:"), text_box(60))
        self.type = self.add(
            "type", self.tr("Kind of help:"), VocabCombo("assistance_type", optional=True)
        )
        self.due = self.add("due", self.tr("Due:"), OptionalDate())
        self.due.date.setMaximumDate(self.due.date.maximumDate().addYears(5))  # type: ignore[attr-defined]
        self.due.known.setText(self.tr("has a due date"))  # type: ignore[attr-defined]
        self.check = self._check

    def _check(self) -> bool:
        if not self.description.toPlainText().strip() and self.type.code() is None:  # type: ignore[attr-defined]
            self.error("description", self.tr("Describe the action or choose its kind."))
            return False
        return True

    def form(self) -> PlanActionForm:
        return PlanActionForm(
            description=self.description.toPlainText().strip() or None,  # type: ignore[attr-defined]
            due_on=self.due.value(),  # type: ignore[attr-defined]
            assistance_type=self.type.code(),  # type: ignore[attr-defined]
        )


class PlanTab(CaseTab):
    key = "plan"

    def __init__(self, context, window) -> None:
        super().__init__(context, window)
        restricted = lambda r, text: self.tr("restricted") if r.restricted else (text or "")  # noqa: E731
        self.assessments = RecordModel(
            [
                Column(lambda: self.tr("Date"), lambda r: r.form.assessed_on),
                Column(
                    lambda: self.tr("Risk"),
                    lambda r: r.form.risk_level,
                    lambda r: label("risk_level", r.form.risk_level),
                ),
                Column(
                    lambda: self.tr("Needs"),
                    lambda r: len(r.form.needs),
                    lambda r: ", ".join(label("assistance_type", n) for n in r.form.needs),
                ),
                Column(
                    lambda: self.tr("Goals"),
                    lambda r: r.form.goals or "",
                    lambda r: restricted(r, r.form.goals),
                ),
            ],
            lambda r: r.id,
            self,
        )
        self.action_model = RecordModel(
            [
                Column(lambda: self.tr("Due"), lambda r: r.form.due_on),
                Column(
                    lambda: self.tr("Kind"),
                    lambda r: r.form.assistance_type or "",
                    lambda r: label("assistance_type", r.form.assistance_type),
                ),
                Column(
                    lambda: self.tr("Action"),
                    lambda r: r.form.description or "",
                    lambda r: restricted(r, r.form.description),
                ),
                Column(lambda: self.tr("Done"), lambda r: r.done_on),
            ],
            lambda r: r.id,
            self,
        )
        self.assessment_table = record_table(self.assessments)
        self.action_table = record_table(self.action_model)
        self.assessment_heading, self.action_heading = heading(1.0), heading(1.0)
        self.assess_button, self.add_button, self.done_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.assess_button.clicked.connect(self.do_assess)
        self.add_button.clicked.connect(self.do_add)
        self.done_button.clicked.connect(self.do_done)
        for button in (self.assess_button, self.add_button, self.done_button):
            button.setVisible(self.may("plan"))
        layout = QVBoxLayout(self)
        layout.addLayout(action_row(self.assessment_heading, self.assess_button))
        layout.addWidget(self.assessment_table, 1)
        layout.addLayout(action_row(self.action_heading, self.add_button, self.done_button))
        layout.addWidget(self.action_table, 2)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Plan")

    def retranslate(self) -> None:
        self.assessment_heading.setText(self.tr("Assessments"))
        self.action_heading.setText(self.tr("Planned actions"))
        self.assess_button.setText(self.tr("New assessment…"))
        self.add_button.setText(self.tr("Add action…"))
        self.done_button.setText(self.tr("Mark done"))
        self.assessments.retranslate()
        self.action_model.retranslate()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.assessments.set_rows(detail.assessments)
        self.action_model.set_rows(detail.plan_actions)

    def do_assess(self) -> None:
        if self.detail is None or not self.may("plan"):
            return
        dialog = AssessmentDialog(self)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            form, case_id, vault = dialog.form(), self.detail.case.id, self.vault
            self.run(lambda: plans.add_assessment(vault, case_id, form))

    def do_add(self) -> None:
        if self.detail is None or not self.may("plan"):
            return
        dialog = ActionDialog(self)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            form, case_id, vault = dialog.form(), self.detail.case.id, self.vault
            self.run(lambda: plans.add_plan_action(vault, case_id, form))

    def do_done(self) -> None:
        record = selected_record(self.action_table)
        if record is not None and record.done_on is None:
            vault = self.vault
            self.run(lambda: plans.complete_plan_action(vault, record.id))
