"""A case in its own window: the header band, the tabs, Save (Ctrl+S) and the main actions.

The whole case is loaded at once on the worker (services.case_detail) and loaded again after
any operation whose Changes name this case (Changes.case_ids), whichever window ran it.
Unsaved edits are asked about on closing and kept as a draft across an idle lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

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
from ajo_cases.services.casework.permissions import may
from ajo_cases.services.changes import Changes
from ajo_cases.ui.app.pages import Draft, PageContext
from ajo_cases.ui.cases.person_data import PersonDataActions
from ajo_cases.ui.cases.tabs import (
    assistance,
    case_fields,
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
from ajo_cases.ui.cases.tabs.common import SHELTER_TABS, CaseTab, SaveJob
from ajo_cases.ui.cases.tabs.header import CaseHeader
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.widgets import MessageLabel, fitted, icon, open_dialog
from ajo_cases.ui.runtime.failures import show_failure
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp

TabT = TypeVar("TabT", bound=CaseTab)
TAB_CLASSES: tuple[type[CaseTab], ...] = (
    case_fields.CaseFieldsTab, profile.ProfileTab, trafficking.TraffickingTab, consent.ConsentTab,
    plan.PlanTab, assistance.AssistanceTab, shelter.ShelterTab, referrals.ReferralsTab,
    grant.GrantTab, followups.FollowUpsTab, documents.DocumentsTab, history.HistoryTab,
)  # fmt: skip


def _save_all(jobs: list[SaveJob]) -> tuple[list[Any], Changes]:
    """On the worker: every edited tab's save, one after another; what they changed."""
    records, changes = [], Changes()
    for job in jobs:
        record, changed = job()
        records.append(record)
        changes |= changed
    return records, changes


