"""Retention (administrators): how long a person's data is kept after their last case was
closed, who is past it, and anonymising them as an erasure does (after a confirmation that
names how many people and that it cannot be undone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import retention
from ajo_cases.services.people.erasure import ErasureResult
from ajo_cases.services.people.retention import DuePerson, RetentionSetting
from ajo_cases.ui.app.pages import Page, PageContext, PageSpec
from ajo_cases.ui.kit.dialogs import confirm
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.widgets import MessageLabel, card, heading
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp

REFRESH_KINDS = frozenset({"case", "person", "retention", "settings"})


def _load(vault: OpenVault) -> tuple[RetentionSetting, list[DuePerson]]:
    return retention.get_setting(vault), retention.due(vault)


class RetentionPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.setting: RetentionSetting | None = None
        self.due: list[DuePerson] = []
        self.dialog: object | None = None  # the question last opened, for tests

        setting_card, setting_layout = card()
        self.heading = heading()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.before, self.after = QLabel(), QLabel()
        self.years = QSpinBox()
        self.years.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_years)
        self.years.valueChanged.connect(self._update)
        row = QHBoxLayout()
        for widget in (self.before, self.years, self.after, self.save_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.default_note = QLabel()
        self.default_note.setWordWrap(True)
        setting_layout.addWidget(self.heading)
        setting_layout.addWidget(self.explain)
        setting_layout.addLayout(row)
        setting_layout.addWidget(self.default_note)

        due_card, due_layout = card()
        self.due_heading = heading()
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.ask_apply)
        self.message = MessageLabel(MessageLabel.NOTE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        due_layout.addWidget(self.due_heading)
        due_layout.addWidget(self.count)
        due_layout.addWidget(self.table, 1)
        due_layout.addLayout(buttons)
        due_layout.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(setting_card)
        layout.addWidget(due_card, 1)
        self.retranslate()
        self.message.clear_message()
        self.reload()

    def reload(self) -> None:
        vault = self.vault
        QueryOp(self, lambda: _load(vault)).success(self._loaded).run()

    def refresh(self, changes: Changes) -> None:
        if changes.touches(*REFRESH_KINDS):
            self.reload()

    def _loaded(self, loaded: tuple[RetentionSetting, list[DuePerson]]) -> None:
        self.setting, self.due = loaded
        self.years.blockSignals(True)
        self.years.setValue(self.setting.years)
        self.years.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.due))
        for row, person in enumerate(self.due):
            self.table.setItem(row, 0, QTableWidgetItem(", ".join(person.case_codes)))
            self.table.setItem(row, 1, QTableWidgetItem(format_date(person.last_closed)))
        self._update()

    def _update(self) -> None:
        setting = self.setting
        self.save_button.setEnabled(setting is not None and self.years.value() != setting.years)
        self.default_note.setVisible(setting is not None and setting.is_default)
        self.apply_button.setEnabled(bool(self.due))
        if setting is None:
            return
        self.count.setText(
            self.tr("Nobody is past the retention period.")
            if not self.due
            else self.tr("%1 people: every case of theirs closed more than %2 years ago.")
            .replace("%1", str(len(self.due)))
            .replace("%2", str(setting.years))
        )
        self.apply_button.setText(self.tr("Anonymise %1 people…").replace("%1", str(len(self.due))))

    def save_years(self) -> None:
        vault, years = self.vault, self.years.value()
        ChangeOp(self, self.context.changes, lambda: retention.set_years(vault, years)).success(
            self._saved
        ).run()

    def _saved(self, _result: object) -> None:
        self.message.show_message(self.tr("Saved."))
        self.reload()

    def ask_apply(self) -> None:
        if not self.due:
            return
        text = self.tr(
            "This erases for good the personal data of %1 people whose cases all closed more "
            "than %2 years ago: names, contacts, documents, free texts and attached documents. "
            "The facts counted in statistics stay. This cannot be undone."
        ).replace("%1", str(len(self.due)))
        text = text.replace("%2", str(self.setting.years if self.setting else ""))
        self.dialog = confirm(
            self,
            self.tr("Anonymise"),
            text,
            self.tr("Anonymise %1 people").replace("%1", str(len(self.due))),
            self.apply,
        )

    def apply(self) -> None:
        vault = self.vault
        ChangeOp(self, self.context.changes, lambda: retention.apply(vault)).success(
            self._applied
        ).with_progress(self.tr("Anonymising…")).run()

    def _applied(self, result: ErasureResult) -> None:
        count = str(len(result.person_ids))
        self.message.show_message(self.tr("%1 people were anonymised.").replace("%1", count))
        self.reload()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Retention"))
        self.explain.setText(
            self.tr(
                "A person's data is kept for a set number of years after their last case was "
                "closed, then anonymised: the personal data go, the facts counted in "
                "statistics stay. Set the period to your organisation's policy."
            )
        )
        self.before.setText(self.tr("Keep a person's data for"))
        self.after.setText(self.tr("years after their last case was closed"))
        self.save_button.setText(self.tr("Save"))
        self.default_note.setText(
            self.tr("This is the default period; no one has set the organisation's own yet.")
        )
        self.due_heading.setText(self.tr("Past the retention period"))
        self.table.setHorizontalHeaderLabels([self.tr("Cases"), self.tr("Last closed")])
        self._update()


PAGE = PageSpec(
    id="retention",
    title=lambda: QCoreApplication.translate("Pages", "Retention"),
    icon="retention.svg",
    roles=frozenset({"admin"}),
    factory=RetentionPage,
    order=915,
)
