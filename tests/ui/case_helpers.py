"""Helpers for the case list, person dialog and case window tests: a vault with a few
records, a manager account, and answering modal dialogs from inside their event loop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.ui.runtime.tasks import task_manager

MANAGER, MANAGER_PASSWORD = "maria", "manager password is long"
WORKER, WORKER_PASSWORD = "nodira", "case worker password long"


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


def answer_modal(
    qtbot, action: Callable[[], Any], *handlers: Callable[[QWidget], None], timeout: int = 5000
) -> None:
    """Run `action`, which opens modal dialogs; each handler answers the next one to appear.

    A failing handler rejects its dialog so the test fails instead of hanging."""
    errors: list[BaseException] = []
    pending = list(handlers)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or getattr(dialog, "_answered", False):
            QTimer.singleShot(20, poll)
            return
        dialog._answered = True  # type: ignore[attr-defined]
        handler = pending.pop(0)
        try:
            handler(dialog)
        except BaseException as exc:
            errors.append(exc)
            dialog.reject()  # type: ignore[attr-defined]
        if pending:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    action()
    qtbot.waitUntil(lambda: not pending or bool(errors), timeout=timeout)
    if errors:
        raise errors[0]
