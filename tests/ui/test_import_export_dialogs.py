"""Import, export and demo fill behind progress dialogs with Cancel."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from ajo_cases.storage.models import Beneficiary, Case
from ajo_cases.ui.admin.data_card import DataCard
from ajo_cases.ui.admin.export_dialog import ExportDialog
from ajo_cases.ui.admin.import_dialog import ImportDialog
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


def _import_dialog(vault, qtbot, path):
    dialog = ImportDialog(PageContext(vault))
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    dialog.check()
    idle(qtbot)
    return dialog


def test_a_small_valid_csv_imports(admin_vault, qtbot, tmp_path):
    dialog = _import_dialog(admin_vault, qtbot, _write(tmp_path / "ok.csv", ROWS))
    assert dialog.report is not None and dialog.report.ok and dialog.report.dry_run
    assert _count(admin_vault, Case) == 0  # the check writes nothing
    assert dialog.import_button.isEnabled()
    assert "Ready to import" in dialog.summary.text()
    dialog.import_button.click()
    idle(qtbot)
    assert dialog.report.written
    assert _count(admin_vault, Case) == 2 and _count(admin_vault, Beneficiary) == 2
    assert "Imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # not twice


def test_a_bad_date_shows_the_problem_and_imports_nothing(admin_vault, qtbot, tmp_path):
    rows = [ROWS[0], ROWS[1].replace("2025-03-01", "31.02.2025")]
    dialog = _import_dialog(admin_vault, qtbot, _write(tmp_path / "bad.csv", rows))
    assert not dialog.report.ok
    assert dialog.problems.isVisibleTo(dialog) and dialog.problems.rowCount() >= 1
    assert dialog.problems.item(0, 0).text() == "3"
    assert dialog.problems.item(0, 1).text() == "opened_on"
    assert "Not a date" in dialog.problems.item(0, 2).text()
    assert "Nothing was imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.run_import()  # refused: the file has problems
    idle(qtbot)
    assert _count(admin_vault, Case) == 0


def test_export_writes_a_file(admin_vault, qtbot, tmp_path):
    importing = _import_dialog(admin_vault, qtbot, _write(tmp_path / "ok.csv", ROWS))
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
