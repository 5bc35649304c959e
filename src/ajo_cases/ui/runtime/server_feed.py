"""Other PCs' changes on the office server, announced on this PC's ChangeBus.

The follower (services/change_feed.py) listens on a thread of its own, never on the GUI
thread or the database worker; what it hears is handed to the GUI thread through queued
signals, and announced exactly like this PC's own saves, so every open list, case window,
Home count and statistic refreshes itself the usual way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ajo_cases.services import change_feed

if TYPE_CHECKING:
    from ajo_cases.services.open_vault import OpenVault


class _Relay(QObject):
    """Emitted on the follower's thread, delivered queued on the GUI thread. Has no parent:
    the follower's callbacks keep it alive as long as the thread may still call them."""

    changes = Signal(object)  # Changes
    state = Signal(bool)


class FeedWatcher(QObject):
    changed = Signal(object)  # Changes another PC committed
    reachable_changed = Signal(bool)

    def __init__(self, vault: OpenVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reachable: bool | None = None
        relay = _Relay()
        relay.changes.connect(self.changed)
        relay.state.connect(self._state)
        # the feed starts where the vault was unlocked, before the lists first loaded
        self._relay = relay
        self.follower = change_feed.FeedFollower(
            vault, lambda changes: relay.changes.emit(changes), lambda up: relay.state.emit(up)
        )

    def start(self) -> None:
        self.follower.start()

    def stop(self) -> None:
        self.follower.stop()

    def _state(self, reachable: bool) -> None:
        if self.follower.stopped:
            return
        self.reachable = reachable
        self.reachable_changed.emit(reachable)
