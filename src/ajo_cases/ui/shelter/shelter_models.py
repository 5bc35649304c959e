"""Tables of the Shelter page: every bed with who sleeps in it, and the residents today.
Both are RecordModels (ui/kit/record_model.py); beds out of use are greyed and say so."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ajo_cases.domain.records_casework import BedRecord, ResidentRow, ShelterOverview
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import Column, Index, RecordModel


@dataclass(frozen=True, slots=True)
class BedRow:
    bed: BedRecord
    resident: ResidentRow | None  # who stays in it today


@dataclass(frozen=True, slots=True)
class Resident:
    row: ResidentRow
    nights: int  # nights so far, up to today


def bed_rows(beds: list[BedRecord], overview: ShelterOverview) -> list[BedRow]:
    """Bed labels are unique, so today's residents are matched to their beds by label."""
    by_label = {resident.bed_label: resident for resident in overview.residents}
    return [BedRow(bed, by_label.get(bed.label)) for bed in beds]


def residents(overview: ShelterOverview) -> list[Resident]:
    return [Resident(r, max(0, (overview.on - r.admitted_on).days)) for r in overview.residents]


def _since(row: BedRow) -> dt.date | None:
    return row.resident.admitted_on if row.resident is not None else None


class BedModel(RecordModel):
    """Beds taken out of use are shown in the disabled text colour, and their state says so
    in words (never colour alone)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(lambda: self.tr("Bed"), lambda r: r.bed.label),
                Column(lambda: self.tr("Room"), lambda r: r.bed.room),
                Column(lambda: self.tr("State"), self.state),
                Column(lambda: self.tr("Occupied by"), self.occupant),
                Column(lambda: self.tr("Since"), _since, lambda r: format_date(_since(r))),
            ],
            lambda r: r.bed.id,
            parent,
        )

    def state(self, row: BedRow) -> str:
        if not row.bed.active:
            return self.tr("not in use")
        if row.resident is not None or row.bed.occupied:
            return self.tr("occupied")
        return self.tr("free")

    def occupant(self, row: BedRow) -> str:
        if row.resident is None:
            return ""
        name = row.resident.name if row.resident.name is not None else self.tr("restricted")
        return f"{row.resident.case_code} · {name}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.record(index.row())
            if isinstance(row, BedRow) and not row.bed.active:
                palette = QApplication.palette()
                return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        return super().data(index, role)


class ResidentModel(RecordModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(lambda: self.tr("Case code"), lambda r: r.row.case_code),
                Column(lambda: self.tr("Name"), self.name),
                Column(lambda: self.tr("Admitted on"), lambda r: r.row.admitted_on),
                Column(lambda: self.tr("Nights so far"), lambda r: r.nights),
                Column(lambda: self.tr("Bed"), lambda r: r.row.bed_label),
            ],
            lambda r: r.row.stay_id,
            parent,
        )

    def name(self, row: Resident) -> str:
        return row.row.name if row.row.name is not None else self.tr("restricted")
