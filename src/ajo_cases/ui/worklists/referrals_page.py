"""Referrals: every referral to a partner organisation, filtered by status ("awaiting an
answer" is the Home card's list); double-click or Enter opens the case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

from ajo_cases.domain.vocab import ReferralStatus
from ajo_cases.services.casework import worklists
from ajo_cases.services.casework.worklists import ReferralRow
from ajo_cases.ui.app.pages import PageContext, PageSpec
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.status_delegate import StatusDelegate
from ajo_cases.ui.kit.vocab_labels import choices, label
from ajo_cases.ui.worklists.worklist import CODE_ROLE, RecordModel, WorklistPage, iso

CODE, PARTNER, SERVICE, STATUS, SENT, DUE = range(6)
_OPEN = (ReferralStatus.SENT.value, ReferralStatus.ACCEPTED.value)


def _due_overdue(row: ReferralRow) -> bool:
    due = row.record.follow_up_due
    return due is not None and row.record.status in _OPEN and due < dt.date.today()


class ReferralModel(RecordModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Case code"), self.tr("Organisation"), self.tr("Service"),
            self.tr("Status"), self.tr("Sent on"), self.tr("Follow-up due"),
        )  # fmt: skip

    def display(self, row: ReferralRow, column: int) -> str:
        record = row.record
        if column == CODE:
            return row.case_code
        if column == PARTNER:
            return record.partner_name
        if column == SERVICE:
            return label("assistance_type", record.form.service)
        if column == STATUS:
            return label("referral_status", record.status)
        if column == SENT:
            return format_date(record.sent_on)
        if column == DUE:
            return self.due_text(record.follow_up_due, _due_overdue(row))
        return ""

    def native(self, row: ReferralRow, column: int) -> str | int:
        if column == SENT:
            return iso(row.record.sent_on)
        if column == DUE:
            return iso(row.record.follow_up_due)
        return self.display(row, column)

    def case_id_of(self, row: ReferralRow) -> str:
        return row.record.case_id

    def code(self, row: ReferralRow, column: int) -> str | None:
        return row.record.status if column == STATUS else None

    def overdue(self, row: ReferralRow, column: int) -> bool:
        return column == DUE and _due_overdue(row)


class ReferralsPage(WorklistPage):
    refresh_kinds = frozenset({"referral", "case"})

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, ReferralModel())
        self.table.setObjectName("ReferralTable")
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(CODE_ROLE, self.table))
        self.status_label = QLabel()
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_label.setBuddy(self.status)
        self.filter_row.addWidget(self.status_label)
        self.filter_row.addWidget(self.status)
        self.set_widths((120, 260, 150, 120, 100))
        self.retranslate()
        self.status.currentIndexChanged.connect(lambda _index: self.reload())
        self.reload()

    def statuses(self) -> tuple[str, ...]:
        data = self.status.currentData()
        return tuple(data.split(",")) if data else ()

    def loader(self) -> Callable[[], list[Any]]:
        vault, statuses = self.vault, self.statuses()
        return lambda: worklists.referral_rows(vault, statuses)

    def apply_request(self, request: dict[str, Any]) -> None:
        if "status" in request:
            index = self.status.findData(str(request["status"] or ""))
            self.status.setCurrentIndex(max(index, 0))  # reloads when it changes

    def _fill_statuses(self) -> None:
        current = self.status.currentData() or ""
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), "")
        self.status.addItem(self.tr("Awaiting an answer"), ReferralStatus.SENT.value)
        self.status.addItem(self.tr("Under way (sent or accepted)"), ",".join(_OPEN))
        for code, text in choices("referral_status"):
            if code != ReferralStatus.SENT.value:
                self.status.addItem(text, code)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.status.blockSignals(False)

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Status:"))
        self._fill_statuses()
        self.retranslate_empty()
        super().retranslate()

    def _loaded(self, generation: int, rows: list[Any]) -> None:
        super()._loaded(generation, rows)
        self.retranslate_empty()

    def retranslate_empty(self) -> None:
        self.empty.setText(
            self.tr("No referrals yet — open a case and choose Refer…")
            if not self.statuses()
            else self.tr("No referrals with this status. Choose another status above.")
        )


PAGE = PageSpec(
    id="referrals",
    title=lambda: QCoreApplication.translate("Pages", "Referrals"),
    icon="referrals.svg",
    roles=frozenset({"admin", "case_worker"}),
    factory=ReferralsPage,
    order=30,
)
