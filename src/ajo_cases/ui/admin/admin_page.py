"""Administration: one's own password for everyone here; accounts for administrators only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.services.access import profiles, users
from ajo_cases.services.access.users import UserInfo
from ajo_cases.services.changes import Changes
from ajo_cases.ui.admin.data_card import DataCard
from ajo_cases.ui.admin.letterhead_card import LetterheadCard
from ajo_cases.ui.admin.user_dialogs import AddUserDialog, ChangePasswordDialog, EditUserDialog
from ajo_cases.ui.app.pages import Page, PageContext, PageSpec
from ajo_cases.ui.kit.dialogs import ask, confirm, tell
from ajo_cases.ui.kit.roles import role_label
from ajo_cases.ui.kit.widgets import card, heading, open_dialog
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp


class AdminPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.is_admin = self.vault.role == "admin"
        self.users: list[UserInfo] = []
        self.dialog: QWidget | None = None  # the dialog last opened, for tests

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

        content = QWidget()  # long in some languages and roles: it scrolls, never overflows
        layout = QVBoxLayout(content)
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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()
        if self.is_admin:
            self.reload()

    def _build_accounts(self, layout: QVBoxLayout) -> None:
        accounts_card, accounts_layout = card()
        self.accounts_card = accounts_card
        self.accounts_heading = heading()
        self.table = QTableWidget(0, 5)
        self.table.setMinimumHeight(160)
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
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.change_selected_password)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (
            self.add_button, self.details_button, self.password_button, self.remove_button
        ):  # fmt: skip
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
            self.table.setHorizontalHeaderLabels(
                [
                    self.tr("User name"), self.tr("Full name"), self.tr("Position"),
                    self.tr("Work phone"), self.tr("Role"),
                ]
            )  # fmt: skip
            self.add_button.setText(self.tr("Add an account…"))
            self.details_button.setText(self.tr("Details…"))
            self.password_button.setText(self.tr("Change password…"))
            self.remove_button.setText(self.tr("Remove…"))
            self._fill()

    def reload(self) -> None:
        vault = self.vault
        QueryOp(self, lambda: users.list_users(vault)).success(self._loaded).run()

    def refresh(self, changes: Changes) -> None:
        if self.data_card is not None:
            self.data_card.refresh(changes)
        if changes.touches("users") and self.is_admin:
            self.reload()

    def _loaded(self, rows: list[UserInfo]) -> None:
        self.users = rows
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.users))
        for row, info in enumerate(self.users):
            texts = (info.name, info.full_name, info.position, info.phone, role_label(info.role))
            for column, value in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.password_button.setEnabled(chosen is not None)
        self.details_button.setEnabled(chosen is not None)
        # One cannot remove the account one is signed in with (the service refuses too).
        self.remove_button.setEnabled(chosen is not None and chosen.name != self.vault.user)

    def add_user(self) -> None:
        dialog = AddUserDialog({info.name for info in self.users}, self)
        vault = self.vault

        def submit() -> None:
            name, role, password = dialog.values()
            profile = dialog.profile()
            dialog.run_change(
                self.context.changes,
                lambda: users.add_user(vault, name, role, password, profile),
            )

        self._open(dialog, submit)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        current = profiles.Profile(
            chosen.name, chosen.full_name, chosen.position, chosen.phone, chosen.profile_version
        )
        dialog = EditUserDialog(current, self)
        vault = self.vault

        def submit() -> None:
            profile = dialog.profile()
            dialog.run_change(
                self.context.changes,
                lambda: profiles.set_profile(vault, profile, expected_version=profile.version),
            )

        self._open(dialog, submit)

    def change_selected_password(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.change_password(chosen.name)

    def change_password(self, name: str) -> None:
        dialog = ChangePasswordDialog(name, is_self=name == self.vault.user, parent=self)
        vault = self.vault

        def submit() -> None:
            password = dialog.values()
            dialog.run_change(
                self.context.changes, lambda: users.change_password(vault, name, password)
            )

        self._open(dialog, submit)

    def _open(
        self,
        dialog: AddUserDialog | ChangePasswordDialog | EditUserDialog,
        submit: Callable[[], None],
    ) -> None:
        self.dialog = dialog
        dialog.submitted.connect(submit)
        open_dialog(dialog)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.name == self.vault.user:
            return
        admins = [info for info in self.users if info.role == "admin"]
        if chosen.role == "admin" and len(admins) == 1:
            self.dialog = tell(
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
        vault = self.vault
        self.dialog = confirm(
            self,
            self.tr("Remove an account"),
            text,
            action,
            lambda: (
                ChangeOp(self, self.context.changes, lambda: users.remove_user(vault, chosen.name))
                .success(lambda _changes: self.offer_rotation(chosen.name))
                .run()
            ),
        )

    def offer_rotation(self, name: str) -> None:
        """Removing an account is completed by a key rotation: say so, and offer it."""
        if self.vault.on_server:
            self.dialog = ask(
                self,
                self.tr("Account removed"),
                self.tr(
                    "“%1” can no longer sign in: the account's login on the office server is "
                    "disabled and its open sessions have ended. Rotating the personal-data key "
                    "completes the removal: every personal field is sealed again under a new "
                    "key, while the other computers keep working, so the key this account held "
                    "opens nothing from then on. Rotate the key now? (Every other account that "
                    "reads personal data then gets a temporary password.)"
                ).replace("%1", name),
                self.tr("Rotate keys…"),
                lambda: self.context.open_page("backups", {"rotate": True}),
            )
            return
        text = self.tr(
            "“%1” can no longer unlock AJO Cases. Rotating the keys completes the removal: "
            "until then, someone who kept a copy of the key file or of a backup could still "
            "open it with that password. Rotate the keys now? (Every other account then gets "
            "a temporary password.)"
        ).replace("%1", name)
        self.dialog = ask(
            self,
            self.tr("Account removed"),
            text,
            self.tr("Rotate keys…"),
            lambda: self.context.open_page("backups", {"rotate": True}),
        )


PAGE = PageSpec(
    id="administration",
    title=lambda: QCoreApplication.translate("Pages", "Administration"),
    icon="administration.svg",
    roles=frozenset({"admin", "case_worker", "shelter_staff", "manager"}),
    factory=AdminPage,
    order=900,
)
