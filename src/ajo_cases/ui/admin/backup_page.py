"""Administration › Backups: back up now, the list of backups, restore, second folder, key rotation.

Every long step (backup, checking a backup, restore, key rotation) runs on the database worker
behind a progress dialog. A restore first checks the backup completely, then says exactly what
will happen; only after confirmation is the session locked, the vault closed and swapped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from ajo_cases.services.backup import archive, autobackup, backup, restore, restore_guard
from ajo_cases.services.backup.autobackup import BackupEntry, BackupStatus
from ajo_cases.services.backup.restore import RestorePreview
from ajo_cases.services.changes import Changes
from ajo_cases.ui.admin.rotation_flow import RotationFlow
from ajo_cases.ui.app.pages import Page, PageContext, PageSpec, Request
from ajo_cases.ui.kit.dialogs import confirm, tell
from ajo_cases.ui.kit.file_dialogs import choose_file_to_open, choose_folder
from ajo_cases.ui.kit.formatting import format_moment
from ajo_cases.ui.kit.widgets import card, heading, open_dialog
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp, R


class CredentialsDialog(QDialog):
    """The account and password (or the recovery code) that open the chosen backup."""

    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the backup"))
        self.user = QLineEdit(user)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_recovery = QCheckBox(self.tr("Use the recovery code instead of a password"))
        self.use_recovery.toggled.connect(lambda on: self.user.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Administrator account"), self.user)
        form.addRow(self.tr("Password or recovery code"), self.secret)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The backup opens with the passwords it was made with.")))
        layout.addLayout(form)
        layout.addWidget(self.use_recovery)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, bool]:
        return self.user.text().strip(), self.secret.text(), self.use_recovery.isChecked()


class BackupPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.entries: list[BackupEntry] = []
        self.status: BackupStatus | None = None
        self.second_folder: Path | None = None
        self.dialog: QWidget | None = None  # the open dialog, for tests
        self.rotation = RotationFlow(self, context)

        box, inner = card()
        self.title = heading()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.rotate_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.rotate_button.clicked.connect(self.rotate_keys)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.rotate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_button, self.clear_folder_button = QPushButton(), QPushButton()
        self.folder_button.clicked.connect(self.choose_second_folder)
        self.clear_folder_button.clicked.connect(lambda: self.set_second_folder(None))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.clear_folder_button)
        inner.addWidget(self.title)
        inner.addWidget(self.status_label)
        inner.addLayout(buttons)
        inner.addWidget(self.table, 1)
        inner.addLayout(folder_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        self.retranslate()
        self.reload()

    # -- display ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Backups"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore from a file…"))
        self.rotate_button.setText(self.tr("Rotate keys…"))
        self.folder_button.setText(self.tr("Choose a second folder…"))
        self.clear_folder_button.setText(self.tr("Stop copying"))
        headers = [self.tr("Made"), self.tr("Kind"), self.tr("People")]
        headers += [self.tr("Cases"), self.tr("Where")]
        self.table.setHorizontalHeaderLabels(headers)
        self._show()

    def refresh(self, changes: Changes) -> None:
        if changes.touches("backups"):
            self.reload()

    def reload(self) -> None:
        vault = self.vault

        def load() -> tuple[BackupStatus, list[BackupEntry], Path | None]:
            settings = autobackup.get_settings(vault)
            found = autobackup.list_backups(vault)
            return autobackup.status(vault), found, settings.second_folder

        QueryOp(self, load).success(self._loaded).run()

    def _loaded(self, result: tuple[BackupStatus, list[BackupEntry], Path | None]) -> None:
        self.status, self.entries, self.second_folder = result
        self._show()

    def _show(self) -> None:
        status = self.status
        if status is None:
            self.status_label.setText("")
        elif status.last_good_at is None:
            self.status_label.setText(self.tr("No backup has been made yet. Back up now."))
        else:
            text = self.tr("Last good backup: %1.").replace(
                "%1", format_moment(status.last_good_at)
            )
            if status.overdue:
                text += " " + self.tr("That is more than %1 days ago: back up now.").replace(
                    "%1", str(status.max_age_days)
                )
            self.status_label.setText(text)
        kinds = {"auto": self.tr("automatic"), "manual": self.tr("manual")}
        places = {"data": self.tr("this computer"), "second": self.tr("second folder")}
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                format_moment(entry.created_at),
                kinds.get(entry.kind, entry.kind),
                str(entry.counts.get("beneficiary", 0)),
                str(entry.counts.get("case_file", 0)),
                places.get(entry.location, entry.location),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(str(entry.path))
                self.table.setItem(row, column, item)
        on_server = self.vault.on_server
        for button in (self.restore_button, self.folder_button):
            button.setVisible(not on_server)  # the server's own backups (docs/server.md)
        self.clear_folder_button.setVisible(not on_server)
        if on_server:
            self.folder_label.setText(
                self.tr(
                    "This vault is on the office server: the PCs make no automatic backups, "
                    'the server\'s administrator backs up the database. "Back up now" writes '
                    "a copy that restores as a vault on one PC."
                )
            )
        elif self.second_folder is None:
            self.folder_label.setText(self.tr("Backups are kept only on this computer."))
        else:
            self.folder_label.setText(
                self.tr("Each automatic backup is also copied to %1.").replace(
                    "%1", str(self.second_folder)
                )
            )
        self.clear_folder_button.setEnabled(self.second_folder is not None)

    def _tell(self, title: str, text: str) -> None:
        self.dialog = tell(self, title, text, selectable=True)

    def _run(self, label: str, work: Callable[[], R], done: Callable[[R], object]) -> None:
        """A step that changes the vault or its backups, behind a progress dialog."""
        ChangeOp(self, self.context.changes, work).success(done).with_progress(label).run()

    # -- actions ---------------------------------------------------------------------------

    def back_up_now(self) -> None:
        vault = self.vault
        self._run(
            self.tr("Making and checking a backup…"),
            lambda: backup.create_backup(vault),
            self._backed_up,
        )

    def _backed_up(self, info: backup.BackupInfo) -> None:
        self._tell(
            self.tr("Backup made"),
            self.tr("The backup was written and checked: %1").replace("%1", str(info.path)),
        )

    def choose_second_folder(self) -> None:
        self.dialog = choose_folder(self, self.tr("Second backup folder"), self.set_second_folder)

    def set_second_folder(self, folder: Path | None) -> None:
        vault = self.vault
        ChangeOp(
            self, self.context.changes, lambda: autobackup.set_second_folder(vault, folder)
        ).run()

    def restore_from_file(self) -> None:
        """Choose the backup, give the credentials it opens with, let it be checked in full,
        then confirm what will happen; only then lock and restore."""
        self.dialog = choose_file_to_open(
            self,
            self.tr("Restore from a backup"),
            self.ask_credentials,
            folder=str(backup.default_folder(self.vault.data_dir)),
            filters=self.tr("AJO Cases backups (*%1)").replace("%1", archive.SUFFIX),
        )

    def ask_credentials(self, source: Path) -> None:
        dialog = CredentialsDialog(self.vault.user, self)
        self.dialog = dialog
        open_dialog(dialog, lambda: self.check_backup(source, dialog.values()))

    def check_backup(self, source: Path, credentials: tuple[str, str, bool]) -> None:
        user, secret, use_recovery = credentials
        vault = self.vault
        QueryOp(
            self,
            lambda: restore.preview_restore(
                vault.data_dir, source, user, secret, use_recovery=use_recovery, live=vault
            ),
        ).success(lambda preview: self._confirm_restore(preview, credentials)).with_progress(
            self.tr("Checking the backup…")
        ).run()

    def restore_text(self, preview: RestorePreview) -> str:
        counts = preview.counts
        text = (
            self.tr("The backup of %1 was checked and is intact. It holds %2 people and %3 cases.")
            .replace("%1", format_moment(preview.manifest.created))
            .replace("%2", str(counts["beneficiary"]))
            .replace("%3", str(counts["case_file"]))
        )
        text += "\n\n" + self.tr(
            "Restoring locks AJO Cases, replaces the current vault with the backup and keeps "
            "the current vault in the folder “replaced-<date>” inside the data folder. "
            "Everything entered after the backup was made will not be in the restored vault. "
            "Afterwards, sign in with the passwords that were valid when the backup was made."
        )
        if preview.same_vault is False:
            text += "\n\n" + self.tr("Warning: this backup belongs to a different vault.")
        if preview.older_than_live:
            text += "\n\n" + self.tr(
                "Warning: this backup is older than the current vault. What was recorded after "
                "it was made will not be in the restored vault."
            )
        return text

    def _confirm_restore(self, preview: RestorePreview, credentials: tuple[str, str, bool]) -> None:
        self.dialog = confirm(
            self,
            self.tr("Restore"),
            self.restore_text(preview),
            self.tr("Lock and restore"),
            lambda: self._restore(preview, credentials),
        )

    def _restore(self, preview: RestorePreview, credentials: tuple[str, str, bool]) -> None:
        user, secret, use_recovery = credentials
        data_dir, source = self.vault.data_dir, preview.source
        live = restore_guard.LiveAuthority.of(self.vault)  # you, an administrator, agreed
        # The session closes the vault on the worker first; the restore is queued behind it.
        # It outlives this page (which goes with the lock), so it has no parent.
        self.context.request_lock()
        QueryOp(
            None,
            lambda: restore.restore_backup(
                data_dir,
                source,
                user,
                secret,
                use_recovery=use_recovery,
                allow_other_vault=preview.same_vault is False,
                live=live,
            ),
        ).success(_restored).run()

    def rotate_keys(self) -> None:
        self.rotation.start()

    def apply_request(self, request: Request) -> None:
        if request.get("rotate"):  # "Rotate keys now" after removing an account
            self.rotate_keys()


def _restored(_result: restore.RestoreResult | None) -> None:
    tell(
        None,
        QCoreApplication.translate("BackupPage", "Restore"),
        QCoreApplication.translate("BackupPage", "The backup was restored. Sign in to continue."),
    )


PAGE = PageSpec(
    id="backups",
    title=lambda: QCoreApplication.translate("Pages", "Backups"),
    icon="backups.svg",
    roles=frozenset({"admin"}),
    factory=BackupPage,
    order=910,
)
