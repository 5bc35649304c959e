"""Fault 22 for the desktop app: a name shown in the UI never reaches settings, window state,
logs or any file, and after a lock no widget holds it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from shiboken6 import isValid

from ajo_cases.domain.records import PersonForm
from ajo_cases.ui.cases.case_window import CaseWindow
from ajo_cases.ui.runtime.tasks import task_manager
from tests.support import CANARY_NAME
from tests.ui.case_helpers import add_case, idle


def _needles() -> list[bytes]:
    words = [CANARY_NAME, *CANARY_NAME.split()]
    return [w.encode(codec) for w in words for codec in ("utf-8", "utf-16-le")]


def test_name_seen_in_the_app_is_nowhere_on_disk(unlocked, qtbot, tmp_path: Path, caplog):
    caplog.set_level(logging.DEBUG)
    family, given, latin = CANARY_NAME.split()
    form = PersonForm(
        sex="female", category="victim_of_trafficking", family_name=family, given_name=given,
        latin_name=latin,
    )  # fmt: skip
    case_id = add_case(unlocked.vault, form)
    window = unlocked.main_window
    window.show_page("cases")
    page = window.pages["cases"]
    page.reload()  # the case was added behind the page's back, through the services
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    case_window = page.case_windows.open(case_id)
    assert isinstance(case_window, CaseWindow)
    qtbot.waitUntil(lambda: case_window.detail is not None, timeout=10_000)
    shown = [w.text() for w in QApplication.allWidgets() if isinstance(w, QLabel | QLineEdit)]
    assert any(given in text for text in shown)  # the name really was on screen
    idle(qtbot)
    unlocked.lock()
    qtbot.waitUntil(lambda: unlocked.vault is None, timeout=10_000)
    qtbot.waitUntil(lambda: not isValid(case_window), timeout=10_000)  # closed with its page
    # the vault is closed (and backed up) on the worker after the lock: wait for it, so that
    # no file is written or removed while the folder is read
    qtbot.waitUntil(lambda: not task_manager().busy, timeout=30_000)
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel | QLineEdit) and widget.isVisible():
            assert given not in widget.text() and latin not in widget.text()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".ini" for p in files)  # window state and settings were written
    for path in files:
        data = path.read_bytes()
        for needle in _needles():
            assert needle not in data, path.name
    assert not any(given in record.getMessage() for record in caplog.records)
