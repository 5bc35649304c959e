"""People & cases: the filtered, searchable case list, and the door to registering a person
and to each case window. Filters and sorting run in SQL; the name search runs in the
in-memory name index on the worker, debounced while the person types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records import CaseFilter
from ajo_cases.services import lookups
from ajo_cases.services.casework import partners
from ajo_cases.services.casework.permissions import may
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people.people import STAFF_ROLES
from ajo_cases.ui.app.pages import ALL_ROLES, PageContext, PageSpec, Request
from ajo_cases.ui.cases import case_table_model as columns
from ajo_cases.ui.cases.case_filters import CaseFilterBar
from ajo_cases.ui.cases.case_table_model import CaseTableModel
from ajo_cases.ui.cases.case_windows import CasePage
from ajo_cases.ui.kit.record_model import TableOrEmpty, open_on_enter, record_table, set_widths
from ajo_cases.ui.kit.status_delegate import StatusDelegate
from ajo_cases.ui.runtime.failures import show_failure
from ajo_cases.ui.runtime.operations import QueryOp

SEARCH_DELAY_MS = 150
REGISTER_ROLES = STAFF_ROLES  # who may register a person (people.register)


def _choices(vault: OpenVault) -> tuple[list[tuple[str, str]], list[str]]:
    """On the worker: the projects and case workers the filters offer."""
    projects = [(p.id, p.form.code) for p in partners.list_projects(vault)]
    return projects, lookups.case_workers(vault)


class CaseListPage(CasePage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.preset: str | None = None
        self.preset_ids: tuple[str, ...] | None = None
        self.person_dialog: QWidget | None = None

        self.search = QLineEdit()
        self.search.setObjectName("CaseSearch")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.installEventFilter(self)
        self.count_label = QLabel()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_person)
        self.new_button.setVisible(self.vault.role in REGISTER_ROLES)
        self.plans_button = QPushButton()  # for managers: the plans awaiting their approval
        self.plans_button.clicked.connect(lambda: self.show_preset("plan_submitted"))
        # a manager's queue (administrators may approve too, from the case window)
        self.plans_button.setVisible(
            may(self.vault.role, "approve_plan") and self.vault.role not in REGISTER_ROLES
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.plans_button)
        top.addWidget(self.new_button)

        self.filters = CaseFilterBar()
        self.filters.changed.connect(self.reload)
        self.filters.cleared.connect(self.clear_filters)

        self.preset_label = QLabel()
        self.preset_clear = QPushButton()
        self.preset_clear.clicked.connect(lambda: self.show_preset(None))
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset_label)
        preset_row.addWidget(self.preset_clear)
        preset_row.addStretch(1)
        self.preset_box = QWidget()
        self.preset_box.setLayout(preset_row)
        preset_row.setContentsMargins(0, 0, 0, 0)
        self.preset_box.hide()

        self.model = CaseTableModel(self.vault, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: show_failure(self, exc))
        self.table = record_table(self.model)
        self.table.setObjectName("CaseTable")
        self.table.setItemDelegateForColumn(columns.STATUS, StatusDelegate(parent=self.table))
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(columns.CODE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setSectionsClickable(True)
        set_widths(self.table, {columns.CODE: 120, columns.NAME: 220, columns.SEX: 80,
                                columns.AGE: 70, columns.CATEGORY: 160, columns.STATUS: 110,
                                columns.WORKER: 100, columns.NEXT_DUE: 90})  # fmt: skip
        open_on_enter(self.table, self.open_row)
        self.stack = TableOrEmpty(self.table)
        self.empty = self.stack.empty

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.preset_box)
        layout.addWidget(self.stack, 1)

        self.retranslate()
        vault = self.vault
        QueryOp(self, lambda: _choices(vault)).success(
            lambda found: self.filters.set_choices(*found)
        ).failure(lambda _exc: None).run()  # without them the filters offer "All" only
        self.reload()

    # --- filters -------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        return self.filters.case_filter(self.preset_ids)

    def clear_filters(self) -> None:
        self.filters.clear()
        self.search.clear()
        self.show_preset(None)

    def reload(self) -> None:
        self.search_timer.stop()
        self.model.reload(self.current_filter(), self.search.text())

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if columns.SORT_KEYS.get(column) is None:  # names are encrypted: not sortable
            key = self.model.sort_key
            previous = next(c for c, k in columns.SORT_KEYS.items() if k == key)
            previous_order = (
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder
            )
            self.table.horizontalHeader().setSortIndicator(previous, previous_order)
            return
        self.model.sort(column, order)

    def _loaded(self, total: int) -> None:
        self.count_label.setText(self._count_text(total))
        self.stack.show_rows(bool(total))

    def _count_text(self, total: int) -> str:
        text = self.tr("Cases: %1").replace("%1", str(total))
        if self.model.search_capped:
            text += " · " + self.tr("first %1 matches: type more to narrow").replace(
                "%1", str(total)
            )
        return text

    # --- presets from the home page and the top bar ------------------------------------------

    def apply_request(self, request: Request) -> None:
        if "query" in request:
            self.search.setText(str(request["query"]))
            self.reload()
        if "preset" in request:
            preset = request["preset"]
            self.show_preset(str(preset) if preset is not None else None)
        if request.get("new_person"):
            self.new_person()

    def show_preset(self, preset: str | None) -> None:
        self.preset = preset
        if preset is None:
            self.preset_ids = None
            self.preset_box.hide()
            self.reload()
            return
        vault = self.vault
        QueryOp(self, lambda: lookups.preset_case_ids(vault, preset)).success(
            lambda ids: self._preset_loaded(preset, ids)
        ).run()

    def _preset_loaded(self, preset: str, ids: tuple[str, ...]) -> None:
        if preset != self.preset:
            return
        self.preset_ids = ids
        self.preset_label.setText(self._preset_text(preset))
        self.preset_box.show()
        self.reload()

    def _preset_text(self, preset: str) -> str:
        texts = {
            "mine": self.tr("Showing: my open cases"),
            "overdue": self.tr("Showing: cases with overdue follow-ups"),
            "awaiting_answer": self.tr("Showing: cases with referrals awaiting an answer"),
            "in_shelter": self.tr("Showing: cases of people in the shelter"),
            "plan_submitted": self.tr("Showing: case plans awaiting approval"),
        }
        return texts.get(preset, "")

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- opening -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(0)
                return True
            if watched is self.search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.reload()
                return True
        return super().eventFilter(watched, event)

    def open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is None:
            return
        if found.id is not None:
            self.case_windows.open(found.id)
        elif found.person_id and found.erased_on is None:  # registered without a case
            from ajo_cases.ui.cases.person_dialog import PersonDialog

            dialog = PersonDialog.for_person(self.context, found.person_id, parent=self)
            self.person_dialog = dialog
            dialog.open_case_requested.connect(self.case_windows.open)
            dialog.finished.connect(lambda _result: dialog.deleteLater())
            dialog.open()

    def new_person(self) -> None:
        if self.vault.role not in REGISTER_ROLES:
            return
        from ajo_cases.ui.cases.person_dialog import PersonDialog

        dialog = PersonDialog(self.context, parent=self)
        self.person_dialog = dialog
        dialog.open_case_requested.connect(self.case_windows.open)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    # --- page protocol -------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        if changes.touches("case", "person", "follow_up", "referral", "stay"):
            self.reload()

    def retranslate(self) -> None:
        restricted = not self.vault.may_read_personal
        self.search.setPlaceholderText(
            self.tr("Search by case code")
            if restricted
            else self.tr("Search by name in any spelling, or by case code")
        )
        self.new_button.setText(self.tr("New person…"))
        self.new_button.setToolTip(self.tr("Register a person (Ctrl+N)"))
        self.preset_clear.setText(self.tr("Show all"))
        self.plans_button.setText(self.tr("Plans awaiting approval"))
        if self.preset:
            self.preset_label.setText(self._preset_text(self.preset))
        if self.vault.role in REGISTER_ROLES:
            self.empty.setText(
                self.tr(
                    "No cases to show. Register someone with “New person…” (Ctrl+N), "
                    "or change the search and filters."
                )
            )
        else:
            self.empty.setText(self.tr("No cases to show. Change the search or the filters."))
        self.count_label.setText(self._count_text(self.model.total))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns.COLUMN_COUNT - 1)
        self.table.viewport().update()


PAGE = PageSpec(
    id="cases",
    title=lambda: QCoreApplication.translate("Pages", "People & cases"),
    icon="cases.svg",
    roles=ALL_ROLES,
    factory=CaseListPage,
    order=10,
)
