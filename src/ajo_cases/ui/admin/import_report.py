"""The import wizard's last step: import (with progress; Cancel rolls back), then what was
imported, which rows were left out, and a report to keep as a text file.

The saved report holds counts, row numbers, columns and the problems in words, never a cell's
value, so it holds no one's personal data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from ajo_cases.services.exchange.importer import ImportReport, save_report_text
from ajo_cases.ui.admin.import_fields import field_label
from ajo_cases.ui.admin.import_problems import note_text, problem_text
from ajo_cases.ui.kit.file_dialogs import choose_file_to_save
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.widgets import MessageLabel
from ajo_cases.ui.runtime.operations import QueryOp

if TYPE_CHECKING:
    from ajo_cases.ui.admin.import_wizard import ImportWizard


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setFinalPage(True)
        self.ready = QLabel()
        self.ready.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(wizard.run_import)
        self.message = MessageLabel(MessageLabel.NOTE)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_report)
        self.save_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ready)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()
        self.message.clear_message()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import"))
        self.import_button.setText(self.tr("Import"))
        self.save_button.setText(self.tr("Save the report…"))

    def initializePage(self) -> None:
        report = self.owner.report
        if report is None:
            return
        sentence = (
            self.tr("Ready to import %1 people with %2 assistance records.")
            .replace("%1", str(report.people))
            .replace("%2", str(report.assistance))
        )
        if report.skipped_rows:
            sentence += " " + self.tr("%1 rows with problems will be left out.").replace(
                "%1", str(len(report.skipped_rows))
            )
        self.ready.setText(sentence)
        self.import_button.setEnabled(self.owner.imported is None)

    def show_result(self, report: ImportReport) -> None:
        self.import_button.setEnabled(False)
        if report.cancelled:
            self.message.show_message(self.tr("Cancelled. Nothing was imported."))
            self.import_button.setEnabled(True)
            self.owner.imported = None
            return
        sentence = (
            self.tr("Imported %1 people and cases and %2 assistance records.")
            .replace("%1", str(report.people))
            .replace("%2", str(report.assistance))
        )
        if report.skipped_rows:
            sentence += " " + self.tr("Rows left out: %1.").replace(
                "%1", ", ".join(str(n) for n in report.skipped_rows[:50])
            )
        self.message.show_message(sentence)
        self.save_button.setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.imported is not None and self.owner.imported.written

    def report_lines(self) -> list[str]:
        report = self.owner.imported or self.owner.report
        if report is None:
            return []
        from datetime import date

        lines = [
            self.tr("Import report, %1").replace("%1", format_date(date.today())),
            self.tr("File: %1").replace("%1", self.owner.path.name if self.owner.path else ""),
            self.tr("Imported %1 people and cases and %2 assistance records.")
            .replace("%1", str(report.people if report.written else 0))
            .replace("%2", str(report.assistance if report.written else 0)),
        ]
        if report.skipped_rows:
            lines.append(self.tr("Rows left out: %1.").replace(
                "%1", ", ".join(str(n) for n in report.skipped_rows)))  # fmt: skip
        lines += [note_text(note) for note in report.notes]
        for problem in report.problems:
            column = field_label(problem.column) if problem.column else ""
            lines.append(f"{problem.row}\t{column}\t{problem_text(problem)}")
        return lines

    def save_report(self) -> None:
        lines = self.report_lines()

        def write(path: Path) -> None:
            QueryOp(self, lambda: save_report_text(path, lines)).success(
                lambda saved: self.message.show_message(
                    self.tr("Report saved to %1.").replace("%1", str(saved))
                )
            ).run()

        self.owner.dialog = choose_file_to_save(
            self, self.tr("Save the import report"), write, suggested="import-report.txt",
            suffix="txt", filters=self.tr("Text files (*.txt)"),
        )  # fmt: skip
