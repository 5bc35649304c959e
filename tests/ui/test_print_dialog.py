"""The print dialog: preview from memory (no temp files), sections, documents, saving, printing."""

import os
import tempfile
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.printing.print_dialog import PrintDialog, render_to_printer
from tests.reports import pdfcheck
from tests.reports.casebuilder import TAJIK, build_case
from tests.ui.case_helpers import idle


def _files_under(folder: str) -> set[str]:
    found = set()
    for root, _dirs, files in os.walk(folder):
        found.update(os.path.join(root, name) for name in files)
    return found


def _open(qtbot, vault):
    built = build_case(vault)
    dialog = PrintDialog(PageContext(vault), built.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return built, dialog


def _preview(qtbot, dialog):
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=20_000)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0)


def test_preview_has_pages_and_writes_no_temp_files(qtbot, admin_vault, tmp_path, monkeypatch):
    # A private temp folder: other processes share /tmp, and Qt, SQLite and Python all pick
    # theirs from TMPDIR, so anything this process writes there shows up here.
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    _built, dialog = _open(qtbot, admin_vault)
    assert tempfile.gettempdir() == str(private)
    before = _files_under(tempfile.gettempdir())
    _preview(qtbot, dialog)
    assert dialog.document.pageCount() >= 2
    assert dialog.save_button.isEnabled()
    qtbot.wait(200)  # anything written lazily would show up by now
    new = _files_under(tempfile.gettempdir()) - before
    assert not new, sorted(new)


def test_sections_and_language_reach_the_document(qtbot, admin_vault):
    _built, dialog = _open(qtbot, admin_vault)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    for section, check in dialog.section_checks.items():
        check.setChecked(section == "assistance")
    assert not dialog.print_button.isEnabled()  # changed choices wait for a new preview
    _preview(qtbot, dialog)
    text = pdfcheck.full_text(dialog.pdf)
    assert "Помощь" in text and TAJIK.family_name not in text


def test_referral_and_handover_are_offered_for_the_case(qtbot, admin_vault):
    built, dialog = _open(qtbot, admin_vault)
    dialog.kind.setCurrentIndex(dialog.kind.findData("referral"))
    qtbot.waitUntil(lambda: dialog.target.count() == 1, timeout=10_000)
    assert dialog.target.currentData() == built.referral_id and not dialog.sections_box.isVisible()
    _preview(qtbot, dialog)
    assert TAJIK.given_name in pdfcheck.full_text(dialog.pdf)
    dialog.kind.setCurrentIndex(dialog.kind.findData("handover"))
    assert dialog.target.currentData() == built.grant_id
    _preview(qtbot, dialog)
    assert pdfcheck.full_text(dialog.pdf).count("Мошини дӯзандагӣ") == 1


def test_no_sections_means_no_preview(qtbot, admin_vault):
    _built, dialog = _open(qtbot, admin_vault)
    for check in dialog.section_checks.values():
        check.setChecked(False)
    dialog.refresh_preview()
    assert "section" in dialog.status.text() and dialog.pdf is None


def test_save_writes_exactly_the_previewed_bytes(qtbot, admin_vault, tmp_path: Path):
    _built, dialog = _open(qtbot, admin_vault)
    _preview(qtbot, dialog)
    target = tmp_path / "out" / "summary"
    target.parent.mkdir()
    dialog.save_to(target)
    idle(qtbot)
    assert dialog.status.text() == "Saved. The file is not encrypted."
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == dialog.pdf
    assert [p.name for p in target.parent.iterdir()] == ["summary.pdf"]


def test_pages_render_onto_a_printer(qtbot, admin_vault, tmp_path: Path):
    _built, dialog = _open(qtbot, admin_vault)
    _preview(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for the spooler
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert render_to_printer(dialog.document, printer) == dialog.document.pageCount()
    assert len(pdfcheck.reader((tmp_path / "printed.pdf").read_bytes()).pages) >= 2


def test_closing_drops_the_document(qtbot, admin_vault):
    _built, dialog = _open(qtbot, admin_vault)
    _preview(qtbot, dialog)
    dialog.reject()
    assert dialog.pdf is None and dialog.document.pageCount() == 0
