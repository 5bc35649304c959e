"""The life of a session: first run or unlock, the main window, locking, and quitting.

On lock the main window (every page, model and widget that could hold data) is destroyed,
the clipboard is cleared if it holds what this app put there, the vault is closed on the
worker thread, and the unlock window comes back. After unlock a fresh main window is built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ajo_cases.services.changes import Changes
from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.drafts import DraftStore
from ajo_cases.ui.app.idle import ABSOLUTE_SESSION_MS, Clock, IdleWatcher, monotonic_ms
from ajo_cases.ui.app.settings import (
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from ajo_cases.ui.app.unlock_window import UnlockWindow
from ajo_cases.ui.kit.clipboard import clear_if_ours
from ajo_cases.ui.kit.deferred import after_first_paint
from ajo_cases.ui.kit.widgets import open_dialog
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp

if TYPE_CHECKING:  # the services, pages and first run load only when they are needed
    from ajo_cases.services.open_vault import OpenVault
    from ajo_cases.ui.app.first_run import CreateVaultWindow, RecoveryCodeDialog
    from ajo_cases.ui.app.main_window import MainWindow
    from ajo_cases.ui.app.pages import PageRegistry
    from ajo_cases.ui.app.start_choice import StartChoiceWindow


BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly; maybe_backup itself decides whether one is due


class AppSession(QObject):
    locked = Signal(str)  # reason: "manual", "idle" or "session_expired"
    unlocked = Signal(object)
    finished = Signal()  # the vault is closed and the application may quit

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        *,
        user: str = "",
        note: str = "",
        idle_ms: int | None = None,
        absolute_ms: int = ABSOLUTE_SESSION_MS,
        registry: PageRegistry | None = None,
        clock: Clock = monotonic_ms,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self._registry = registry
        self.drafts = DraftStore()
        self.vault: OpenVault | None = None
        self.main_window: MainWindow | None = None
        self.start_window: StartChoiceWindow | None = None
        self.create_window: CreateVaultWindow | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self.settings_dialog: QDialog | None = None
        self.unlock_window = UnlockWindow(data_dir, user, note)
        self.unlock_window.unlocked.connect(self._open_main)
        self.unlock_window.close_requested.connect(self.quit)
        minutes = settings.get(IDLE_LOCK_MINUTES)
        self.idle = IdleWatcher(idle_ms or minutes * 60_000, absolute_ms, clock)
        self.idle.timed_out.connect(self.lock)
        # While the app stays open all day, the daily automatic backup still happens.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self._backup_if_due)
        i18n.languages().changed.connect(lambda lang: settings.set(LANGUAGE, lang))

    @property
    def registry(self) -> PageRegistry:
        if self._registry is None:
            from ajo_cases.ui.app.pages import default_registry

            self._registry = default_registry()
        return self._registry

    def start(self) -> None:
        """Look at the data folder on the worker, then show the first window."""
        folder = self.data_dir
        QueryOp(self, lambda: _vault_exists(folder)).success(self._first_window).run()

    def _first_window(self, exists: bool) -> None:
        if exists:
            # While the person types, load the database layer so unlocking does not wait for it;
            # only once the window is painted: the import holds the interpreter on the worker.
            after_first_paint(
                self.unlock_window,
                lambda: QueryOp(self, _load_services).failure(failure_text).run(),
            )
            self._show(self.unlock_window)
        else:
            from ajo_cases.ui.app.start_choice import StartChoiceWindow

            self.start_window = StartChoiceWindow(self.data_dir)
            self.start_window.create_chosen.connect(self._create_here)
            self.start_window.connected.connect(self._connected_to_server)
            self.start_window.close_requested.connect(self.quit)
            self._show(self.start_window)

    def _leave_start_window(self) -> None:
        if self.start_window is not None:
            self.start_window.hide()
            self.start_window.deleteLater()
            self.start_window = None

    def _create_here(self) -> None:
        from ajo_cases.ui.app.first_run import CreateVaultWindow

        self._leave_start_window()
        self.create_window = CreateVaultWindow(self.data_dir)
        self.create_window.created.connect(self._created)
        self.create_window.close_requested.connect(self.quit)
        self._show(self.create_window)

    def _connected_to_server(self) -> None:
        """The folder is a profile now: the usual sign-in, against the office server."""
        self._leave_start_window()
        self._first_window(True)

    @staticmethod
    def _show(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def _created(self, vault: OpenVault, code: str) -> None:
        from ajo_cases.ui.app.first_run import RecoveryCodeDialog

        dialog = RecoveryCodeDialog(code, self.create_window)
        self.recovery_dialog = dialog
        open_dialog(dialog, lambda: self._after_recovery_code(vault))

    def _after_recovery_code(self, vault: OpenVault) -> None:
        self.recovery_dialog = None
        if self.create_window is not None:
            self.create_window.hide()
            self.create_window.deleteLater()
            self.create_window = None
        self._open_main(vault)

    def _open_main(self, vault: OpenVault) -> None:
        self.vault = vault
        from ajo_cases.ui.app.main_window import MainWindow

        window = MainWindow(vault, self.registry, self.drafts)
        window.lock_requested.connect(lambda: self.lock("manual"))
        window.close_requested.connect(self.quit)
        window.settings_requested.connect(self.open_settings)
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            window.restoreGeometry(geometry)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            window.restoreState(state)
        self.main_window = window
        self._show(window)
        self.unlock_window.hide()
        self.idle.start()
        self.backup_timer.start()
        self.unlocked.emit(vault)

    def _backup_if_due(self) -> None:
        vault = self.vault
        if vault is None:
            self.backup_timer.stop()
            return
        window = self.main_window
        if window is None:
            return
        # The daily backup is quiet: an expected failure shows as an overdue backup on Home,
        # an unexpected one is logged with its reference.
        ChangeOp(self, window.context.changes, lambda: _backup_if_due(vault)).failure(
            failure_text
        ).run()

    def open_settings(self) -> None:
        from ajo_cases.ui.app.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.main_window)
        self.settings_dialog = dialog
        dialog.idle_minutes_changed.connect(self.set_idle_minutes)
        open_dialog(dialog)

    def set_idle_minutes(self, minutes: int) -> None:
        """A new idle lock time applies to the running session at once."""
        self.idle.idle_ms = minutes * 60_000

    def _close_main(self) -> None:
        window = self.main_window
        if window is None:
            return
        window.take_drafts()
        # Only size, position and toolbar layout are stored: never anything about people.
        self.settings.set(WINDOW_GEOMETRY, window.saveGeometry())
        self.settings.set(WINDOW_STATE, window.saveState())
        window.destroy_pages()
        window.hide()
        window.deleteLater()
        self.main_window = None

    def _release_vault(self, then: Callable[[], None] = lambda: None) -> None:
        vault, self.vault = self.vault, None
        self.backup_timer.stop()
        clear_if_ours()
        if vault is None:
            then()
            return

        # Queued behind any running work on the one worker, so nothing uses it after close.
        def failed(exc: BaseException) -> None:
            failure_text(exc)  # logged with its reference; closing goes on
            then()

        QueryOp(self, lambda: _back_up_and_close(vault)).success(lambda _r: then()).failure(
            failed
        ).run()

    def lock(self, reason: str = "manual") -> None:
        if self.main_window is None:
            return
        self.idle.stop()
        self.unlock_window.reset(reason, self.vault.user if self.vault else None)
        self._show(self.unlock_window)  # shown first, so the app never has no window
        self._close_main()
        self._release_vault()
        self.locked.emit(reason)

    def quit(self) -> None:
        self.idle.stop()
        self._close_main()
        for window in (self.unlock_window, self.create_window, self.start_window):
            if window is not None:
                window.hide()
        self._release_vault(self._finish)

    def _finish(self) -> None:
        self.finished.emit()


def _vault_exists(folder: Path) -> bool:
    from ajo_cases.services.vault_folder import vault_exists

    return vault_exists(folder)


def _load_services() -> None:
    """The database layer and the main window's pages (about 1.5 s of imports at first start),
    loaded on the worker while the person types, so the first page follows the key at once."""
    import ajo_cases.services.access.opening
    import ajo_cases.ui.app.main_window  # noqa: F401
    from ajo_cases.ui.app.pages import default_registry

    default_registry()  # imports every page's module; the pages themselves are built later


def _backup_if_due(vault: OpenVault) -> Changes:
    from ajo_cases.services.backup.autobackup import maybe_backup

    made = maybe_backup(vault)
    return made.changes if made is not None else Changes()


def _back_up_and_close(vault: OpenVault) -> None:
    from ajo_cases.services.backup.autobackup import maybe_backup

    try:
        maybe_backup(vault)  # on lock and quit: the daily rotating backup, if one is due
    finally:
        vault.close()
