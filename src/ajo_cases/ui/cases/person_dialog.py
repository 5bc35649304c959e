"""Register a person (or edit one): the form, then any possible duplicates before saving, then
an offer to open a case for them at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records import CaseForm, CaseRecord, DuplicateCandidate, PersonRecord
from ajo_cases.errors import InvalidInput
from ajo_cases.services import lookups
from ajo_cases.services.casework import cases, partners
from ajo_cases.services.casework.cases import CASE_WORK_ROLES
from ajo_cases.services.changes import Changes
from ajo_cases.services.people import people
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.person_fields import PersonFields
from ajo_cases.ui.kit.form_widgets import ChoiceCombo
from ajo_cases.ui.kit.widgets import MessageLabel, fitted, grow_to_fit, heading
from ajo_cases.ui.runtime.failures import failure_text, show_failure
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp

RecordT = TypeVar("RecordT")


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class PersonDialog(QDialog):
    open_case_requested = Signal(str)  # a case id: the list page opens the case window
    saved = Signal(object)  # the PersonRecord after registering or editing

    def __init__(
        self,
        context: PageContext,
        record: PersonRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PersonDialog")
        self.context = context
        self.vault = context.vault
        self.record = record
        self.registered: PersonRecord | None = None
        self.candidates: list[DuplicateCandidate] = []
        self.pages = QStackedWidget()

        self.fields = PersonFields()
        if record is not None:
            self.fields.set_form(record.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.required_note = QLabel()
        self.error = MessageLabel(MessageLabel.ERROR)
        self.save_button, self.cancel_button = QPushButton(), QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(scroll, 1)
        form_layout.addWidget(self.required_note)
        form_layout.addWidget(self.error)
        form_layout.addLayout(button_row(self.save_button, self.cancel_button))

        self.duplicates_heading = heading(1.1)
        self.duplicates_text = QLabel()
        self.duplicates_text.setWordWrap(True)
        self.duplicates = QTableWidget(0, 3)
        self.duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.verticalHeader().hide()
        self.duplicates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.duplicates.doubleClicked.connect(lambda _index: self.open_existing())
        self.open_existing_button = QPushButton()
        self.open_existing_button.clicked.connect(self.open_existing)
        self.back_button, self.continue_button = QPushButton(), QPushButton()
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.continue_button.clicked.connect(lambda: self.submit(allow_duplicate=True))
        duplicates_page = QWidget()
        duplicates_layout = QVBoxLayout(duplicates_page)
        duplicates_layout.addWidget(self.duplicates_heading)
        duplicates_layout.addWidget(self.duplicates_text)
        duplicates_layout.addWidget(self.duplicates, 1)
        duplicates_layout.addLayout(
            button_row(self.open_existing_button, self.back_button, self.continue_button)
        )

        self.done_heading = heading(1.1)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.project_label = QLabel()
        self.project = ChoiceCombo()
        self.open_case_button, self.not_now_button = QPushButton(), QPushButton()
        self.open_case_button.setDefault(True)
        self.open_case_button.clicked.connect(self.open_new_case)
        self.not_now_button.clicked.connect(self.accept)
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_heading)
        done_layout.addWidget(self.done_text)
        project_row = QHBoxLayout()
        project_row.addWidget(self.project_label)
        project_row.addWidget(self.project, 1)
        done_layout.addLayout(project_row)
        done_layout.addStretch(1)
        done_layout.addLayout(button_row(self.open_case_button, self.not_now_button))

        for page in (form_page, duplicates_page, done_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()
        self.resize(fitted(640, 640))

    def retranslate(self) -> None:
        editing = self.record is not None
        self.setWindowTitle(self.tr("Edit the person") if editing else self.tr("New person"))
        self.required_note.setText(self.tr("Fields marked * are required."))
        self.save_button.setText(self.tr("Save") if editing else self.tr("Register"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.duplicates_heading.setText(self.tr("This person may already be registered"))
        self.duplicates_text.setText(
            self.tr(
                "People with a similar name (in any spelling) and the same birth year exist. "
                "Open the existing case if it is the same person, or register a new person "
                "if it is not."
            )
        )
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Birth year"), self.tr("Cases")]
        )
        self.open_existing_button.setText(self.tr("Open the existing case"))
        self.back_button.setText(self.tr("Back to the form"))
        self.continue_button.setText(self.tr("Register as a new person"))
        self.done_heading.setText(self.tr("The person is registered"))
        self.done_text.setText(
            self.tr("Open a case for them now? It is opened today and assigned to you.")
        )
        self.project_label.setText(self.tr("Project:"))
        self.project.optional_text = self.tr("No project")
        self.open_case_button.setText(self.tr("Open a case"))
        self.not_now_button.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- saving --------------------------------------------------------------------------

    def submit(self, allow_duplicate: bool = False) -> None:
        self.error.clear_message()
        form = self.fields.form()
        if form is None:
            self.pages.setCurrentIndex(0)
            return
        self._busy(True)
        vault, record = self.vault, self.record
        if record is not None:
            self._change(
                lambda: people.update(vault, record.id, form, expected_version=record.version),
                self._saved,
            )
        else:  # the service looks for possible duplicates first (PossibleDuplicates)
            self._change(
                lambda: people.register(vault, form, allow_duplicate=allow_duplicate),
                self._registered,
            )

    def _change(
        self,
        work: Callable[[], tuple[RecordT, Changes]],
        done: Callable[[tuple[RecordT, Changes]], object],
    ) -> None:
        ChangeOp(self, self.context.changes, work).success(done).failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.continue_button, self.open_case_button):
            button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.pages.setCurrentIndex(0)
        if isinstance(exc, people.PossibleDuplicates):
            self._show_duplicates(exc.candidates)
            return
        sentence = failure_text(exc).sentence
        field = str(exc.params.get("field", "")) if isinstance(exc, InvalidInput) else ""
        if not (field and self.fields.show_field_error(field, sentence)):
            if isinstance(exc, InvalidInput) or not sentence:
                self.error.show_message(sentence)
            else:
                show_failure(self, exc)

    def _saved(self, result: tuple[PersonRecord, Changes]) -> None:
        self._busy(False)
        self.saved.emit(result[0])
        self.accept()

    def _registered(self, result: tuple[PersonRecord, Changes]) -> None:
        self._busy(False)
        record = result[0]
        self.registered = record
        self.saved.emit(record)
        if self.vault.role not in CASE_WORK_ROLES:
            self.accept()
            return
        self.pages.setCurrentIndex(2)
        vault = self.vault
        QueryOp(
            self,
            lambda: [
                (p.id, p.form.code + " · " + p.form.name) for p in partners.list_projects(vault)
            ],
        ).success(lambda items: self.project.fill(items, self.tr("No project"))).failure(
            lambda _exc: None  # the case can still be opened without a project
        ).run()

    def _show_duplicates(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = candidates
        self.duplicates.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            values = (
                candidate.name,
                str(candidate.birth_year) if candidate.birth_year else "",
                ", ".join(candidate.case_codes),
            )
            for column, value in enumerate(values):
                self.duplicates.setItem(row, column, QTableWidgetItem(value))
        if candidates:
            self.duplicates.selectRow(0)
        self.pages.setCurrentIndex(1)
        grow_to_fit(self)

    def open_existing(self) -> None:
        rows = self.duplicates.selectionModel().selectedRows()
        if not rows:
            return
        candidate, vault = self.candidates[rows[0].row()], self.vault
        QueryOp(self, lambda: lookups.person_case_ids(vault, candidate.person_id)).success(
            self._existing_loaded
        ).run()

    def _existing_loaded(self, case_ids: list[str]) -> None:
        if case_ids:
            self.open_case_requested.emit(case_ids[0])
            self.reject()
        else:
            self.error.show_message(self.tr("This person has no case yet."))
            self.pages.setCurrentIndex(0)

    def open_new_case(self) -> None:
        person = self.registered
        if person is None:
            return
        form = CaseForm(
            opened_on=dt.date.today(), worker=self.vault.user, project_id=self.project.value()
        )
        self._busy(True)
        vault = self.vault
        self._change(lambda: cases.open_case(vault, person.id, form), self._case_opened)

    def _case_opened(self, result: tuple[CaseRecord, Changes]) -> None:
        self._busy(False)
        self.open_case_requested.emit(result[0].id)
        self.accept()
