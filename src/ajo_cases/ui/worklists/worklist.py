"""What the Follow-ups, Referrals and Grants pages share: a small read-only table model over a
list loaded at once (the services cap each list), sortable headers, a result count, an empty
state that says what to do, and Enter or double-click opening the case window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_window_host import CaseWindowHost
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.runtime.signals import emit
from ajo_cases.ui.runtime.window_guard import run_for

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the case id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a native value (ISO date, int, text)
CODE_ROLE = Qt.ItemDataRole.UserRole + 3  # the vocabulary code (status colours)
ROW_HEIGHT_EXTRA = 10


def overdue_colour() -> QColor:
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80" if dark else "#b3261e")


def iso(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


class RecordModel(QAbstractTableModel):
    """Rows of any record type; subclasses say what each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    # --- what subclasses provide ------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def native(self, row: Any, column: int) -> str | int:
        return self.display(row, column)

    def case_id_of(self, row: Any) -> str:
        return str(row.case_id)

    def code(self, row: Any, column: int) -> str | None:
        return None

    def overdue(self, row: Any, column: int) -> bool:
        return False

    # --- the model -------------------------------------------------------------------------

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return self.case_id_of(row)
        if role == SORT_ROLE:
            return self.native(row, column)
        if role == CODE_ROLE:
            return self.code(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and self.overdue(row, column):
            return overdue_colour()
        return None

    def due_text(self, day: dt.date | None, overdue: bool) -> str:
        """A date, and the word "overdue" beside it (never colour alone)."""
        if day is None:
            return ""
        text = format_date(day)
        return f"{text} · {self.tr('overdue')}" if overdue else text

    def retranslate(self) -> None:
        if self.columnCount():
            emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            emit(self.dataChanged, self.index(0, 0), last)


class WorklistPage(CaseWindowHost, QWidget):
    """A filter row, a count, the table (or the empty state), and case windows it opened."""

    refresh_kinds: frozenset[str] = frozenset({"case"})
    default_sort: int = -1  # a column to sort by at first; -1 keeps the service's order

    def __init__(self, context: PageContext, model: RecordModel) -> None:
        super().__init__()
        self.context = context
        self.vault = context.vault
        self.case_windows: dict[str, QWidget] = {}
        self._generation = 0
        self.loading = False

        self.filter_row = QHBoxLayout()
        self.filter_row.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.model = model
        self.model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_EXTRA)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(self.default_sort, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)

        self.empty = QLabel()
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addLayout(self.filter_row)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.stack, 1)

    def set_widths(self, widths: tuple[int, ...]) -> None:
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    # --- loading -------------------------------------------------------------------------

    def loader(self) -> Callable[[], list[Any]]:
        """A function for the worker thread that returns the rows to show."""
        raise NotImplementedError

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        run_for(self, self.context, self.loader(), lambda rows: self._loaded(generation, rows))

    def _loaded(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.update_count()

    def update_count(self) -> None:
        self.count_label.setText(self.tr("Shown: %1").replace("%1", str(len(self.model.rows))))

    def refresh(self, changes: set[str]) -> None:
        if changes & self.refresh_kinds:
            self.reload()

    # --- opening cases -------------------------------------------------------------------

    def selected_row(self) -> Any | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def open_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            case_id = index.data(ID_ROLE)
            if case_id:
                self.open_case(case_id)

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.model.retranslate()
        self.update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
