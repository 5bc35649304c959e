"""Follow-ups: the open tasks due this week and those overdue, vault-wide or only one's own.
A task is marked done here (with the day it was done); Enter or double-click opens the case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from ajo_cases.services.casework import followups
from ajo_cases.services.casework.permissions import may
from ajo_cases.ui.app.pages import PageContext, PageSpec, Request
from ajo_cases.ui.kit.formatting import DATE_FORMAT
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.runtime.failures import show_failure
from ajo_cases.ui.runtime.operations import ChangeOp
from ajo_cases.ui.worklists.worklist import WorklistPage, due_text, iso

DUE, KIND, CODE, NAME, ASSIGNED = range(5)


class FollowUpsPage(WorklistPage):
    refresh_kinds = frozenset({"follow_up", "case", "referral", "grant", "plan"})
    default_sort = DUE

    def __init__(self, context: PageContext) -> None:
        columns = [
            Column(
                lambda: self.tr("Due"),
                lambda r: iso(r.due_on),
                lambda r: due_text(r.due_on, r.overdue),
                overdue=lambda r: bool(r.overdue),
            ),
            Column(lambda: self.tr("Task"), lambda r: label("follow_up_kind", r.kind)),
            Column(lambda: self.tr("Case code"), lambda r: r.case_code),
            Column(
                lambda: self.tr("Name"),
                lambda r: r.name if r.name is not None else self.tr("restricted"),
            ),
            Column(
                lambda: self.tr("Assigned to"), lambda r: r.assigned_name or r.assigned_to or ""
            ),
        ]
        super().__init__(context, columns, lambda r: r.case_id)
        self.table.setObjectName("FollowUpTable")
        self.overdue_only = QCheckBox()
        self.overdue_only.toggled.connect(lambda _on: self.reload())
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
        self.dialog: QWidget | None = None  # a failure shown, for tests
        may_close = may(self.vault.role, "follow_up")
        for widget in (self.done_label, self.done_on, self.done_button):
            widget.setVisible(may_close)
        self.filter_row.addWidget(self.overdue_only)
        self.filter_row.addWidget(self.mine_only)
        # The action sits under the list, not among the filters: one row of both is wider
        # than the window in Tajik and would widen it.
        actions = QHBoxLayout()
        actions.addStretch(1)
        for widget in (self.done_label, self.done_on, self.done_button):
            actions.addWidget(widget)
        self.page_layout.addLayout(actions)
        self.set_widths((150, 170, 120, 270))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        self.model.modelReset.connect(self._selection)
        self.retranslate()
        self.reload()

    def loader(self) -> Callable[[], list[Any]]:
        vault, overdue, mine = self.vault, self.overdue_only.isChecked(), self.worker()
        return lambda: followups.list_due(vault, assigned_to=mine, overdue_only=overdue)

    def apply_request(self, request: Request) -> None:
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
        if task is None or not may(self.vault.role, "follow_up"):
            return
        day = self.done_on.date()
        on = dt.date(day.year(), day.month(), day.day())
        vault, seen = self.vault, getattr(task, "version", None)
        self.done_button.setEnabled(False)
        ChangeOp(
            self,
            self.context.changes,
            lambda: followups.mark_done(vault, task.id, on, expected_version=seen),
        ).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self._selection()
        self.dialog = show_failure(self, exc)

    def retranslate(self) -> None:
        self.overdue_only.setText(self.tr("Overdue only"))
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
        self.mine_only.setToolTip(
            self.tr("Only tasks assigned to you (%1); clear it to see everyone's").replace(
                "%1", self.vault.user
            )
        )


PAGE = PageSpec(
    id="followups",
    title=lambda: QCoreApplication.translate("Pages", "Follow-ups"),
    icon="followups.svg",
    roles=frozenset({"admin", "case_worker", "shelter_staff"}),
    factory=FollowUpsPage,
    order=50,
)
