"""Helpers for the case list, person dialog and case window tests: a vault with a few
records, a manager account, and the dialog an action opened."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.ui.runtime.tasks import task_manager

MANAGER, MANAGER_PASSWORD = "maria", "manager password is long"
WORKER, WORKER_PASSWORD = "nodira", "case worker password long"
W = TypeVar("W", bound=QWidget)


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not task_manager().busy, timeout=10_000)


def person_form(given: str = "Зарина", family: str = "Каримова", year: int = 1995) -> PersonForm:
    return PersonForm(
        sex="female",
        category="victim_of_trafficking",
        family_name=family,
        given_name=given,
        latin_name=f"{family} {given}",
        birth_date=dt.date(year, 3, 4),
        district="khujand",
    )


def add_case(vault, form: PersonForm | None = None, worker: str = "admin") -> str:
    from ajo_cases.services.casework import cases
    from ajo_cases.services.people import people

    person, _ = people.register(vault, form or person_form(), allow_duplicate=True)
    record, _ = cases.open_case(
        vault, person.id, CaseForm(opened_on=dt.date.today(), worker=worker)
    )
    return record.id


def add_user(vault, name: str, role: str, password: str) -> None:
    from ajo_cases.services.access import users

    users.add_user(vault, name, role, password)


def modal(kind: type[W]) -> W:
    """The dialog an action just opened. Dialogs open with open(), not a nested event loop,
    so it is there as soon as the action returns."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind), f"expected a {kind.__name__}, found {dialog!r}"
    return dialog


def wait_modal(qtbot, kind: type[W], timeout: int = 15_000) -> W:
    """The dialog that comes when work on the worker is done (a refusal, a result)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=timeout)
    return modal(kind)


def press(box: QMessageBox, text: str) -> None:
    """Click the message box's button that says `text`."""
    next(button for button in box.buttons() if button.text() == text).click()
