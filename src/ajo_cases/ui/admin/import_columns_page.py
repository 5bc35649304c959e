"""The import wizard's second step: what each column of the file holds, with a drop-down per
column (proposed from the headers), a few example values, and saving the choices as a mapping
file for the next register of the same kind."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ajo_cases.services.exchange import import_mapping
from ajo_cases.services.exchange.import_mapping import IGNORE, ColumnChoice, ImportMapping
from ajo_cases.services.exchange.register_rows import is_numbering_row, is_total_row
from ajo_cases.ui.admin.import_fields import field_choices, field_label
from ajo_cases.ui.kit.file_dialogs import choose_file_to_save
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.widgets import MessageLabel
from ajo_cases.ui.runtime.operations import QueryOp

if TYPE_CHECKING:
    from ajo_cases.ui.admin.import_wizard import ImportWizard

_EXAMPLES = 3


def _shown(value: object) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return format_date(value)
    return " ".join(str(value).split())[:30]


def _examples(wizard: ImportWizard, position: int) -> str:
    """A few values of the column from the rows below the header (not a row of column
    numbers or a total line)."""
    preview = wizard.preview
    if preview is None:
        return ""
    values = []
    for _number, cells in preview.rows[preview.header_index + 1 :]:
        if is_numbering_row(cells) or is_total_row(cells):
            continue
        if position < len(cells) and cells[position] not in (None, ""):
            values.append(_shown(cells[position]))
        if len(values) == _EXAMPLES:
            break
    return " · ".join(values)


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.combos: list[tuple[ColumnChoice, QComboBox]] = []
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.message = MessageLabel(MessageLabel.WARNING)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What each column holds"))
        self.setSubTitle(
            self.tr(
                "Proposed from the column headers. Change a field where it is wrong; columns "
                "set to “Not imported” are left out."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Examples"), self.tr("Field")]
        )
        self.save_button.setText(self.tr("Save these choices…"))
        self.save_button.setToolTip(
            self.tr("Save them as a mapping file, to use for the next file of the same kind")
        )

    def initializePage(self) -> None:
        mapping = self.owner.mapping
        preview = self.owner.preview
        if mapping is None or preview is None:
            return
        where = (
            self.tr("The header is in row %1 of sheet “%2”.").replace("%2", preview.sheet)
            if preview.sheet
            else self.tr("The header is in row %1.")
        )
        self.found.setText(where.replace("%1", str(mapping.header_row)))
        self.combos = []
        columns = [c for c in mapping.columns if c.header or c.target != IGNORE]
        self.table.setRowCount(len(columns))
        for row, column in enumerate(columns):
            combo = QComboBox()
            for field, words in field_choices():
                combo.addItem(words, field)
            combo.setCurrentIndex(max(0, combo.findData(column.target)))
            combo.currentIndexChanged.connect(self._check)
            texts = (column.letter, column.header, _examples(self.owner, column.position))
            for index, text in enumerate(texts):
                self.table.setItem(row, index, QTableWidgetItem(text))
            self.table.setCellWidget(row, 3, combo)
            self.combos.append((column, combo))
        self._check()

    def chosen(self) -> ImportMapping | None:
        mapping = self.owner.mapping
        if mapping is None:
            return None
        picked = {c.position: str(combo.currentData()) for c, combo in self.combos}
        columns = [ColumnChoice(c.position, c.header, picked.get(c.position, c.target))
                   for c in mapping.columns]  # fmt: skip
        return ImportMapping(mapping.header_row, columns, dict(mapping.values),
                             dict(mapping.defaults), mapping.sheet)  # fmt: skip

    def _twice(self) -> list[str]:
        seen: set[str] = set()
        twice: list[str] = []
        for _column, combo in self.combos:
            field = str(combo.currentData())
            if field != IGNORE and field in seen and field not in twice:
                twice.append(field)
            seen.add(field)
        return twice

    def _check(self) -> None:
        twice = self._twice()
        self.message.show_message(
            self.tr("Two columns are set to “%1”: choose one.").replace("%1", field_label(twice[0]))
            if twice
            else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._twice()

    def validatePage(self) -> bool:
        self.owner.mapping = self.chosen()
        return self.owner.mapping is not None

    def save_mapping(self) -> None:
        mapping = self.chosen()
        if mapping is None:
            return

        def write(path: Path) -> None:
            def work() -> Path:
                import_mapping.write_mapping_file(path, mapping)
                return path

            QueryOp(self, work).success(
                lambda saved: self.message.show_message(
                    self.tr("Saved to %1.").replace("%1", str(saved))
                )
            ).run()

        self.owner.dialog = choose_file_to_save(
            self, self.tr("Save the column choices"), write, suggested="mapping.json",
            suffix="json", filters=self.tr("Mapping files (*.json)"),
        )  # fmt: skip
