"""What every tab of the case window shares: the base class the window calls (typed; no
call by name), role checks read from the services' own rules, and small layout helpers.

The case window calls a tab only through `CaseTab`:

- `load(detail)` with the whole case, after opening and after every change that concerns it;
- `title()` and `attention()` for the tab's title and badge;
- editable tabs (`is_dirty()` True after an edit) give `save_job()`, a function for the
  worker that saves and returns `(record, Changes)`, and get `saved(record)` afterwards;
- `take_draft()` / `restore_draft(draft)` keep unsaved edits across a lock;
- `retranslate()` after a language switch.

A tab tells the window about edits with the `edited` signal and shows a sentence in the
window's message line with `notice`. It runs work with `query(...)` and `change(...)`, the one
runner (ui/runtime/operations.py), whose announcement reloads the case window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.services.casework.permissions import may
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.dialogs import FormDialog
from ajo_cases.ui.kit.record_model import Column, RecordModel, record_table, selected_record
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp, R

T = TypeVar("T")
SaveJob = Callable[[], tuple[Any, Any]]  # on the worker: (record, Changes)
# Tabs shelter staff see: what their daily work needs.
SHELTER_TABS = frozenset(
    {"profile", "consent", "assistance", "shelter", "follow_ups", "documents", "history"}
)


class CaseTab(QWidget):
    """A tab of the case window. Subclasses set `key`, fill `load` and `title`."""

    key: ClassVar[str] = ""
    edited = Signal()  # the person changed a field (the window updates Save and its title)
    notice = Signal(str)  # a sentence for the window's message line

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.vault = context.vault
        self.detail: CaseDetail | None = None
        self.dialog: QWidget | None = None  # the dialog last opened, for tests and screenshots

    def may(self, ability: str) -> bool:
        return may(self.vault.role, ability)

    def load(self, detail: CaseDetail) -> None:
        self.detail = detail

    def title(self) -> str:
        raise NotImplementedError

    def attention(self) -> str:
        """A badge for the tab title ("" when nothing needs attention)."""
        return ""

    def is_dirty(self) -> bool:
        return False

    def save_job(self) -> SaveJob | None:
        """For an edited tab: the save to run on the worker, or None after showing what to
        correct next to the fields."""
        return None

    def saved(self, record: Any) -> None:
        """The save of `save_job` went through; `record` is what the service returned."""

    def take_draft(self) -> object | None:
        return None

    def restore_draft(self, draft: object | None) -> None:
        """Put unsaved edits back after a lock; None discards them."""

    def retranslate(self) -> None:
        """Texts in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- running work --------------------------------------------------------------------

    def query(self, work: Callable[[], T]) -> QueryOp[T]:
        return QueryOp(self, work)

    def change(self, work: Callable[[], R]) -> ChangeOp[R]:
        """A mutation; what it changed is announced (and reloads the case window)."""
        return ChangeOp(self, self.context.changes, work)

    def open_form(self, dialog: FormDialog, on_accept: Callable[[], object]) -> None:
        """Open a form without a nested event loop; `on_accept` reads it once accepted."""
        self.dialog = dialog
        dialog.run(on_accept)


class ListTab(CaseTab):
    """A tab that lists records of the case: buttons above, a sentence in place of an empty
    list (or above it), the table. Subclasses give the columns and fill `load`."""

    def __init__(
        self,
        context: PageContext,
        columns: Sequence[Column],
        id_of: Callable[[Any], str] = lambda record: str(record.id),
    ) -> None:
        super().__init__(context)
        self.model = RecordModel(columns, id_of, self)
        self.table = record_table(self.model)
        self.empty = hint_label()

    def lay_out(self, *buttons: QWidget) -> None:
        layout = QVBoxLayout(self)
        if buttons:
            layout.addLayout(action_row(*buttons))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def show_rows(self, rows: Sequence[Any]) -> None:
        """The records, and the sentence for no records when there are none."""
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)

    def selected(self) -> Any:
        return selected_record(self.table, self.model)


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


def hint_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("TabHint")
    return label
