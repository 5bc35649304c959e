"""One statistics table as a Qt model, and the on-screen words for statistics codes.

The grid includes the totals row and (where the table has one) the totals column. Hidden
entries show "<5" or "x" exactly as the exports do; CodeRole gives an entry's (row code,
column code) for drill-down, "total" for totals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ajo_cases.domain.stats_model import TOTAL, Hidden, Measure, StatsReport, Table
from ajo_cases.ui.kit.formatting import format_number
from ajo_cases.ui.kit.vocab_labels import label

CodeRole = Qt.ItemDataRole.UserRole + 1
HiddenRole = Qt.ItemDataRole.UserRole + 2
ROW_VOCAB = {
    "persons_by_category": "category", "persons_by_district": "district",
    "persons_by_exploitation": "exploitation_type", "persons_by_country": "country",
    "assistance_persons": "assistance_type", "assistance_services": "assistance_type",
    "referrals": "partner_type", "grants_by_sector": "grant_sector", "shelter": "sex",
}  # fmt: skip
_Index = QModelIndex | QPersistentModelIndex


def table_title(name: str) -> str:
    titles = {
        "persons_by_category": QCoreApplication.translate(
            "Statistics", "Persons assisted by category, sex and age"
        ),
        "persons_by_age_band": QCoreApplication.translate(
            "Statistics", "Persons assisted by age group"
        ),
        "persons_new_continuing": QCoreApplication.translate(
            "Statistics", "New and continuing persons"
        ),
        "persons_by_district": QCoreApplication.translate(
            "Statistics", "Persons assisted by home district"
        ),
        "persons_by_exploitation": QCoreApplication.translate(
            "Statistics", "Persons by form of exploitation"
        ),
        "persons_by_country": QCoreApplication.translate(
            "Statistics", "Persons by country of exploitation"
        ),
        "assistance_persons": QCoreApplication.translate(
            "Statistics", "Persons who received assistance, by type"
        ),
        "assistance_services": QCoreApplication.translate(
            "Statistics", "Assistance given: services and cost"
        ),
        "referrals": QCoreApplication.translate(
            "Statistics", "Referrals by partner type and outcome"
        ),
        "grants_by_sector": QCoreApplication.translate(
            "Statistics", "Reintegration grants by sector"
        ),
        "shelter": QCoreApplication.translate("Statistics", "Shelter: admissions and bed-nights"),
        "activities": QCoreApplication.translate(
            "Statistics", "Informational meetings and trainings"
        ),
        "chart.referrals": QCoreApplication.translate("Statistics", "Referral outcomes"),
        "chart.grants_by_sector": QCoreApplication.translate(
            "Statistics", "Grants approved by sector"
        ),
        "chart.persons_by_category": QCoreApplication.translate(
            "Statistics", "Persons assisted by category and sex"
        ),
    }
    return titles.get(name, name.replace("_", " "))


def code_text(vocab: str, code: str) -> str:
    """A row, column or chart category code in words on screen."""
    words = {
        TOTAL: QCoreApplication.translate("Statistics", "Total"),
        "unknown": QCoreApplication.translate("Statistics", "Not known"),
        "new": QCoreApplication.translate("Statistics", "New"),
        "continuing": QCoreApplication.translate("Statistics", "Continuing"),
        "information_meeting": QCoreApplication.translate("Statistics", "Informational meetings"),
        "training": QCoreApplication.translate("Statistics", "Trainings"),
        "0-17": QCoreApplication.translate("Statistics", "Under 18"),
        "18+": QCoreApplication.translate("Statistics", "18 and over"),
        "services": QCoreApplication.translate("Statistics", "Services"),
        "cost": QCoreApplication.translate("Statistics", "Cost, TJS"),
        "approved": QCoreApplication.translate("Statistics", "Approved"),
        "approved_amount": QCoreApplication.translate("Statistics", "Amount approved, TJS"),
        "handed_over": QCoreApplication.translate("Statistics", "Handed over"),
        "handed_over_amount": QCoreApplication.translate("Statistics", "Value handed over, TJS"),
        "monitored": QCoreApplication.translate("Statistics", "Monitored"),
        "running": QCoreApplication.translate("Statistics", "Business running"),
        "admissions": QCoreApplication.translate("Statistics", "Admissions"),
        "persons": QCoreApplication.translate("Statistics", "Persons"),
        "bed_nights": QCoreApplication.translate("Statistics", "Bed-nights"),
        "women": QCoreApplication.translate("Statistics", "Women"),
        "men": QCoreApplication.translate("Statistics", "Men"),
        "girls": QCoreApplication.translate("Statistics", "Girls"),
        "boys": QCoreApplication.translate("Statistics", "Boys"),
        "participants": QCoreApplication.translate("Statistics", "Participants"),
    }
    if code in words:
        return words[code]
    if "." in code:  # female.0-17
        sex, _dot, group = code.partition(".")
        age = (
            QCoreApplication.translate("Statistics", "age not known")
            if group == "unknown"
            else code_text("", group)
        )
        return f"{label('sex', sex)}, {age}"
    if code in ("female", "male", "other_unknown"):
        return label("sex", code)
    if code in ("sent", "accepted", "declined", "completed", "withdrawn"):
        return label("referral_status", code)
    return label(vocab, code) if vocab else code


class StatsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: StatsReport | None = None
        self.table: Table | None = None

    def set_table(self, report: StatsReport | None, name: str | None) -> None:
        self.beginResetModel()
        self.report = report
        self.table = report.table(name) if report is not None and name else None
        self.endResetModel()

    def _with_totals(self) -> bool:
        return self.table is not None and self.table.row_totals is not None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.columns) + (1 if self._with_totals() else 0)

    def text(self, row: int, column: int) -> str:
        assert self.table is not None and self.report is not None
        reason = self.table.hidden.get((row, column))
        if reason is Hidden.SMALL:
            return f"<{self.report.threshold}"
        if reason is Hidden.COMPLEMENT:
            return "x"
        value = self.table.exact(row, column)
        if value is None:
            return ""
        if self.table.measure(column) is Measure.AMOUNT:
            return format_number(value / 100, 2)
        return str(value)

    def codes(self, row: int, column: int) -> tuple[str, str]:
        assert self.table is not None
        n_rows, n_cols = self.table.shape
        row_code = self.table.rows[row] if row < n_rows else TOTAL
        column_code = self.table.columns[column].code if column < n_cols else TOTAL
        return row_code, column_code

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        row, column = index.row(), index.column()
        n_rows, n_cols = self.table.shape
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row == n_rows or column == n_cols):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = self.table.hidden.get((row, column))
            if reason is Hidden.SMALL:
                return QCoreApplication.translate(
                    "Statistics", "Fewer than %1: hidden so no person can be recognised."
                ).replace("%1", str(self.report.threshold if self.report else 5))
            if reason is Hidden.COMPLEMENT:
                return QCoreApplication.translate(
                    "Statistics",
                    "Hidden so that a small number cannot be worked out from the totals.",
                )
            return QCoreApplication.translate(
                "Statistics", "Double-click to list the case codes behind this number."
            )
        if role == CodeRole:
            return self.codes(row, column)
        if role == HiddenRole:
            return (row, column) in self.table.hidden
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if self.table is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
                return None
            columns = self.table.columns
            return code_text("", columns[section].code if section < len(columns) else TOTAL)

        n_rows, n_cols = self.table.shape
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            code = self.table.columns[section].code if section < n_cols else TOTAL
            if "." in code:  # two lines, so nine sex × age columns fit: "Female" / "0–17"
                sex, _dot, group = code.partition(".")
                age = {"0-17": "0–17", "18+": "18+"}.get(
                    group, QCoreApplication.translate("Statistics", "age ?")
                )
                short = (
                    QCoreApplication.translate("Statistics", "Other/n.k.")
                    if sex == "other_unknown"
                    else code_text("", sex)
                )
                return f"{short}\n{age}"
            return code_text("", code)
        if not 0 <= section <= n_rows:
            return None
        code = self.table.rows[section] if section < n_rows else TOTAL
        return code_text(ROW_VOCAB.get(self.table.name, ""), code)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
