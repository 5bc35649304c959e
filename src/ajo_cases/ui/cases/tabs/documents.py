"""Documents: scanned papers and photos, stored encrypted in the vault. Saving one out of the
vault makes an unencrypted copy, so the person is warned first."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from ajo_cases.domain.records_casework import AttachmentInfo, CaseDetail
from ajo_cases.services.casework import attachments
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import ListTab
from ajo_cases.ui.kit.dialogs import FormDialog, ask, confirm, tell
from ajo_cases.ui.kit.file_dialogs import choose_file_to_open, choose_file_to_save
from ajo_cases.ui.kit.form_widgets import VocabCombo
from ajo_cases.ui.kit.formatting import format_number
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.runtime.failures import show_failure

MAX_MB = attachments.MAX_ATTACHMENT_BYTES // (1024 * 1024)


def _size(info: AttachmentInfo) -> str:
    if info.size < 1024 * 1024:
        return format_number(max(1, info.size // 1024)) + "\u00a0KB"
    return format_number(info.size / (1024 * 1024), 1) + "\u00a0MB"


class DocumentsTab(ListTab):
    key = "documents"

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            [
                Column(
                    lambda: self.tr("Kind"),
                    lambda r: r.kind,
                    lambda r: label("attachment_kind", r.kind),
                ),
                Column(
                    lambda: self.tr("File name"),
                    lambda r: r.name or "",
                    lambda r: r.name if r.name is not None else self.tr("restricted"),
                ),
                Column(lambda: self.tr("Size"), lambda r: r.size, _size),
                Column(lambda: self.tr("Added by"), lambda r: r.created_by),
                Column(lambda: self.tr("Added on"), lambda r: r.created_at),
            ],
        )
        self.add_button, self.save_button, self.delete_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.add_button.clicked.connect(lambda: self.do_add())
        self.save_button.clicked.connect(lambda: self.do_save())
        self.delete_button.clicked.connect(self.do_delete)
        self.add_button.setVisible(self.may("documents"))
        self.save_button.setVisible(self.may("documents") and self.vault.may_read_personal)
        self.delete_button.setVisible(self.may("delete_documents"))
        self.lay_out(self.add_button, self.save_button, self.delete_button)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Documents")

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a document…"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.empty.setText(
            self.tr("No documents. Add scanned papers such as the signed consent form.")
        )
        self.model.retranslate()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.show_rows(detail.attachments)

    # --- adding --------------------------------------------------------------------------

    def do_add(self, path: Path | None = None, kind: str | None = None) -> None:
        """Choose a file (unless given), then its kind (unless given), then store it."""
        if self.detail is None or not self.may("documents"):
            return
        if path is None:
            self.dialog = choose_file_to_open(
                self, self.tr("Add a document"), lambda chosen: self.do_add(chosen, kind)
            )
            return
        if path.stat().st_size > attachments.MAX_ATTACHMENT_BYTES:
            self.dialog = tell(
                self,
                self.tr("Add a document"),
                self.tr("The file is too large. Documents may be at most %1 MB; scan at a "
                        "lower resolution or split the file.").replace("%1", str(MAX_MB)),
                warning=True,
            )  # fmt: skip
            return
        if kind is not None:
            self._store(path, kind)
            return
        dialog = FormDialog(self.tr("Add a document"), self.tr("Add"), self)
        dialog.say(path.name)
        chooser = dialog.add("kind", self.tr("Kind:"), VocabCombo("attachment_kind"))
        self.open_form(dialog, lambda: self._store(path, chooser.code() or "other"))

    def _store(self, path: Path, kind: str) -> None:
        if self.detail is None:
            return
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        case_id, vault = self.detail.case.id, self.vault
        self.change(
            lambda: attachments.add_attachment(
                vault, case_id, kind, path.name, media, path.read_bytes()
            )
        ).run()

    # --- saving a copy -------------------------------------------------------------------

    def do_save(self, target: Path | None = None) -> None:
        """Warn that the copy is not encrypted, choose where (unless given), then write."""
        info: AttachmentInfo | None = self.selected()
        if info is None:
            return
        if target is not None:
            self._write_copy(info, target)
            return
        self.dialog = ask(
            self,
            self.tr("Save a copy"),
            self.tr("The copy will not be encrypted: anyone with access to the folder can "
                    "open it. Save it only where it is protected, and delete it when done."),
            QMessageBox.StandardButton.Save,
            lambda: self._choose_target(info),
        )  # fmt: skip

    def _choose_target(self, info: AttachmentInfo) -> None:
        self.dialog = choose_file_to_save(
            self,
            self.tr("Save a copy"),
            lambda chosen: self._write_copy(info, chosen),
            suggested=attachments.safe_export_name(info.name),
        )

    def _write_copy(self, info: AttachmentInfo, destination: Path) -> None:
        vault = self.vault

        def write() -> None:
            attachments.save_copy(vault, info.id, destination)

        self.query(write).success(
            lambda _none: self.notice.emit(self.tr("The copy was saved."))
        ).failure(self._save_failed).run()

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.dialog = tell(
                self,
                self.tr("Save a copy"),
                self.tr("The file could not be written. Choose another folder."),
                warning=True,
            )
            return
        self.dialog = show_failure(self, exc)

    # --- deleting ------------------------------------------------------------------------

    def do_delete(self) -> None:
        info: AttachmentInfo | None = self.selected()
        if info is None or not self.may("delete_documents"):
            return
        name = info.name or label("attachment_kind", info.kind)
        text = self.tr(
            "Delete the document “%1” from this case? The file is removed from the vault and "
            "cannot be brought back; the history keeps that it existed."
        ).replace("%1", name)
        vault = self.vault
        self.dialog = confirm(
            self,
            self.tr("Delete a document"),
            text,
            self.tr("Delete the document"),
            lambda: self.change(
                lambda: attachments.delete_attachment(vault, info.id, expected_version=info.version)
            ).run(),
        )
