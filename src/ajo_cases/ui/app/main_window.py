"""The main window: navigation on the left, pages on the right, user and Lock at the top.

It is built after each unlock and destroyed on lock, so no page, model or widget holding data
survives a session. Pages come from the PageRegistry, filtered by the signed-in role.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.services import drafts
from ajo_cases.services.changes import Changes
from ajo_cases.ui.app.backup_status import BackupStatusLabel
from ajo_cases.ui.app.drafts import DraftStore
from ajo_cases.ui.app.pages import Page, PageContext, PageRegistry, PageSpec, Request
from ajo_cases.ui.app.vault_place import VaultPlaceLabel
from ajo_cases.ui.kit.roles import role_label
from ajo_cases.ui.kit.widgets import LanguageCombo, MessageLabel, fitted, icon
from ajo_cases.ui.runtime.sentences import warning_text
from ajo_cases.ui.runtime.server_feed import FeedWatcher

if TYPE_CHECKING:
    from ajo_cases.services.open_vault import OpenVault

_PAGE_ID_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    lock_requested = Signal()
    close_requested = Signal()
    settings_requested = Signal()  # the session owns the settings and the idle lock

    def __init__(
        self, vault: OpenVault, registry: PageRegistry, drafts: DraftStore | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("app.svg"))
        self.vault = vault
        self.context = PageContext(vault)
        self.context.changes.changed.connect(self._broadcast)
        self.context.navigator.navigate.connect(self.open_page)
        self.context.navigator.lock.connect(self.lock_requested)
        self.drafts = drafts or DraftStore()
        # Warnings can arrive during work too (a record found damaged while a list loads):
        # a cheap look every few seconds shows them in the banner.
        self._warnings_shown = len(vault.warnings)
        self.warnings_timer = QTimer(self)
        self.warnings_timer.setInterval(3000)
        self.warnings_timer.timeout.connect(self._check_warnings)
        self.warnings_timer.start()
        self.specs: list[PageSpec] = registry.for_role(vault.role)
        self.pages: dict[str, Page] = _Pages(self._build_page)  # built when first shown

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("TopBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.search = QLineEdit()
        self.search.setObjectName("GlobalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.returnPressed.connect(self._search)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self.search_timer.timeout.connect(self._search)
        self.search.textEdited.connect(lambda _text: self.search_timer.start())
        self.search_action = self.toolbar.addWidget(self.search)
        new_person = QShortcut(QKeySequence("Ctrl+N"), self)
        new_person.activated.connect(lambda: self.open_page("cases", {"new_person": True}))
        for keys in ("Ctrl+F", "Ctrl+K"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.focus_search)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.user_label = QLabel()
        self.user_label.setContentsMargins(0, 0, 12, 0)
        self.toolbar.addWidget(self.user_label)
        self.language = LanguageCombo()
        self.toolbar.addWidget(self.language)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.toolbar.addAction(self.settings_action)
        self.lock_action = QAction(icon("lock.svg"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.toolbar.addAction(self.lock_action)

        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.banner = MessageLabel(MessageLabel.WARNING)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        # which vault is open (and, on the office server, whether it answers); who is signed
        # in is on the top bar
        self.vault_place = self.status_label = VaultPlaceLabel(vault)
        self.statusBar().addWidget(self.status_label)
        self.backup_status = BackupStatusLabel(vault)
        self.statusBar().addPermanentWidget(self.backup_status)
        # on the office server, other PCs' changes are announced as if made here
        self.feed: FeedWatcher | None = None
        if vault.on_server:
            self.feed = FeedWatcher(vault, self)
            self.feed.changed.connect(self.context.changes.announce)
            self.feed.reachable_changed.connect(self.vault_place.set_reachable)
            self.feed.start()

        for spec in self.specs:
            self._add_page(spec)
        self.navigation.currentRowChanged.connect(self._show_row)
        if self.specs:
            self.navigation.setCurrentRow(0)
        self.retranslate()
        self.resize(fitted(1100, 660))

    def _add_page(self, spec: PageSpec) -> None:
        """A place in the navigation and the stack; the page itself is built when first shown
        (or asked for), so unlocking neither builds nor loads pages nobody looks at."""
        self.stack.addWidget(QWidget())
        item = QListWidgetItem(icon(spec.icon), "")
        item.setData(_PAGE_ID_ROLE, spec.id)
        self.navigation.addItem(item)
        if self.drafts.has(self.vault.user, spec.id):
            self.pages[spec.id]  # unsaved edits from before a lock come back at once

    def _build_page(self, page_id: str) -> Page:
        row = next((row for row, spec in enumerate(self.specs) if spec.id == page_id), None)
        if row is None:
            raise KeyError(page_id)
        page = self.specs[row].factory(self.context)
        page.setObjectName(f"page-{page_id}")
        sealed = self.drafts.take(self.vault.user, page_id)
        draft = drafts.open_draft(self.vault, page_id, sealed) if sealed is not None else None
        if isinstance(draft, dict):
            page.restore_draft(draft)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.pages[self.specs[row].id]  # built on first show
        self.stack.setCurrentIndex(row)

    def show_page(self, page_id: str) -> bool:
        for row, spec in enumerate(self.specs):
            if spec.id == page_id:
                self.navigation.setCurrentRow(row)
                return True
        return False

    def open_page(self, page_id: str, request: Request) -> None:
        """Show a page and hand it a request (a search, a preset filter from a home card)."""
        if page_id == "settings":  # a dialog, not a page
            self.settings_requested.emit()
            return
        if self.show_page(page_id):
            self.pages[page_id].apply_request(request)

    def _search(self) -> None:
        self.search_timer.stop()
        text = self.search.text().strip()
        if text or self.current_page_id() == "cases":
            self.open_page("cases", {"query": text})

    def focus_search(self) -> None:
        """Ctrl+F / Ctrl+K: the list's own search box on People & cases, else the top bar."""
        page = self.pages.get(self.current_page_id() or "")
        if page is not None and page.focus_search():
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_page_id(self) -> str | None:
        row = self.navigation.currentRow()
        return self.specs[row].id if 0 <= row < len(self.specs) else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("AJO Cases"))
        role = role_label(self.vault.role)
        self.user_label.setText(
            self.tr("%1 · %2").replace("%1", self.vault.user).replace("%2", role)
        )
        self.search.setPlaceholderText(
            self.tr("Find people and cases (Ctrl+F)")
            if self.vault.may_read_personal
            else self.tr("Find cases by code (Ctrl+F)")
        )
        self.search_action.setVisible("cases" in {spec.id for spec in self.specs})
        self.settings_action.setText(self.tr("Settings…"))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        for row, spec in enumerate(self.specs):
            self.navigation.item(row).setText(spec.title())
        # The list is as wide as its longest title in the current language, never clipped.
        self.navigation.setFixedWidth(max(160, self.navigation.sizeHintForColumn(0) + 24))
        self._show_warnings()

    def _show_warnings(self) -> None:
        self._warnings_shown = len(self.vault.warnings)
        warnings = [warning_text(code) for code in self.vault.warnings]
        self.banner.show_message("\n".join(warnings))
        self.backup_status.retranslate()
        self.vault_place.retranslate()

    def _check_warnings(self) -> None:
        if len(self.vault.warnings) != self._warnings_shown:
            self._show_warnings()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _broadcast(self, changes: Changes) -> None:
        self.backup_status.refresh(changes)
        for page in self.pages.values():
            page.refresh(changes)

    def take_drafts(self) -> None:
        """Before a lock: pages with unsaved edits hand them to the draft store."""
        for page_id, page in self.pages.items():
            draft = page.take_draft()
            if draft:
                sealed = drafts.seal_draft(self.vault, page_id, draft)
                self.drafts.put(self.vault.user, page_id, sealed)

    def destroy_pages(self) -> None:
        """Remove every page and its models now, not at some later garbage collection.
        Dialogs still open on a page are closed first: a window-modal dialog deleted along
        with its page crashed Qt."""
        if self.feed is not None:
            self.feed.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.navigation.clear()
        self.specs = []
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages:  # closed by the person: the session decides (close vault, then quit)
            event.ignore()
            self.close_requested.emit()
            return
        super().closeEvent(event)


class _Pages(dict[str, Page]):
    """The pages built so far by id; asking for one not built yet builds it. Iterating sees
    only built pages: a page built later reads fresh data, so it needs no change notices."""

    def __init__(self, build: Callable[[str], Page]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, page_id: str) -> Page:
        page = self[page_id] = self._build(page_id)
        return page

    def get(self, page_id: str, default: Page | None = None) -> Page | None:  # type: ignore[override]
        try:
            return self[page_id]
        except KeyError:
            return default
