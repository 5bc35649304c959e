"""The status bar's last-backup note (UI.md): the time of the last good backup in local time,
in the warning colour and with the word "overdue" when it is too old."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from ajo_cases.services.backup import autobackup
from ajo_cases.services.changes import Changes
from ajo_cases.ui.kit.formatting import format_moment
from ajo_cases.ui.kit.record_model import overdue_colour
from ajo_cases.ui.runtime.operations import QueryOp

if TYPE_CHECKING:
    from ajo_cases.services.open_vault import OpenVault

RECHECK_MS = 10 * 60 * 1000  # the daily backup runs quietly; look again now and then


class BackupStatusLabel(QLabel):
    def __init__(self, vault: OpenVault) -> None:
        super().__init__()
        self.vault = vault
        self.status: autobackup.BackupStatus | None = None
        self.setContentsMargins(6, 0, 6, 0)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.reload)
        self.timer.start(RECHECK_MS)
        self.reload()

    def reload(self) -> None:
        vault = self.vault
        QueryOp(self, lambda: autobackup.status(vault)).success(self._loaded).run()

    def refresh(self, changes: Changes) -> None:
        if changes.touches("backups", "settings"):
            self.reload()

    def _loaded(self, status: autobackup.BackupStatus) -> None:
        self.status = status
        self.retranslate()

    def retranslate(self) -> None:
        status = self.status
        if status is None:
            self.setText("")
            return
        if status.last_good_at is None:
            text = self.tr("No backup yet")
        else:
            text = self.tr("Last backup: %1").replace("%1", format_moment(status.last_good_at))
        if status.overdue:
            text += " · " + self.tr("overdue")
            self.setStyleSheet(f"color: {overdue_colour().name()}; font-weight: bold;")
        else:
            self.setStyleSheet("")
        self.setText(text)
        self.adjustSize()  # wide enough at once, before the status bar lays itself out again
        self.setToolTip(
            self.tr("Backups older than %1 days are overdue; make one under Backups.").replace(
                "%1", str(status.max_age_days)
            )
        )
