"""Import people, cases and assistance from a CSV or XLSX file.

Choosing a file checks every row first (a dry run) and lists the problems by row and column.
Only a file without problems can be imported; the import writes all rows or none, and Cancel
rolls it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.services.exchange import importer
from ajo_cases.services.exchange.import_rows import ImportProblem
from ajo_cases.services.exchange.importer import ImportReport
from ajo_cases.ui.admin.import_problems import problem_text
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.file_dialogs import choose_file_to_open
from ajo_cases.ui.kit.widgets import MessageLabel
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import ChangeOp, Progress


class ImportDialog(QDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.task: ChangeOp[ImportReport] | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check)
        self.summary = MessageLabel(MessageLabel.NOTE)
        self.problems = QTableWidget(0, 3)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)
        self.problems.verticalHeader().hide()
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.summary.clear_message()
        self._update()
        self.resize(760, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import records"))
        self.hint.setText(
            self.tr(
                "Choose a CSV or Excel (XLSX) file in the import format. Every row is checked "
                "first; nothing is written unless all rows are correct."
            )
        )
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.check_button.setText(self.tr("Check again"))
        self.import_button.setText(self.tr("Import"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )

    def _update(self) -> None:
        busy = self.task is not None
        self.choose_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy and self.path is not None)
        ready = self.report is not None and self.report.ok and not self.report.written
        self.import_button.setEnabled(not busy and ready)

    def choose(self) -> None:
        choose_file_to_open(
            self,
            self.tr("Choose the file to import"),
            self.chosen,
            filters=self.tr("Tables (*.csv *.xlsx);;All files (*)"),
        )

    def chosen(self, path: Path) -> None:
        self.set_path(path)
        self.check()

    def set_path(self, path: Path) -> None:
        self.path = path
        self.report = None
        self.file.setText(str(path))
        self._show_problems(())
        self.summary.clear_message()
        self._update()

    def check(self) -> None:
        """The dry run: every row checked, nothing written."""
        self._start(dry_run=True, label=self.tr("Checking the rows…"))

    def run_import(self) -> None:
        if self.report is not None and self.report.ok:
            self._start(dry_run=False, label=self.tr("Importing…"))

    def _start(self, *, dry_run: bool, label: str) -> None:
        path = self.path
        if path is None or self.task is not None:
            return
        vault, progress = self.context.vault, Progress()

        def work() -> ImportReport:
            return importer.import_file(vault, path, dry_run=dry_run, progress=progress)

        # A dry run changes nothing: its report's changes are empty, so nothing is announced.
        self.task = ChangeOp(self, self.context.changes, work)
        self.task.success(self._done).failure(self._failed).with_progress(label, progress).run()
        self._update()

    def _done(self, report: ImportReport) -> None:
        self.task = None
        self.report = report
        self._show_problems(report.problems)
        if report.cancelled:
            self.report = None
            self.summary.show_message(self.tr("Cancelled. Nothing was imported."))
        elif report.problems:
            self.summary.show_message(
                self.tr("%1 problems found. Nothing was imported: correct the file and check "
                        "it again.").replace("%1", str(len(report.problems)))
            )  # fmt: skip
        elif report.written:
            self.summary.show_message(self._counts(self.tr("Imported: %1.")))
        else:
            self.summary.show_message(
                self._counts(self.tr("No problems found in %2 rows. Ready to import: %1."))
            )
        self._update()

    def _counts(self, sentence: str) -> str:
        assert self.report is not None
        counts = (
            self.tr("%1 people, %2 cases, %3 assistance records")
            .replace("%1", str(self.report.people))
            .replace("%2", str(self.report.cases))
            .replace("%3", str(self.report.assistance))
        )
        return sentence.replace("%2", str(self.report.rows)).replace("%1", counts)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.report = None
        self.summary.show_message(failure_text(exc).sentence)
        self._update()

    def _show_problems(self, problems: Sequence[ImportProblem]) -> None:
        self.problems.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            where = str(problem.row) if problem.row else self.tr("file")
            cells = [where, problem.column, problem_text(problem)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(problem.code)
                self.problems.setItem(row, column, item)
        self.problems.setVisible(bool(problems))
