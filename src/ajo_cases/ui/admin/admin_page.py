"""Administration: one's own password for everyone here; accounts for administrators only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.services.access import users
from ajo_cases.services.access.users import UserInfo
from ajo_cases.ui.admin.data_card import DataCard
from ajo_cases.ui.admin.letterhead_card import LetterheadCard
from ajo_cases.ui.admin.user_dialogs import AddUserDialog, ChangePasswordDialog
from ajo_cases.ui.app.pages import PageContext, PageSpec
from ajo_cases.ui.home.home_page import card, heading
from ajo_cases.ui.kit.roles import role_label


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before a destructive step; the action button names what happens."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


class AdminPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.vault = context.vault
        self.is_admin = self.vault.role == "admin"
        self.users: list[UserInfo] = []
        self.dialog: AddUserDialog | ChangePasswordDialog | None = None

        own_card, own_layout = card()
        self.own_heading = heading()
        self.own_text = QLabel()
        self.own_text.setWordWrap(True)
        self.own_button = QPushButton()
        self.own_button.clicked.connect(lambda: self.change_password(self.vault.user))
        self.settings_button = QPushButton()  # idle lock and language, for this computer
        self.settings_button.clicked.connect(lambda: context.open_page("settings"))
        own_layout.addWidget(self.own_heading)
        own_layout.addWidget(self.own_text)
        row = QHBoxLayout()
        row.addWidget(self.own_button)
        row.addWidget(self.settings_button)
        row.addStretch(1)
        own_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(own_card)
        self.accounts_card: QWidget | None = None
        self.data_card: DataCard | None = None
        if self.is_admin or self.vault.role == "manager":
            self.data_card = DataCard(context)  # managers: pseudonymized export only
        if self.is_admin:
            self._build_accounts(layout)
            layout.addWidget(LetterheadCard(context))
        if self.data_card is not None:
            layout.addWidget(self.data_card)
        if not self.is_admin:
            layout.addStretch(1)
        self.retranslate()
        if self.is_admin:
            self.reload()

    def _build_accounts(self, layout: QVBoxLayout) -> None:
        accounts_card, accounts_layout = card()
        self.accounts_card = accounts_card
        self.accounts_heading = heading()
        self.table = QTableWidget(0, 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button, self.password_button, self.remove_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.change_selected_password)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        accounts_layout.addWidget(self.accounts_heading)
        accounts_layout.addWidget(self.table, 1)
        accounts_layout.addLayout(buttons)
        layout.addWidget(accounts_card, 1)

    def retranslate(self) -> None:
        self.own_heading.setText(self.tr("My account"))
        self.own_text.setText(
            self.tr("You are signed in as “%1” (%2).")
            .replace("%1", self.vault.user)
            .replace("%2", role_label(self.vault.role))
        )
        self.own_button.setText(self.tr("Change my password…"))
        self.settings_button.setText(self.tr("Settings…"))
        if self.is_admin:
            self.accounts_heading.setText(self.tr("Accounts"))
            self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Role")])
            self.add_button.setText(self.tr("Add an account…"))
            self.password_button.setText(self.tr("Change password…"))
            self.remove_button.setText(self.tr("Remove…"))
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self.context.run(lambda: users.list_users(self.vault), self._loaded, parent=self)

    def refresh(self, changes: set[str]) -> None:
        if self.data_card is not None:
            self.data_card.refresh(changes)
        if "users" in changes and self.is_admin:
            self.reload()

    def _loaded(self, rows: list[UserInfo]) -> None:
        self.users = rows
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.users))
        for row, info in enumerate(self.users):
            self.table.setItem(row, 0, QTableWidgetItem(info.name))
            self.table.setItem(row, 1, QTableWidgetItem(role_label(info.role)))
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.password_button.setEnabled(chosen is not None)
        # One cannot remove the account one is signed in with (the service refuses too).
        self.remove_button.setEnabled(chosen is not None and chosen.name != self.vault.user)

    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        self.dialog = dialog

        def submit() -> None:
            name, role, password = dialog.values()
            if any(info.name == name for info in self.users):
                dialog.show_error(self.tr("An account with this name already exists."))
                return
            dialog.set_busy(True)
            self.context.run(
                lambda: users.add_user(self.vault, name, role, password),
                lambda _info: self._done(dialog),
                dialog.show_error,
            )

        dialog.submitted.connect(submit)
        dialog.open()

    def change_selected_password(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.change_password(chosen.name)

    def change_password(self, name: str) -> None:
        dialog = ChangePasswordDialog(name, is_self=name == self.vault.user, parent=self)
        self.dialog = dialog

        def submit() -> None:
            password = dialog.values()
            if not dialog.passwords.is_valid():
                dialog.show_error(self.tr("Choose a password that meets the rules above."))
                return
            dialog.set_busy(True)
            self.context.run(
                lambda: users.change_password(self.vault, name, password),
                lambda _none: self._done(dialog),
                dialog.show_error,
            )

        dialog.submitted.connect(submit)
        dialog.open()

    def _done(self, dialog: AddUserDialog | ChangePasswordDialog) -> None:
        dialog.set_busy(False)
        dialog.accept()
        dialog.deleteLater()
        self.dialog = None
        self.context.announce("users")

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.name == self.vault.user:
            return
        admins = [info for info in self.users if info.role == "admin"]
        if chosen.role == "admin" and len(admins) == 1:
            QMessageBox.information(
                self,
                self.tr("Remove an account"),
                self.tr("The last administrator cannot be removed."),
            )
            return
        text = (
            self.tr(
                "Remove the account “%1” (%2)? From now on it cannot unlock the vault. "
                "Records it entered and its history stay. This cannot be undone: to let the "
                "person in again, add a new account."
            )
            .replace("%1", chosen.name)
            .replace("%2", role_label(chosen.role))
        )
        action = self.tr("Remove “%1”").replace("%1", chosen.name)
        if not confirm(self, self.tr("Remove an account"), text, action):
            return
        self.context.run(
            lambda: users.remove_user(self.vault, chosen.name),
            lambda _none: self.context.announce("users"),
            parent=self,
        )


PAGE = PageSpec(
    id="administration",
    title=lambda: QCoreApplication.translate("Pages", "Administration"),
    icon="administration.svg",
    roles=frozenset({"admin", "case_worker", "shelter_staff", "manager"}),
    factory=AdminPage,
    order=900,
)
