"""The base of the tabs that edit a record in place (Profile, Trafficking): the fields in a
scroll area under a hint, unsaved edits noticed field by field, the version the edit
started from kept while the case reloads, Save through the case window, and the form kept
as a draft across a lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import CaseTab, SaveJob, hint_label, watch_edits

FormT = TypeVar("FormT")  # the dataclass the fields edit (PersonForm, CaseForm)
RecordT = TypeVar("RecordT")  # the record it belongs to, with its version


class FormTab(CaseTab, Generic[FormT, RecordT]):
    form_type: type[Any]  # drafts are kept as this type

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.record: RecordT | None = None
        self.dirty = False
        self._loading = False
        self.hint = hint_label()

    def lay_out(self, body: QWidget, *, editable: bool) -> None:
        """The hint above the fields (shown when the role may not edit), the fields scrolling."""
        body.setEnabled(editable)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        watch_edits(body, self._edited)

    # --- what a form tab says ------------------------------------------------------------

    def record_of(self, detail: CaseDetail) -> RecordT:
        raise NotImplementedError

    def form_of(self, record: RecordT) -> FormT:
        raise NotImplementedError

    def show_form(self, form: FormT) -> None:
        """Put the form in the fields (while loading: no edit is noticed)."""
        raise NotImplementedError

    def current_form(self) -> FormT | None:
        """The form as edited, or None after marking what to correct."""
        raise NotImplementedError

    def saver(self, record: RecordT, form: FormT) -> Callable[[OpenVault], tuple[Any, Any]]:
        """The service call that saves `form` over `record` (it checks the version)."""
        raise NotImplementedError

    # --- the case window's calls ---------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.edited.emit()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        if not self.dirty:  # while edited, the version the edit started from is kept
            self.record = self.record_of(detail)
            self._show(self.form_of(self.record))

    def _show(self, form: FormT) -> None:
        self._loading = True
        try:
            self.show_form(form)
        finally:
            self._loading = False

    def is_dirty(self) -> bool:
        return self.dirty

    def save_job(self) -> SaveJob | None:
        form, record = self.current_form(), self.record
        if form is None or record is None:
            return None
        save, vault = self.saver(record, form), self.vault
        return lambda: save(vault)

    def saved(self, record: Any) -> None:
        self.record = record
        self.dirty = False

    def take_draft(self) -> object | None:
        return self.current_form() if self.dirty else None

    def restore_draft(self, draft: object | None) -> None:
        if not isinstance(draft, self.form_type):  # None: the edits were discarded
            self.dirty = False
            return
        self._show(draft)
        self.dirty = True
