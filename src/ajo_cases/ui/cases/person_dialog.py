"""Register a person (or edit one): the form, then any possible duplicates before saving, then
an offer to open a case for them at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

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

from ajo_cases.domain.records import CaseForm, DuplicateCandidate, PersonForm, PersonRecord
from ajo_cases.errors import InvalidInput
from ajo_cases.services import lookups
from ajo_cases.services.casework import cases, partners
from ajo_cases.services.casework.cases import CASE_WORK_ROLES
from ajo_cases.services.people import people
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.person_fields import PersonFields
from ajo_cases.ui.home.home_page import heading
from ajo_cases.ui.kit.form_widgets import ChoiceCombo
from ajo_cases.ui.kit.widgets import MessageLabel, grow_to_fit
from ajo_cases.ui.runtime.rule_messages import failure_text, show_failure
from ajo_cases.ui.runtime.signals import emit
from ajo_cases.ui.runtime.window_guard import run_for


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
        self.resize(640, 720)

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
            run_for(
                self,
                self.context,
                lambda: people.update(vault, record.id, form, expected_version=record.version),
                self._saved,
                self._failed,
            )
        else:
            run_for(
                self,
                self.context,
                lambda: self._register(form, allow_duplicate),
                self._registered,
                self._failed,
            )

    def _register(self, form: PersonForm, allow_duplicate: bool) -> Any:
        if not allow_duplicate:
            candidates = people.find_duplicates(self.vault, form)
            if candidates:
                return candidates
        return people.register(self.vault, form, allow_duplicate=True)

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.continue_button, self.open_case_button):
            button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.pages.setCurrentIndex(0)
        if isinstance(exc, people.PossibleDuplicates):
            self._show_duplicates(exc.candidates)
            return
        sentence, _details = failure_text(exc)
        field = str(exc.params.get("field", "")) if isinstance(exc, InvalidInput) else ""
        if not (field and self.fields.show_field_error(field, sentence)):
            if isinstance(exc, InvalidInput) or not sentence:
                self.error.show_message(sentence)
            else:
                show_failure(self, exc)

    def _saved(self, result: Any) -> None:
        self._busy(False)
        record, changes = result
        self.context.announce(*changes.kinds)
        emit(self.saved, record)
        self.accept()

    def _registered(self, result: Any) -> None:
        self._busy(False)
        if isinstance(result, list):
            self._show_duplicates(result)
            return
        record, changes = result
        self.registered = record
        self.context.announce(*changes.kinds)
        emit(self.saved, record)
        if self.vault.role not in CASE_WORK_ROLES:
            self.accept()
            return
        self.pages.setCurrentIndex(2)
        run_for(
            self,
            self.context,
            lambda: [
                (p.id, p.form.code + " · " + p.form.name)
                for p in partners.list_projects(self.vault)
            ],
            lambda items: self.project.fill(items, self.tr("No project")),
            lambda _exc: None,
        )

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
        candidate = self.candidates[rows[0].row()]
        run_for(
            self,
            self.context,
            lambda: lookups.person_case_ids(self.vault, candidate.person_id),
            self._existing_loaded,
        )

    def _existing_loaded(self, case_ids: list[str]) -> None:
        if case_ids:
            emit(self.open_case_requested, case_ids[0])
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
        run_for(
            self,
            self.context,
            lambda: cases.open_case(self.vault, person.id, form),
            self._case_opened,
            self._failed,
        )

    def _case_opened(self, result: Any) -> None:
        self._busy(False)
        record, changes = result
        self.context.announce(*changes.kinds)
        emit(self.open_case_requested, record.id)
        self.accept()
