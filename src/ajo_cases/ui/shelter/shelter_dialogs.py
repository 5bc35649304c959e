"""Dialog parts of the Shelter page: choosing a case by name or code, and adding a bed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ajo_cases.domain.records import CaseFilter, CaseRow
from ajo_cases.services import lookups
from ajo_cases.services.casework import case_list
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import search
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.dialogs import FormDialog
from ajo_cases.ui.kit.form_widgets import ChoiceCombo
from ajo_cases.ui.runtime.operations import QueryOp

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 50
BED_LABEL_MAX = 32


PERSON_PREFIX = "person:"


def _find(vault: OpenVault, text: str) -> tuple[list[Any], list[CaseRow]]:
    """On the worker: open cases by name or code, and people found who have no case yet (an
    admission opens one for them)."""
    hits = search.find(vault, text, SEARCH_LIMIT)
    person_ids = tuple(lookups.matching_person_ids(vault, text, SEARCH_LIMIT))
    lonely = case_list.list_cases(vault, CaseFilter(case_ids=(), person_ids=person_ids)).rows
    return hits, [row for row in lonely if row.id is None and row.erased_on is None]


class CasePicker(QWidget):
    """Type a name in any script or a case code; choose one of the open cases found, or a
    person registered without a case."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr("Type a name in any spelling, or a case code"))
        self.choice = ChoiceCombo()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _text: self.timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.choice)
        self.setFocusProxy(self.query)
        self.choice.fill([], self.tr("Type to search"))

    def search(self) -> None:
        self.timer.stop()
        text = self.query.text().strip()
        if not text:
            self.choice.fill([], self.tr("Type to search"))
            return
        vault = self.context.vault
        QueryOp(self, lambda: _find(vault, text)).success(
            lambda found: self._found(text, *found)
        ).run()

    def _found(self, text: str, hits: list[Any], lonely: list[CaseRow]) -> None:
        if text != self.query.text().strip():
            return  # the person typed on; a newer search is under way
        restricted = self.tr("restricted")
        items = [
            (hit.case_id, f"{hit.code} · {hit.name if hit.name is not None else restricted}")
            for hit in hits
            if hit.status != "closed"
        ]
        no_case = self.tr("no case yet")
        items += [(PERSON_PREFIX + row.person_id, f"{row.name or restricted} · {no_case}")
                  for row in lonely]  # fmt: skip
        self.choice.fill(items, None if items else self.tr("No open case found"))

    def value(self) -> str | None:
        """A case id, or PERSON_PREFIX + the id of a person registered without a case."""
        return self.choice.value()


class AddBedDialog(FormDialog):
    def __init__(self, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a bed"), self.tr("Add bed"), parent)
        self.taken = taken
        self.label, self.room = QLineEdit(), QLineEdit()
        for field in (self.label, self.room):
            field.setMaxLength(BED_LABEL_MAX)
        self.add("label", self.tr("Bed label:"), self.label, required=True)
        self.add("room", self.tr("Room:"), self.room)
        self.check = self._check

    def _check(self) -> bool:
        text = self.label.text().strip()
        if not text:
            self.error("label", self.tr("Give the bed a label, for example A1."))
            return False
        if text in self.taken:
            self.error("label", self.tr("A bed with this label exists already."))
            return False
        return True
