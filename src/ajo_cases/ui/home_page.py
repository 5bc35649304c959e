"""Home: a welcome card with the role, and facts about the vault (never personal data).

Later work adds cards for open cases, overdue follow-ups, shelter beds and backups.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from ajo_cases.ui.pages import ALL_ROLES, PageContext, PageSpec
from ajo_cases.ui.roles import role_description, role_label


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Card")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def heading(scale: float = 1.25) -> QLabel:
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class HomePage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        vault = context.vault
        self.welcome = heading(1.4)
        self.role_text = QLabel()
        self.role_text.setWordWrap(True)
        welcome_card, welcome_layout = card()
        welcome_layout.addWidget(self.welcome)
        welcome_layout.addWidget(self.role_text)

        facts_card, facts_layout = card()
        self.facts_heading = heading()
        facts_layout.addWidget(self.facts_heading)
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.folder_label, self.accounts_label, self.personal_label = QLabel(), QLabel(), QLabel()
        self.folder_value = QLabel(str(vault.data_dir))
        self.folder_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_value.setWordWrap(True)
        # Accounts are in memory (the key file); counting them touches no database.
        self.accounts_value = QLabel(str(len(vault.slot_file.users())))
        self.personal_value = QLabel()
        facts.addRow(self.folder_label, self.folder_value)
        facts.addRow(self.accounts_label, self.accounts_value)
        facts.addRow(self.personal_label, self.personal_value)
        facts_layout.addLayout(facts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(welcome_card)
        layout.addWidget(facts_card)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        vault = self.context.vault
        self.welcome.setText(self.tr("Welcome, %1").replace("%1", vault.user))
        self.role_text.setText(
            self.tr("You are signed in as %1. %2")
            .replace("%1", role_label(vault.role))
            .replace("%2", role_description(vault.role))
        )
        self.facts_heading.setText(self.tr("About this vault"))
        self.folder_label.setText(self.tr("Data folder:"))
        self.accounts_label.setText(self.tr("Accounts:"))
        self.personal_label.setText(self.tr("Personal data:"))
        self.personal_value.setText(
            self.tr("visible to your account")
            if vault.may_read_personal
            else self.tr("hidden from your account")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, changes: set[str]) -> None:
        if "users" in changes:
            self.accounts_value.setText(str(len(self.context.vault.slot_file.users())))


PAGE = PageSpec(
    id="home",
    title=lambda: QCoreApplication.translate("Pages", "Home"),
    icon="home.svg",
    roles=ALL_ROLES,
    factory=HomePage,
    order=0,
)
