"""Home: a welcome card with the role, number cards that open the list behind them (my open
cases, overdue follow-ups, referrals awaiting an answer, the shelter today, grants waiting,
backups), and facts about the vault. Only counts: never a name, for any role. A case worker
sees their own work at first ("Only my work"); one click shows everyone's, and the lists the
cards open follow the same choice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.services.casework import worklists
from ajo_cases.services.changes import Changes
from ajo_cases.ui.app.pages import ALL_ROLES, Page, PageContext, PageSpec
from ajo_cases.ui.home.home_cards import StatCard
from ajo_cases.ui.kit.deferred import once_on_screen
from ajo_cases.ui.kit.formatting import format_moment
from ajo_cases.ui.kit.roles import role_description, role_label
from ajo_cases.ui.kit.widgets import card, heading
from ajo_cases.ui.runtime.operations import QueryOp

CASE_WORK = frozenset({"admin", "case_worker"})
# card id -> roles that see it; a manager sees counts (and only pseudonymous lists)
CARD_ROLES: dict[str, frozenset[str]] = {
    "mine": CASE_WORK,
    "overdue": ALL_ROLES,
    "referrals": CASE_WORK | {"manager"},
    "shelter": ALL_ROLES,
    "grants": CASE_WORK | {"manager"},
    "backup": ALL_ROLES,
    "retention": frozenset({"admin"}),  # shown only while someone is past the period
}
# card id -> the lists behind it, best first; the first page the role has is opened
CARD_TARGETS: dict[str, tuple[tuple[str, dict[str, Any]], ...]] = {
    "mine": (("cases", {"preset": "mine"}),),
    "overdue": (
        ("followups", {"overdue_only": True}),
        ("cases", {"preset": "overdue"}),
    ),
    "referrals": (("referrals", {"status": "sent"}), ("cases", {"preset": "awaiting_answer"})),
    "shelter": (("shelter", {}), ("cases", {"preset": "in_shelter"})),
    "grants": (("grants", {"status": ",".join(worklists.GRANTS_WAITING)}),),
    "backup": (("backups", {}),),
    "retention": (("retention", {}),),
}
MINE_PAGES = frozenset({"followups", "referrals", "grants"})  # lists with "Mine only"
REFRESH_KINDS = frozenset(
    {
        "case",
        "follow_up",
        "referral",
        "stay",
        "grant",
        "backups",
        "plan",
        "person",
        "retention",
        "settings",
    }
)


def pages_for(role: str) -> set[str]:
    from ajo_cases.ui.app.pages import default_registry

    return {spec.id for spec in default_registry().for_role(role)}


def _local_time(moment: Any) -> str:
    return format_moment(moment)


class HomePage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        vault = context.vault
        self.welcome = heading(1.4)
        self.role_text = QLabel()
        self.role_text.setWordWrap(True)
        welcome_card, welcome_layout = card()
        welcome_layout.addWidget(self.welcome)
        welcome_layout.addWidget(self.role_text)
        self.mine_only = QCheckBox()
        self.mine_only.setChecked(vault.role == "case_worker")
        self.mine_only.setVisible(vault.role in CASE_WORK)
        self.mine_only.toggled.connect(lambda _on: self.reload())
        welcome_layout.addWidget(self.mine_only)

        facts_card, facts_layout = card()
        self.facts_heading = heading()
        facts_layout.addWidget(self.facts_heading)
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.folder_label, self.accounts_label, self.personal_label = QLabel(), QLabel(), QLabel()
        self.folder_value = QLabel(str(vault.data_dir))
        self.folder_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_value.setWordWrap(True)
        self.accounts_value = QLabel("…")  # counted on the worker with the cards
        self.personal_value = QLabel()
        facts.addRow(self.folder_label, self.folder_value)
        facts.addRow(self.accounts_label, self.accounts_value)
        facts.addRow(self.personal_label, self.personal_value)
        facts_layout.addLayout(facts)

        self.cards: dict[str, StatCard] = {}
        self.targets: dict[str, tuple[str, dict[str, Any]]] = {}
        self.summary: worklists.HomeSummary | None = None
        grid = QGridLayout()
        grid.setSpacing(12)
        available = pages_for(vault.role)
        for card_id, roles in CARD_ROLES.items():
            if vault.role not in roles:
                continue
            stat = StatCard(card_id)
            target = next((t for t in CARD_TARGETS[card_id] if t[0] in available), None)
            if target is not None:
                self.targets[card_id] = target
            stat.set_clickable(target is not None)
            stat.activated.connect(self.open_card)
            position = len(self.cards)
            grid.addWidget(stat, position // 3, position % 3)
            self.cards[card_id] = stat
            stat.setVisible(card_id != "retention")  # until someone is found past the period
        for column in range(3):
            grid.setColumnStretch(column, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(welcome_card)
        layout.addLayout(grid)
        layout.addWidget(facts_card)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # sideways too: in a narrow window the cards scroll rather than being cut
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(content)
        self.cards_scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()
        # Counted once Home is on screen: a page opened straight after unlocking (a search, a
        # case) does not wait behind the counts on the worker.
        once_on_screen(self, self.reload)

    # --- the number cards ----------------------------------------------------------------

    def reload(self) -> None:
        vault, mine = self.context.vault, self.mine_only.isChecked()
        QueryOp(self, lambda: worklists.home_summary(vault, mine_only=mine)).success(
            self._loaded
        ).run()

    def _loaded(self, summary: worklists.HomeSummary) -> None:
        self.summary = summary
        self._show_summary()

    def open_card(self, card_id: str) -> None:
        target = self.targets.get(card_id)
        if target is not None:
            request = dict(target[1])
            if target[0] in MINE_PAGES:
                request["mine_only"] = self.mine_only.isChecked()
            self.context.open_page(target[0], request)

    def _show_summary(self) -> None:
        summary = self.summary
        if summary is None:
            return
        self.accounts_value.setText(str(summary.accounts))
        counts = summary.counts
        yours = " " + self.tr("(yours)") if summary.mine_only else ""
        texts: dict[str, tuple[str, str, str]] = {
            "mine": (
                str(counts.my_open_cases),
                self.tr("Cases assigned to you that are not closed"),
                "",
            ),
            "overdue": (
                str(counts.overdue_tasks),
                self.tr("Tasks past their due date, in %1 cases").replace(
                    "%1", str(counts.overdue_follow_ups)
                )
                + yours,
                "",
            ),
            "referrals": (
                str(counts.referrals_awaiting),
                self.tr("Sent to an organisation, no answer recorded yet") + yours,
                "",
            ),
            "shelter": (
                self.tr("%1 / %2")
                .replace("%1", str(counts.beds_used))
                .replace("%2", str(counts.beds_total)),
                self.tr("Beds in use today. This week: %1 admitted, %2 discharged")
                .replace("%1", str(counts.admissions_this_week))
                .replace("%2", str(counts.discharges_this_week)),
                "",
            ),
            "grants": (
                str(summary.grants_waiting),
                self.tr("Submitted for approval, or handed over with monitoring visits to make")
                + yours,
                "",
            ),
            "backup": self._backup_texts(summary.backup),
            "retention": (
                str(summary.retention_due),
                self.tr("People whose cases all closed longer ago than the retention period"),
                self.tr("Review them and anonymise their data (Retention)."),
            ),
        }
        for card_id, stat in self.cards.items():
            stat.set_value(*texts[card_id])
        if "retention" in self.cards:
            self.cards["retention"].setVisible(summary.retention_due > 0)

    def _backup_texts(self, backup: Any) -> tuple[str, str, str]:
        last = backup.last_good_at
        value = self.tr("never") if last is None else _local_time(last)
        days = str(backup.max_age_days)
        if not backup.overdue:
            return value, self.tr("Last good backup. Backups are checked daily."), ""
        if last is None:
            warning = self.tr("No backup has been made yet. Make one now (Backups).")
        else:
            warning = self.tr(
                "Backup overdue: the last good backup is older than %1 days. Make one now."
            ).replace("%1", days)
        if self.context.vault.role != "admin":
            warning += " " + self.tr("Ask the administrator.")
        return value, self.tr("Last good backup"), warning

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.summary is not None:  # the first load comes with the first showing
            self.reload()

    def retranslate(self) -> None:
        vault = self.context.vault
        self.welcome.setText(self.tr("Welcome, %1").replace("%1", vault.user))
        self.role_text.setText(
            self.tr("You are signed in as %1. %2")
            .replace("%1", role_label(vault.role))
            .replace("%2", role_description(vault.role))
        )
        self.mine_only.setText(self.tr("Only my work (clear to see everyone's)"))
        self.facts_heading.setText(self.tr("About this vault"))
        self.folder_label.setText(self.tr("Data folder:"))
        self.accounts_label.setText(self.tr("Accounts:"))
        self.personal_label.setText(self.tr("Personal data:"))
        self.personal_value.setText(
            self.tr("visible to your account")
            if vault.may_read_personal
            else self.tr("hidden from your account")
        )
        titles = {
            "mine": self.tr("My open cases"),
            "overdue": self.tr("Overdue follow-ups"),
            "referrals": self.tr("Referrals awaiting an answer"),
            "shelter": self.tr("Shelter today"),
            "grants": self.tr("Grants awaiting approval or monitoring"),
            "backup": self.tr("Backup"),
            "retention": self.tr("Past the retention period"),
        }
        for card_id, stat in self.cards.items():
            stat.title.setText(titles[card_id])
            stat.open_button.setText(
                {"backup": self.tr("Open Backups"), "retention": self.tr("Open Retention")}.get(
                    card_id, self.tr("Show list")
                )
            )
            stat.setAccessibleName(titles[card_id])
        self._show_summary()

    def refresh(self, changes: Changes) -> None:
        if changes.touches("users", *REFRESH_KINDS):
            self.reload()


PAGE = PageSpec(
    id="home",
    title=lambda: QCoreApplication.translate("Pages", "Home"),
    icon="home.svg",
    roles=ALL_ROLES,
    factory=HomePage,
    order=0,
)
