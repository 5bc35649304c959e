"""Grants: reintegration grants by status, with the approved sum, the handover day and the next
monitoring visit; double-click or Enter opens the case. A manager sees this list too (the donor
decision is often theirs), with case codes only: the name column is hidden and empty for them.
Filtered by worker too; overdue visits and decisions that came in lately first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ajo_cases.domain.vocab import GrantStatus
from ajo_cases.services.casework import worklists
from ajo_cases.services.casework.worklists import GRANTS_WAITING, GrantRow
from ajo_cases.ui.app.pages import PageContext, PageSpec
from ajo_cases.ui.kit.formatting import format_amount, format_date
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.status_delegate import StatusDelegate
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.worklists.worklist import StatusWorklist, due_text, iso

CODE, NAME, SECTOR, STATUS, AMOUNT, HANDED, MONITORING, WORKER = range(8)


def money(minor: int | None, currency: str) -> str:
    return format_amount(minor, currency)


def _visit_overdue(row: GrantRow) -> bool:
    return row.overdue


class GrantsPage(StatusWorklist):
    refresh_kinds = frozenset({"grant", "case"})
    vocabulary = "grant_status"

    def __init__(self, context: PageContext) -> None:
        columns = [
            Column(lambda: self.tr("Case code"), lambda r: r.case_code),
            Column(
                lambda: self.tr("Name"),
                lambda r: r.name if r.name is not None else self.tr("restricted"),
            ),
            Column(
                lambda: self.tr("Sector"), lambda r: label("grant_sector", r.record.form.sector)
            ),
            Column(
                lambda: self.tr("Status"),
                lambda r: label("grant_status", r.record.status),
                code=lambda r: r.record.status,
                strong=lambda r: r.decided_lately,
            ),
            Column(
                lambda: self.tr("Approved amount"),
                lambda r: r.record.approved_minor if r.record.approved_minor is not None else -1,
                lambda r: money(r.record.approved_minor, r.record.form.currency),
                number=True,
            ),
            Column(
                lambda: self.tr("Handed over on"),
                lambda r: iso(r.record.handed_over_on),
                lambda r: format_date(r.record.handed_over_on),
            ),
            Column(
                lambda: self.tr("Next monitoring visit"),
                lambda r: iso(r.next_monitoring),
                lambda r: due_text(r.next_monitoring, _visit_overdue(r)),
                overdue=_visit_overdue,
            ),
            Column(lambda: self.tr("Case worker"), lambda r: r.worker),
        ]
        super().__init__(context, columns, lambda r: r.record.case_id)
        self.table.setObjectName("GrantTable")
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(parent=self.table))
        self.set_widths((120, 190, 140, 150, 130, 120, 170))
        self.table.setColumnHidden(NAME, not self.vault.may_read_personal)
        self.start()

    def groups(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Awaiting approval or monitoring"), ",".join(GRANTS_WAITING)),
            (self.tr("Awaiting approval"), GrantStatus.SUBMITTED.value),
        ]

    def loader(self) -> Callable[[], list[Any]]:
        vault, statuses, worker = self.vault, self.statuses(), self.worker()
        return lambda: list(worklists.grant_rows(vault, statuses, worker=worker))

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No grants with this status. Choose another status above.")
        return self.tr("No grants yet — open a case and add a business plan on its Grant tab.")


PAGE = PageSpec(
    id="grants",
    title=lambda: QCoreApplication.translate("Pages", "Grants"),
    icon="grants.svg",
    roles=frozenset({"admin", "case_worker", "manager"}),
    factory=GrantsPage,
    order=40,
)
