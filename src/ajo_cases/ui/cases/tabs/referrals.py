"""Referrals to partner organisations: draft, send (needs sharing consent), answer, complete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records_casework import CaseDetail, ReferralRecord
from ajo_cases.services.casework import partners, referrals
from ajo_cases.services.changes import Changes
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import ListTab
from ajo_cases.ui.cases.tabs.refer_dialog import ReferDialog, refer
from ajo_cases.ui.kit.dialogs import FormDialog, text_box
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.status_delegate import StatusDelegate
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.kit.widgets import open_dialog
from ajo_cases.ui.runtime.failures import rule_text, show_failure
from ajo_cases.ui.runtime.operations import QueryOp

# Which buttons a referral in each status offers.
NEXT_STEPS = {
    "draft": {"send", "withdraw"},
    "sent": {"accept", "decline", "withdraw"},
    "accepted": {"complete", "withdraw"},
}


class ReferralsTab(ListTab):
    key = "referrals"

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            [
                Column(lambda: self.tr("Created"), lambda r: r.created_on),
                Column(lambda: self.tr("Organisation"), lambda r: r.partner_name),
                Column(
                    lambda: self.tr("Service"),
                    lambda r: r.form.service,
                    lambda r: label("assistance_type", r.form.service),
                ),
                Column(
                    lambda: self.tr("Status"),
                    lambda r: r.status,
                    lambda r: label("referral_status", r.status),
                    lambda r: r.status,
                ),
                Column(lambda: self.tr("Sent"), lambda r: r.sent_on),
                Column(lambda: self.tr("Check by"), lambda r: r.follow_up_due),
                Column(
                    lambda: self.tr("Consent"),
                    lambda r: r.consent_override,
                    lambda r: (
                        self.tr("sent without consent (override)") if r.consent_override else ""
                    ),
                ),
            ],
        )
        self.table.setItemDelegateForColumn(3, StatusDelegate(parent=self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        actions: dict[str, Callable[[], None]] = {
            "add": self.do_add, "send": self.do_send, "accept": self.do_accept,
            "decline": self.do_decline, "complete": self.do_complete,
            "withdraw": self.do_withdraw,
        }  # fmt: skip
        self.buttons: dict[str, QPushButton] = {name: QPushButton() for name in actions}
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])
            button.setVisible(self.may("refer"))
        self.lay_out(*self.buttons.values())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Referrals")

    def retranslate(self) -> None:
        texts = {
            "add": self.tr("Refer…"), "send": self.tr("Send"), "accept": self.tr("Accepted"),
            "decline": self.tr("Declined…"), "complete": self.tr("Completed"),
            "withdraw": self.tr("Withdraw"),
        }  # fmt: skip
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["accept"].setToolTip(self.tr("The organisation took the person on"))
        self.buttons["decline"].setToolTip(self.tr("The organisation refused; write its reason"))
        self.empty.setText(
            self.tr("No referrals yet. Choose “Refer…” to send the person to a partner.")
        )
        self.model.retranslate()

    def attention(self) -> str:
        waiting = [r for r in self.detail.referrals if r.status == "sent"] if self.detail else []
        return f"({len(waiting)})" if waiting else ""

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.show_rows(detail.referrals)
        self._update_buttons()

    def _selected(self) -> ReferralRecord | None:
        found: ReferralRecord | None = self.selected()
        return found

    def _update_buttons(self) -> None:
        record = self._selected()
        steps = NEXT_STEPS.get(record.status, set()) if record else set()
        for name, button in self.buttons.items():
            button.setEnabled(name == "add" or name in steps)

    # --- actions -------------------------------------------------------------------------

    def do_add(self) -> None:
        if not self.may("refer") or self.detail is None:
            return
        dialog = ReferDialog(
            self.detail.consent_summary.sharing_partner_ids,
            may_record=self.may("consent"),
            may_override=self.may("override_consent"),
            parent=self,
        )
        vault, case_id = self.vault, self.detail.case.id
        QueryOp(
            dialog,
            lambda: [(p.id, p.form.name) for p in partners.list_partners(vault, active_only=True)],
        ).success(lambda items: dialog.partner.fill(items, self.tr("Choose…"))).run()

        def create_and_send() -> None:
            what = dialog.referring()
            self.change(lambda: refer(vault, case_id, what)).failure(
                lambda exc: self.dialog_failed(exc)
            ).run()

        self.open_form(dialog, create_and_send)

    def dialog_failed(self, exc: BaseException) -> None:
        self.dialog = show_failure(self, exc)

    def do_send(self) -> None:
        record = self._selected()
        if record is not None:
            self.send(record)

    def send(self, record: ReferralRecord, override_reason: str | None = None) -> None:
        vault = self.vault
        self.change(
            lambda: referrals.send(
                vault, record.id, override_reason=override_reason, expected_version=record.version
            )
        ).failure(lambda exc: self._send_failed(record, exc)).run()

    def _send_failed(self, record: ReferralRecord, exc: BaseException) -> None:
        """Without sharing consent the draft stays; an administrator may send it anyway."""
        if not (isinstance(exc, RuleViolation) and exc.code == "referral.no_sharing_consent"):
            self.dialog = show_failure(self, exc)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not sent: no consent"))
        box.setText(
            rule_text(exc) + " " + self.tr("The referral is kept as a draft; send it later.")
        )
        if self.may("override_consent"):
            override = box.addButton(self.tr("Send anyway…"), QMessageBox.ButtonRole.ActionRole)
            override.clicked.connect(
                lambda: self.ask_override_reason(lambda reason: self.send(record, reason))
            )
        box.addButton(QMessageBox.StandardButton.Ok)
        self.dialog = box
        open_dialog(box)

    def ask_override_reason(self, then: Callable[[str], object]) -> None:
        dialog = FormDialog(self.tr("Send without consent"), self.tr("Send anyway"), self)
        dialog.say(
            self.tr(
                "Only for an emergency, such as a threat to life. Write why the person's "
                "information must be shared without their consent. This is recorded."
            )
        )
        reason = dialog.add("reason", self.tr("Reason:"), text_box(90), required=True)

        def check() -> bool:
            if not reason.toPlainText().strip():
                dialog.error("reason", self.tr("Write the reason."))
                return False
            return True

        dialog.check = check
        self.open_form(dialog, lambda: then(reason.toPlainText().strip()))

    def _step(self, step: Callable[..., tuple[ReferralRecord, Changes]]) -> None:
        record = self._selected()
        if record is not None:
            vault, referral_id, version = self.vault, record.id, record.version
            self.change(lambda: step(vault, referral_id, expected_version=version)).run()

    def do_accept(self) -> None:
        self._step(referrals.accept)

    def do_complete(self) -> None:
        self._step(referrals.complete)

    def do_withdraw(self) -> None:
        self._step(referrals.withdraw)

    def do_decline(self) -> None:
        record = self._selected()
        if record is None:
            return
        dialog = FormDialog(self.tr("The organisation declined"), self.tr("Save"), self)
        reason = dialog.add("reason", self.tr("Their reason:"), text_box(), required=True)

        def check() -> bool:
            if not reason.toPlainText().strip():
                dialog.error("reason", self.tr("Write the reason they gave."))
                return False
            return True

        dialog.check = check
        vault, referral_id, version = self.vault, record.id, record.version

        def decline() -> None:
            text = reason.toPlainText().strip()
            self.change(
                lambda: referrals.decline(vault, referral_id, text, expected_version=version)
            ).run()

        self.open_form(dialog, decline)
