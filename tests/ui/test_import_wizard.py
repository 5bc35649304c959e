"""The import wizard walked as a person would: file and sheet, the columns proposed and
changed, every row checked with a preview, a code chosen for a word, the import, the report."""

from __future__ import annotations

from sqlalchemy import func, select

from ajo_cases.services.exchange.import_mapping import IGNORE
from ajo_cases.storage.models import Assistance, Beneficiary
from ajo_cases.ui.admin.import_wizard import ImportWizard
from ajo_cases.ui.app.pages import PageContext
from tests.services import registers
from tests.ui.case_helpers import idle


def _count(vault, model) -> int:
    with vault.read_session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _wizard(vault, qtbot, path) -> ImportWizard:
    wizard = ImportWizard(PageContext(vault))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_path(path)
    qtbot.waitUntil(lambda: wizard.preview is not None or bool(wizard.file_page.message.text()),
                    timeout=10_000)  # fmt: skip
    return wizard


def _next(wizard, qtbot) -> None:
    wizard.next()
    idle(qtbot)


def test_a_russian_register_from_file_to_report(admin_vault, qtbot, tmp_path):
    path = registers.russian_register(tmp_path / "реестр.xlsx")
    wizard = _wizard(admin_vault, qtbot, path)
    page = wizard.file_page
    assert page.isComplete() and page.sheet.isVisibleTo(page)
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
        "Инструкция", "Реестр 2024"]  # fmt: skip
    assert page.sheet.currentText() == "Реестр 2024"  # found by its header

    _next(wizard, qtbot)
    columns = wizard.columns_page
    proposed = {c.header: combo.currentData() for c, combo in columns.combos}
    assert proposed["Ф.И.О."] == "full_name" and proposed["Подпись"] == IGNORE
    assert "row 3" in columns.found.text()
    phone = next(combo for c, combo in columns.combos if c.header == "Тел.")
    phone.setCurrentIndex(phone.findData(IGNORE))  # the person decides not to import phones
    district = next(combo for c, combo in columns.combos if c.header == "Район")
    district.setCurrentIndex(district.findData("category"))
    assert not columns.isComplete() and "Two columns" in columns.message.text()
    district.setCurrentIndex(district.findData("district"))
    assert columns.isComplete()

    _next(wizard, qtbot)
    check = wizard.check_page
    assert wizard.report is not None and not wizard.report.importable
    assert check.words.rowCount() == 1 and check.words.item(0, 1).text() == "Мархамат"
    assert check.preview.item(0, 1).text() == "Қодиров" and check.preview.item(0, 3).text() \
        == "Раҳимович"  # fmt: skip
    assert check.tabs.currentIndex() == 1  # the words to map are shown first
    combo = check.word_combos[0][2]
    combo.set_code("outside_sughd")
    check.check_again()
    idle(qtbot)
    assert wizard.report.importable and check.isComplete()
    assert _count(admin_vault, Beneficiary) == 0  # checking wrote nothing

    _next(wizard, qtbot)
    assert "Ready to import 5 people" in wizard.import_page.ready.text()
    wizard.import_page.import_button.click()
    idle(qtbot)
    assert wizard.imported is not None and wizard.imported.written
    assert _count(admin_vault, Beneficiary) == 5 and _count(admin_vault, Assistance) == 7
    assert "Imported 5 people" in wizard.import_page.message.text()
    with admin_vault.read_session() as session:
        phones = session.scalars(select(Beneficiary.phone_enc)).all()
    assert phones == [None] * 5  # the column the person set to "Not imported"

    wizard.import_page.save_report()
    report_file = tmp_path / "report.txt"
    wizard.dialog.fileSelected.emit(str(report_file))
    idle(qtbot)
    text = report_file.read_text(encoding="utf-8")
    assert "Imported 5 people and cases and 7 assistance records." in text
    assert "Қодиров" not in text  # no cell's value in the report


def test_leaving_out_rows_with_problems(admin_vault, qtbot, tmp_path):
    wizard = _wizard(admin_vault, qtbot, registers.cp1251_register(tmp_path / "r.csv"))
    assert not wizard.file_page.sheet.isVisibleTo(wizard.file_page)
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    check = wizard.check_page
    assert check.problems.rowCount() == 2 and not check.isComplete()
    check.skip.setChecked(True)
    idle(qtbot)
    assert check.isComplete() and wizard.report.skipped_rows == (4, 5)
    _next(wizard, qtbot)
    assert "2 rows with problems will be left out" in wizard.import_page.ready.text()
    wizard.import_page.import_button.click()
    idle(qtbot)
    assert _count(admin_vault, Beneficiary) == 2
    assert "Rows left out: 4, 5." in wizard.import_page.message.text()


def test_a_broken_file_says_so_on_the_first_page(admin_vault, qtbot, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not a workbook")
    wizard = _wizard(admin_vault, qtbot, path)
    assert not wizard.file_page.isComplete()
    assert "cannot be read" in wizard.file_page.message.text()


def test_saved_choices_are_reused(admin_vault, qtbot, tmp_path):
    path = registers.russian_register(tmp_path / "r.xlsx")
    wizard = _wizard(admin_vault, qtbot, path)
    _next(wizard, qtbot)
    columns = wizard.columns_page
    phone = next(combo for c, combo in columns.combos if c.header == "Тел.")
    phone.setCurrentIndex(phone.findData(IGNORE))
    columns.save_mapping()
    saved = tmp_path / "choices.json"
    wizard.dialog.fileSelected.emit(str(saved))
    idle(qtbot)
    assert '"header": "Тел.", "field": "ignore"' in saved.read_text(encoding="utf-8")

    again = _wizard(admin_vault, qtbot, path)
    again.use_mapping_file(saved)
    qtbot.waitUntil(lambda: again.file_page.mapping_name.text() == "choices.json")
    idle(qtbot)
    assert again.mapping is not None
    assert next(c.target for c in again.mapping.columns if c.header == "Тел.") == IGNORE
