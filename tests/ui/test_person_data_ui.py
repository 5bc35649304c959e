"""The person's data from the case window (a copy; erasure with a confirmation that names
what happens, administrators only), the Retention screen and the reminder on Home."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtWidgets import QFileDialog

from ajo_cases.services.casework import cases
from ajo_cases.services.people import people, search
from ajo_cases.ui.admin.retention_page import RetentionPage
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_window import CaseWindow
from ajo_cases.ui.cases.person_data import EraseDialog, ExportPersonDialog
from ajo_cases.ui.home.home_page import HomePage
from tests.ui.case_helpers import add_case, idle, modal, press


@pytest.fixture
def window(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    win = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    yield win
    idle(qtbot)


def test_a_copy_of_the_persons_data(window, qtbot, tmp_path):
    assert window.export_action.isVisible() and window.erase_action.isVisible()
    window.export_person_data()
    dialog = modal(ExportPersonDialog)
    assert "not encrypted" in dialog.intro.text()
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("json"))
    assert not dialog.language.isEnabled()  # a language only for the PDF
    dialog.ok.click()
    target = tmp_path / "copy.json"
    modal(QFileDialog).fileSelected.emit(str(target))
    idle(qtbot)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["form"]["given_name"] == "Зарина"
    assert "not encrypted" in window.message.text()


def test_erasing_names_what_happens_then_the_case_shows_it(window, qtbot):
    window.erase_person_data()
    qtbot.waitUntil(lambda: isinstance(window.person_data.dialog, EraseDialog), timeout=10_000)
    dialog = window.person_data.dialog
    assert window.detail.case.code in dialog.intro.text() and "cannot be undone" in \
        dialog.intro.text()  # fmt: skip
    assert not dialog.ok.isEnabled()
    dialog.reason.setPlainText("Зарина asked on the phone")
    dialog.understood.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    idle(qtbot)
    assert "Not erased" in modal_title(qtbot)  # the name in the reason was refused
    window.erase_person_data()
    qtbot.waitUntil(lambda: isinstance(window.person_data.dialog, EraseDialog)
                    and window.person_data.dialog is not dialog, timeout=10_000)  # fmt: skip
    again = window.person_data.dialog
    again.reason.setPlainText("asked in writing")
    again.understood.setChecked(True)
    again.ok.click()
    idle(qtbot)
    qtbot.waitUntil(lambda: window.detail.person.erased_at is not None, timeout=10_000)
    assert window.header.name.text().startswith("Personal data erased on")
    assert "erased on" in window.message.text()
    assert not window.tab_pages["profile"].isEnabled() and window.tab_pages["history"].isEnabled()
    assert not window.header.add_assistance.isVisible() and not window.save_button.isVisible()
    assert not window.erase_action.isEnabled()
    assert search.find(window.vault, "Зарина") == []


def modal_title(qtbot) -> str:
    from PySide6.QtWidgets import QMessageBox

    box = modal(QMessageBox)
    title = box.windowTitle()
    press(box, "OK")
    return title


def test_a_case_worker_may_copy_but_not_erase(admin_vault, qtbot, monkeypatch):
    monkeypatch.setattr(admin_vault, "role", "case_worker")
    case_id = add_case(admin_vault)
    win = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    assert win.export_action.isVisible() and not win.erase_action.isVisible()
    monkeypatch.setattr(admin_vault, "role", "shelter_staff")
    staff = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(staff)
    qtbot.waitUntil(lambda: staff.detail is not None, timeout=10_000)
    assert not staff.header.person_data.isVisibleTo(staff)


def _closed_long_ago(vault) -> str:
    from tests.ui.case_helpers import person_form

    person, _ = people.register(vault, person_form("Кӯҳнагул", "Пирова"), allow_duplicate=True)
    case, _ = cases.open_case(vault, person.id, cases.CaseForm(dt.date(2012, 1, 5)))
    cases.change_status(vault, case.id, "closed", closure_reason="goals_met",
                        on=dt.date(2013, 2, 1))  # fmt: skip
    return case.code


def test_retention_screen_sets_the_period_and_anonymises(admin_vault, qtbot):
    code = _closed_long_ago(admin_vault)
    add_case(admin_vault)  # open: never due
    page = RetentionPage(PageContext(admin_vault))
    qtbot.addWidget(page)
    idle(qtbot)
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == code
    assert page.default_note.isVisibleTo(page) and page.years.value() == 7
    page.years.setValue(20)
    assert page.save_button.isEnabled()
    page.save_years()
    idle(qtbot)
    assert page.table.rowCount() == 0 and "Nobody" in page.count.text()
    page.years.setValue(5)
    page.save_years()
    idle(qtbot)
    assert page.table.rowCount() == 1 and not page.default_note.isVisibleTo(page)
    page.ask_apply()
    press(page.dialog, "Anonymise 1 people")
    idle(qtbot)
    assert "1 people were anonymised" in page.message.text() and page.table.rowCount() == 0


def test_home_reminds_administrators_when_people_are_due(admin_vault, qtbot):
    home = HomePage(PageContext(admin_vault))
    qtbot.addWidget(home)
    home.show()
    idle(qtbot)
    assert not home.cards["retention"].isVisibleTo(home)
    _closed_long_ago(admin_vault)
    home.reload()
    idle(qtbot)
    card = home.cards["retention"]
    assert card.isVisibleTo(home) and card.value.text() == "1" and card.clickable
    opened = []
    home.context.navigator.navigate.connect(lambda page, request: opened.append(page))
    card.activate()
    assert opened == ["retention"]
