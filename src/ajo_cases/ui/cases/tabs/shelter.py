"""Shelter: the person's stays; admit to a free bed and discharge."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from ajo_cases.domain.records_casework import BedRecord, CaseDetail, ResidentRow, StayRecord
from ajo_cases.services.casework import shelter
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import ListTab
from ajo_cases.ui.kit.dialogs import FormDialog
from ajo_cases.ui.kit.form_widgets import ChoiceCombo, DateEdit, VocabCombo
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.runtime.operations import QueryOp


class AdmitDialog(FormDialog):
    """`case_field` (the Shelter page's case chooser) comes first when given."""

    def __init__(self, parent: QWidget | None = None, case_field: QWidget | None = None) -> None:
        super().__init__(self.tr("Admit to the shelter"), self.tr("Admit"), parent)
        if case_field is not None:
            self.add("case", self.tr("Case:"), case_field, required=True)
        self.bed = self.add("bed", self.tr("Bed:"), ChoiceCombo(), required=True)
        self.on = self.add("on", self.tr("Admitted on:"), DateEdit(), required=True)
        self.check = self._check

    def show_beds(self, beds: list[BedRecord]) -> None:
        free = [b for b in beds if b.active and not b.occupied]
        items = [(b.id, f"{b.label} · {b.room}" if b.room else b.label) for b in free]
        self.bed.fill(items)
        if not free:
            self.error("bed", self.tr("No bed is free today."))

    def _check(self) -> bool:
        if self.bed.value() is None:
            self.error("bed", self.tr("Choose a bed."))
            return False
        return True


class DischargeDialog(FormDialog):
    def __init__(self, stay: StayRecord | ResidentRow, parent: QWidget | None = None) -> None:
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


class ShelterTab(ListTab):
    key = "shelter"

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
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
        )
        self.admit_button, self.discharge_button = QPushButton(), QPushButton()
        self.admit_button.clicked.connect(self.do_admit)
        self.discharge_button.clicked.connect(self.do_discharge)
        for button in (self.admit_button, self.discharge_button):
            button.setVisible(self.may("shelter"))
        self.lay_out(self.admit_button, self.discharge_button)
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
        self.show_rows(detail.stays)
        staying = self.current_stay() is not None
        closed = detail.case.status == "closed"
        self.admit_button.setEnabled(not staying and not closed)
        self.discharge_button.setEnabled(staying)

    def do_admit(self) -> None:
        if not self.may("shelter") or self.detail is None:
            return
        if self.current_stay() is not None:
            self.notice.emit(self.tr("The person is already in the shelter."))
            return
        dialog = AdmitDialog(self)
        vault, case_id = self.vault, self.detail.case.id
        QueryOp(dialog, lambda: shelter.list_beds(vault)).success(dialog.show_beds).run()

        def admit() -> None:
            bed_id, on = dialog.bed.value(), dialog.on.value()
            if bed_id is not None:
                self.change(lambda: shelter.admit(vault, case_id, bed_id, on)).run()

        self.open_form(dialog, admit)

    def do_discharge(self) -> None:
        stay = self.current_stay()
        if stay is None or not self.may("shelter"):
            return
        dialog = DischargeDialog(stay, self)
        vault, stay_id, seen = self.vault, stay.id, stay.version

        def discharge() -> None:
            on, reason = dialog.on.value(), dialog.reason.code() or "other"
            self.change(
                lambda: shelter.discharge(vault, stay_id, on, reason, expected_version=seen)
            ).run()

        self.open_form(dialog, discharge)
