"""What every case tab shares: a small read-only table model over records (column constants
as functions, an id role, a sort role with native values), the table view set up the same way
everywhere, role checks, and the base class of a tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.runtime.rule_messages import show_failure
from ajo_cases.ui.runtime.signals import emit
from ajo_cases.ui.runtime.window_guard import run_for

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex

# What each role may do on a case (mirrors the services' require_role checks, so the window
# never offers an action the service would refuse).
_ABILITIES: dict[str, frozenset[str]] = {
    "admin": frozenset({"edit_person", "edit_case", "assistance", "consent", "plan", "refer",
                        "override_consent", "shelter", "grant", "grant_decide", "follow_up",
                        "documents", "delete_documents", "status"}),
    "case_worker": frozenset({"edit_person", "edit_case", "assistance", "consent", "plan",
                              "refer", "shelter", "grant", "grant_decide", "follow_up",
                              "documents", "delete_documents", "status"}),
    "shelter_staff": frozenset({"edit_person", "assistance", "consent", "shelter", "follow_up",
                                "documents"}),
    "manager": frozenset(),
}  # fmt: skip
# Tabs a role sees; shelter staff see what their daily work needs.
SHELTER_TABS = frozenset(
    {"profile", "consent", "assistance", "shelter", "follow_ups", "documents", "history"}
)


def can(role: str, ability: str) -> bool:
    return ability in _ABILITIES.get(role, frozenset())


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    value: Callable[[Any], Any]  # native value (date, int, str)
    text: Callable[[Any], str] | None = None  # how it is shown, when not str(value)
    code: Callable[[Any], str | None] | None = None  # for status colours


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return moment.astimezone().strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


class RecordModel(QAbstractTableModel):
    """Rows are records (dataclasses); each column knows its value and text."""

    def __init__(self, columns: Sequence[Column], id_of: Callable[[Any], str], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.id_of = id_of
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
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
            return column.text(record) if column.text else _shown(column.value(record))
        if role == ID_ROLE:
            return self.id_of(record)
        if role == SORT_ROLE:
            value = column.value(record)
            return value.isoformat() if isinstance(value, dt.date) else value
        if role == CODE_ROLE and column.code is not None:
            return column.code(record)
        return None

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        if self.columns:
            emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


def record_table(model: RecordModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(130)
    return table


def selected_record(table: QTableView) -> Any:
    model = table.model()
    rows = table.selectionModel().selectedRows()
    if not rows or not isinstance(model, RecordModel):
        return None
    return model.record(rows[0].row())


def action_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def watch_edits(root: QWidget, changed: Callable[[], None]) -> None:
    """Call `changed` whenever the person edits any field under root (for unsaved changes)."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(changed)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(changed)


class CaseTab(QWidget):
    """A tab of the case window. Subclasses fill `load`, and may keep drafts."""

    key = ""

    def __init__(self, context: PageContext, window: Any) -> None:
        super().__init__()
        self.context = context
        self.vault = context.vault
        self.window_ref = window  # the CaseWindow: reload() and run_action()
        self.detail: CaseDetail | None = None
        self.dialog: QDialog | None = None  # the open dialog, for tests and screenshots

    def may(self, ability: str) -> bool:
        return can(self.vault.role, ability)

    def load(self, detail: CaseDetail) -> None:
        self.detail = detail

    def title(self) -> str:
        raise NotImplementedError

    def attention(self) -> str:
        """A badge for the tab title ("" when nothing needs attention)."""
        return ""

    def is_dirty(self) -> bool:
        return False

    def take_draft(self) -> Any:
        return None

    def restore_draft(self, draft: Any) -> None:
        """Put unsaved edits back after a lock."""

    def retranslate(self) -> None:
        """Texts in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        """Run a mutation on the worker; announce what changed; show refusals in words."""

        def success(result: Any) -> None:
            changes = result[1] if isinstance(result, tuple) else result
            self.context.announce(*changes.kinds)
            if done is not None:
                done(result)

        run_for(self, self.context, fn, success, lambda exc: show_failure(self, exc))


def hint_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("TabHint")
    return label


def push_button() -> QPushButton:
    return QPushButton()
