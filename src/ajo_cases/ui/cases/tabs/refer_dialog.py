"""Refer…: the organisation, the service, and the person's consent to share with it, shown
for the organisation chosen; the worker records the consent given today right here (or an
administrator writes why it must go without), then the referral is created and sent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ajo_cases.domain.records_casework import URGENCIES, ConsentForm, ReferralForm, ReferralRecord
from ajo_cases.domain.vocab import ConsentKind
from ajo_cases.services.casework import consents, referrals
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.ui.kit.dialogs import FormDialog, text_box
from ajo_cases.ui.kit.form_widgets import ChoiceCombo, VocabCombo
from ajo_cases.ui.kit.widgets import MessageLabel


@dataclass(frozen=True, slots=True)
class Referring:
    """What the dialog decided: the referral, consent to record first, or an override."""

    form: ReferralForm
    record_consent: bool
    send: bool
    override_reason: str | None


def refer(vault: OpenVault, case_id: str, what: Referring) -> tuple[ReferralRecord, Changes]:
    """On the worker: record the consent (if given now), create the referral, send it when it
    may go. A refused send leaves the draft, as on the Referrals tab."""
    changes = Changes()
    if what.record_consent:
        consent = ConsentForm(
            kind=ConsentKind.SHARING.value, given=True, recorded_on=dt.date.today(),
            partner_ids=(what.form.partner_id,),
        )  # fmt: skip
        changes |= consents.record_consent(vault, case_id, consent)[1]
    record, created = referrals.create_draft(vault, case_id, what.form)
    changes |= created
    if what.send:
        record, sent = referrals.send(vault, record.id, override_reason=what.override_reason)
        changes |= sent
    return record, changes


class ReferDialog(FormDialog):
    def __init__(
        self,
        shared_with: tuple[str, ...] = (),
        *,
        may_record: bool = True,
        may_override: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Refer to an organisation"), self.tr("Create and send"), parent)
        self.shared_with = set(shared_with)
        self.partner = self.add("partner", self.tr("Organisation:"), ChoiceCombo(), required=True)
        self.service = self.add(
            "service", self.tr("Service:"), VocabCombo("assistance_type"), required=True
        )
        self.urgency = self.add("urgency", self.tr("Urgency:"), VocabCombo("urgency"))
        self.urgency.set_code(URGENCIES[0])
        self.note = self.add("note", self.tr("Note for the organisation:"), text_box())
        # the consent, across the dialog's width under the form: the sentences are long
        self.consent_heading = QLabel(self.tr("Consent to share:"))
        self.consent_state = QLabel()
        self.consent_state.setWordWrap(True)
        self.consent_now = QCheckBox(
            self.tr("The person agrees today to share their information with this organisation")
        )
        self.override = QCheckBox(self.tr("Send without consent (emergency, recorded)"))
        self.override_reason = text_box(60)
        self.override_reason.setPlaceholderText(self.tr("Why it cannot wait for consent"))
        self.reason_error = MessageLabel(MessageLabel.ERROR)
        consent = QWidget()
        column = QVBoxLayout(consent)
        column.setContentsMargins(0, 4, 0, 4)
        for widget in (self.consent_heading, self.consent_state, self.consent_now, self.override,
                       self.override_reason, self.reason_error):  # fmt: skip
            column.addWidget(widget)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)  # FormDialog's column
        outer.insertWidget(outer.indexOf(self.group) + 1, consent)
        bold = self.consent_heading.font()
        bold.setBold(True)
        self.consent_heading.setFont(bold)
        self.setMinimumWidth(600)
        self.may_record, self.may_override = may_record, may_override
        self.partner.currentIndexChanged.connect(lambda _i: self._show_consent())
        self.consent_now.toggled.connect(self._consent_toggled)
        self.override.toggled.connect(self._override_toggled)
        self.check = self._check
        self._show_consent()

    def has_consent(self) -> bool:
        partner = self.partner.value()
        return partner is not None and partner in self.shared_with

    def _show_consent(self) -> None:
        partner, given = self.partner.value(), self.has_consent()
        name = self.partner.currentText()
        if partner is None:
            text = self.tr("Choose the organisation to see the person's consent.")
        elif given:
            text = self.tr("Given: the person agreed to share with %1.").replace("%1", name)
        else:
            text = self.tr("Not given: the person has not agreed to share with %1.").replace(
                "%1", name
            )
        self.consent_state.setText(text)
        missing = partner is not None and not given
        self.consent_now.setVisible(missing and self.may_record)
        self.override.setVisible(missing and self.may_override)
        if not missing:
            self.consent_now.setChecked(False)
            self.override.setChecked(False)
        self._override_toggled(self.override.isChecked())
        self._name_action()
        if self.isVisible():
            self.adjustSize()  # the sentence and the boxes change height

    def _consent_toggled(self, checked: bool) -> None:
        if checked:
            self.override.setChecked(False)
        self._name_action()

    def _override_toggled(self, checked: bool) -> None:
        if checked:
            self.consent_now.setChecked(False)
        self.override_reason.setVisible(checked)
        if not checked:
            self.reason_error.clear_message()
        self._name_action()

    def sendable(self) -> bool:
        return self.has_consent() or self.consent_now.isChecked() or self.override.isChecked()

    def _name_action(self) -> None:
        """Without consent the referral can only be kept as a draft: the button says so."""
        can_send = self.sendable() or self.partner.value() is None
        self.ok.setText(self.tr("Create and send") if can_send else self.tr("Keep as a draft"))

    def _check(self) -> bool:
        if self.partner.value() is None:
            self.error("partner", self.tr("Choose the organisation."))
            return False
        if self.service.code() is None:
            self.error("service", self.tr("Choose the service."))
            return False
        self.reason_error.clear_message()
        if self.override.isChecked() and not self.override_reason.toPlainText().strip():
            self.reason_error.show_message(self.tr("Write the reason."))
            return False
        return True

    def form(self) -> ReferralForm:
        return ReferralForm(
            partner_id=self.partner.value() or "",
            service=self.service.code() or "other",
            urgency=self.urgency.code() or URGENCIES[0],
            note=self.note.toPlainText().strip() or None,
        )

    def referring(self) -> Referring:
        overriding = self.override.isChecked()
        return Referring(
            form=self.form(),
            record_consent=self.consent_now.isChecked() and not self.has_consent(),
            send=self.sendable(),
            override_reason=self.override_reason.toPlainText().strip() if overriding else None,
        )
