"""What the Follow-ups, Referrals and Grants pages share: a list loaded at once (the services
cap each list) into a RecordModel, sortable headers, a result count, an empty state that says
what to do, Enter or double-click opening the case window, "Mine only" (on at first for case
workers, so everyone's work is one click away) and a search box over what the rows show; and
for Referrals and Grants the status filter above the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from ajo_cases.services.changes import Changes
from ajo_cases.ui.app.pages import PageContext, Request
from ajo_cases.ui.cases.case_windows import CasePage
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import (
    ID_ROLE,
    SORT_ROLE,
    Column,
    RecordModel,
    TableOrEmpty,
    open_on_enter,
    record_table,
    set_widths,
)
from ajo_cases.ui.kit.vocab_labels import choices
from ajo_cases.ui.runtime.operations import QueryOp


def iso(value: dt.date | None) -> str:
    """A date as a sort key; no date sorts first."""
    return value.isoformat() if value is not None else ""


def due_text(day: dt.date | None, overdue: bool) -> str:
    """A date, and the word "overdue" beside it (never colour alone)."""
    if day is None:
        return ""
    text = format_date(day)
    overdue_word = QCoreApplication.translate("Worklists", "overdue")
    return f"{text} · {overdue_word}" if overdue else text


class WorklistPage(CasePage):
    """A filter row, a count, the table (or the empty state), and case windows it opened."""

    refresh_kinds: ClassVar[frozenset[str]] = frozenset({"case"})
    default_sort: ClassVar[int] = -1  # a column to sort by at first; -1 keeps the service's

    def __init__(
        self, context: PageContext, columns: Sequence[Column], case_id_of: Callable[[Any], str]
    ) -> None:
        super().__init__(context)
        self._generation = 0
        self.loading = False

        self.filter_row = QHBoxLayout()
        self.filter_row.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.model = RecordModel(columns, case_id_of, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)  # the search looks at every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = record_table(self.proxy)
        self.table.horizontalHeader().setSortIndicator(
            self.default_sort, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        open_on_enter(self.table, self.open_row)
        self.stack = TableOrEmpty(self.table)
        self.empty = self.stack.empty
        self.mine_only = QCheckBox()
        self.mine_only.setChecked(self.vault.role == "case_worker")
        self.mine_only.toggled.connect(lambda _on: self.reload())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.textChanged.connect(self._search)

        top = QHBoxLayout()
        top.addLayout(self.filter_row)
        top.addStretch(1)
        top.addWidget(self.search)
        top.addWidget(self.count_label)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_layout.addLayout(top)
        self.page_layout.addWidget(self.stack, 1)

    def worker(self) -> str | None:
        """The worker whose rows are shown (the user, with "Mine only"), or None for all."""
        return self.vault.user if self.mine_only.isChecked() else None

    def set_mine_only(self, on: bool) -> None:
        self.mine_only.blockSignals(True)
        self.mine_only.setChecked(on)
        self.mine_only.blockSignals(False)

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.update_count()

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def set_widths(self, widths: Sequence[int]) -> None:
        set_widths(self.table, widths)

    # --- loading -------------------------------------------------------------------------

    def loader(self) -> Callable[[], list[Any]]:
        """A function for the worker thread that returns the rows to show."""
        raise NotImplementedError

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        QueryOp(self, self.loader()).success(lambda rows: self._loaded(generation, rows)).run()

    def _loaded(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return  # an answer to an older filter
        self.loading = False
        self.model.set_rows(rows)
        self.stack.show_rows(bool(rows))
        self.update_count()

    def update_count(self) -> None:
        self.count_label.setText(self.tr("Shown: %1").replace("%1", str(self.proxy.rowCount())))

    def refresh(self, changes: Changes) -> None:
        if changes.touches(*self.refresh_kinds):
            self.reload()

    # --- opening cases -------------------------------------------------------------------

    def selected_row(self) -> Any | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.record(source.row()) if source.isValid() else None

    def open_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            case_id = index.data(ID_ROLE)
            if case_id:
                self.case_windows.open(str(case_id))

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.mine_only.setText(self.tr("Mine only"))
        self.mine_only.setToolTip(
            self.tr("Only the work of your own cases (%1); clear it to see everyone's").replace(
                "%1", self.vault.user
            )
        )
        self.search.setPlaceholderText(self.tr("Search the list"))
        self.search.setToolTip(self.tr("Shows the rows that contain this text in any column"))
        self.model.retranslate()
        self.update_count()


class StatusWorklist(WorklistPage):
    """A worklist with a status filter: All, the page's groups of statuses (such as "awaiting
    an answer"), then each status of the vocabulary. Home cards choose an entry by its data."""

    vocabulary: ClassVar[str] = ""

    def __init__(
        self, context: PageContext, columns: Sequence[Column], case_id_of: Callable[[Any], str]
    ) -> None:
        super().__init__(context, columns, case_id_of)
        self.status_label = QLabel()
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_label.setBuddy(self.status)
        self.filter_row.addWidget(self.status_label)
        self.filter_row.addWidget(self.status)
        self.filter_row.addWidget(self.mine_only)

    def start(self) -> None:
        """After the subclass built its parts: fill the filter, then load."""
        self.retranslate()
        self.status.currentIndexChanged.connect(lambda _index: self.reload())
        self.reload()

    def groups(self) -> list[tuple[str, str]]:
        """(text, comma-separated status codes) offered before the single statuses."""
        return []

    def empty_text(self, filtered: bool) -> str:
        raise NotImplementedError

    def statuses(self) -> tuple[str, ...]:
        data = self.status.currentData()
        return tuple(str(data).split(",")) if data else ()

    def apply_request(self, request: Request) -> None:
        if "mine_only" in request:
            self.set_mine_only(bool(request["mine_only"]))
        if "status" in request:
            index = self.status.findData(str(request["status"] or ""))
            self.status.blockSignals(True)
            self.status.setCurrentIndex(max(index, 0))
            self.status.blockSignals(False)
        self.reload()

    def _fill_statuses(self) -> None:
        current = self.status.currentData() or ""
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), "")
        groups = self.groups()
        for text, codes in groups:
            self.status.addItem(text, codes)
        for code, text in choices(self.vocabulary):
            if code not in {codes for _text, codes in groups}:
                self.status.addItem(text, code)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.status.blockSignals(False)

    def _loaded(self, generation: int, rows: list[Any]) -> None:
        super()._loaded(generation, rows)
        self.empty.setText(self.empty_text(bool(self.statuses())))

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Status:"))
        self._fill_statuses()
        self.empty.setText(self.empty_text(bool(self.statuses())))
        super().retranslate()
