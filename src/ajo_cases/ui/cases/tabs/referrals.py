"""Referrals to partner organisations: draft, send (needs sharing consent), answer, complete."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records_casework import URGENCIES, CaseDetail, ReferralForm, ReferralRecord
from ajo_cases.services.casework import partners, referrals
from ajo_cases.ui.cases.tabs.common import (
    CaseTab,
    Column,
    RecordModel,
    action_row,
    hint_label,
    record_table,
    selected_record,
)
from ajo_cases.ui.cases.tabs.dialogs import FormDialog, text_box
from ajo_cases.ui.kit.form_widgets import ChoiceCombo, VocabCombo
from ajo_cases.ui.kit.status_delegate import StatusDelegate
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.runtime.rule_messages import rule_text, show_failure
from ajo_cases.ui.runtime.window_guard import run_for

# Which buttons a referral in each status offers.
NEXT_STEPS = {
    "draft": {"send", "withdraw"},
    "sent": {"accept", "decline", "withdraw"},
    "accepted": {"complete", "withdraw"},
}


class ReferDialog(FormDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Refer to an organisation"), self.tr("Create and send"), parent)
        self.partner = self.add("partner", self.tr("Organisation:"), ChoiceCombo(), required=True)
        self.service = self.add(
            "service", self.tr("Service:"), VocabCombo("assistance_type"), required=True
        )
        self.urgency = self.add("urgency", self.tr("Urgency:"), VocabCombo("urgency"))
        self.note = self.add("note", self.tr("Note for the organisation:"), text_box())
        self.check = self._check

    def _check(self) -> bool:
        if self.partner.value() is None:  # type: ignore[attr-defined]
            self.error("partner", self.tr("Choose the organisation."))
            return False
        return True

    def form(self) -> ReferralForm:
        return ReferralForm(
            partner_id=self.partner.value() or "",  # type: ignore[attr-defined]
            service=self.service.code() or "other",  # type: ignore[attr-defined]
            urgency=self.urgency.code() or URGENCIES[0],  # type: ignore[attr-defined]
            note=self.note.toPlainText().strip() or None,  # type: ignore[attr-defined]
        )


class ReferralsTab(CaseTab):
    key = "referrals"

    def __init__(self, context, window) -> None:
        super().__init__(context, window)
        self.model = RecordModel(
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
            lambda r: r.id,
            self,
        )
        self.table = record_table(self.model)
        self.table.setItemDelegateForColumn(3, StatusDelegate(parent=self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = hint_label()
        self.buttons: dict[str, QPushButton] = {
            name: QPushButton()
            for name in ("add", "send", "accept", "decline", "complete", "withdraw")
        }
        for name, button in self.buttons.items():
            button.clicked.connect(getattr(self, f"do_{name}"))
            button.setVisible(self.may("refer"))
        layout = QVBoxLayout(self)
        layout.addLayout(action_row(*self.buttons.values()))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
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
        self.model.set_rows(detail.referrals)
        self.empty.setVisible(not detail.referrals)
        self._update_buttons()

    def _selected(self) -> ReferralRecord | None:
        return selected_record(self.table)

    def _update_buttons(self) -> None:
        record = self._selected()
        steps = NEXT_STEPS.get(record.status, set()) if record else set()
        for name, button in self.buttons.items():
            button.setEnabled(name == "add" or name in steps)

    # --- actions -------------------------------------------------------------------------

    def do_add(self) -> None:
        if not self.may("refer") or self.detail is None:
            return
        dialog = ReferDialog(self)
        self.dialog = dialog
        vault = self.vault
        run_for(
            self,
            self.context,
            lambda: [(p.id, p.form.name) for p in partners.list_partners(vault, active_only=True)],
            lambda items: dialog.partner.fill(items, self.tr("Choose…")),  # type: ignore[attr-defined]
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        form, case_id = dialog.form(), self.detail.case.id
        self.run(
            lambda: referrals.create_draft(vault, case_id, form),
            lambda result: self.send(result[0]),
        )

    def do_send(self) -> None:
        record = self._selected()
        if record is not None:
            self.send(record)

    def send(self, record: ReferralRecord, override_reason: str | None = None) -> None:
        vault = self.vault
        run_for(
            self,
            self.context,
            lambda: referrals.send(vault, record.id, override_reason=override_reason),
            lambda result: self.context.announce(*result[1].kinds),
            lambda exc: self._send_failed(record, exc),
        )

    def _send_failed(self, record: ReferralRecord, exc: BaseException) -> None:
        if not (isinstance(exc, RuleViolation) and exc.code == "referral.no_sharing_consent"):
            show_failure(self, exc)
            return
        self.context.announce("referral", "case")  # the draft exists: show it
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not sent: no consent"))
        box.setText(
            rule_text(exc) + " " + self.tr("The referral is kept as a draft; send it later.")
        )
        override = None
        if self.may("override_consent"):
            override = box.addButton(self.tr("Send anyway…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if override is not None and box.clickedButton() is override:
            reason = self.ask_override_reason()
            if reason:
                self.send(record, reason)

    def ask_override_reason(self) -> str | None:
        dialog = FormDialog(self.tr("Send without consent"), self.tr("Send anyway"), self)
        dialog.say(
            self.tr(
                "Only for an emergency, such as a threat to life. Write why the person's "
                "information must be shared without their consent. This is recorded."
            )
        )
        reason = dialog.add("reason", self.tr("Reason:"), text_box(90), required=True)

        def check() -> bool:
            if not reason.toPlainText().strip():  # type: ignore[attr-defined]
                dialog.error("reason", self.tr("Write the reason."))
                return False
            return True

        dialog.check = check
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return reason.toPlainText().strip()  # type: ignore[attr-defined]

    def _step(self, fn: Any) -> None:
        record = self._selected()
        if record is not None:
            vault = self.vault
            self.run(lambda: fn(vault, record.id))

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
            if not reason.toPlainText().strip():  # type: ignore[attr-defined]
                dialog.error("reason", self.tr("Write the reason they gave."))
                return False
            return True

        dialog.check = check
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text, vault = reason.toPlainText().strip(), self.vault  # type: ignore[attr-defined]
            self.run(lambda: referrals.decline(vault, record.id, text))
