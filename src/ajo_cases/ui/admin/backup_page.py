"""Administration › Backups: back up now, the list of backups, restore, second folder, key rotation.

Every long step (backup, checking a backup, restore, key rotation) runs on the database worker
behind a progress dialog. A restore first checks the backup completely, then says exactly what
will happen; only after confirmation is the session locked, the vault closed and swapped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ajo_cases.services.access import rotation
from ajo_cases.services.backup import autobackup, backup, restore
from ajo_cases.services.backup.autobackup import BackupEntry, BackupStatus
from ajo_cases.services.backup.restore import RestorePreview
from ajo_cases.ui.admin import admin_page
from ajo_cases.ui.app.pages import PageContext, PageSpec
from ajo_cases.ui.home.home_page import card, heading
from ajo_cases.ui.runtime.errors import show_error
from ajo_cases.ui.runtime.signals import emit
from ajo_cases.ui.runtime.tasks import run_in_background


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


class BackupPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.vault = context.vault
        self.entries: list[BackupEntry] = []
        self.status: BackupStatus | None = None
        self.second_folder: Path | None = None
        self.progress: QProgressDialog | None = None

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, changes: set[str]) -> None:
        if "backups" in changes:
            self.reload()

    def reload(self) -> None:
        def load() -> tuple[BackupStatus, list[BackupEntry], Path | None]:
            settings = autobackup.get_settings(self.vault)
            found = autobackup.list_backups(self.vault)
            return autobackup.status(self.vault), found, settings.second_folder

        self.context.run(load, self._loaded, parent=self)

    def _loaded(self, result: tuple[BackupStatus, list[BackupEntry], Path | None]) -> None:
        if not isValid(self.table):  # the page was closed (lock) while the worker ran
            return
        self.status, self.entries, self.second_folder = result
        self._show()

    def _show(self) -> None:
        status = self.status
        if status is None:
            self.status_label.setText("")
        elif status.last_good_at is None:
            self.status_label.setText(self.tr("No backup has been made yet. Back up now."))
        else:
            text = self.tr("Last good backup: %1 UTC.").replace(
                "%1", status.last_good_at.strftime("%Y-%m-%d %H:%M")
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
                entry.created_at.strftime("%Y-%m-%d %H:%M"),
                kinds.get(entry.kind, entry.kind),
                str(entry.counts.get("beneficiary", 0)),
                str(entry.counts.get("case_file", 0)),
                places.get(entry.location, entry.location),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(str(entry.path))
                self.table.setItem(row, column, item)
        if self.second_folder is None:
            self.folder_label.setText(self.tr("Backups are kept only on this computer."))
        else:
            self.folder_label.setText(
                self.tr("Each automatic backup is also copied to %1.").replace(
                    "%1", str(self.second_folder)
                )
            )
        self.clear_folder_button.setEnabled(self.second_folder is not None)

    def _busy(self, label: str) -> None:
        self._idle()
        dialog = QProgressDialog(label, "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self.progress = dialog

    def _idle(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        show_error(self, exc)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    # -- actions ---------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self._busy(self.tr("Making and checking a backup…"))
        self.context.run(
            lambda: backup.create_backup(self.vault), self._backed_up, self._failed, self
        )

    def _backed_up(self, info: backup.BackupInfo) -> None:
        self._idle()
        self.context.announce("backups")
        self._tell(
            self.tr("Backup made"),
            self.tr("The backup was written and checked: %1").replace("%1", str(info.path)),
        )

    def choose_second_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.set_second_folder(folder)

    def ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"))
        return Path(chosen) if chosen else None

    def set_second_folder(self, folder: Path | None) -> None:
        self.context.run(
            lambda: autobackup.set_second_folder(self.vault, folder),
            lambda _settings: self.context.announce("backups"),
            self._failed,
            self,
        )

    def ask_backup_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(backup.default_folder(self.vault.data_dir)),
            self.tr("AJO Cases backups (*%1)").replace("%1", backup.SUFFIX),
        )
        return Path(chosen) if chosen else None

    def ask_credentials(self) -> tuple[str, str, bool] | None:
        dialog = CredentialsDialog(self.vault.user, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values()
        dialog.deleteLater()
        return values if accepted else None

    def restore_from_file(self) -> None:
        source = self.ask_backup_file()
        if source is None:
            return
        credentials = self.ask_credentials()
        if credentials is None:
            return
        user, secret, use_recovery = credentials
        data_dir = self.vault.data_dir
        self._busy(self.tr("Checking the backup…"))
        self.context.run(
            lambda: restore.preview_restore(
                data_dir, source, user, secret, use_recovery=use_recovery
            ),
            lambda preview: self._confirm_restore(preview, credentials),
            self._failed,
            self,
        )

    def restore_text(self, preview: RestorePreview) -> str:
        counts = preview.counts
        text = (
            self.tr(
                "The backup of %1 UTC was checked and is intact. It holds %2 people and %3 cases."
            )
            .replace("%1", preview.manifest.created.strftime("%Y-%m-%d %H:%M"))
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
        return text

    def _confirm_restore(self, preview: RestorePreview, credentials: tuple[str, str, bool]) -> None:
        self._idle()
        action = self.tr("Lock and restore")
        if not admin_page.confirm(self, self.tr("Restore"), self.restore_text(preview), action):
            return
        user, secret, use_recovery = credentials
        data_dir, source = self.vault.data_dir, preview.source
        # The session closes the vault on the worker first; the restore is queued behind it.
        window = self.window()
        lock_requested = getattr(window, "lock_requested", None)
        if lock_requested is not None:
            emit(lock_requested)
        run_in_background(
            lambda: restore.restore_backup(
                data_dir,
                source,
                user,
                secret,
                use_recovery=use_recovery,
                allow_other_vault=preview.same_vault is False,
            ),
            _restored,
            _restore_failed,
        )

    def ask_password(self) -> str | None:
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Rotate keys"),
            self.tr("Your password:"),
            QLineEdit.EchoMode.Password,
        )
        return text if accepted and text else None

    def rotate_keys(self) -> None:
        text = self.tr(
            "Rotating keys re-encrypts the whole database under a new key, so copies of old "
            "key files (for example of a person who left) no longer open it. You keep your "
            "password. Every other account gets a temporary password, and there is a new "
            "recovery code; both are shown once, afterwards. Older backups still open with "
            "the old passwords: make a new backup afterwards."
        )
        action = self.tr("Rotate keys")
        if not admin_page.confirm(self, self.tr("Rotate keys"), text, action):
            return
        password = self.ask_password()
        if password is None:
            return
        self._busy(self.tr("Re-encrypting the vault…"))
        self.context.run(
            lambda: rotation.rotate_keys(self.vault, password), self._rotated, self._failed, self
        )

    def _rotated(self, result: rotation.RotationResult) -> None:
        self._idle()
        self.context.announce("users", "backups")
        lines = [
            self.tr("The keys were rotated."),
            "",
            self.tr("New recovery code (write it down; the old one no longer works):"),
            result.recovery_code,
        ]
        if result.temporary_passwords:
            lines += ["", self.tr("Temporary passwords to hand out:")]
            lines += [f"{name}: {pw}" for name, pw in sorted(result.temporary_passwords.items())]
        self._tell(self.tr("Keys rotated"), "\n".join(lines))


def _restored(result: restore.RestoreResult | None) -> None:
    text = QCoreApplication.translate("BackupPage", "The backup was restored. Sign in to continue.")
    QMessageBox.information(None, QCoreApplication.translate("BackupPage", "Restore"), text)


def _restore_failed(exc: BaseException) -> None:
    show_error(None, exc)


PAGE = PageSpec(
    id="backups",
    title=lambda: QCoreApplication.translate("Pages", "Backups"),
    icon="administration.svg",
    roles=frozenset({"admin"}),
    factory=BackupPage,
    order=910,
)
