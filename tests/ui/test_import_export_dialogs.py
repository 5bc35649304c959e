"""Import (the wizard, on a file in the import format), export and demo fill behind progress
dialogs with Cancel."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from ajo_cases.storage.models import Beneficiary, Case
from ajo_cases.ui.admin.data_card import DataCard
from ajo_cases.ui.admin.export_dialog import ExportDialog
from ajo_cases.ui.admin.import_wizard import ImportWizard
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.runtime.operations import QueryOp
from tests.ui.case_helpers import idle

HEADER = "ref,family_name,given_name,sex,birth_date,category,district,opened_on"
ROWS = [
    "R1,Каримова,Зарина,F,04.03.1995,victim_of_trafficking,khujand,01.02.2025",
    "R2,Rahimov,Jamshed,M,1990-07-20,returnee_migrant,isfara,2025-03-01",
]


def _count(vault, model) -> int:
    with vault.read_session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _write(path, rows):
    path.write_text("\r\n".join([HEADER, *rows]), encoding="utf-8")
    return path


def _checked(vault, qtbot, path) -> ImportWizard:
    """The wizard on the file, past the columns, with every row checked."""
    wizard = ImportWizard(PageContext(vault))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_path(path)
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=10_000)
    wizard.next()
    assert wizard.mapping is not None and wizard.mapping.documented  # our own column names
    wizard.next()
    idle(qtbot)
    return wizard


def test_a_small_valid_csv_imports(admin_vault, qtbot, tmp_path):
    wizard = _checked(admin_vault, qtbot, _write(tmp_path / "ok.csv", ROWS))
    assert wizard.report is not None and wizard.report.ok and wizard.report.dry_run
    assert _count(admin_vault, Case) == 0  # the check writes nothing
    assert wizard.check_page.isComplete()
    wizard.next()
    wizard.import_page.import_button.click()
    idle(qtbot)
    assert wizard.imported is not None and wizard.imported.written
    assert _count(admin_vault, Case) == 2 and _count(admin_vault, Beneficiary) == 2
    assert "Imported" in wizard.import_page.message.text()
    assert not wizard.import_page.import_button.isEnabled()  # not twice


def test_a_bad_date_shows_the_problem_and_imports_nothing(admin_vault, qtbot, tmp_path):
    rows = [ROWS[0], ROWS[1].replace("2025-03-01", "31.02.2025")]
    wizard = _checked(admin_vault, qtbot, _write(tmp_path / "bad.csv", rows))
    problems = wizard.check_page.problems
    assert not wizard.report.ok and problems.rowCount() >= 1
    assert problems.item(0, 0).text() == "3"
    assert problems.item(0, 1).text() == "Date the case was opened"
    assert "Not a date" in problems.item(0, 2).text()
    assert not wizard.check_page.isComplete()  # Next stays off: nothing can be imported
    wizard.run_import()  # refused: the file has problems
    idle(qtbot)
    assert _count(admin_vault, Case) == 0


def test_export_writes_a_file(admin_vault, qtbot, tmp_path):
    importing = _checked(admin_vault, qtbot, _write(tmp_path / "ok.csv", ROWS))
    importing.run_import()
    idle(qtbot)
    dialog = ExportDialog(PageContext(admin_vault))
    qtbot.addWidget(dialog)
    assert "not encrypted" in dialog.warning.text()
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("xlsx"))
    target = tmp_path / "out.xlsx"
    dialog.target.setText(str(target))
    dialog.export_button.click()
    idle(qtbot)
    assert target.exists() and target.stat().st_size > 0
    assert dialog.summary is not None and dialog.summary.cases == 2
    assert "Written: 2 cases" in dialog.message.text()


def test_a_manager_exports_pseudonymized_only(admin_vault, qtbot, monkeypatch):
    monkeypatch.setattr(admin_vault, "role", "manager")
    dialog = ExportDialog(PageContext(admin_vault))
    qtbot.addWidget(dialog)
    assert dialog.pseudonymized.isChecked() and not dialog.pseudonymized.isEnabled()


def test_cancel_of_a_demo_fill_leaves_zero_cases(admin_vault, qtbot):
    card = DataCard(PageContext(admin_vault))
    qtbot.addWidget(card)
    idle(qtbot)
    assert card.demo_button.isVisibleTo(card)  # an empty vault may take demo records
    gate = threading.Event()
    QueryOp(None, lambda: gate.wait(10)).run()  # hold the worker so Cancel comes first
    try:
        card.fill_demo(40)
        task = card.task
        assert task is not None and task.dialog is not None and task.dialog.isVisible()
        task.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
        assert task.progress is not None and task.progress.cancelled
    finally:
        gate.set()
    idle(qtbot)
    assert _count(admin_vault, Case) == 0 and _count(admin_vault, Beneficiary) == 0
    assert "Cancelled" in card.message.text()
