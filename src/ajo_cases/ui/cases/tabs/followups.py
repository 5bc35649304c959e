"""Follow-ups: the tasks of this case (planned actions, referral checks, monitoring visits)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ajo_cases.domain.records_casework import CaseDetail, FollowUpRecord
from ajo_cases.services.casework import followups
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import ListTab
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.vocab_labels import label


class FollowUpsTab(ListTab):
    key = "follow_ups"

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            [
                Column(lambda: self.tr("Due"), lambda r: r.due_on),
                Column(
                    lambda: self.tr("Task"),
                    lambda r: r.kind,
                    lambda r: label("follow_up_kind", r.kind),
                ),
                Column(
                    lambda: self.tr("State"),
                    lambda r: (r.done_on is not None, r.overdue),
                    self._state,
                ),
                Column(
                    lambda: self.tr("Assigned to"),
                    lambda r: self.detail.staff_name(r.assigned_to) if self.detail else "",
                ),
            ],
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.do_done)
        self.done_button.setVisible(self.may("follow_up"))
        self.lay_out(self.done_button)
        self.retranslate()

    def _state(self, record: FollowUpRecord) -> str:
        if record.done_on is not None:
            return self.tr("done on %1").replace("%1", format_date(record.done_on))
        return self.tr("overdue") if record.overdue else self.tr("open")

    def title(self) -> str:
        return self.tr("Follow-ups")

    def attention(self) -> str:
        overdue = [f for f in self.detail.follow_ups if f.overdue] if self.detail else []
        return f"({len(overdue)})" if overdue else ""

    def retranslate(self) -> None:
        self.done_button.setText(self.tr("Mark done"))
        self.empty.setText(
            self.tr("No follow-ups. They appear when actions are planned, referrals sent "
                    "or a grant handed over.")
        )  # fmt: skip
        self.model.retranslate()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.show_rows(detail.follow_ups)
        self._update_button()

    def _update_button(self) -> None:
        record = self.selected()
        self.done_button.setEnabled(record is not None and record.done_on is None)

    def do_done(self) -> None:
        record = self.selected()
        if record is None or record.done_on is not None or not self.may("follow_up"):
            return
        vault = self.vault
        self.change(
            lambda: followups.mark_done(vault, record.id, expected_version=record.version)
        ).run()