class CaseWindow(QWidget):
    def __init__(
        self,
        context: PageContext,
        case_id: str,
        parent: QWidget | None = None,
        draft: Draft | None = None,
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
        self.dialog: QWidget | None = None  # the question open on closing, for tests
        self._discarding = False

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages: dict[str, CaseTab] = {}
        for cls in TAB_CLASSES:
            if self.role == "shelter_staff" and cls.key not in SHELTER_TABS:
                continue
            tab = cls(context)
            tab.edited.connect(self.edited)
            self.tab_pages[cls.key] = tab
            self.tabs.addTab(tab, "")

        self.header = CaseHeader()
        actions: list[tuple[QPushButton, Callable[[], None], str]] = [
            (self.header.add_assistance, self._tab_action(assistance.AssistanceTab,
                                                          assistance.AssistanceTab.do_add),
             "assistance"),
            (self.header.refer, self._tab_action(referrals.ReferralsTab,
                                                 referrals.ReferralsTab.do_add), "refer"),
            (self.header.admit, self._tab_action(shelter.ShelterTab, shelter.ShelterTab.do_admit),
             "shelter"),
        ]  # fmt: skip
        for button, action, ability in actions:
            button.clicked.connect(action)
            button.setVisible(self._may(ability))
        self.header.close_case.setVisible(self._may("status"))
        for target, status_action in self.header.status_actions.items():
            status_action.triggered.connect(self._status_action(target))
        self.header.print_button.clicked.connect(self.print_case)
        # Printed papers hold personal data: a role that may not read it is not offered Print….
        self.header.print_button.setVisible(self.vault.may_read_personal)
        self.person_data = PersonDataActions(self, context, self._notice)
        menu = self.header.person_data.menu()
        self.export_action = menu.addAction("", self.export_person_data)
        self.erase_action = menu.addAction("", self.erase_person_data)
        self.export_action.setVisible(self._may("person_export"))
        self.erase_action.setVisible(self._may("erase"))
        self.header.person_data.setVisible(self._may("person_export") or self._may("erase"))
        self.header_actions = [button for button, _action, ability in actions
                               if self._may(ability)]  # fmt: skip
        if self._may("status"):
            self.header_actions.append(self.header.close_case)

        self.message = MessageLabel(MessageLabel.NOTE)
        for tab in self.tab_pages.values():
            tab.notice.connect(self.message.show_message)
        self.save_button, self.close_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(lambda: self.save())
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
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.retranslate()
        self.resize(fitted(1060, 660))
        context.changes.changed.connect(self.refresh)
        self.reload()

    def _may(self, ability: str) -> bool:
        return may(self.role, ability)

    def editable(self) -> bool:
        return self._may("edit_person") or self._may("edit_case")

    def _tab_action(self, kind: type[TabT], act: Callable[[TabT], None]) -> Callable[[], None]:
        """A header button: show the tab of `kind`, then run its action."""

        def run() -> None:
            tab = next((t for t in self.tab_pages.values() if isinstance(t, kind)), None)
            if tab is not None and self.detail is not None:
                self.tabs.setCurrentWidget(tab)
                act(tab)

        return run

    def _status_action(self, target: str) -> Callable[[], None]:
        """A move in the case status menu, run by the Profile tab (which shows the result)."""
        return self._tab_action(
            profile.ProfileTab, lambda tab: profile.ProfileTab.do_status(tab, target)
        )

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        vault, case_id = self.vault, self.case_id
        QueryOp(self, lambda: case_detail.case_detail(vault, case_id)).success(self._loaded).run()

    def _loaded(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.header.load(detail)
        for tab in self.tab_pages.values():
            tab.load(detail)
        self._show_erased(detail)
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

    def refresh(self, changes: Changes) -> None:
        """Reload only when the change concerns this case (its records, its person)."""
        if changes.concerns_case(self.case_id):
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

    def save(self, then: Callable[[], object] | None = None) -> None:
        saving = [tab for tab in self.tab_pages.values() if tab.is_dirty()]
        if not saving:
            if then is not None:
                then()
            return
        jobs = [tab.save_job() for tab in saving]
        ready = [job for job in jobs if job is not None]
        if len(ready) < len(jobs):  # a tab showed what to correct
            return

        def saved(result: tuple[list[Any], Changes]) -> None:
            for tab, record in zip(saving, result[0], strict=True):
                tab.saved(record)
            self.message.show_message(self.tr("Saved."))
            self.edited()
            if then is not None:
                then()

        self.save_button.setEnabled(False)
        ChangeOp(self, self.context.changes, lambda: _save_all(ready)).success(saved).failure(
            self._save_failed
        ).run()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.dialog = show_failure(self, exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty() and not self._discarding:
            event.ignore()
            self._ask_unsaved()
            return
        super().closeEvent(event)

    def _ask_unsaved(self) -> None:
        """Save, discard, or stay: asked without a nested event loop."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("This case has changes that are not saved. Save them?"))
        # Three different verbs, so a slip cannot lose work: Save is the default (Enter), and
        # Escape keeps editing.
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        save.clicked.connect(lambda: self.save(then=self._close_clean))
        discard.clicked.connect(self.discard_and_close)
        self.dialog = box
        open_dialog(box)

    def discard_and_close(self) -> None:
        for tab in self.tab_pages.values():
            tab.restore_draft(None)
        self._discarding = True
        self.close()

    def _close_clean(self) -> None:
        if not self.dirty():
            self.close()

    # --- drafts across a lock ------------------------------------------------------------

    def take_draft(self) -> Draft | None:
        draft = {key: tab.take_draft() for key, tab in self.tab_pages.items() if tab.is_dirty()}
        return draft or None

    def restore_draft(self, draft: Draft) -> None:
        if self.detail is None:
            self.pending_draft = draft
            return
        for key, value in draft.items():
            if key in self.tab_pages:
                self.tab_pages[key].restore_draft(value)
        self.edited()

    def erased(self) -> bool:
        return self.detail is not None and self.detail.person.erased_at is not None

    def _show_erased(self, detail: CaseDetail) -> None:
        """An erased person's case is kept for statistics only: nothing in it changes."""
        erased = detail.person.erased_at is not None
        for key, tab in self.tab_pages.items():
            tab.setEnabled(not erased or key == "history")
        profile = self.tab_pages.get("profile")
        if erased and profile is not None:  # nothing personal is left to show or edit
            index = self.tabs.indexOf(profile)
            self.tabs.setTabVisible(index, False)
            if self.tabs.currentIndex() == index:
                self.tabs.setCurrentIndex(index + 1)
        for button in self.header_actions:
            button.setVisible(not erased)
        self.save_button.setVisible(self.editable() and not erased)
        self.erase_action.setEnabled(not erased)
        self.export_action.setEnabled(True)
        if erased and detail.person.erased_at is not None:
            self.message.show_message(
                self.tr(
                    "The personal data of this person were erased on %1. The case is kept "
                    "for statistics only and can no longer change."
                ).replace("%1", format_date(detail.person.erased_at.date()))
            )

    def _notice(self, text: str) -> None:
        self.message.show_message(text)

    # --- actions -------------------------------------------------------------------------

    def export_person_data(self) -> None:
        if self.detail is not None:
            self.person_data.export(self.detail.person.id, self.detail.case.code)
            self.dialog = self.person_data.dialog

    def erase_person_data(self) -> None:
        if self.detail is not None and not self.erased():
            self.person_data.erase(self.detail.person.id)

    def print_case(self) -> None:
        from ajo_cases.ui.printing.print_dialog import PrintDialog  # QtPdf loads when needed

        dialog = PrintDialog(self.context, self.case_id, self)
        self.dialog = dialog
        open_dialog(dialog)

    # --- texts ---------------------------------------------------------------------------

    def _update_titles(self) -> None:
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, CaseTab):
                badge = tab.attention() if self.detail is not None else ""
                self.tabs.setTabText(index, tab.title() + (f" {badge}" if badge else ""))

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("Copy of the person's data…"))
        self.erase_action.setText(self.tr("Erase the person's data…"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self._update_titles()
        self.edited()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
