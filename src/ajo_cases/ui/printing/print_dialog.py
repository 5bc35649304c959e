"""Print…: pick the document, its language and (for a case summary) the sections, look at the
preview, then print or save it.

The PDF lives only in memory: it is built on the worker thread, shown by QtPdf reading from a
QBuffer, rendered page by page onto the printer, and written to disk only where the person
saves it, after a warning that the saved file is not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records_casework import ReferralRecord
from ajo_cases.domain.records_grants import GrantRecord
from ajo_cases.reports.case_summary import SECTIONS
from ajo_cases.services import printing
from ajo_cases.services.casework import grant_records, referrals
from ajo_cases.ui.app.i18n import current_language
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.dialogs import ask
from ajo_cases.ui.kit.file_dialogs import choose_file_to_save
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.widgets import fitted, open_dialog
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import QueryOp

LANGUAGE_NAMES = {"tg": "Тоҷикӣ", "ru": "Русский", "en": "English"}  # each in its own tongue
MAX_PRINT_DPI = 300  # enough for text; higher only makes page images huge


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page as an image fitted to the printable area; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            area = painter.viewport()
            scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), scaled), image)
    finally:
        painter.end()
    return document.pageCount()


class PrintDialog(QDialog):
    """Opened from the case window with kit.widgets.open_dialog."""

    def __init__(self, context: PageContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.pdf: bytes | None = None
        self._buffer: QBuffer | None = None
        self._generation = 0  # a preview built for older choices is dropped
        self._closed = False
        self._referrals: list[ReferralRecord] = []
        self._grants: list[GrantRecord] = []
        self.dialog: QWidget | None = None  # a question or the printer dialog, for tests
        self.setModal(True)
        self.resize(fitted(980, 660))

        self.kind = QComboBox()
        self.target = QComboBox()
        self.target_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.sections_box = QGroupBox()
        self.section_checks: dict[str, QCheckBox] = {}
        sections_layout = QVBoxLayout(self.sections_box)
        for section in SECTIONS:
            check = QCheckBox()
            check.setChecked(True)
            check.toggled.connect(self._choices_changed)
            self.section_checks[section] = check
            sections_layout.addWidget(check)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.refresh_preview)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        self.kind_label, self.language_label = QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.target_label, self.target)
        form.addRow(self.language_label, self.language)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.sections_box)
        side.addWidget(self.preview_button)
        side.addWidget(self.status)
        side.addStretch(1)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addLayout(side, 0)
        body.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.target.currentIndexChanged.connect(self._choices_changed)
        self.language.currentIndexChanged.connect(self._choices_changed)
        self._set_ready(False)
        self._kind_changed()
        self._load_targets()

    # --- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print"))
        names = {
            "case": self.tr("Case summary"),
            "referral": self.tr("Referral form"),
            "handover": self.tr("Grant handover certificate"),
        }
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for code in printing.DOCUMENTS:
            self.kind.addItem(names[code], code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("Document"))
        self.language_label.setText(self.tr("Language of the document"))
        self.sections_box.setTitle(self.tr("Sections"))
        labels = {
            "profile": self.tr("Personal details"),
            "trafficking": self.tr("Trafficking details"),
            "consent": self.tr("Consent"),
            "plan": self.tr("Assessment and plan"),
            "assistance": self.tr("Assistance"),
            "stays": self.tr("Shelter stays"),
            "referrals": self.tr("Referrals"),
            "grants": self.tr("Reintegration grant"),
            "follow_ups": self.tr("Follow-up"),
        }
        for section, check in self.section_checks.items():
            check.setText(labels[section])
        self.preview_button.setText(self.tr("Preview"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self._update_target_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_target_label(self) -> None:
        kind = self.kind.currentData()
        self.target_label.setText(self.tr("Referral") if kind == "referral" else self.tr("Grant"))

    # --- choices -------------------------------------------------------------------------------

    def _load_targets(self) -> None:
        vault, case_id = self.context.vault, self.case_id

        def load() -> tuple[list[ReferralRecord], list[GrantRecord]]:
            return (
                referrals.list_referrals(vault, case_id=case_id),
                grant_records.list_grants(vault, case_id=case_id),
            )

        QueryOp(self, load).success(self._targets_loaded).failure(self._failed).run()

    def _targets_loaded(self, found: tuple[list[ReferralRecord], list[GrantRecord]]) -> None:
        if self._closed:
            return
        self._referrals, self._grants = found
        self._fill_targets()

    def _fill_targets(self) -> None:
        kind = self.kind.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        if kind == "referral":
            for r in self._referrals:
                self.target.addItem(
                    f"{format_date(r.sent_on or r.created_on)} · {r.partner_name}", r.id
                )
        elif kind == "handover":
            for g in self._grants:
                self.target.addItem(f"{format_date(g.created_on)} · {g.form.title or ''}", g.id)
        self.target.blockSignals(False)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.sections_box.setVisible(kind == "case")
        self.target.setVisible(kind != "case")
        self.target_label.setVisible(kind != "case")
        self._update_target_label()
        self._fill_targets()
        self._choices_changed()

    def _choices_changed(self) -> None:
        """What is shown no longer matches the choices: print and save wait for a new preview."""
        self._generation += 1
        self._set_ready(False)
        self.status.setText(self.tr("Press Preview to see the document."))

    def selected_sections(self) -> tuple[str, ...]:
        return tuple(s for s, check in self.section_checks.items() if check.isChecked())

    # --- building and preview ------------------------------------------------------------------

    def refresh_preview(self) -> None:
        kind, lang = self.kind.currentData(), self.language.currentData()
        vault, case_id, target = self.context.vault, self.case_id, self.target.currentData()
        sections = self.selected_sections()
        if kind == "case" and not sections:
            self.status.setText(self.tr("Choose at least one section."))
            return
        if kind != "case" and not target:
            self.status.setText(self.tr("This case has nothing of this kind to print."))
            return

        def build() -> bytes:  # runs on the worker thread: plain values only, no widgets
            if kind == "case":
                return printing.case_summary_pdf(vault, case_id, sections, lang)
            if kind == "referral":
                return printing.referral_pdf(vault, target, lang)
            return printing.handover_pdf(vault, target, lang)

        self._generation += 1
        generation = self._generation
        self._set_ready(False)
        self.preview_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the document…"))
        QueryOp(self, build).success(lambda pdf: self._show(pdf, generation)).failure(
            self._failed
        ).run()

    def _show(self, pdf: bytes, generation: int) -> None:
        if self._closed:
            return
        self.preview_button.setEnabled(True)
        if generation != self._generation:
            return  # the choices changed while it was being built
        self._drop_document()
        self.pdf = pdf
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)  # from memory: nothing is written to a temp folder
        self._set_ready(True)
        self.status.setText(self.tr("%n page(s).", "", self.document.pageCount()))

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.preview_button.setEnabled(True)
        self._set_ready(False)
        self.status.setText(failure_text(exc).sentence)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _drop_document(self) -> None:
        self.document.close()
        self.pdf = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    # --- print and save ------------------------------------------------------------------------

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        self.dialog = dialog
        open_dialog(dialog, lambda: self.print_to(printer))

    def print_to(self, printer: QPrinter) -> None:
        try:
            render_to_printer(self.document, printer)
        except OSError:
            self.status.setText(self.tr("The printer could not be started."))

    def save_document(self) -> None:
        """Warn that the file is not encrypted, ask where, then write it on the worker."""
        self.dialog = ask(
            self,
            self.tr("Save as PDF"),
            self.tr(
                "The saved file is not encrypted: anyone who can open the folder can read the "
                "personal data in it. Save it only where it is protected, and delete it when it "
                "is no longer needed."
            ),
            QMessageBox.StandardButton.Save,
            self._choose_file,
        )

    def _choose_file(self) -> None:
        self.dialog = choose_file_to_save(
            self,
            self.tr("Save as PDF"),
            self.save_to,
            filters=self.tr("PDF documents (*.pdf)"),
            suffix="pdf",
        )

    def save_to(self, path: Path) -> None:
        """Write the document shown (no second copy is kept beside it)."""
        pdf = self.pdf
        if pdf is None:
            return
        QueryOp(self, lambda: printing.save_pdf(path, pdf)).success(
            lambda _where: self.status.setText(self.tr("Saved. The file is not encrypted."))
        ).failure(self._save_failed).run()

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.status.setText(self.tr("The file could not be saved there."))
        else:
            self.status.setText(failure_text(exc).sentence)

    def done(self, result: int) -> None:
        self._closed = True
        self._drop_document()  # the personal data leaves memory with the dialog
        super().done(result)
