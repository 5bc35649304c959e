"""Follow-ups: the open tasks due this week and those overdue, vault-wide or only one's own.
A task is marked done here (with the day it was done); Enter or double-click opens the case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QPushButton

from ajo_cases.domain.records_casework import FollowUpRecord
from ajo_cases.services.casework import followups
from ajo_cases.ui.app.pages import PageContext, PageSpec
from ajo_cases.ui.kit.formatting import DATE_FORMAT
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.runtime.rule_messages import show_failure
from ajo_cases.ui.runtime.window_guard import run_for
from ajo_cases.ui.worklists.worklist import RecordModel, WorklistPage, iso

DUE, KIND, CODE, NAME, ASSIGNED = range(5)
DONE_ROLES = ("admin", "case_worker", "shelter_staff")


class FollowUpModel(RecordModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Due"), self.tr("Task"), self.tr("Case code"), self.tr("Name"),
            self.tr("Assigned to"),
        )  # fmt: skip

    def display(self, row: FollowUpRecord, column: int) -> str:
        if column == DUE:
            return self.due_text(row.due_on, row.overdue)
        if column == KIND:
            return label("follow_up_kind", row.kind)
        if column == CODE:
            return row.case_code
        if column == NAME:
            return row.name if row.name is not None else self.tr("restricted")
        if column == ASSIGNED:
            return row.assigned_to or ""
        return ""

    def native(self, row: FollowUpRecord, column: int) -> str | int:
        if column == DUE:
            return iso(row.due_on)
        return self.display(row, column)

    def overdue(self, row: FollowUpRecord, column: int) -> bool:
        return column == DUE and row.overdue


class FollowUpsPage(WorklistPage):
    refresh_kinds = frozenset({"follow_up", "case", "referral", "grant", "plan"})
    default_sort = DUE

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, FollowUpModel())
        self.table.setObjectName("FollowUpTable")
        self.overdue_only = QCheckBox()
        self.mine_only = QCheckBox()
        self.overdue_only.toggled.connect(lambda _on: self.reload())
        self.mine_only.toggled.connect(lambda _on: self.reload())
        self.done_label = QLabel()
        self.done_on = QDateEdit()
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat(DATE_FORMAT)
        self.done_on.setDate(QDate.currentDate())
        self.done_on.setMaximumDate(QDate.currentDate())
        self.done_label.setBuddy(self.done_on)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.mark_done)
        self.done_button.setEnabled(False)
        may_close = self.vault.role in DONE_ROLES
        for widget in (self.done_label, self.done_on, self.done_button):
            widget.setVisible(may_close)
        self.filter_row.addWidget(self.overdue_only)
        self.filter_row.addWidget(self.mine_only)
        self.filter_row.addSpacing(24)
        for widget in (self.done_label, self.done_on, self.done_button):
            self.filter_row.addWidget(widget)
        self.set_widths((150, 170, 120, 270))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        self.model.modelReset.connect(self._selection)
        self.retranslate()
        self.reload()

    def loader(self) -> Callable[[], list[Any]]:
        vault, overdue = self.vault, self.overdue_only.isChecked()
        mine = vault.user if self.mine_only.isChecked() else None
        return lambda: followups.list_due(vault, assigned_to=mine, overdue_only=overdue)

    def apply_request(self, request: dict[str, Any]) -> None:
        boxes = {"overdue_only": self.overdue_only, "mine_only": self.mine_only}
        for key, box in boxes.items():
            if key in request:
                box.blockSignals(True)
                box.setChecked(bool(request[key]))
                box.blockSignals(False)
        self.reload()

    def _selection(self) -> None:
        self.done_button.setEnabled(self.selected_row() is not None)

    def mark_done(self) -> None:
        task = self.selected_row()
        if task is None or self.vault.role not in DONE_ROLES:
            return
        day = self.done_on.date()
        on = dt.date(day.year(), day.month(), day.day())
        vault = self.vault
        self.done_button.setEnabled(False)
        run_for(
            self,
            self.context,
            lambda: followups.mark_done(vault, task.id, on),
            lambda result: self.context.announce(*result[1].kinds),
            lambda exc: self._failed(exc),
        )

    def _failed(self, exc: BaseException) -> None:
        self._selection()
        show_failure(self, exc)

    def retranslate(self) -> None:
        self.overdue_only.setText(self.tr("Overdue only"))
        self.mine_only.setText(self.tr("Mine only"))
        self.mine_only.setToolTip(
            self.tr("Only tasks assigned to you (%1)").replace("%1", self.vault.user)
        )
        self.done_label.setText(self.tr("Done on:"))
        self.done_button.setText(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Mark the selected task done on the date shown"))
        self.empty.setText(
            self.tr(
                "Nothing is due. Tasks appear here when a plan action, a referral or a grant "
                "needs a follow-up within the next week or is overdue."
            )
        )
        super().retranslate()


PAGE = PageSpec(
    id="followups",
    title=lambda: QCoreApplication.translate("Pages", "Follow-ups"),
    icon="followups.svg",
    roles=frozenset({"admin", "case_worker", "shelter_staff"}),
    factory=FollowUpsPage,
    order=50,
)
