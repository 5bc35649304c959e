"""History: the audit entries about this case and its records (who, when, what, which fields).
The audit log keeps field names only, never values."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ajo_cases.domain.records import AuditRecord
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import ListTab
from ajo_cases.ui.kit.audit_words import fields_text, status_change_text
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.vocab_labels import label


def what_text(entry: AuditRecord, name: Callable[[str], str]) -> str:
    """The record an entry is about, with a status change or a new case worker (by `name`,
    a staff member's full name where the account has one) in words."""
    thing = label("audit_table", entry.target_table) if entry.target_table else ""
    if entry.event == "status_change" and "->" in entry.detail:
        return f"{thing}: {status_change_text(entry.target_table, entry.detail)}"
    if entry.event == "update" and entry.detail.startswith("worker ") and "->" in entry.detail:
        before, _, after = entry.detail.removeprefix("worker ").partition("->")
        moved = QCoreApplication.translate("History", "case worker %1 → %2")
        return f"{thing}: " + moved.replace("%1", name(before)).replace("%2", name(after))
    return thing


class HistoryTab(ListTab):
    key = "history"

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            [
                Column(lambda: self.tr("When"), lambda r: r.at),
                Column(lambda: self.tr("Who"), lambda r: self._who(r.actor)),
                Column(
                    lambda: self.tr("Event"),
                    lambda r: r.event,
                    lambda r: label("audit_event", r.event),
                ),
                Column(
                    lambda: self.tr("What"),
                    lambda r: r.target_table or "",
                    lambda r: what_text(r, self._who),
                ),
                Column(
                    lambda: self.tr("Fields"),
                    lambda r: len(r.fields),
                    lambda r: fields_text(r.fields),
                ),
            ],
            lambda r: str(r.seq),
        )
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(3, 260)
        self.note = self.empty  # above the table, always shown
        self.lay_out()
        self.retranslate()

    def _who(self, login: str) -> str:
        return self.detail.staff_name(login) if self.detail is not None else login

    def title(self) -> str:
        return self.tr("History")

    def retranslate(self) -> None:
        self.note.setText(
            self.tr("Every view and change of this case, newest first. Values are never kept "
                    "here, only which fields changed.")
        )  # fmt: skip
        self.model.retranslate()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.model.set_rows(detail.history)
