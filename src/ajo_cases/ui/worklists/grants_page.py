"""Grants: reintegration grants by status, with the approved sum, the handover day and the next
monitoring visit; double-click or Enter opens the case. A manager sees this list too (the donor
decision is often theirs), with case codes only: no name or business title appears here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from ajo_cases.domain.vocab import GrantStatus
from ajo_cases.services.casework import worklists
from ajo_cases.services.casework.worklists import GRANTS_WAITING, GrantRow
from ajo_cases.ui.app.pages import PageContext, PageSpec
from ajo_cases.ui.kit.formatting import format_date, format_money, format_number
from ajo_cases.ui.kit.status_delegate import StatusDelegate
from ajo_cases.ui.kit.vocab_labels import choices, label
from ajo_cases.ui.worklists.worklist import CODE_ROLE, RecordModel, WorklistPage, iso

CODE, SECTOR, STATUS, AMOUNT, HANDED, MONITORING = range(6)


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    if currency == "TJS":
        return format_money(minor / 100)
    return f"{format_number(minor / 100, 2)}\u00a0{label('currency', currency)}"


def _visit_overdue(row: GrantRow) -> bool:
    return row.next_monitoring is not None and row.next_monitoring < dt.date.today()


class GrantModel(RecordModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Case code"), self.tr("Sector"), self.tr("Status"),
            self.tr("Approved amount"), self.tr("Handed over on"),
            self.tr("Next monitoring visit"),
        )  # fmt: skip

    def display(self, row: GrantRow, column: int) -> str:
        record = row.record
        if column == CODE:
            return row.case_code
        if column == SECTOR:
            return label("grant_sector", record.form.sector)
        if column == STATUS:
            return label("grant_status", record.status)
        if column == AMOUNT:
            return money(record.approved_minor, record.form.currency)
        if column == HANDED:
            return format_date(record.handed_over_on)
        if column == MONITORING:
            return self.due_text(row.next_monitoring, _visit_overdue(row))
        return ""

    def native(self, row: GrantRow, column: int) -> str | int:
        if column == AMOUNT:
            return row.record.approved_minor if row.record.approved_minor is not None else -1
        if column == HANDED:
            return iso(row.record.handed_over_on)
        if column == MONITORING:
            return iso(row.next_monitoring)
        return self.display(row, column)

    def case_id_of(self, row: GrantRow) -> str:
        return row.record.case_id

    def code(self, row: GrantRow, column: int) -> str | None:
        return row.record.status if column == STATUS else None

    def overdue(self, row: GrantRow, column: int) -> bool:
        return column == MONITORING and _visit_overdue(row)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class GrantsPage(WorklistPage):
    refresh_kinds = frozenset({"grant", "case"})

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, GrantModel())
        self.table.setObjectName("GrantTable")
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(CODE_ROLE, self.table))
        self.status_label = QLabel()
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_label.setBuddy(self.status)
        self.filter_row.addWidget(self.status_label)
        self.filter_row.addWidget(self.status)
        self.set_widths((120, 150, 150, 150, 130))
        self.retranslate()
        self.status.currentIndexChanged.connect(lambda _index: self.reload())
        self.reload()

    def statuses(self) -> tuple[str, ...]:
        data = self.status.currentData()
        return tuple(data.split(",")) if data else ()

    def loader(self) -> Callable[[], list[Any]]:
        vault, statuses = self.vault, self.statuses()
        return lambda: worklists.grant_rows(vault, statuses)

    def apply_request(self, request: dict[str, Any]) -> None:
        if "status" in request:
            index = self.status.findData(str(request["status"] or ""))
            self.status.setCurrentIndex(max(index, 0))

    def _fill_statuses(self) -> None:
        current = self.status.currentData() or ""
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), "")
        self.status.addItem(self.tr("Awaiting approval or monitoring"), ",".join(GRANTS_WAITING))
        self.status.addItem(self.tr("Awaiting approval"), GrantStatus.SUBMITTED.value)
        for code, text in choices("grant_status"):
            if code != GrantStatus.SUBMITTED.value:
                self.status.addItem(text, code)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.status.blockSignals(False)

    def _loaded(self, generation: int, rows: list[Any]) -> None:
        super()._loaded(generation, rows)
        self.retranslate_empty()

    def retranslate_empty(self) -> None:
        self.empty.setText(
            self.tr("No grants yet — open a case and add a business plan on its Grant tab.")
            if not self.statuses()
            else self.tr("No grants with this status. Choose another status above.")
        )

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Status:"))
        self._fill_statuses()
        self.retranslate_empty()
        super().retranslate()


PAGE = PageSpec(
    id="grants",
    title=lambda: QCoreApplication.translate("Pages", "Grants"),
    icon="grants.svg",
    roles=frozenset({"admin", "case_worker", "manager"}),
    factory=GrantsPage,
    order=40,
)
