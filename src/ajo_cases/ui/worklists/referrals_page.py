"""Referrals: every referral to a partner organisation, filtered by status ("awaiting an
answer" is the Home card's list) and by worker, with the person's name for roles that may read
it; overdue ones and answers that came in lately first. Double-click or Enter opens the case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ajo_cases.domain.vocab import ReferralStatus
from ajo_cases.services.casework import worklists
from ajo_cases.services.casework.worklists import ReferralRow
from ajo_cases.ui.app.pages import PageContext, PageSpec
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.status_delegate import StatusDelegate
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.worklists.worklist import StatusWorklist, due_text, iso

CODE, NAME, PARTNER, SERVICE, STATUS, SENT, DUE, WORKER = range(8)
_OPEN = (ReferralStatus.SENT.value, ReferralStatus.ACCEPTED.value)


def _overdue(row: ReferralRow) -> bool:
    return row.overdue


class ReferralsPage(StatusWorklist):
    refresh_kinds = frozenset({"referral", "case"})
    vocabulary = "referral_status"

    def __init__(self, context: PageContext) -> None:
        columns = [
            Column(lambda: self.tr("Case code"), lambda r: r.case_code),
            Column(
                lambda: self.tr("Name"),
                lambda r: r.name if r.name is not None else self.tr("restricted"),
            ),
            Column(lambda: self.tr("Organisation"), lambda r: r.record.partner_name),
            Column(
                lambda: self.tr("Service"),
                lambda r: label("assistance_type", r.record.form.service),
            ),
            Column(
                lambda: self.tr("Status"),
                lambda r: label("referral_status", r.record.status),
                code=lambda r: r.record.status,
                strong=lambda r: r.answered_lately,
            ),
            Column(
                lambda: self.tr("Sent on"),
                lambda r: iso(r.record.sent_on),
                lambda r: format_date(r.record.sent_on),
            ),
            Column(
                lambda: self.tr("Follow-up due"),
                lambda r: iso(r.record.follow_up_due),
                lambda r: due_text(r.record.follow_up_due, r.overdue),
                overdue=_overdue,
            ),
            Column(lambda: self.tr("Case worker"), lambda r: r.worker),
        ]
        super().__init__(context, columns, lambda r: r.record.case_id)
        self.table.setObjectName("ReferralTable")
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(parent=self.table))
        self.set_widths((120, 190, 220, 130, 140, 100, 150))  # status chips in Tajik
        self.table.setColumnHidden(NAME, not self.vault.may_read_personal)
        self.start()

    def groups(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Awaiting an answer"), ReferralStatus.SENT.value),
            (self.tr("Under way (sent or accepted)"), ",".join(_OPEN)),
        ]

    def loader(self) -> Callable[[], list[Any]]:
        vault, statuses, worker = self.vault, self.statuses(), self.worker()
        return lambda: list(worklists.referral_rows(vault, statuses, worker=worker))

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No referrals with this status. Choose another status above.")
        return self.tr("No referrals yet — open a case and choose Refer…")


PAGE = PageSpec(
    id="referrals",
    title=lambda: QCoreApplication.translate("Pages", "Referrals"),
    icon="referrals.svg",
    roles=frozenset({"admin", "case_worker"}),
    factory=ReferralsPage,
    order=30,
)
