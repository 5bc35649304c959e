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
    QGridLayout,
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
from ajo_cases.domain.records_casework import BedRecord, StayRecord
from ajo_cases.errors import InvalidInput
from ajo_cases.services import lookups
from ajo_cases.services.casework import cases, partners, shelter
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
        self.person_id: str | None = None  # whom the last page offers a case or a bed
        self.found_without_case = False
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

        # After registering (or for a person found without a case): open a case, admit to a
        # bed (shelter staff at night too), or not now; each offered to the roles allowed it.
        self.done_heading = heading(1.1)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.project_label, self.bed_label = QLabel(), QLabel()
        self.project, self.bed = ChoiceCombo(), ChoiceCombo()
        self.open_case_button, self.not_now_button = QPushButton(), QPushButton()
        self.admit_button = QPushButton()
        self.open_case_button.clicked.connect(self.open_new_case)
        self.admit_button.clicked.connect(self.admit_to_bed)
        self.not_now_button.clicked.connect(self.accept)
        self.may_open_case = self.vault.role in CASE_WORK_ROLES
        self.may_admit = self.vault.role in shelter.SHELTER_ROLES
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_heading)
        done_layout.addWidget(self.done_text)
        choices = QGridLayout()
        for line, (name, combo, button, allowed) in enumerate(
            (
                (self.project_label, self.project, self.open_case_button, self.may_open_case),
                (self.bed_label, self.bed, self.admit_button, self.may_admit),
            )
        ):
            for column, widget in enumerate((name, combo, button)):
                choices.addWidget(widget, line, column)
                widget.setVisible(allowed)
        choices.setColumnStretch(1, 1)
        done_layout.addLayout(choices)
        self.done_error = MessageLabel(MessageLabel.ERROR)
        done_layout.addWidget(self.done_error)
        done_layout.addStretch(1)
        done_layout.addLayout(button_row(self.not_now_button))
        (self.open_case_button if self.may_open_case else self.admit_button).setDefault(True)

        for page in (form_page, duplicates_page, done_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()
        self.resize(fitted(640, 640))

    def retranslate(self) -> None:
        editing = self.record is not None
        if editing:
            self.setWindowTitle(self.tr("Edit the person"))
        elif self.found_without_case:
            self.setWindowTitle(self.tr("A person without a case"))
        else:
            self.setWindowTitle(self.tr("New person"))
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
        self._retranslate_done()
        self.project_label.setText(self.tr("Project:"))
        self.project.optional_text = self.tr("No project")
        self.bed_label.setText(self.tr("Bed:"))
        self.open_case_button.setText(self.tr("Open a case"))
        self.admit_button.setText(self.tr("Admit to this bed"))
        self.not_now_button.setText(self.tr("Not now"))

    def _retranslate_done(self) -> None:
        if self.record is None and self.found_without_case:
            self.done_heading.setText(self.tr("This person has no case yet"))
        else:
            self.done_heading.setText(self.tr("The person is registered"))
        offers = []
        if self.may_open_case:
            offers.append(
                self.tr("Open a case for them now? It is opened today and assigned to you.")
            )
        if self.may_admit:
            offers.append(
                self.tr(
                    "To give them a bed tonight, admit them: a case is opened for the stay "
                    "if they have none, and a case worker takes it up."
                )
            )
        self.done_text.setText("\n\n".join(offers))

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
        for button in (self.save_button, self.continue_button, self.open_case_button,
                       self.admit_button):  # fmt: skip
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
        self.offer_case(record.id)

    def offer_case(self, person_id: str) -> None:
        """The last page: a case (with its project) or a bed for this person."""
        if not (self.may_open_case or self.may_admit):
            self.accept()
            return
        self.person_id = person_id
        self._retranslate_done()
        self.pages.setCurrentIndex(2)
        vault = self.vault
        if self.may_open_case:
            QueryOp(
                self,
                lambda: [
                    (p.id, p.form.code + " · " + p.form.name) for p in partners.list_projects(vault)
                ],
            ).success(lambda items: self.project.fill(items, self.tr("No project"))).failure(
                lambda _exc: None  # the case can still be opened without a project
            ).run()
        if self.may_admit:
            QueryOp(self, lambda: shelter.list_beds(vault)).success(self._show_beds).run()

    def _show_beds(self, beds: list[BedRecord]) -> None:
        free = [(b.id, f"{b.label} · {b.room}" if b.room else b.label)
                for b in beds if b.active and not b.occupied]  # fmt: skip
        self.bed.fill(free, None if free else self.tr("No bed is free today"))
        self.admit_button.setEnabled(bool(free))

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
        person_id = candidate.person_id
        QueryOp(self, lambda: lookups.person_case_ids(vault, person_id)).success(
            lambda case_ids: self._existing_loaded(person_id, case_ids)
        ).run()

    def _existing_loaded(self, person_id: str, case_ids: list[str]) -> None:
        if case_ids:
            self.open_case_requested.emit(case_ids[0])
            self.reject()
        else:  # registered without a case: offer one (or a bed) here
            self.found_without_case = True
            self.offer_case(person_id)

    def open_new_case(self) -> None:
        person_id = self.person_id
        if person_id is None:
            return
        form = CaseForm(
            opened_on=dt.date.today(), worker=self.vault.user, project_id=self.project.value()
        )
        self._busy(True)
        vault = self.vault
        self._change(lambda: cases.open_case(vault, person_id, form), self._case_opened)

    def admit_to_bed(self) -> None:
        person_id, bed_id = self.person_id, self.bed.value()
        if person_id is None or bed_id is None:
            return
        self._busy(True)
        vault = self.vault
        ChangeOp(
            self, self.context.changes, lambda: shelter.admit_person(vault, person_id, bed_id)
        ).success(self._admitted).failure(self._done_failed).run()

    def _admitted(self, result: tuple[StayRecord, Changes]) -> None:
        self._busy(False)
        if self.may_open_case:
            self.open_case_requested.emit(result[0].case_id)
        self.accept()

    def _done_failed(self, exc: BaseException) -> None:
        self._busy(False)
        sentence = failure_text(exc).sentence
        if isinstance(exc, InvalidInput) and sentence:
            self.done_error.show_message(sentence)
        else:
            show_failure(self, exc)

    @classmethod
    def for_person(cls, context: PageContext, person_id: str, parent: QWidget | None = None
                   ) -> PersonDialog:  # fmt: skip
        """For a person found without a case (in People & cases): offer a case or a bed."""
        dialog = cls(context, parent=parent)
        dialog.found_without_case = True
        dialog.retranslate()
        dialog.offer_case(person_id)
        dialog.resize(600, 320)  # only the offer: no form to make room for
        return dialog

    def _case_opened(self, result: tuple[CaseRecord, Changes]) -> None:
        self._busy(False)
        self.open_case_requested.emit(result[0].id)
        self.accept()
