"""The read-only table model every list of records uses (Vorta's archive table pattern): column
definitions instead of subclasses, an id role, a sort role with native values, a code role for
status colours, and the table view set up the same way everywhere.

A column says how to get its native value from a record and, where that is not enough, how to
show it (`text`), which vocabulary code it carries (`code`, for the status pills), whether the
record is overdue there (drawn in the warning colour, with the word beside it) and whether the
value is a number (aligned right).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
)

from ajo_cases.ui.kit.formatting import format_moment

Index = QModelIndex | QPersistentModelIndex
# The item roles of every model in the application (one definition).
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (the case id in the worklists)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a native value: ISO dates, numbers, text
CODE_ROLE = Qt.ItemDataRole.UserRole + 3  # the vocabulary code behind a label (status colours)
ROW_PADDING = 10  # pixels added to the font height for a row


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    value: Callable[[Any], Any]  # native value (date, int, str): sorting, and text by default
    text: Callable[[Any], str] | None = None  # how it is shown, when not the value as it is
    code: Callable[[Any], str | None] | None = None  # the vocabulary code (status colours)
    overdue: Callable[[Any], bool] | None = None  # shown in the warning colour
    number: bool = False  # aligned right
    strong: Callable[[Any], bool] | None = None  # shown in bold (news to act on)


def shown(value: Any) -> str:
    """A native value as text: dates dd.MM.yyyy, moments in local time."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_moment(value)
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def overdue_colour() -> QColor:
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80" if dark else "#b3261e")


class RecordModel(QAbstractTableModel):
    """Rows are records (dataclasses); each column knows its value and text."""

    def __init__(
        self,
        columns: Sequence[Column],
        id_of: Callable[[Any], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.id_of = id_of
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record) if column.text else shown(column.value(record))
        if role == ID_ROLE:
            return self.id_of(record)
        if role == SORT_ROLE:
            value = column.value(record)
            return value.isoformat() if isinstance(value, dt.date) else value
        if role == CODE_ROLE:
            return column.code(record) if column.code is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            late = column.overdue is not None and column.overdue(record)
            return overdue_colour() if late else None
        if role == Qt.ItemDataRole.FontRole and column.strong is not None:
            if column.strong(record):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        """Headers and cells in the current language (the words come from the columns)."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows and self.columns:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def record_table(model: QAbstractItemModel | None = None) -> QTableView:
    """A table view as every list has it: whole rows selected, fixed row height (never
    ResizeToContents), columns the person can widen."""
    table = QTableView()
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(130)
    return table


def selected_record(table: QTableView, model: RecordModel) -> Any:
    """The record of the selected row (None when nothing is selected)."""
    rows = table.selectionModel().selectedRows()
    return model.record(rows[0].row()) if rows else None


HEADER_PADDING = 24  # the sort arrow and the margins beside a header's text


def set_widths(table: QTableView, widths: Sequence[int] | Mapping[int, int]) -> None:
    """Column widths (the first columns in order, or by column number), each widened to its
    header's text in the current language (and again after a language switch), so no header
    is cut in Tajik or Russian."""
    chosen = dict(widths) if isinstance(widths, Mapping) else dict(enumerate(widths))

    def apply() -> None:
        model = table.model()
        metrics = table.horizontalHeader().fontMetrics()
        for column, width in chosen.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            need = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
            table.setColumnWidth(column, max(width, need + HEADER_PADDING))

    apply()
    table.model().headerDataChanged.connect(lambda *_args: apply())


class _EnterOpens(QObject):
    def __init__(self, table: QTableView, open_row: Callable[[int], None]) -> None:
        super().__init__(table)
        self.table, self.open_row = table, open_row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_row(self.table.currentIndex().row())
            return True
        return False


class _FillsTheRest(QObject):
    def __init__(self, table: QTableView, column: int, least: int) -> None:
        super().__init__(table)
        self.table, self.column, self.least = table, column, least

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self.column and not header.isSectionHidden(column)
        )
        header.resizeSection(self.column, max(self.least, self.table.viewport().width() - others))


def fill_the_rest(table: QTableView, column: int, least: int) -> None:
    """One column takes the width the others leave, but never less than `least` pixels: a
    Stretch section collapses to its header when the others need the whole width (Tajik)."""
    table.horizontalHeader().setStretchLastSection(False)
    filler = _FillsTheRest(table, column, least)
    table.viewport().installEventFilter(filler)
    filler.fit()


def open_on_enter(table: QTableView, open_row: Callable[[int], None]) -> None:
    """Enter or a double-click on a row opens it (every list does)."""
    table.doubleClicked.connect(lambda index: open_row(index.row()))
    table.installEventFilter(_EnterOpens(table, open_row))


class TableOrEmpty(QStackedWidget):
    """The table, or in its place a sentence that says what to do when there are no rows."""

    def __init__(self, table: QTableView) -> None:
        super().__init__()
        self.table = table
        self.empty = QLabel()
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(table)
        self.addWidget(self.empty)

    def show_rows(self, any_rows: bool) -> None:
        self.setCurrentWidget(self.table if any_rows else self.empty)
