"""Export the case records to a CSV, XLSX or HTCDS file (services.exporter).

A manager exports pseudonymized records only. The file lies outside the encrypted vault, which
the dialog says before anything is written; the export is written to a temporary file and
renamed at the end, so Cancel leaves no half-written file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.services.exchange import exporter
from ajo_cases.services.exchange.exporter import ExportSummary
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.file_dialogs import choose_file_to_save
from ajo_cases.ui.kit.widgets import MessageLabel
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import Progress, QueryOp

_SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "htcds": ".csv"}


class ExportDialog(QDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vault = context.vault
        self.full_allowed = self.vault.role == "admin" and self.vault.may_read_personal
        self.summary: ExportSummary | None = None
        self.task: QueryOp[ExportSummary] | None = None
        self.progress: Progress | None = None
        self.file_format = QComboBox()
        for code in exporter.FORMATS:
            self.file_format.addItem("", code)
        self.file_format.currentIndexChanged.connect(self._format_changed)
        self.pseudonymized = QCheckBox()
        self.pseudonymized.setChecked(True)
        self.pseudonymized.setEnabled(self.full_allowed)  # forced on for everyone else
        self.target = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.warning = MessageLabel(MessageLabel.WARNING)
        self.message = MessageLabel(MessageLabel.NOTE)
        self.format_label, self.pseudo_label, self.target_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.format_label, self.file_format)
        form.addRow(self.pseudo_label, self.pseudonymized)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse_button)
        form.addRow(self.target_label, target_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        self.target.textChanged.connect(lambda _text: self._update())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.message.clear_message()
        self._update()
        self.resize(620, 300)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export records"))
        names = {
            "csv": self.tr("CSV table (import layout)"),
            "xlsx": self.tr("Excel workbook (XLSX, import layout)"),
            "htcds": self.tr("HTCDS data standard (CSV)"),
        }
        for index in range(self.file_format.count()):
            self.file_format.setItemText(index, names[self.file_format.itemData(index)])
        self.format_label.setText(self.tr("Format:"))
        self.pseudo_label.setText(self.tr("Names and contacts:"))
        self.pseudonymized.setText(self.tr("Leave out (pseudonymized export)"))
        if not self.full_allowed:
            self.pseudonymized.setToolTip(
                self.tr("Your role may export pseudonymized records only.")
            )
        self.target_label.setText(self.tr("Save as:"))
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.warning.show_message(
            self.tr(
                "The exported file is not encrypted and lies outside the vault. Keep it on an "
                "encrypted drive, share it only as agreed, and delete it when it is no longer "
                "needed."
            )
        )

    def _format_changed(self, _index: int) -> None:
        text = self.target.text().strip()
        if text:
            self.target.setText(str(Path(text).with_suffix(_SUFFIX[self.chosen_format()])))

    def chosen_format(self) -> str:
        return str(self.file_format.currentData())

    def _update(self) -> None:
        busy = self.task is not None
        for widget in (self.file_format, self.target, self.browse_button):
            widget.setEnabled(not busy)
        self.pseudonymized.setEnabled(not busy and self.full_allowed)
        self.export_button.setEnabled(not busy and bool(self.target.text().strip()))

    def browse(self) -> None:
        suffix = _SUFFIX[self.chosen_format()]
        choose_file_to_save(
            self,
            self.tr("Save the export as"),
            lambda path: self.target.setText(
                str(path if path.suffix else path.with_suffix(suffix))
            ),
            suggested=self.target.text() or f"ajo-cases-export{suffix}",
            filters=self.tr("Export files (*%1)").replace("%1", suffix),
            suffix=suffix.lstrip("."),
        )

    def run_export(self) -> None:
        text = self.target.text().strip()
        if not text or self.task is not None:
            return
        path = Path(text)
        if not path.parent.is_dir():
            self.message.show_message(self.tr("The folder does not exist. Choose another."))
            return
        vault, file_format = self.vault, self.chosen_format()
        pseudonymized = self.pseudonymized.isChecked() or not self.full_allowed

        progress = self.progress = Progress()

        def work() -> ExportSummary:
            return exporter.export_records(
                vault, file_format, path, pseudonymized=pseudonymized, progress=progress
            )

        self.message.clear_message()
        self.task = QueryOp(self, work).success(self._done).failure(self._failed)
        self.task.with_progress(self.tr("Exporting…"), progress).run()
        self._update()

    def _done(self, summary: ExportSummary) -> None:
        self.task = None
        self.summary = summary
        sentence = self.tr("Written: %1 cases in %2 rows.")
        if summary.excluded:
            sentence += " " + self.tr(
                "%3 cases were left out because the person withdrew consent to statistics."
            )
        self.message.show_message(
            sentence.replace("%1", str(summary.cases))
            .replace("%2", str(summary.rows))
            .replace("%3", str(summary.excluded))
        )
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if self.progress is not None and self.progress.cancelled:
            self.message.show_message(self.tr("Cancelled. No file was written."))
        else:
            self.message.show_message(failure_text(exc).sentence)
        self._update()
