"""Shelter: occupancy today and this week, every bed and who sleeps in it, the residents, and
the daily actions: admit a person (found by any spelling of their name or by case code),
discharge, and for administrators adding beds and taking them out of use. The admit and
discharge dialogs are the case window's own (case_tabs.shelter)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records_casework import BedRecord, ShelterOverview
from ajo_cases.services.casework import shelter
from ajo_cases.services.casework.shelter import SHELTER_ROLES
from ajo_cases.services.changes import Changes
from ajo_cases.ui.app.pages import PageContext, PageSpec
from ajo_cases.ui.cases.case_windows import CasePage
from ajo_cases.ui.cases.tabs.common import hint_label
from ajo_cases.ui.cases.tabs.shelter import AdmitDialog, DischargeDialog
from ajo_cases.ui.kit.dialogs import FormDialog
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import record_table, selected_record, set_widths
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp, R
from ajo_cases.ui.shelter.shelter_dialogs import PERSON_PREFIX, AddBedDialog, CasePicker
from ajo_cases.ui.shelter.shelter_models import (
    BedModel,
    BedRow,
    Resident,
    ResidentModel,
    bed_rows,
    residents,
)


class ShelterPage(CasePage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.overview: ShelterOverview | None = None
        self.beds: list[BedRecord] = []
        self.dialog: QWidget | None = None  # the open dialog, for tests and screenshots
        self.may_act = self.vault.role in SHELTER_ROLES
        self.is_admin = self.vault.role == "admin"

        self.occupancy = QLabel()
        self.occupancy.setObjectName("ShelterOccupancy")
        font = self.occupancy.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.occupancy.setFont(font)
        self.week = QLabel()
        self.admit_button = QPushButton()
        self.admit_button.clicked.connect(self.admit)
        self.admit_button.setVisible(self.may_act)
        band = QFrame()
        band.setFrameShape(QFrame.Shape.StyledPanel)
        band_row = QHBoxLayout(band)
        band_row.addWidget(self.occupancy)
        band_row.addSpacing(24)
        band_row.addWidget(self.week)
        band_row.addStretch(1)
        band_row.addWidget(self.admit_button)

        self.resident_model = ResidentModel(self)
        self.residents_table = self._table(self.resident_model)
        self.residents_table.doubleClicked.connect(self._open_resident)
        self.residents_heading = self._heading()
        self.discharge_button = QPushButton()
        self.discharge_button.clicked.connect(self.discharge)
        self.discharge_button.setVisible(self.may_act)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open_resident())
        self.residents_empty = hint_label()

        self.bed_model = BedModel(self)
        self.beds_table = self._table(self.bed_model)
        self.beds_table.doubleClicked.connect(self._open_bed)
        self.beds_heading = self._heading()
        self.add_bed_button = QPushButton()
        self.add_bed_button.clicked.connect(self.add_bed)
        self.toggle_bed_button = QPushButton()
        self.toggle_bed_button.clicked.connect(self.toggle_bed)
        for button in (self.add_bed_button, self.toggle_bed_button):
            button.setVisible(self.is_admin)
        self.beds_empty = hint_label()

        residents_box = self._section(
            self.residents_heading,
            [self.open_button, self.discharge_button],
            self.residents_empty,
            self.residents_table,
        )
        beds_box = self._section(
            self.beds_heading,
            [self.add_bed_button, self.toggle_bed_button],
            self.beds_empty,
            self.beds_table,
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(beds_box)
        splitter.addWidget(residents_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        set_widths(self.beds_table, (90, 110, 110, 320))
        set_widths(self.residents_table, (130, 260, 110, 110))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(band)
        layout.addWidget(splitter, 1)

        self.retranslate()
        self._update_buttons()
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _table(self, model: BedModel | ResidentModel) -> QTableView:
        table = record_table(model)
        table.setSortingEnabled(False)
        table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        return table

    def _heading(self) -> QLabel:
        label = QLabel()
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _section(
        self, heading: QLabel, buttons: list[QPushButton], empty: QLabel, table: QTableView
    ) -> QWidget:
        box = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(heading)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.addLayout(row)
        column.addWidget(empty)
        column.addWidget(table, 1)
        return box

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        vault = self.vault
        QueryOp(self, lambda: (shelter.overview(vault), shelter.list_beds(vault))).success(
            self._loaded
        ).run()

    def _loaded(self, result: tuple[ShelterOverview, list[BedRecord]]) -> None:
        self.overview, self.beds = result
        self.bed_model.set_rows(bed_rows(self.beds, self.overview))
        self.resident_model.set_rows(residents(self.overview))
        self.beds_empty.setVisible(not self.beds)
        self.beds_table.setVisible(bool(self.beds))
        self.residents_empty.setVisible(not self.overview.residents)
        self.residents_table.setVisible(bool(self.overview.residents))
        self._show_numbers()
        self._update_buttons()

    def _show_numbers(self) -> None:
        view = self.overview
        if view is None:
            self.occupancy.setText("")
            self.week.setText("")
            return
        self.occupancy.setText(
            self.tr("Beds used today: %1 of %2")
            .replace("%1", str(view.occupied))
            .replace("%2", str(view.capacity))
        )
        self.week.setText(
            self.tr("This week (from %1): %2 admitted, %3 discharged")
            .replace("%1", format_date(view.week_start))
            .replace("%2", str(view.admissions_this_week))
            .replace("%3", str(view.discharges_this_week))
        )

    def selected_resident(self) -> Resident | None:
        found: Resident | None = selected_record(self.residents_table, self.resident_model)
        return found

    def selected_bed(self) -> BedRow | None:
        found: BedRow | None = selected_record(self.beds_table, self.bed_model)
        return found

    def _update_buttons(self) -> None:
        resident = self.selected_resident()
        self.discharge_button.setEnabled(resident is not None)
        self.open_button.setEnabled(resident is not None)
        bed = self.selected_bed()
        self.toggle_bed_button.setEnabled(
            bed is not None and bed.resident is None and not bed.bed.occupied
        )
        if bed is not None and not bed.bed.active:
            self.toggle_bed_button.setText(self.tr("Use bed again"))
        else:
            self.toggle_bed_button.setText(self.tr("Deactivate bed"))

    # --- actions -------------------------------------------------------------------------

    def _change(self, work: Callable[[], R]) -> None:
        """A mutation on the worker; the runner announces what changed (this page reloads)."""
        ChangeOp(self, self.context.changes, work).run()

    def _open(self, dialog: FormDialog, on_accept: Callable[[], object]) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.run(on_accept)

    def admit(self) -> None:
        if not self.may_act:
            return
        picker = CasePicker(self.context)
        dialog = AdmitDialog(self, picker)
        vault = self.vault
        QueryOp(dialog, lambda: shelter.list_beds(vault)).success(dialog.show_beds).run()
        check_bed = dialog.check

        def check() -> bool:
            if picker.value() is None:
                dialog.error("case", self.tr("Type a name or a case code, then choose the case."))
                return False
            return check_bed()

        def admit() -> None:
            case_id, bed_id, on = picker.value(), dialog.bed.value(), dialog.on.value()
            if case_id is None or bed_id is None:
                return
            if case_id.startswith(PERSON_PREFIX):  # no case yet: one opens for the stay
                person_id = case_id.removeprefix(PERSON_PREFIX)
                self._change(lambda: shelter.admit_person(vault, person_id, bed_id, on))
            else:
                self._change(lambda: shelter.admit(vault, case_id, bed_id, on))

        dialog.check = check
        picker.setFocus()
        self._open(dialog, admit)

    def discharge(self) -> None:
        resident = self.selected_resident()
        if resident is None or not self.may_act:
            return
        dialog = DischargeDialog(resident.row, self)
        vault, stay_id = self.vault, resident.row.stay_id

        def discharge() -> None:
            on, reason = dialog.on.value(), dialog.reason.code() or "other"
            self._change(lambda: shelter.discharge(vault, stay_id, on, reason))

        self._open(dialog, discharge)

    def add_bed(self) -> None:
        if not self.is_admin:
            return
        dialog = AddBedDialog({bed.label for bed in self.beds}, self)
        vault = self.vault

        def add() -> None:
            label, room = dialog.label.text(), dialog.room.text()
            self._change(lambda: shelter.add_bed(vault, label, room))

        self._open(dialog, add)

    def toggle_bed(self) -> None:
        row = self.selected_bed()
        if row is None or not self.is_admin or row.resident is not None:
            return
        vault, bed_id, active, seen = self.vault, row.bed.id, not row.bed.active, row.bed.version
        self._change(lambda: shelter.set_bed_active(vault, bed_id, active, expected_version=seen))

    # --- opening cases -------------------------------------------------------------------

    def _open_resident(self, index: QModelIndex | None = None) -> None:
        row = self.resident_model.record(index.row()) if index is not None else None
        row = row or self.selected_resident()
        if isinstance(row, Resident):
            self.case_windows.open(row.row.case_id)

    def _open_bed(self, index: QModelIndex) -> None:
        row = self.bed_model.record(index.row())
        if isinstance(row, BedRow) and row.resident is not None:
            self.case_windows.open(row.resident.case_id)

    # --- page protocol -------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        if changes.touches("stay", "bed", "case", "person"):
            self.reload()

    def retranslate(self) -> None:
        self.admit_button.setText(self.tr("Admit…"))
        self.admit_button.setToolTip(self.tr("Admit a person to a free bed"))
        self.discharge_button.setText(self.tr("Discharge…"))
        self.open_button.setText(self.tr("Open case"))
        self.add_bed_button.setText(self.tr("Add bed…"))
        self.residents_heading.setText(self.tr("Staying today"))
        self.beds_heading.setText(self.tr("Beds"))
        self.residents_empty.setText(
            self.tr("Nobody is staying in the shelter today. Choose “Admit…” to admit a person.")
            if self.may_act
            else self.tr("Nobody is staying in the shelter today.")
        )
        self.beds_empty.setText(
            self.tr("No beds yet. Add them with “Add bed…”.")
            if self.is_admin
            else self.tr("No beds yet. An administrator adds them.")
        )
        self.bed_model.retranslate()
        self.resident_model.retranslate()
        self.beds_table.viewport().update()
        self.residents_table.viewport().update()
        self._show_numbers()
        self._update_buttons()


PAGE = PageSpec(
    id="shelter",
    title=lambda: QCoreApplication.translate("Pages", "Shelter"),
    icon="shelter.svg",
    roles=frozenset(SHELTER_ROLES),
    factory=ShelterPage,
    order=20,
)
