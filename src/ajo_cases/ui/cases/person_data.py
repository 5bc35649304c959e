"""The person's data, from the case window: a copy of everything held about them (PDF in a
chosen language, or JSON), and erasing it for good (administrators, after a confirmation that
names the cases, the documents and that it cannot be undone)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import erasure, person_export
from ajo_cases.services.people.erasure import ErasurePlan, ErasureResult
from ajo_cases.ui.app.i18n import current_language
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.dialogs import FormDialog, tell, text_box
from ajo_cases.ui.kit.file_dialogs import choose_file_to_save
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.printing.print_dialog import LANGUAGE_NAMES
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp


class ExportPersonDialog(FormDialog):
    """The format and language of the copy; then where to save it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Copy of the person's data"), self.tr("Save as…"), parent)
        self.say(
            self.tr(
                "Everything held about the person in all their cases: personal details, every "
                "consent answer, what was shared with which organisation, the documents held, "
                "each case in full, and who viewed or changed the record. The saved file is "
                "not encrypted: hand it only to the person, and delete it afterwards."
            )
        )
        self.file_format = self.add("format", self.tr("Format"), QComboBox())
        self.file_format.addItem(self.tr("PDF document"), "pdf")
        self.file_format.addItem(self.tr("JSON data (to move the data elsewhere)"), "json")
        self.language = self.add("lang", self.tr("Language"), QComboBox())
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.file_format.currentIndexChanged.connect(
            lambda: self.language.setEnabled(self.file_format.currentData() == "pdf")
        )


def export_copy(
    owner: QWidget, vault: OpenVault, person_id: str, code: str, done: Callable[[str], None]
) -> ExportPersonDialog:
    """Ask the format and language, then the file; build and write the copy on the worker."""
    dialog = ExportPersonDialog(owner)

    def chosen() -> None:
        file_format = str(dialog.file_format.currentData())
        lang = str(dialog.language.currentData())

        def save(path: Path) -> None:
            def work() -> Path:
                data = person_export.export_person(vault, person_id, file_format, lang)
                return person_export.save_copy(path, data)

            QueryOp(owner, work).success(
                lambda written: done(
                    QCoreApplication.translate(
                        "PersonData", "Saved to %1. The file is not encrypted."
                    ).replace("%1", str(written))
                )
            ).with_progress(QCoreApplication.translate("PersonData", "Making the copy…")).run()

        title = QCoreApplication.translate("PersonData", "Save the copy of the person's data")
        choose_file_to_save(
            owner, title, save, suggested=f"{code}-data.{file_format}", suffix=file_format,
            filters="PDF (*.pdf)" if file_format == "pdf" else "JSON (*.json)",
        )  # fmt: skip

    dialog.run(chosen)
    return dialog


class EraseDialog(FormDialog):
    """Names what will happen; needs a reason and a tick that it cannot be undone."""

    def __init__(self, plan: ErasurePlan, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Erase the person's data"), self.tr("Erase for good"), parent)
        codes = ", ".join(plan.case_codes)
        text = (
            self.tr(
                "This erases for good the personal data of the person of case(s) %1: names, "
                "birth date, contacts, documents, every free text and %2 attached document(s). "
                "The facts counted in statistics stay, so reports for past periods do not "
                "change. The cases will show when the data was erased and can no longer change. "
                "This cannot be undone."
            )
            .replace("%1", codes)
            .replace("%2", str(plan.attachments))
        )
        if plan.older_copies:
            text += " " + self.tr(
                "%1 older copies in the vault folder (backups) still hold the person until they "
                "are deleted; restoring one erases the person again at once."
            ).replace("%1", str(len(plan.older_copies)))
        self.say(text)
        self.reason = self.add("reason", self.tr("Reason (kept in the audit log; no names)"),
                               text_box(60), required=True)  # fmt: skip
        self.understood = self.add(
            "understood", "", QCheckBox(self.tr("I understand that this cannot be undone"))
        )
        self.ok.setEnabled(False)
        self.understood.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.check = self._check

    def _update(self) -> None:
        self.ok.setEnabled(self.understood.isChecked() and bool(self.reason_text()))

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def _check(self) -> bool:
        if len(self.reason_text()) > erasure.MAX_REASON:
            self.error("reason", self.tr("At most 500 characters."))
            return False
        return True


class PersonDataActions:
    """What the case window's "Person's data" menu runs; tests drive it directly."""

    def __init__(self, owner: QWidget, context: PageContext, show: Callable[[str], None]) -> None:
        self.owner = owner
        self.context = context
        self.vault = context.vault
        self.show = show
        self.dialog: QWidget | None = None

    def export(self, person_id: str, code: str) -> None:
        self.dialog = export_copy(self.owner, self.vault, person_id, code, self.show)

    def erase(self, person_id: str) -> None:
        vault = self.vault
        QueryOp(self.owner, lambda: erasure.erasure_plan(vault, person_id)).success(
            lambda plan: self._ask(plan)
        ).run()

    def _ask(self, plan: ErasurePlan) -> None:
        dialog = EraseDialog(plan, self.owner)
        self.dialog = dialog
        vault = self.vault

        def erase() -> None:
            reason = dialog.reason_text()
            ChangeOp(self.owner, self.context.changes,
                     lambda: erasure.erase_person(vault, plan.person_id, reason)).success(
                self._erased).failure(self._failed).with_progress(
                QCoreApplication.translate("PersonData", "Erasing…")).run()  # fmt: skip

        dialog.run(erase)

    def _erased(self, result: ErasureResult) -> None:
        day = format_date(result.erased_at.date())
        sentence = QCoreApplication.translate(
            "PersonData", "The person's data was erased on %1."
        ).replace("%1", day)
        if not result.log_emptied:
            sentence += " " + QCoreApplication.translate(
                "PersonData", "The last traces leave the vault folder when it is locked or closed."
            )
        self.show(sentence)

    def _failed(self, exc: BaseException) -> None:
        title = QCoreApplication.translate("PersonData", "Not erased")
        self.dialog = tell(self.owner, title, failure_text(exc).sentence, warning=True)
