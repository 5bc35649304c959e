"""Nobody registered is lost: a person without a case is listed in People & cases, can get a
case from there or from the duplicate warning, and shelter staff can give them a bed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ajo_cases.domain.records import PersonForm
from ajo_cases.services.casework import case_list, cases, shelter
from ajo_cases.services.people import people
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases import case_table_model as columns
from ajo_cases.ui.cases.case_list_page import CaseListPage
from ajo_cases.ui.cases.person_dialog import PersonDialog
from tests.ui.case_helpers import add_case, add_user, idle, modal

STAFF, STAFF_PASSWORD = "gulnora", "shelter staff password long"


def fill(dialog: PersonDialog, given: str, family: str) -> None:
    dialog.fields.texts["given_name"].setText(given)
    dialog.fields.texts["family_name"].setText(family)
    dialog.fields.sex.set_code("female")
    dialog.fields.category.set_code("victim_of_trafficking")


def test_not_now_then_found_in_the_list_and_given_a_case(admin_vault, qtbot):
    add_case(admin_vault)
    page = CaseListPage(PageContext(admin_vault))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    page.new_button.click()
    dialog = modal(PersonDialog)
    fill(dialog, "Шаҳло", "Назарова")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    dialog.not_now_button.click()
    page.reload()  # the main window passes on the change; here the test does
    # listed first, marked as having no case, findable by another spelling
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=10_000)
    page.search.setText("Shahlo")
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.loading, timeout=10_000)
    row = page.model.rows[0]
    assert row.id is None and row.name == "Назарова Шаҳло"
    assert page.model.index(0, columns.STATUS).data() == "no case yet"
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    offer = modal(PersonDialog)
    assert offer.pages.currentIndex() == 2 and offer.open_case_button.isVisible()
    assert offer.windowTitle() == "A person without a case"
    with qtbot.waitSignal(offer.open_case_requested, timeout=10_000) as opened:
        offer.open_case_button.click()
    case = cases.get_case(admin_vault, opened.args[0])
    assert case.beneficiary_id == row.person_id and case.form.worker == "admin"
    qtbot.waitUntil(lambda: opened.args[0] in page.case_windows, timeout=10_000)
    page.case_windows[opened.args[0]].close()
    page.reload()
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[0].id is not None, timeout=10_000)
    idle(qtbot)


def test_filters_only_cases_can_meet_leave_people_without_a_case_out(admin_vault):
    from ajo_cases.domain.records import CaseFilter

    add_case(admin_vault)
    people.register(admin_vault, PersonForm(sex="male", category="returnee_migrant",
                                            given_name="Бахтиёр"))  # fmt: skip
    assert case_list.list_cases(admin_vault).total == 2
    assert case_list.list_cases(admin_vault, CaseFilter(statuses=("open",))).total == 1
    assert (
        case_list.list_cases(admin_vault, CaseFilter(categories=("returnee_migrant",))).total == 1
    )


def test_duplicate_warning_offers_a_case_to_a_person_without_one(admin_vault, qtbot):
    form = PersonForm(
        sex="female", category="vulnerable_migrant", given_name="Гулнора", family_name="Раҳимова"
    )
    people.register(admin_vault, form)
    dialog = PersonDialog(PageContext(admin_vault))
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "Гулнора", "Рахимова")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    dialog.open_existing_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert dialog.done_heading.text() == "This person has no case yet"
    with qtbot.waitSignal(dialog.open_case_requested, timeout=10_000) as opened:
        dialog.open_case_button.click()
    assert cases.get_case(admin_vault, opened.args[0]).beneficiary_id == dialog.person_id
    assert dialog.registered is None  # nobody registered twice
    idle(qtbot)


def test_shelter_staff_register_and_admit_to_a_bed_at_night(admin_vault, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault

    shelter.add_bed(admin_vault, "A1")
    add_user(admin_vault, STAFF, "shelter_staff", STAFF_PASSWORD)
    admin_vault.lock.release()
    staff = open_vault(vault_dir, STAFF, STAFF_PASSWORD)
    try:
        dialog = PersonDialog(PageContext(staff))
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog, "Мадина", "Саидова")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
        assert not dialog.open_case_button.isVisible()  # opening cases is case work
        qtbot.waitUntil(lambda: dialog.bed.value() is not None, timeout=10_000)
        assert dialog.admit_button.isVisible() and dialog.admit_button.isEnabled()
        dialog.admit_button.click()
        qtbot.waitUntil(lambda: dialog.result() == PersonDialog.DialogCode.Accepted, timeout=10_000)
        residents = shelter.overview(staff).residents
        assert len(residents) == 1 and residents[0].name == "Саидова Мадина"
        case = cases.get_case(staff, residents[0].case_id)
        assert case.form.worker is None and case.status == "open"
        idle(qtbot)
    finally:
        staff.close()


def test_shelter_page_admits_a_person_found_without_a_case(admin_vault, qtbot):
    from ajo_cases.ui.cases.tabs.shelter import AdmitDialog
    from ajo_cases.ui.shelter.shelter_dialogs import CasePicker
    from ajo_cases.ui.shelter.shelter_page import ShelterPage

    shelter.add_bed(admin_vault, "C1")
    person, _ = people.register(
        admin_vault, PersonForm(sex="female", category="vulnerable_migrant", given_name="Ҷамила")
    )
    context = PageContext(admin_vault)
    page = ShelterPage(context)
    context.changes.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    page.admit_button.click()
    dialog = modal(AdmitDialog)
    picker = dialog.findChild(CasePicker)
    picker.query.setText("Jamila")  # Latin letters find the Cyrillic name
    qtbot.waitUntil(lambda: picker.value() is not None, timeout=5000)
    assert picker.choice.currentText() == "Ҷамила · no case yet"
    qtbot.waitUntil(lambda: dialog.bed.count() == 1, timeout=5000)
    dialog.ok.click()
    qtbot.waitUntil(lambda: page.resident_model.rowCount() == 1, timeout=10_000)
    case_id = page.resident_model.record(0).row.case_id
    assert cases.get_case(admin_vault, case_id).beneficiary_id == person.id
    idle(qtbot)


def test_many_people_without_a_case_page_the_same_way(admin_vault, monkeypatch):
    for name in ("Аъзам", "Бобур", "Валиҷон"):
        form = PersonForm(sex="male", category="returnee_migrant", given_name=name)
        people.register(admin_vault, form, allow_duplicate=True)
    add_case(admin_vault)
    listed = [row.person_id for row in case_list.list_cases(admin_vault, sort="code").rows]
    monkeypatch.setattr(case_list, "MAX_ID_LIST", 1)  # a long list goes as a subquery instead
    again = case_list.list_cases(admin_vault, sort="code")
    assert [row.person_id for row in again.rows] == listed and again.total == 4
    second = case_list.list_cases(admin_vault, sort="code", offset=2, limit=2).rows
    assert [row.person_id for row in second] == listed[2:]
    assert [row.id is None for row in again.rows] == [True, True, True, False]
