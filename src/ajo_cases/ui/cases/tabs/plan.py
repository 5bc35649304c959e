"""Plan: assessments of needs and risk, and the planned actions (each due one is followed up)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ajo_cases.domain.records import CaseRecord
from ajo_cases.domain.records_casework import AssessmentForm, CaseDetail, PlanActionForm
from ajo_cases.services.casework import plan_approval, plans
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import CaseTab, action_row
from ajo_cases.ui.kit.dialogs import FormDialog, text_box
from ajo_cases.ui.kit.form_widgets import CheckList, DateEdit, OptionalDate, VocabCombo
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import Column, RecordModel, record_table, selected_record
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.kit.widgets import heading


class AssessmentDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
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
            assessed_on=self.on.value(),
            risk_level=self.risk.code() or "medium",
            needs=self.needs.codes(),
            summary=self.summary.toPlainText().strip() or None,
            goals=self.goals.toPlainText().strip() or None,
        )


class ActionDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a planned action"), self.tr("Add"), parent)
        self.description = self.add("description", self.tr("What:"), text_box(60))
        self.type = self.add(
            "type", self.tr("Kind of help:"), VocabCombo("assistance_type", optional=True)
        )
        self.due = self.add("due", self.tr("Due:"), OptionalDate())
        self.due.date.setMaximumDate(self.due.date.maximumDate().addYears(5))
        self.due.known.setText(self.tr("has a due date"))
        self.check = self._check

    def _check(self) -> bool:
        if not self.description.toPlainText().strip() and self.type.code() is None:
            self.error("description", self.tr("Describe the action or choose its kind."))
            return False
        return True

    def form(self) -> PlanActionForm:
        return PlanActionForm(
            description=self.description.toPlainText().strip() or None,
            due_on=self.due.value(),
            assistance_type=self.type.code(),
        )


class PlanTab(CaseTab):
    key = "plan"

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)

        def restricted(record: Any, text: str | None) -> str:
            return self.tr("restricted") if record.restricted else (text or "")

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
        # the manager's approval of the plan: submitted by the case worker, decided by a manager
        self.approval = QLabel()
        self.approval.setObjectName("PlanApproval")
        self.submit_button, self.approve_button, self.return_button = (
            QPushButton(), QPushButton(), QPushButton()
        )  # fmt: skip
        for button, step, ability in (
            (self.submit_button, plan_approval.submit_plan, "plan"),
            (self.approve_button, plan_approval.approve_plan, "approve_plan"),
            (self.return_button, plan_approval.return_plan, "approve_plan"),
        ):
            button.clicked.connect(lambda _checked=False, step=step: self._plan_step(step))
            button.setVisible(self.may(ability))
        layout = QVBoxLayout(self)
        layout.addLayout(
            action_row(self.approval, self.submit_button, self.approve_button, self.return_button)
        )
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
        self.submit_button.setText(self.tr("Submit for approval"))
        self.approve_button.setText(self.tr("Approve the plan"))
        self.return_button.setText(self.tr("Return for more work"))
        self._show_approval()
        self.assessments.retranslate()
        self.action_model.retranslate()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.assessments.set_rows(detail.assessments)
        self.action_model.set_rows(detail.plan_actions)
        self._show_approval()

    def _show_approval(self) -> None:
        plan = self.detail.case.plan if self.detail else None
        status = plan.status if plan else "draft"
        decided = format_date(plan.decided_on) if plan else ""
        texts = {
            "draft": self.tr("Plan: not yet submitted for approval"),
            "submitted": self.tr("Plan: awaiting a manager's approval since %1").replace(
                "%1", format_date(plan.submitted_on) if plan else ""
            ),
            "approved": self.tr("Plan: approved by %1 on %2"),
            "returned": self.tr("Plan: returned for more work by %1 on %2"),
        }
        text = texts.get(status, texts["draft"])
        if plan is not None:
            text = text.replace("%1", plan.decided_by or "").replace("%2", decided)
        self.approval.setText(text)
        self.submit_button.setEnabled(status != "submitted")
        self.approve_button.setEnabled(status == "submitted")
        self.return_button.setEnabled(status == "submitted")

    def _plan_step(self, step: Callable[[OpenVault, str], tuple[CaseRecord, Changes]]) -> None:
        if self.detail is None:
            return
        vault, case_id = self.vault, self.detail.case.id
        self.change(lambda: step(vault, case_id)).run()

    def do_assess(self) -> None:
        if self.detail is None or not self.may("plan"):
            return
        dialog = AssessmentDialog(self)
        case_id, vault = self.detail.case.id, self.vault

        def assess() -> None:
            form = dialog.form()
            self.change(lambda: plans.add_assessment(vault, case_id, form)).run()

        self.open_form(dialog, assess)

    def do_add(self) -> None:
        if self.detail is None or not self.may("plan"):
            return
        dialog = ActionDialog(self)
        case_id, vault = self.detail.case.id, self.vault

        def add() -> None:
            form = dialog.form()
            self.change(lambda: plans.add_plan_action(vault, case_id, form)).run()

        self.open_form(dialog, add)

    def do_done(self) -> None:
        record = selected_record(self.action_table, self.action_model)
        if record is not None and record.done_on is None:
            vault = self.vault
            self.change(
                lambda: plans.complete_plan_action(
                    vault, record.id, expected_version=record.version
                )
            ).run()
