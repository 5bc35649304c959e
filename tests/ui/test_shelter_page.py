"""The Shelter page: beds, admitting through the page (and the refusal when the bed is taken),
discharging, the numbers at the top, its table models, and who sees it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ajo_cases.services.casework import shelter
from ajo_cases.ui.app.pages import PageContext, default_registry
from ajo_cases.ui.cases.tabs.shelter import AdmitDialog, DischargeDialog
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.shelter.shelter_dialogs import AddBedDialog, CasePicker
from ajo_cases.ui.shelter.shelter_page import ShelterPage
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.case_helpers import (
    MANAGER,
    MANAGER_PASSWORD,
    add_case,
    add_user,
    idle,
    modal,
    person_form,
    wait_modal,
)
from tests.ui.conftest import unlock

STAFF, STAFF_PASSWORD = "gulnora", "shelter staff password long"
TODAY = dt.date.today()


def make_page(vault, qtbot) -> ShelterPage:
    context = PageContext(vault)
    page = ShelterPage(context)
    context.changes.changed.connect(page.refresh)  # what the main window does
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    return page


@pytest.fixture
def page(admin_vault, qtbot):
    made = make_page(admin_vault, qtbot)
    yield made
    idle(qtbot)


def column_texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def admit(qtbot, page, query: str, on: dt.date | None = None, beds: int = 1) -> None:
    """Admit through the page: find the case by `query`, choose the bed offered."""
    page.admit_button.click()
    dialog = modal(AdmitDialog)
    picker = dialog.findChild(CasePicker)
    picker.query.setText(query)
    qtbot.waitUntil(lambda: picker.value() is not None, timeout=5000)
    qtbot.waitUntil(lambda: dialog.bed.count() == beds, timeout=5000)
    if on is not None:
        dialog.on.set_value(on)
    dialog.ok.click()


def test_add_beds(page, qtbot):
    assert page.beds_empty.isVisible() and not page.beds_table.isVisible()

    def add(label: str) -> AddBedDialog:
        dialog = modal(AddBedDialog)
        dialog.label.setText(label)
        dialog.room.setText("Room 1")
        dialog.ok.click()
        return dialog

    page.add_bed_button.click()
    add("A1")
    qtbot.waitUntil(lambda: page.bed_model.rowCount() == 1, timeout=5000)
    page.add_bed_button.click()
    dialog = add("A1")
    assert dialog.isVisible()  # refused in the dialog, nothing sent
    assert dialog.group.messages["label"].text() == "A bed with this label exists already."
    add("A2")
    qtbot.waitUntil(lambda: page.bed_model.rowCount() == 2, timeout=5000)
    assert column_texts(page.bed_model, 0) == ["A1", "A2"]
    assert column_texts(page.bed_model, 2) == ["free", "free"]
    assert page.occupancy.text() == "Beds used today: 0 of 2"


def test_admit_and_discharge_update_the_numbers(admin_vault, qtbot):
    for label in ("A1", "A2"):
        shelter.add_bed(admin_vault, label, "Room 1")
    case_id = add_case(admin_vault)
    page = make_page(admin_vault, qtbot)
    assert page.residents_empty.isVisible()
    assert page.week.text().endswith(": 0 admitted, 0 discharged")

    # a name typed in Latin letters finds the person registered in Cyrillic
    yesterday = TODAY - dt.timedelta(days=1)  # a same-day stay holds its bed for that night
    admit(qtbot, page, "Karimova", yesterday, beds=2)
    qtbot.waitUntil(lambda: page.resident_model.rowCount() == 1, timeout=5000)
    assert page.occupancy.text() == "Beds used today: 1 of 2"
    same_week = int(yesterday.isocalendar()[:2] == TODAY.isocalendar()[:2])  # not on Mondays
    assert page.week.text().endswith(f": {same_week} admitted, 0 discharged")
    resident = page.resident_model.record(0).row
    assert resident.case_id == case_id
    assert column_texts(page.resident_model, 1) == ["Каримова Зарина"]
    assert column_texts(page.resident_model, 3) == ["1"]
    assert column_texts(page.bed_model, 3)[0] == f"{resident.case_code} · Каримова Зарина"
    assert column_texts(page.bed_model, 4)[0] == format_date(yesterday)

    assert not page.discharge_button.isEnabled()
    page.residents_table.selectRow(0)
    assert page.discharge_button.isEnabled()

    page.discharge_button.click()
    dialog = modal(DischargeDialog)
    dialog.reason.set_code("returned_home")
    dialog.ok.click()
    qtbot.waitUntil(lambda: page.resident_model.rowCount() == 0, timeout=5000)
    assert page.occupancy.text() == "Beds used today: 0 of 2"
    assert page.week.text().endswith(f": {same_week} admitted, 1 discharged")
    stays = shelter.list_stays(admin_vault, case_id)
    assert stays[0].discharge_reason == "returned_home"
    idle(qtbot)


def test_refusal_when_the_bed_is_taken(admin_vault, qtbot):
    bed, _ = shelter.add_bed(admin_vault, "A1", "Room 1")
    first = add_case(admin_vault)
    stay, _ = shelter.admit(admin_vault, first, bed.id, TODAY - dt.timedelta(days=10))
    shelter.discharge(admin_vault, stay.id, TODAY - dt.timedelta(days=3), "returned_home")
    second = add_case(admin_vault, person_form("Малика", "Юсупова", 2001))
    page = make_page(admin_vault, qtbot)
    back_then = TODAY - dt.timedelta(days=5)  # the bed is free today, not then
    admit(qtbot, page, "Юсупова", back_then)
    refusal = wait_modal(qtbot, QMessageBox)
    taken_since = format_date(TODAY - dt.timedelta(days=10))
    assert refusal.text() == f"This bed is taken since {taken_since}. Choose another bed."
    refusal.accept()
    assert shelter.list_stays(admin_vault, second) == []
    idle(qtbot)


def test_deactivate_bed_and_models(admin_vault, qtbot, qtmodeltester):
    beds = [shelter.add_bed(admin_vault, label, "Room 2")[0] for label in ("B1", "B2", "B3")]
    shelter.admit(admin_vault, add_case(admin_vault), beds[0].id)
    page = make_page(admin_vault, qtbot)
    qtbot.waitUntil(lambda: page.resident_model.rowCount() == 1, timeout=5000)
    page.beds_table.selectRow(0)  # occupied: cannot be taken out of use
    assert not page.toggle_bed_button.isEnabled()
    page.beds_table.selectRow(1)
    assert page.toggle_bed_button.isEnabled()
    page.toggle_bed_button.click()
    qtbot.waitUntil(lambda: column_texts(page.bed_model, 2)[1] == "not in use", timeout=5000)
    assert page.occupancy.text() == "Beds used today: 1 of 2"
    assert page.bed_model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.bed_model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    page.beds_table.selectRow(1)
    assert page.toggle_bed_button.text() == "Use bed again"
    qtmodeltester.check(page.bed_model)
    qtmodeltester.check(page.resident_model)
    idle(qtbot)


def test_double_click_opens_the_case(admin_vault, qtbot):
    bed, _ = shelter.add_bed(admin_vault, "A1")
    case_id = add_case(admin_vault)
    shelter.admit(admin_vault, case_id, bed.id)
    page = make_page(admin_vault, qtbot)
    qtbot.waitUntil(lambda: page.resident_model.rowCount() == 1, timeout=5000)
    page.residents_table.doubleClicked.emit(page.resident_model.index(0, 1))
    window = page.case_windows[case_id]
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    window.close()
    idle(qtbot)


def test_shelter_staff_admit_but_do_not_manage_beds(make_session, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault

    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        shelter.add_bed(vault, "A1", "Room 1")
        add_case(vault)
        add_user(vault, STAFF, "shelter_staff", STAFF_PASSWORD)
    session = make_session(vault_dir)
    unlock(qtbot, session, STAFF, STAFF_PASSWORD)
    page = session.main_window.pages["shelter"]
    assert session.main_window.show_page("shelter")
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    assert page.admit_button.isVisibleTo(page)
    assert not page.add_bed_button.isVisibleTo(page)
    assert not page.toggle_bed_button.isVisibleTo(page)
    admit(qtbot, page, "Зарина")
    qtbot.waitUntil(lambda: page.resident_model.rowCount() == 1, timeout=5000)
    assert page.occupancy.text() == "Beds used today: 1 of 1"
    idle(qtbot)


def test_manager_does_not_see_the_page(make_session, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault

    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        add_user(vault, MANAGER, "manager", MANAGER_PASSWORD)
    assert "shelter" not in [spec.id for spec in default_registry().for_role("manager")]
    for role in ("admin", "case_worker", "shelter_staff"):
        assert "shelter" in [spec.id for spec in default_registry().for_role(role)]
    session = make_session(vault_dir)
    unlock(qtbot, session, MANAGER, MANAGER_PASSWORD)
    assert "shelter" not in session.main_window.pages
    assert not session.main_window.show_page("shelter")
    idle(qtbot)
