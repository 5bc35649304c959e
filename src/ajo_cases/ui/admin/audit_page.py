"""Audit log (administrators): who did what and when, newest first, 200 entries at a time,
filtered by event, account, period and record id; and "Verify chain", which checks the HMAC
chain, the database and the key file on the worker. The log holds ids and field names only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ajo_cases.domain.records import AuditRecord
from ajo_cases.services.access import audit_view, verify
from ajo_cases.services.access.audit_view import PAGE_SIZE, AuditFilter
from ajo_cases.services.access.verify import VerifyReport
from ajo_cases.services.changes import Changes
from ajo_cases.ui.admin.audit_labels import account_text, check_label, event_label
from ajo_cases.ui.app.pages import Page, PageContext, PageSpec
from ajo_cases.ui.kit.audit_words import detail_text, fields_text
from ajo_cases.ui.kit.form_widgets import OptionalDate
from ajo_cases.ui.kit.record_model import Column, RecordModel, record_table, set_widths
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.kit.widgets import MessageLabel
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import QueryOp


class AuditPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.more = False
        self.loading = False
        self.report: VerifyReport | None = None
        self.model = RecordModel(
            [
                Column(lambda: self.tr("No."), lambda r: r.seq),
                Column(lambda: self.tr("When"), lambda r: r.at),
                Column(lambda: self.tr("Account"), lambda r: r.actor,
                       lambda r: account_text(r.actor)),
                Column(lambda: self.tr("Event"), lambda r: r.event, lambda r: event_label(r.event)),
                Column(lambda: self.tr("Record"), lambda r: r.target_table or "",
                       lambda r: label("audit_table", r.target_table)),
                Column(lambda: self.tr("Record id"), lambda r: r.target_id or "",
                       lambda r: account_text(r.target_id or "")
                       if r.target_table == "user" else r.target_id or ""),
                Column(lambda: self.tr("Fields"), lambda r: len(r.fields),
                       lambda r: fields_text(r.fields)),
                Column(lambda: self.tr("Details"), lambda r: r.detail, detail_text),
            ],
            lambda r: str(r.seq),
            self,
        )  # fmt: skip
        self.table = record_table(self.model)
        set_widths(self.table, (60, 130, 100, 170, 110, 150, 180))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.event_choice = QComboBox()
        self.actor = QComboBox()
        self.since, self.until = OptionalDate(future=True), OptionalDate(future=True)
        self.target = QLineEdit()
        self.target.setClearButtonEnabled(True)
        self.target.returnPressed.connect(self.reload)
        self.apply_button, self.more_button = QPushButton(), QPushButton()
        self.verify_button = QPushButton()
        self.apply_button.clicked.connect(self.reload)
        self.more_button.clicked.connect(self.fetch_more)
        self.verify_button.clicked.connect(self.verify_chain)
        self.count = QLabel()
        self.message = MessageLabel(MessageLabel.ERROR)
        self.verify_result = MessageLabel(MessageLabel.NOTE)
        self.verify_problem = MessageLabel(MessageLabel.WARNING)
        self.labels = [QLabel() for _ in range(5)]
        filters = QGridLayout()
        for column, (caption, field) in enumerate(
            zip(self.labels, (self.event_choice, self.actor, self.since, self.until, self.target),
                strict=True)
        ):  # fmt: skip
            filters.addWidget(caption, 0, column)
            filters.addWidget(field, 1, column)
        filters.addWidget(self.apply_button, 1, 5)
        filters.setColumnStretch(4, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.verify_problem)
        self.retranslate()
        self.message.clear_message()
        self.verify_result.clear_message()
        self.verify_problem.clear_message()
        vault = self.vault
        QueryOp(self, lambda: audit_view.audit_choices(vault)).success(self._choices).run()
        self.reload()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Every sign-in, view and change, newest first. The log keeps record ids "
                    "and the names of changed fields, never their values, and cannot be "
                    "altered: “Verify chain” proves that nothing was removed or changed.")
        )  # fmt: skip
        for caption, text in zip(
            self.labels,
            (self.tr("Event"), self.tr("Account"), self.tr("From"), self.tr("To"),
             self.tr("Record id")),
            strict=True,
        ):  # fmt: skip
            caption.setText(text)
        self.target.setPlaceholderText(self.tr("Paste an id"))
        self.apply_button.setText(self.tr("Show"))
        self.more_button.setText(self.tr("Show %1 more").replace("%1", str(PAGE_SIZE)))
        self.verify_button.setText(self.tr("Verify chain"))
        for combo in (self.event_choice, self.actor):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        events = self.event_choice
        for index in range(1, events.count()):
            events.setItemText(index, event_label(str(events.itemData(index))))
        self.model.retranslate()
        self._update()
        if self.report is not None:
            self._verified(self.report)

    def _choices(self, choices: tuple[list[str], list[str]]) -> None:
        events, actors = choices
        self._fill(self.event_choice, events, event_label)
        self._fill(self.actor, actors, account_text)

    def _fill(self, combo: QComboBox, items: list[str], text: Callable[[str], str]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for item in sorted(items, key=lambda code: text(code).casefold()):
            combo.addItem(text(item), item)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def refresh(self, changes: Changes) -> None:
        """New events arrive with every change; the list is reloaded only on request."""

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            event=self.event_choice.currentData(),
            actor=self.actor.currentData(),
            since=self.since.value(),
            until=self.until.value(),
            target_id=self.target.text().strip() or None,
        )

    def reload(self) -> None:
        self.model.set_rows([])
        self._fetch(None)

    def fetch_more(self) -> None:
        if self.more and self.model.rows:
            self._fetch(self.model.rows[-1].seq)

    def _fetch(self, before: int | None) -> None:
        where, vault = self.current_filter(), self.vault
        self.loading = True
        self.message.clear_message()
        self._update()

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.message.show_message(failure_text(exc).sentence)
            self._update()

        QueryOp(self, lambda: audit_view.audit_page(vault, where, before_seq=before)).success(
            self._loaded
        ).failure(failed).run()

    def _loaded(self, rows: list[AuditRecord]) -> None:
        self.loading = False
        self.model.append_rows(rows)
        self.more = len(rows) == PAGE_SIZE
        self._update()

    def _update(self) -> None:
        shown = len(self.model.rows)
        text = self.tr("%1 entries shown") if not self.more else self.tr("%1 newest entries shown")
        self.count.setText(text.replace("%1", str(shown)))
        self.more_button.setEnabled(self.more and not self.loading)
        self.apply_button.setEnabled(not self.loading)

    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_problem.clear_message()
        self.verify_result.show_message(self.tr("Checking the vault…"))
        vault = self.vault

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self.verify_result.clear_message()
            self.verify_problem.show_message(failure_text(exc).sentence)

        QueryOp(self, lambda: verify.verify_vault(vault)).success(self._verified).failure(
            failed
        ).run()

    def _verified(self, report: VerifyReport) -> None:
        self.report = report
        self.verify_button.setEnabled(True)
        if report.ok:
            chain = next((c for c in report.checks if c.name == "audit_chain"), None)
            text = self.tr(
                "Verified: the audit log chain is whole (%1) and the database and "
                "key file are intact."
            ).replace("%1", chain.detail if chain else "")
            if report.accounts_without_key:
                text += " " + self.tr(
                    "Not signed in since entries are signed: %1. Until each of them signs in, "
                    "entries in their name cannot be checked."
                ).replace("%1", ", ".join(report.accounts_without_key))
        else:  # fmt: skip
            failed = [check_label(c.name) + (f" ({c.detail})" if c.detail else "")
                      for c in report.checks if not c.ok]  # fmt: skip
            text = self.tr("Problems found: %1. Stop work and restore the latest backup, or "
                           "ask for help.").replace("%1", "; ".join(failed))  # fmt: skip
        self.verify_result.show_message(text if report.ok else "")
        self.verify_problem.show_message("" if report.ok else text)


PAGE = PageSpec(
    id="audit",
    title=lambda: QCoreApplication.translate("Pages", "Audit log"),
    icon="audit.svg",
    roles=frozenset({"admin"}),
    factory=AuditPage,
    order=920,
)
