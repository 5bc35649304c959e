"""Rotate keys from Administration › Backups: confirm, password, progress, the new secrets
shown once, then the copies still under the old keys (deleted once a new backup exists)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ajo_cases.services.access import rotation, rotation_online
from ajo_cases.services.access.rotation_pii import RotationCancelled
from ajo_cases.services.access.rotation_sweep import SweepPaused
from ajo_cases.services.backup.backup import BackupInfo
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.dialogs import confirm, tell
from ajo_cases.ui.kit.widgets import open_dialog
from ajo_cases.ui.runtime.failures import show_failure
from ajo_cases.ui.runtime.operations import ChangeOp, Progress

_LISTED = 8  # paths named in the question; the rest are counted


class RotationFlow(QObject):
    def __init__(self, page: QWidget, context: PageContext) -> None:
        super().__init__(page)
        self.page = page
        self.context = context
        self.dialog: QWidget | None = None  # the open dialog, for tests

    def start(self) -> None:
        if self.context.vault.on_server:
            self.dialog = confirm(
                self.page,
                self.tr("Rotate keys"),
                self.tr(
                    "Rotating the personal-data key seals every personal field again under a "
                    "new key, in small steps, while the other computers keep working, so the "
                    "key a former account held opens nothing current. You keep your password. "
                    "Every other account that reads personal data gets a temporary password "
                    "and is signed out; there is a new recovery code. Both are shown once, "
                    "afterwards. Managers are not affected. If it is interrupted, rotate the "
                    "keys again and it continues."
                ),
                self.tr("Rotate keys"),
                self.ask_password,
            )
            return
        text = self.tr(
            "Rotating keys re-encrypts the whole database and every personal field under new "
            "keys, so copies of old key files (for example of a person who left) and the keys "
            "they held no longer open anything current. You keep your password. Every other "
            "account gets a temporary password, and there is a new recovery code; both are "
            "shown once, afterwards. On a large vault this takes a few minutes."
        )
        self.dialog = confirm(
            self.page, self.tr("Rotate keys"), text, self.tr("Rotate keys"), self.ask_password
        )

    def ask_password(self) -> None:
        dialog = QInputDialog(self.page)
        dialog.setWindowTitle(self.tr("Rotate keys"))
        dialog.setLabelText(self.tr("Your password:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda text: self.rotate(text) if text else None)
        self.dialog = dialog
        open_dialog(dialog)

    def rotate(self, password: str) -> None:
        vault, progress = self.context.vault, Progress()
        if vault.on_server:
            ChangeOp(
                self.page,
                self.context.changes,
                lambda: rotation_online.rotate_online(vault, password, progress=progress),
            ).success(self._rotated_online).failure(self._failed).with_progress(
                self.tr("Sealing every personal field again under the new key…"), progress
            ).run()
            return
        ChangeOp(
            self.page,
            self.context.changes,
            lambda: rotation.rotate_keys(vault, password, progress=progress),
        ).success(self._rotated).failure(self._failed).with_progress(
            self.tr("Re-encrypting the vault and every personal field…"), progress
        ).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SweepPaused):
            self.dialog = tell(
                self.page,
                self.tr("Rotate keys"),
                self.tr(
                    "Paused. New records already use the new key; rotate the keys again to "
                    "finish sealing the older ones."
                ),
            )
        elif isinstance(exc, RotationCancelled):
            self.dialog = tell(
                self.page, self.tr("Rotate keys"), self.tr("Cancelled. Nothing was changed.")
            )
        else:
            self.dialog = show_failure(self.page.window(), exc)

    def _rotated(self, result: rotation.RotationResult) -> None:
        lines = [
            self.tr("The keys were rotated."),
            "",
            self.tr("New recovery code (write it down; the old one no longer works):"),
            result.recovery_code,
        ]
        if result.temporary_passwords:
            lines += ["", self.tr("Temporary passwords to hand out:")]
            lines += [f"{name}: {pw}" for name, pw in sorted(result.temporary_passwords.items())]
        box = tell(self.page, self.tr("Keys rotated"), "\n".join(lines), selectable=True)
        self.dialog = box
        if result.old_copies:
            box.finished.connect(lambda _code: self.offer_to_delete(result.old_copies))

    def _rotated_online(self, result: rotation_online.OnlineResult) -> None:
        lines = [
            self.tr(
                "The personal-data key was rotated: %n fields were sealed again and the old key "
                "was removed from the key slots.",
                "",
                result.fields_resealed,
            )
        ]
        if result.recovery_code:
            lines += [
                "",
                self.tr("New recovery code (write it down; the old one no longer works):"),
                result.recovery_code,
            ]
        if result.temporary_passwords:
            lines += ["", self.tr("Temporary passwords to hand out:")]
            lines += [f"{name}: {pw}" for name, pw in sorted(result.temporary_passwords.items())]
        self.dialog = tell(self.page, self.tr("Keys rotated"), "\n".join(lines), selectable=True)

    def offer_to_delete(self, paths: tuple[Path, ...]) -> None:
        named = [str(p) for p in paths[:_LISTED]]
        if len(paths) > _LISTED:
            named.append(self.tr("and %n more", "", len(paths) - _LISTED))
        text = (
            self.tr(
                "%n copies of the vault are still encrypted under the old keys and open with "
                "the old passwords:",
                "",
                len(paths),
            )
            + "\n\n"
            + "\n".join(named)
            + "\n\n"
            + self.tr(
                "Make a new backup now and delete them? Keep them only if you still need one; "
                "then delete it yourself as soon as you can."
            )
        )
        vault = self.context.vault
        self.dialog = confirm(
            self.page,
            self.tr("Copies under the old keys"),
            text,
            self.tr("Back up and delete them"),
            lambda: (
                ChangeOp(
                    self.page,
                    self.context.changes,
                    lambda: rotation.forget_old_copies(vault, paths),
                )
                .success(self._forgotten)
                .with_progress(self.tr("Making a new backup and deleting the old copies…"))
                .run()
            ),
        )

    def _forgotten(self, info: BackupInfo) -> None:
        self.dialog = tell(
            self.page,
            self.tr("Copies under the old keys"),
            self.tr("A new backup was written (%1) and the old copies were deleted.").replace(
                "%1", str(info.path)
            ),
        )
