"""A case in its own window: the header band, the tabs, Save (Ctrl+S) and the main actions.

The whole case is loaded at once on the worker (services.case_detail) and reloaded after any
change that concerns it. Unsaved edits are asked about on closing and kept as a draft across
an idle lock (SECURITY.md fault 14)."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.services.casework import case_detail
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import SHELTER_TABS, CaseTab, can
from ajo_cases.ui.cases.tabs.header import CaseHeader
from ajo_cases.ui.kit.widgets import MessageLabel, icon
from ajo_cases.ui.runtime.rule_messages import show_failure
from ajo_cases.ui.runtime.window_guard import run_for

PRINT_MODULE = "ajo_cases.ui.printing.print_dialog"
# Change kinds after which an open case reloads (when the change concerns it).
RELOAD_KINDS = frozenset({"case", "person", "consent", "assessment", "plan_action", "assistance",
                          "stay", "referral", "follow_up", "attachment", "grant"})  # fmt: skip


def _tab_classes() -> list[type[CaseTab]]:
    from ajo_cases.ui.cases.tabs import (
        assistance,
        consent,
        documents,
        followups,
        grant,
        history,
        plan,
        profile,
        referrals,
        shelter,
        trafficking,
    )

    return [
        profile.ProfileTab, trafficking.TraffickingTab, consent.ConsentTab, plan.PlanTab,
        assistance.AssistanceTab, shelter.ShelterTab, referrals.ReferralsTab, grant.GrantTab,
        followups.FollowUpsTab, documents.DocumentsTab, history.HistoryTab,
    ]  # fmt: skip


class CaseWindow(QWidget):
    def __init__(
        self,
        context: PageContext,
        case_id: str,
        parent: QWidget | None = None,
        draft: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("CaseWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(icon("app.svg"))
        self.context = context
        self.vault = context.vault
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self.pending_draft = draft
        self.role = self.vault.role

        self.header = CaseHeader()
        self.header.add_assistance.clicked.connect(lambda: self.action("assistance", "add"))
        self.header.refer.clicked.connect(lambda: self.action("referrals", "add"))
        self.header.admit.clicked.connect(lambda: self.action("shelter", "admit"))
        self.header.print_button.clicked.connect(self.print_case)
        self.header.close_case.clicked.connect(lambda: self.action("profile", "status"))
        self.header.add_assistance.setVisible(can(self.role, "assistance"))
        self.header.refer.setVisible(can(self.role, "refer"))
        self.header.admit.setVisible(can(self.role, "shelter"))
        self.header.print_button.setVisible(importlib.util.find_spec(PRINT_MODULE) is not None)
        self.header.close_case.setVisible(can(self.role, "status"))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages: dict[str, CaseTab] = {}
        for cls in _tab_classes():
            if self.role == "shelter_staff" and cls.key not in SHELTER_TABS:
                continue
            tab = cls(context, self)
            self.tab_pages[cls.key] = tab
            self.tabs.addTab(tab, "")

        self.message = MessageLabel(MessageLabel.NOTE)
        self.save_button, self.close_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.save_button.setVisible(self.editable())
        self.save_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.retranslate()
        self.resize(1060, 760)
        context.changes.changed.connect(self.refresh)
        self.reload()

    def editable(self) -> bool:
        return can(self.role, "edit_person") or can(self.role, "edit_case")

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        vault, case_id = self.vault, self.case_id
        run_for(
            self,
            self.context,
            lambda: case_detail.case_detail(vault, case_id),
            self._loaded,
            lambda exc: show_failure(self, exc),
        )

    def _loaded(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.header.load(detail)
        for tab in self.tab_pages.values():
            tab.load(detail)
        if self.pending_draft:
            draft, self.pending_draft = self.pending_draft, None
            for key, value in draft.items():
                if key in self.tab_pages and value is not None:
                    self.tab_pages[key].restore_draft(value)
            self.message.show_message(
                self.tr("Your unsaved changes from before the lock are back. Save them.")
            )
        self._update_titles()
        self.edited()

    def refresh(self, changes: set[str]) -> None:
        if changes & RELOAD_KINDS:
            self.reload()

    # --- edits ---------------------------------------------------------------------------

    def dirty(self) -> bool:
        return any(tab.is_dirty() for tab in self.tab_pages.values())

    def edited(self) -> None:
        dirty = self.dirty()
        self.save_button.setEnabled(dirty)
        title = self.detail.case.code if self.detail else ""
        self.setWindowTitle(
            ("* " if dirty else "") + self.tr("Case %1 — AJO Cases").replace("%1", title)
        )

    def save(self, then: Any = None) -> None:
        saving = [tab for tab in self.tab_pages.values() if tab.is_dirty()]
        if not saving:
            if then:
                then()
            return
        jobs = [tab.save_job() for tab in saving]  # type: ignore[attr-defined]
        if any(job is None for job in jobs):  # a tab showed what to correct
            return

        def run_all() -> list[Any]:
            return [job() for job in jobs]

        def saved(results: list[Any]) -> None:
            kinds: set[str] = set()
            for tab, (record, changes) in zip(saving, results, strict=True):
                tab.saved(record)  # type: ignore[attr-defined]
                kinds |= set(changes.kinds)
            self.message.show_message(self.tr("Saved."))
            self.edited()
            self.context.announce(*kinds)
            if then:
                then()

        self.save_button.setEnabled(False)
        run_for(self, self.context, run_all, saved, self._save_failed)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_failure(self, exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty():
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Unsaved changes"))
            box.setText(self.tr("This case has changes that are not saved. Save them?"))
            save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(
                self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is save:
                event.ignore()
                self.save(then=self._close_clean)
                return
            if clicked is not discard:
                event.ignore()
                return
            for tab in self.tab_pages.values():
                tab.restore_draft(None)
        super().closeEvent(event)

    def _close_clean(self) -> None:
        if not self.dirty():
            self.close()

    # --- drafts across a lock ------------------------------------------------------------

    def take_draft(self) -> dict[str, Any] | None:
        draft = {key: tab.take_draft() for key, tab in self.tab_pages.items() if tab.is_dirty()}
        return draft or None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        if self.detail is None:
            self.pending_draft = draft
            return
        for key, value in draft.items():
            if key in self.tab_pages:
                self.tab_pages[key].restore_draft(value)
        self.edited()

    # --- actions -------------------------------------------------------------------------

    def action(self, tab_key: str, name: str) -> None:
        tab = self.tab_pages.get(tab_key)
        if tab is None or self.detail is None:
            return
        self.tabs.setCurrentWidget(tab)
        getattr(tab, f"do_{name}")()

    def print_case(self) -> None:
        try:
            module = importlib.import_module(PRINT_MODULE)
        except ImportError:
            return
        dialog = module.PrintDialog(self.context, self.case_id, self)
        dialog.open()

    # --- texts ---------------------------------------------------------------------------

    def _update_titles(self) -> None:
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, CaseTab):
                badge = tab.attention() if self.detail is not None else ""
                self.tabs.setTabText(index, tab.title() + (f" {badge}" if badge else ""))

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self._update_titles()
        self.edited()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
