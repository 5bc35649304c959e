"""Shelter: the person's stays; admit to a free bed and discharge."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ajo_cases.domain.records_casework import BedRecord, CaseDetail, ResidentRow, StayRecord
from ajo_cases.services.casework import shelter
from ajo_cases.ui.cases.tabs.common import (
    CaseTab,
    Column,
    RecordModel,
    action_row,
    hint_label,
    record_table,
)
from ajo_cases.ui.cases.tabs.dialogs import FormDialog
from ajo_cases.ui.kit.form_widgets import ChoiceCombo, DateEdit, VocabCombo
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.runtime.window_guard import run_for


class AdmitDialog(FormDialog):
    """`case_field` (the Shelter page's case chooser) comes first when given."""

    def __init__(self, parent=None, case_field: QWidget | None = None) -> None:
        super().__init__(self.tr("Admit to the shelter"), self.tr("Admit"), parent)
        if case_field is not None:
            self.add("case", self.tr("Case:"), case_field, required=True)
        self.bed = self.add("bed", self.tr("Bed:"), ChoiceCombo(), required=True)
        self.on = self.add("on", self.tr("Admitted on:"), DateEdit(), required=True)
        self.check = self._check

    def show_beds(self, beds: list[BedRecord]) -> None:
        free = [b for b in beds if b.active and not b.occupied]
        items = [(b.id, f"{b.label} · {b.room}" if b.room else b.label) for b in free]
        self.bed.fill(items)  # type: ignore[attr-defined]
        if not free:
            self.error("bed", self.tr("No bed is free today."))

    def _check(self) -> bool:
        if self.bed.value() is None:  # type: ignore[attr-defined]
            self.error("bed", self.tr("Choose a bed."))
            return False
        return True


class DischargeDialog(FormDialog):
    def __init__(self, stay: StayRecord | ResidentRow, parent=None) -> None:
        super().__init__(self.tr("Discharge from the shelter"), self.tr("Discharge"), parent)
        self.say(
            self.tr("Bed %1, admitted on %2.")
            .replace("%1", stay.bed_label)
            .replace("%2", format_date(stay.admitted_on))
        )
        self.on = self.add("on", self.tr("Discharged on:"), DateEdit(), required=True)
        self.reason = self.add(
            "reason", self.tr("Reason:"), VocabCombo("discharge_reason"), required=True
        )


class ShelterTab(CaseTab):
    key = "shelter"

    def __init__(self, context, window) -> None:
        super().__init__(context, window)
        self.model = RecordModel(
            [
                Column(lambda: self.tr("Bed"), lambda r: r.bed_label),
                Column(lambda: self.tr("Admitted"), lambda r: r.admitted_on),
                Column(
                    lambda: self.tr("Discharged"),
                    lambda r: r.discharged_on,
                    lambda r: format_date(r.discharged_on) or self.tr("staying"),
                ),
                Column(
                    lambda: self.tr("Reason"),
                    lambda r: r.discharge_reason or "",
                    lambda r: label("discharge_reason", r.discharge_reason),
                ),
            ],
            lambda r: r.id,
            self,
        )
        self.table = record_table(self.model)
        self.empty = hint_label()
        self.admit_button, self.discharge_button = QPushButton(), QPushButton()
        self.admit_button.clicked.connect(self.do_admit)
        self.discharge_button.clicked.connect(self.do_discharge)
        for button in (self.admit_button, self.discharge_button):
            button.setVisible(self.may("shelter"))
        layout = QVBoxLayout(self)
        layout.addLayout(action_row(self.admit_button, self.discharge_button))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Shelter")

    def retranslate(self) -> None:
        self.admit_button.setText(self.tr("Admit to shelter…"))
        self.discharge_button.setText(self.tr("Discharge…"))
        self.empty.setText(self.tr("The person has not stayed in the shelter."))
        self.model.retranslate()

    def current_stay(self) -> StayRecord | None:
        if self.detail is None:
            return None
        return next((s for s in self.detail.stays if s.discharged_on is None), None)

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.model.set_rows(detail.stays)
        self.empty.setVisible(not detail.stays)
        staying = self.current_stay() is not None
        closed = detail.case.status == "closed"
        self.admit_button.setEnabled(not staying and not closed)
        self.discharge_button.setEnabled(staying)

    def do_admit(self) -> None:
        if not self.may("shelter") or self.detail is None:
            return
        if self.current_stay() is not None:
            self.window_ref.message.show_message(self.tr("The person is already in the shelter."))
            return
        dialog = AdmitDialog(self)
        self.dialog = dialog
        vault = self.vault
        run_for(self, self.context, lambda: shelter.list_beds(vault), dialog.show_beds)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        bed_id = dialog.bed.value()  # type: ignore[attr-defined]
        on: dt.date = dialog.on.value()  # type: ignore[attr-defined]
        case_id = self.detail.case.id
        self.run(lambda: shelter.admit(vault, case_id, bed_id, on))

    def do_discharge(self) -> None:
        stay = self.current_stay()
        if stay is None or not self.may("shelter"):
            return
        dialog = DischargeDialog(stay, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        on = dialog.on.value()  # type: ignore[attr-defined]
        reason = dialog.reason.code() or "other"  # type: ignore[attr-defined]
        vault = self.vault
        self.run(lambda: shelter.discharge(vault, stay.id, on, reason))
