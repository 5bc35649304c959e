"""Administration › Data: import, export and demo records, each behind a dialog with progress.

Administrators import and export; a manager exports pseudonymized records only. "Fill with demo
records…" is offered only while the vault is empty of people or already a demo vault.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from ajo_cases.services.changes import Changes
from ajo_cases.services.demo import demo
from ajo_cases.services.demo.demo import DemoSummary
from ajo_cases.ui.admin.export_dialog import ExportDialog
from ajo_cases.ui.admin.import_wizard import ImportWizard
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.widgets import CardFrame, MessageLabel, heading, open_dialog
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import ChangeOp, Progress, QueryOp

DEMO_CASES = 300


class DataCard(CardFrame):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.is_admin = context.vault.role == "admin"
        self.dialog: QWidget | None = None  # the dialog last opened, for tests
        self.task: ChangeOp[DemoSummary] | None = None
        layout = self.body
        self.heading = heading()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.demo_button = QPushButton()
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.open_export)
        self.demo_button.clicked.connect(self.ask_demo_fill)
        self.import_button.setVisible(self.is_admin)
        self.demo_button.setVisible(False)  # until the vault is known to be empty or a demo
        self.message = MessageLabel(MessageLabel.NOTE)
        row = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.demo_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate()
        self.message.clear_message()
        self.check_demo()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Import and export"))
        if self.is_admin:
            self.hint.setText(
                self.tr(
                    "Bring in records from a CSV or Excel file, or export the records for "
                    "reports and for moving to another vault."
                )
            )
            self.export_button.setText(self.tr("Export…"))
        else:
            self.hint.setText(
                self.tr("Export the case records without names or contacts, for reporting.")
            )
            self.export_button.setText(self.tr("Export pseudonymized…"))
        self.import_button.setText(self.tr("Import…"))
        self.demo_button.setText(self.tr("Fill with demo records…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("person", "case"):
            self.check_demo()

    def check_demo(self) -> None:
        if self.is_admin:
            vault = self.context.vault
            QueryOp(self, lambda: demo.may_fill(vault)).success(self.demo_button.setVisible).run()

    def _show(self, dialog: ImportWizard | ExportDialog) -> None:
        self.dialog = dialog
        open_dialog(dialog)

    def open_import(self) -> None:
        self._show(ImportWizard(self.context, self))

    def open_export(self) -> None:
        self._show(ExportDialog(self.context, self))

    def ask_demo_fill(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Fill with demo records"))
        dialog.setLabelText(
            self.tr("Invented people and cases for training and trying things out. How many cases?")
        )
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 100_000)
        dialog.setIntValue(DEMO_CASES)
        dialog.intValueSelected.connect(self.fill_demo)
        self.dialog = dialog
        open_dialog(dialog)

    def fill_demo(self, cases: int) -> None:
        vault, progress = self.context.vault, Progress()
        self.message.clear_message()
        self.demo_button.setEnabled(False)
        self.task = ChangeOp(
            self, self.context.changes, lambda: demo.fill_demo(vault, cases, progress=progress)
        )
        self.task.success(self._demo_done).failure(self._demo_failed).with_progress(
            self.tr("Adding demo records…"), progress
        ).run()

    def _demo_done(self, summary: DemoSummary) -> None:
        self.task = None
        self.demo_button.setEnabled(True)
        if summary.cancelled:
            self.message.show_message(self.tr("Cancelled. No demo records were added."))
            return
        self.message.show_message(
            self.tr("Added %1 demo cases.").replace("%1", str(summary["cases"]))
        )

    def _demo_failed(self, exc: BaseException) -> None:
        self.task = None
        self.demo_button.setEnabled(True)
        self.message.show_message(failure_text(exc).sentence)
