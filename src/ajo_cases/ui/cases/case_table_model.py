"""The case list as a lazy table model (after Vorta's and Anki's table models).

Rows arrive a page of 200 at a time from case_list.list_cases on the worker thread;
filtering and sorting happen in SQL, and a name search first asks the in-memory name index
for the matching cases. Only the rows fetched so far are held, so 100k cases cost nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from ajo_cases.domain.records import CaseFilter, CaseRow, Page
from ajo_cases.services import lookups
from ajo_cases.services.casework import case_list
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import search
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import CODE_ROLE, ID_ROLE, SORT_ROLE, Index
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.runtime.operations import QueryOp

PAGE_SIZE = 200
CODE, NAME, SEX, AGE, CATEGORY, STATUS, WORKER, NEXT_DUE, UPDATED = range(9)
COLUMN_COUNT = 9
# Sort keys of case_list.SORT_COLUMNS; names are encrypted, so they cannot be sorted in SQL.
SORT_KEYS: dict[int, str | None] = {
    CODE: "code", NAME: None, SEX: "sex", AGE: "age", CATEGORY: "category", STATUS: "status",
    WORKER: "worker", NEXT_DUE: "next_due", UPDATED: "updated_at",
}  # fmt: skip
Found = tuple[tuple[str, ...], tuple[str, ...]]  # case ids, person ids
__all__ = ["CODE_ROLE", "ID_ROLE", "SORT_ROLE", "CaseTableModel"]


def _local(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


class CaseTableModel(QAbstractTableModel):
    loaded = Signal(int)  # the total number of matching cases, after each first page
    failed = Signal(object)  # an exception from the worker

    def __init__(self, vault: OpenVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.rows: list[CaseRow] = []
        self.total = 0
        self.filter = CaseFilter()
        self.query = ""
        # Newest case codes first: the code is unique and indexed, so the first page is quick
        # even where thousands of rows share one timestamp (demo data, an import).
        self.sort_key = "code"
        self.descending = True
        self.search_ids: Found | None = None  # the cases and people a name search found
        self.search_capped = False
        self.loading = False
        self._generation = 0

    # --- loading -------------------------------------------------------------------------

    def reload(
        self,
        flt: CaseFilter | None = None,
        query: str | None = None,
        sort_key: str | None = None,
        descending: bool | None = None,
    ) -> None:
        """Start again from the first page; stale answers from earlier requests are dropped."""
        if flt is not None:
            self.filter = flt
        if query is not None:
            self.query = query.strip()
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        self._generation += 1
        generation = self._generation
        self.loading = True
        vault, flt_now, text = self.vault, self.filter, self.query
        sort_now, desc_now = self.sort_key, self.descending

        def first_page() -> tuple[Found | None, bool, Page]:
            found: Found | None = None
            capped = False
            if text:
                ids = tuple(lookups.matching_case_ids(vault, text))
                # a preset (my cases, overdue…) is about cases: people without one stay out
                person_ids = (
                    tuple(lookups.matching_person_ids(vault, text))
                    if flt_now.case_ids is None
                    else ()
                )
                found = (ids, person_ids)
                capped = len(ids) >= search.MAX_HITS
            wanted = flt_now
            if found is not None:
                ids, person_ids = found
                narrowed = (
                    ids
                    if flt_now.case_ids is None
                    else tuple(i for i in ids if i in set(flt_now.case_ids))
                )
                wanted = replace(flt_now, case_ids=narrowed, person_ids=person_ids)
            page = case_list.list_cases(
                vault, wanted, sort=sort_now, descending=desc_now, offset=0, limit=PAGE_SIZE
            )
            return found, capped, page

        QueryOp(self, first_page).success(
            lambda result: self._first_loaded(generation, result)
        ).failure(lambda exc: self._failed(generation, exc)).run()

    def _effective_filter(self) -> CaseFilter:
        if self.search_ids is None:
            return self.filter
        ids, person_ids = self.search_ids
        if self.filter.case_ids is not None:
            allowed = set(self.filter.case_ids)
            ids = tuple(i for i in ids if i in allowed)
        return replace(self.filter, case_ids=ids, person_ids=person_ids)

    def _first_loaded(self, generation: int, result: tuple[Found | None, bool, Page]) -> None:
        if generation != self._generation:
            return
        found, capped, page = result
        self.beginResetModel()
        self.search_ids, self.search_capped = found, capped
        self.rows = list(page.rows)
        self.total = page.total
        self.loading = False
        self.endResetModel()
        self.loaded.emit(self.total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.failed.emit(exc)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self.loading = True
        generation = self._generation
        vault, wanted, offset = self.vault, self._effective_filter(), len(self.rows)
        sort_now, desc_now = self.sort_key, self.descending

        def next_page() -> Page:
            return case_list.list_cases(
                vault, wanted, sort=sort_now, descending=desc_now, offset=offset, limit=PAGE_SIZE
            )

        QueryOp(self, next_page).success(
            lambda page: self._more_loaded(generation, offset, page)
        ).failure(lambda exc: self._failed(generation, exc)).run()

    def _more_loaded(self, generation: int, offset: int, page: Page) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self.loading = False
        known = {row.key for row in self.rows}
        fresh = [row for row in page.rows if row.key not in known]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
        if not page.rows:  # the list shrank meanwhile: stop asking
            self.total = len(self.rows)

    def clear(self) -> None:
        """Drop every row (before a lock, so no decrypted name outlives the session)."""
        self._generation += 1
        self.beginResetModel()
        self.rows, self.total, self.search_ids, self.loading = [], 0, None, False
        self.endResetModel()

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        titles = (
            self.tr("Case code"), self.tr("Name"), self.tr("Sex"), self.tr("Age"),
            self.tr("Category"), self.tr("Status"), self.tr("Worker"), self.tr("Next due"),
            self.tr("Last change"),
        )  # fmt: skip
        return titles[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._native(row, column)
        if role == CODE_ROLE:
            return {SEX: row.sex, CATEGORY: row.category, STATUS: row.status}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and row.damaged:
            return self.tr(
                "The name failed its integrity check. Ask the administrator to verify the vault."
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == AGE and row.age_estimated:
            return self.tr("Estimated age")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        if column == CODE:
            return row.code
        if column == NAME:
            if row.erased_on is not None:
                return self.tr("erased on %1").replace("%1", format_date(row.erased_on))
            if row.name is not None:
                return row.name
            if row.damaged:  # the name failed its integrity check
                return self.tr("damaged")
            return self.tr("restricted")
        if column == SEX:
            return label("sex", row.sex)
        if column == AGE:
            if row.age is None:
                return ""
            return f"≈{row.age}" if row.age_estimated else str(row.age)
        if column == CATEGORY:
            return label("category", row.category)
        if column == STATUS:
            return label("case_status", row.status) if row.id else self.tr("no case yet")
        if column == WORKER:
            return row.worker_name or row.worker or ""
        if column == NEXT_DUE:
            return format_date(row.next_due)
        if column == UPDATED:
            return _local(row.updated_at).strftime("%d.%m.%Y %H:%M")
        return ""

    @staticmethod
    def _native(row: CaseRow, column: int) -> Any:
        values = (
            row.code, row.name or "", row.sex, row.age if row.age is not None else -1,
            row.category, row.status, row.worker or "", row.next_due or dt.date.max,
            row.updated_at,
        )  # fmt: skip
        value = values[column] if 0 <= column < COLUMN_COUNT else None
        if isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.reload(sort_key=key, descending=order == Qt.SortOrder.DescendingOrder)

    def case_id(self, row: int) -> str | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_at(self, row: int) -> CaseRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
