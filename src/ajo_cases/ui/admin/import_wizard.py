"""Import, as a wizard: the file and its sheet, what each column holds, every row checked with
a preview of the people and a drop-down for each word that matched no code, then the import
with progress (Cancel rolls it back) and a report to keep.

The file's first rows are read on the worker to find the header and propose the columns
(services.exchange.importer.preview_file); the check is a dry run of the import with the
choices made; the import writes all checked people or none (or leaves out the rows with
problems when the person ticked that, and says which).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ajo_cases.services.exchange import importer
from ajo_cases.services.exchange.import_mapping import ImportMapping, read_mapping_file
from ajo_cases.services.exchange.importer import FilePreview, ImportReport
from ajo_cases.services.exchange.read_limits import ReadProblem
from ajo_cases.ui.admin.import_check_page import CheckPage
from ajo_cases.ui.admin.import_columns_page import ColumnsPage
from ajo_cases.ui.admin.import_problems import problem_text
from ajo_cases.ui.admin.import_report import ImportPage
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.file_dialogs import choose_file_to_open
from ajo_cases.ui.kit.widgets import MessageLabel
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import ChangeOp, Progress, QueryOp


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.sheet_label = QLabel()
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _index: wizard.load_preview())
        self.mapping_button = QPushButton()
        self.mapping_button.clicked.connect(self.choose_mapping)
        self.mapping_name = QLabel()
        self.message = MessageLabel(MessageLabel.ERROR)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_button)
        mapping_row.addWidget(self.mapping_name, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(file_row)
        layout.addLayout(sheet_row)
        layout.addLayout(mapping_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.show_sheets(())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel (XLSX) file: in the import format, or your own register with "
                "headers in Tajik, Russian or English. The header row and the columns are found "
                "for you."
            )
        )
        self.hint.setText(self.tr("Nothing is written until the last step."))
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.sheet_label.setText(self.tr("Sheet:"))
        self.mapping_button.setText(self.tr("Use saved column choices…"))

    def choose(self) -> None:
        self.owner.dialog = choose_file_to_open(
            self, self.tr("Choose the file to import"), self.owner.set_path,
            filters=self.tr("Tables (*.csv *.xlsx);;All files (*)"),
        )  # fmt: skip

    def choose_mapping(self) -> None:
        self.owner.dialog = choose_file_to_open(
            self, self.tr("Choose saved column choices"), self.owner.use_mapping_file,
            filters=self.tr("Mapping files (*.json)"),
        )  # fmt: skip

    def show_sheets(self, sheets: tuple[str, ...], current: str = "") -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(sheets))
        if current:
            self.sheet.setCurrentText(current)
        self.sheet.blockSignals(False)
        self.sheet.setVisible(len(sheets) > 1)
        self.sheet_label.setVisible(len(sheets) > 1)

    def isComplete(self) -> bool:
        return self.owner.preview is not None


class ImportWizard(QWizard):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.context = context
        self.vault = context.vault
        self.path: Path | None = None
        self.saved_mapping: ImportMapping | None = None
        self.preview: FilePreview | None = None
        self.mapping: ImportMapping | None = None
        self.report: ImportReport | None = None  # the last check (a dry run)
        self.imported: ImportReport | None = None  # the import
        self.dialog: QWidget | None = None  # the dialog last opened, for tests
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.columns_page, self.check_page, self.import_page):
            self.addPage(page)
        self.retranslate()
        self.resize(980, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import records"))
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
            (QWizard.WizardButton.FinishButton, self.tr("Close")),
        ):
            self.setButtonText(button, text)
        for page in (self.file_page, self.columns_page, self.check_page, self.import_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the file ------------------------------------------------------------------------

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_page.file.setText(str(path))
        self.file_page.show_sheets(())
        self.load_preview()

    def use_mapping_file(self, path: Path) -> None:
        def work() -> ImportMapping:
            return read_mapping_file(path)

        def loaded(mapping: ImportMapping) -> None:
            self.saved_mapping = mapping
            self.file_page.mapping_name.setText(path.name)
            self.load_preview()

        QueryOp(self, work).success(loaded).failure(self._preview_failed).run()

    def load_preview(self) -> None:
        path = self.path
        if path is None:
            return
        sheet = self.file_page.sheet.currentText() or None
        saved = self.saved_mapping
        self.preview = None
        self.file_page.completeChanged.emit()
        self.file_page.message.clear_message()

        def work() -> FilePreview:
            return importer.preview_file(path, sheet=sheet, mapping=saved)

        QueryOp(self, work).success(self._previewed).failure(self._preview_failed).run()

    def _previewed(self, preview: FilePreview) -> None:
        self.preview = preview
        self.mapping = preview.mapping
        self.file_page.show_sheets(preview.sheets, preview.sheet)
        self.file_page.completeChanged.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview = None
        if isinstance(exc, ReadProblem):
            text = problem_text(importer.file_problem(exc))
        elif isinstance(exc, ValueError):  # MappingInvalid
            text = self.tr("The saved column choices cannot be used: %1").replace("%1", str(exc))
        else:
            text = failure_text(exc).sentence
        self.file_page.message.show_message(text)
        self.file_page.completeChanged.emit()

    # --- the check and the import ----------------------------------------------------------

    def add_words(self, words: dict[str, dict[str, str]]) -> None:
        if self.mapping is None:
            return
        for field, chosen in words.items():
            self.mapping.values.setdefault(field, {}).update(chosen)

    def run_check(self) -> None:
        self.report = None
        self.check_page.completeChanged.emit()
        self._run(dry_run=True, label=self.tr("Checking every row…"))

    def run_import(self) -> None:
        if self.report is not None and self.report.importable and self.imported is None:
            self._run(dry_run=False, label=self.tr("Importing…"))

    def _run(self, *, dry_run: bool, label: str) -> None:
        path, mapping = self.path, self.mapping
        if path is None or mapping is None:
            return
        vault, progress = self.vault, Progress()
        skip = self.check_page.skip.isChecked()
        sheet = self.preview.sheet if self.preview is not None and self.preview.sheet else None

        def work() -> ImportReport:
            return importer.import_file(
                vault, path, dry_run=dry_run, progress=progress, sheet=sheet, mapping=mapping,
                skip_invalid=skip,
            )  # fmt: skip

        done = self._checked if dry_run else self._imported
        ChangeOp(self, self.context.changes, work).success(done).failure(
            self._run_failed).with_progress(label, progress).run()  # fmt: skip

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        self.check_page.show_report(report)

    def _imported(self, report: ImportReport) -> None:
        self.imported = report
        self.import_page.show_result(report)

    def _run_failed(self, exc: BaseException) -> None:
        sentence = failure_text(exc).sentence
        if self.currentPage() is self.import_page:
            self.import_page.message.show_message(sentence)
        else:
            self.check_page.summary.show_message(sentence)
