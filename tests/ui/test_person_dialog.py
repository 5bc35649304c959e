"""Registering a person: validation next to the field, duplicates before saving, and the
offer to open a case at once."""

from __future__ import annotations

import datetime as dt

import pytest

from ajo_cases.services.casework import cases
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.person_dialog import PersonDialog
from tests.ui.case_helpers import add_case, idle, person_form


@pytest.fixture
def context(admin_vault, qtbot):
    yield PageContext(admin_vault)
    idle(qtbot)


def fill(dialog: PersonDialog, family: str, given: str, year: int = 1995) -> None:
    fields = dialog.fields
    fields.texts["family_name"].setText(family)
    fields.texts["given_name"].setText(given)
    fields.sex.set_code("female")
    fields.category.set_code("vulnerable_migrant")
    typed = f"06.05.{year}"  # typed in the field, as a person does: it chooses "on"
    fields.birth_date.edit.setText(typed)
    fields.birth_date.edit.textEdited.emit(typed)


def test_required_fields_are_explained_next_to_them(context, qtbot):
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    messages = dialog.fields.names.messages
    assert messages["given_name"].isVisible()
    assert "name" in messages["given_name"].text()
    assert dialog.fields.person.messages["sex"].isVisible()
    assert dialog.fields.names.labels["given_name"].text().endswith("*")


def test_latin_from_cyrillic(context, qtbot):
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.fields.texts["family_name"].setText("Қодирова")
    dialog.fields.texts["given_name"].setText("Ҷамила")
    dialog.fields.latin_button.click()
    assert dialog.fields.texts["latin_name"].text() == "Qodirova Jamila"


def test_register_then_open_a_case(context, qtbot):
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "Раҳимова", "Гулнора")
    dialog.fields.born_estimated.setChecked(True)
    dialog.fields.estimated_age.setValue(30)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert dialog.registered is not None
    assert dialog.registered.form.estimated_age == 30
    assert dialog.registered.form.birth_date is None
    with qtbot.waitSignal(dialog.open_case_requested, timeout=10_000) as opened:
        dialog.open_case_button.click()
    record = cases.get_case(context.vault, opened.args[0])
    assert record.beneficiary_id == dialog.registered.id
    assert record.form.worker == "admin"
    assert record.form.opened_on == dt.date.today()
    assert record.age_estimated


def test_possible_duplicates_are_shown_before_saving(context, qtbot):
    existing = add_case(context.vault, person_form("Гулнора", "Раҳимова", 1995))
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "Рахимова", "Гулнора", 1995)  # another spelling, same birth year
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.registered is None
    assert dialog.duplicates.rowCount() == 1
    assert dialog.duplicates.item(0, 1).text() == "1995"
    with qtbot.waitSignal(dialog.open_case_requested, timeout=10_000) as opened:
        dialog.open_existing_button.click()
    assert opened.args == [existing]


def test_registering_anyway_after_the_warning(context, qtbot):
    add_case(context.vault, person_form("Гулнора", "Раҳимова", 1995))
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "Raximova", "Gulnora", 1995)  # Latin spelling in the Cyrillic fields
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=10_000)
    assert dialog.pages.currentIndex() == 2
    dialog.not_now_button.click()
    assert dialog.result() == PersonDialog.DialogCode.Accepted


def test_a_birth_date_left_alone_stays_unknown(context, qtbot):
    """No placeholder date: a person registered without a birth date has no date and no age,
    on screen, in the case and on the printed summary."""
    from ajo_cases.services import printing
    from ajo_cases.services.people import people
    from tests.reports import pdfcheck

    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.fields
    fields.texts["given_name"].setText("Малика")
    fields.sex.set_code("female")
    fields.category.set_code("returnee_migrant")
    assert fields.born_unknown.isChecked()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=10_000)
    assert dialog.registered.form.birth_date is None
    assert dialog.registered.form.estimated_age is None
    with qtbot.waitSignal(dialog.open_case_requested, timeout=10_000) as opened:
        dialog.open_case_button.click()
    case = cases.get_case(context.vault, opened.args[0])
    assert case.age_at_intake is None
    from ajo_cases.domain.stats_model import StatsFilter
    from ajo_cases.services.statistics import statistics

    report = statistics.compute(context.vault, StatsFilter(), suppress=False)
    by_category = report.table("persons_by_category")  # counted, under "Not known"
    assert by_category.exact(*by_category.index("returnee_migrant", "female.unknown")) == 1
    text = pdfcheck.flat_text(printing.case_summary_pdf(context.vault, case.id, lang="en"))
    assert "2000" not in text
    assert "Age at intake unknown" in text
    # editing the person again keeps it unknown, with a blank date field
    edit = PersonDialog(context, people.get(context.vault, dialog.registered.id))
    qtbot.addWidget(edit)
    assert edit.fields.born_unknown.isChecked() and edit.fields.birth_date.edit.text() == ""


def test_on_a_date_needs_a_real_date(context, qtbot):
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "Юсупова", "Нигина")
    for text in ("", "31.02.1990", "01.01.2999"):
        dialog.fields.birth_date.edit.setText(text)
        dialog.fields.born_known.setChecked(True)
        dialog.submit()
        assert dialog.pages.currentIndex() == 0 and dialog.registered is None
        assert dialog.fields.person.messages["birth_date"].isVisible(), text
    dialog.fields.born_estimated.setChecked(True)  # "age about" with no age: refused too
    assert dialog.fields.estimated_age.text() == "—"
    dialog.submit()
    assert dialog.registered is None and dialog.fields.person.messages["birth_date"].isVisible()
    dialog.fields.birth_date.edit.clear()
    qtbot.keyClicks(dialog.fields.birth_date.edit, "07.03.1988")
    assert dialog.fields.born_known.isChecked()
    assert dialog.fields.birth_date.value() == dt.date(1988, 3, 7)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=10_000)
    assert dialog.registered.form.birth_date == dt.date(1988, 3, 7)


def test_an_estimated_age_is_kept_with_its_day_and_marked(context, qtbot):
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "Юсупова", "Нигина")
    assert dialog.fields.born_known.isChecked()  # typing the date chose "on"
    dialog.fields.estimated_age.setValue(40)  # changing the age chooses "age about"
    assert dialog.fields.born_estimated.isChecked()
    assert dialog.fields.estimated_age.text() == "≈ 40"
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=10_000)
    form = dialog.registered.form
    assert (form.birth_date, form.estimated_age, form.estimated_on) == (None, 40, dt.date.today())


def test_citizenship_children_and_languages_are_editable(context, qtbot):
    from ajo_cases.services.people import people

    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "Собирова", "Дилором")
    fields = dialog.fields
    assert fields.citizenship.code() == "TJ" and fields.children_count.text() == "—"
    fields.citizenship.set_code("UZ")
    fields.children_count.setValue(3)
    fields.languages.boxes["uz"].setChecked(True)
    fields.languages.boxes["ru"].setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=10_000)
    stored = people.get(context.vault, dialog.registered.id)
    assert (stored.form.citizenship, stored.form.children_count) == ("UZ", 3)
    assert set(stored.form.languages) == {"uz", "ru"}
    edit = PersonDialog(context, stored)
    qtbot.addWidget(edit)
    assert edit.fields.citizenship.code() == "UZ" and edit.fields.children_count.value() == 3
    assert edit.fields.languages.codes() == ("ru", "uz")
