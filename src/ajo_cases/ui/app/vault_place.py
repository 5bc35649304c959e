"""The status bar's note of which vault is open and, for the office server, whether it
answers: "the office server is not reachable" while this PC reconnects on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from ajo_cases.ui.kit.record_model import overdue_colour

if TYPE_CHECKING:
    from ajo_cases.services.open_vault import OpenVault


class VaultPlaceLabel(QLabel):
    def __init__(self, vault: OpenVault) -> None:
        super().__init__()
        self.setObjectName("VaultPlace")
        self.on_server, self.place = vault.on_server, vault.place
        # a local vault by its folder's name (the whole path in the tooltip): the bar is short
        self.shown = self.place if self.on_server else vault.data_dir.name
        self.reachable: bool | None = None  # not yet known
        self.setContentsMargins(6, 0, 6, 0)
        self.retranslate()

    def set_reachable(self, reachable: bool) -> None:
        self.reachable = reachable
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.place)
        if not self.on_server:
            self.setText(self.tr("This PC: %1").replace("%1", self.shown))
            self.setStyleSheet("")
            return
        if self.reachable is False:
            self.setText(self.tr("The office server is not reachable. Reconnecting…"))
            self.setStyleSheet(f"color: {overdue_colour().name()}; font-weight: bold;")
            return
        if self.reachable:
            self.setText(self.tr("Office server %1: connected").replace("%1", self.place))
        else:
            self.setText(self.tr("Office server %1: connecting…").replace("%1", self.place))
        self.setStyleSheet("")
