"""Grant: the reintegration grant's business plan and budget, the donor's decision, purchases,
the handover and the monitoring visits, step by step in the domain's order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout

from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.domain.records_grants import GrantRecord
from ajo_cases.services.casework import grants
from ajo_cases.services.changes import Changes
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import CaseTab, action_row
from ajo_cases.ui.cases.tabs.grant_dialogs import (
    AmountDialog,
    HandoverDialog,
    PlanDialog,
    PurchaseDialog,
    VisitDialog,
)
from ajo_cases.ui.kit.form_widgets import money_text
from ajo_cases.ui.kit.formatting import format_amount, format_date
from ajo_cases.ui.kit.record_model import Column, RecordModel, record_table
from ajo_cases.ui.kit.vocab_labels import label

# The buttons each status offers (lifecycle.GRANT_TRANSITIONS, as steps a person takes).
STEPS = {
    "plan": ("submit",),
    "submitted": ("approve", "reject"),
    "rejected": ("rework",),
    "approved": ("purchase",),
    "purchased": ("purchase", "hand_over"),
    "handed_over": ("visit",),
    "monitoring": ("visit", "close"),
}
DECISIONS = frozenset({"approve", "reject"})


class GrantTab(CaseTab):
    key = "grant"

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(lambda _i: self._show())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lines = RecordModel(
            [
                Column(lambda: self.tr("Item"), lambda r: r.item),
                Column(lambda: self.tr("Quantity"), lambda r: r.quantity),
                Column(
                    lambda: self.tr("Unit cost"),
                    lambda r: r.unit_cost_minor,
                    lambda r: money_text(r.unit_cost_minor),
                ),
                Column(
                    lambda: self.tr("Total"),
                    lambda r: r.total_minor,
                    lambda r: money_text(r.total_minor),
                ),
            ],
            lambda r: r.id or r.item,
            self,
        )
        self.purchases = RecordModel(
            [
                Column(lambda: self.tr("Bought on"), lambda r: r.form.purchased_on),
                Column(lambda: self.tr("Item"), lambda r: r.form.item),
                Column(lambda: self.tr("Quantity"), lambda r: r.form.quantity),
                Column(
                    lambda: self.tr("Unit cost"),
                    lambda r: r.form.unit_cost_minor,
                    lambda r: money_text(r.form.unit_cost_minor),
                ),
                Column(lambda: self.tr("Supplier"), lambda r: r.form.supplier),
            ],
            lambda r: r.id,
            self,
        )
        self.visits = RecordModel(
            [
                Column(lambda: self.tr("Visited on"), lambda r: r.form.visited_on),
                Column(
                    lambda: self.tr("Business"),
                    lambda r: r.form.business_running,
                    lambda r: (
                        self.tr("running") if r.form.business_running else self.tr("not running")
                    ),
                ),
                Column(
                    lambda: self.tr("Monthly income"),
                    lambda r: r.form.monthly_income_minor,
                    lambda r: money_text(r.form.monthly_income_minor),
                ),
                Column(lambda: self.tr("Sustainability"), lambda r: r.form.sustainability_score),
            ],
            lambda r: r.id,
            self,
        )
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.do_new)
        self.new_button.setVisible(self.may("grant"))
        self.buttons: dict[str, QPushButton] = {}
        actions: dict[str, Callable[[], None]] = {
            "submit": self.do_submit, "approve": self.do_approve, "reject": self.do_reject,
            "rework": self.do_rework, "purchase": self.do_purchase,
            "hand_over": self.do_hand_over, "visit": self.do_visit, "close": self.do_close,
        }  # fmt: skip
        for name, action in actions.items():
            button = QPushButton()
            button.clicked.connect(action)
            allowed = self.may("grant_decide") if name in DECISIONS else self.may("grant")
            button.setVisible(allowed)
            self.buttons[name] = button
        self.headings = [QLabel(), QLabel(), QLabel()]
        layout = QVBoxLayout(self)
        layout.addLayout(action_row(self.chooser, self.new_button))
        layout.addWidget(self.summary)
        layout.addLayout(action_row(*self.buttons.values()))
        for heading, model in zip(self.headings, (self.lines, self.purchases, self.visits),
                                  strict=True):  # fmt: skip
            layout.addWidget(heading)
            layout.addWidget(record_table(model), 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Grant")

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New business plan…"))
        texts = {
            "submit": self.tr("Submit to the donor"), "approve": self.tr("Approved…"),
            "reject": self.tr("Rejected"), "rework": self.tr("Rework the plan"),
            "purchase": self.tr("Record a purchase…"), "hand_over": self.tr("Hand over…"),
            "visit": self.tr("Monitoring visit…"), "close": self.tr("Close the grant"),
        }  # fmt: skip
        for name, text in texts.items():
            self.buttons[name].setText(text)
        for heading, text in zip(
            self.headings,
            (self.tr("Budget"), self.tr("Purchases"), self.tr("Monitoring visits")),
            strict=True,
        ):
            heading.setText(text)
        for model in (self.lines, self.purchases, self.visits):
            model.retranslate()
        self._show()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        current = self.chooser.currentIndex()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for grant in detail.grants:
            self.chooser.addItem(
                f"{label('grant_sector', grant.form.sector)} · {format_date(grant.created_on)}",
                grant.id,
            )
        self.chooser.setCurrentIndex(
            current if 0 <= current < len(detail.grants) else len(detail.grants) - 1
        )
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(detail.grants) > 1)
        self._show()

    def current(self) -> GrantRecord | None:
        if self.detail is None or not self.detail.grants:
            return None
        index = self.chooser.currentIndex()
        return self.detail.grants[index] if 0 <= index < len(self.detail.grants) else None

    def _show(self) -> None:
        grant = self.current()
        steps = STEPS.get(grant.status, ()) if grant else ()
        for name, button in self.buttons.items():
            button.setEnabled(name in steps)
        if grant is None:
            self.summary.setText(
                self.tr("No reintegration grant yet. Start one with “New business plan…”.")
            )
            for model in (self.lines, self.purchases, self.visits):
                model.set_rows([])
            return
        form = grant.form
        currency = form.currency
        facts = [
            self.tr("Status: %1").replace("%1", label("grant_status", grant.status)),
            self.tr("Business: %1").replace(
                "%1", self.tr("restricted") if grant.restricted else (form.title or "—")
            ),
            self.tr("Budget: %1").replace("%1", format_amount(form.budget_total_minor, currency)),
            self.tr("Own contribution: %1").replace(
                "%1", format_amount(form.contribution_minor, currency)
            ),
        ]
        if grant.approved_minor is not None:
            facts.append(self.tr("Approved: %1").replace(
                "%1", format_amount(grant.approved_minor, currency)))  # fmt: skip
        if grant.handed_over_on is not None:
            facts.append(
                self.tr("Handed over on %1 in %2")
                .replace("%1", format_date(grant.handed_over_on))
                .replace("%2", grant.handover_place)
            )
        self.summary.setText(" · ".join(facts))
        self.lines.set_rows(form.budget)
        self.purchases.set_rows(grant.purchases)
        self.visits.set_rows(grant.visits)

    # --- actions -------------------------------------------------------------------------

    def _with_grant(self, step: Callable[..., tuple[GrantRecord, Changes]]) -> None:
        """Run a step on the grant shown, from the version shown (a stale one is refused)."""
        grant = self.current()
        if grant is not None:
            vault, grant_id, version = self.vault, grant.id, grant.version
            self.change(lambda: step(vault, grant_id, expected_version=version)).run()

    def do_new(self) -> None:
        if self.detail is None or not self.may("grant"):
            return
        dialog = PlanDialog(self)
        vault, case_id = self.vault, self.detail.case.id

        def create() -> None:
            form = dialog.form()
            self.change(lambda: grants.create_grant(vault, case_id, form)).run()

        self.open_form(dialog, create)

    def do_submit(self) -> None:
        self._with_grant(grants.submit)

    def do_approve(self) -> None:
        grant = self.current()
        if grant is None:
            return
        dialog = AmountDialog(self.tr("Grant approved"), self.tr("Record the approval"),
                              grant.form.budget_total_minor, self)  # fmt: skip

        def approve() -> None:
            amount = dialog.amount.minor() or 0
            self._with_grant(lambda vault, gid, **seen: grants.approve(vault, gid, amount, **seen))

        self.open_form(dialog, approve)

    def do_reject(self) -> None:
        self._with_grant(grants.reject)

    def do_rework(self) -> None:
        self._with_grant(grants.rework)

    def do_purchase(self) -> None:
        dialog = PurchaseDialog(self)

        def purchase() -> None:
            form = dialog.form()
            self._with_grant(
                lambda vault, gid, **seen: grants.add_purchase(vault, gid, form, **seen)
            )

        self.open_form(dialog, purchase)

    def do_hand_over(self) -> None:
        dialog = HandoverDialog(self)

        def hand_over() -> None:
            on, place = dialog.on.value(), dialog.place.text()
            self._with_grant(
                lambda vault, gid, **seen: grants.hand_over(vault, gid, on, place, **seen)
            )

        self.open_form(dialog, hand_over)

    def do_visit(self) -> None:
        dialog = VisitDialog(self)

        def visit() -> None:
            form = dialog.form()
            self._with_grant(
                lambda vault, gid, **seen: grants.record_visit(vault, gid, form, **seen)
            )

        self.open_form(dialog, visit)

    def do_close(self) -> None:
        self._with_grant(grants.close_grant)
