"""Activities: informational meetings and trainings with their participants by sex and age
group (counts only, no names). They feed the donor statistics (the "activities" table).
Every role but the manager records them; managers see the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ajo_cases.domain.records_casework import ActivityRecord
from ajo_cases.services.casework import activities, partners
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people.people import STAFF_ROLES
from ajo_cases.ui.activities.activity_dialog import ActivityDialog
from ajo_cases.ui.app.pages import ALL_ROLES, Page, PageContext, PageSpec
from ajo_cases.ui.kit.dialogs import confirm
from ajo_cases.ui.kit.form_widgets import fill_filter, filter_combo
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.record_model import (
    Column,
    RecordModel,
    TableOrEmpty,
    fill_the_rest,
    open_on_enter,
    record_table,
    selected_record,
    set_widths,
)
from ajo_cases.ui.kit.vocab_labels import choices, label
from ajo_cases.ui.runtime.failures import show_failure
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp

Loaded = tuple[list[ActivityRecord], list[tuple[str, str]]]


def _load(vault: OpenVault, kind: str | None, project_id: str | None) -> Loaded:
    """On the worker: the activities the filters ask for, and the projects by id."""
    found = activities.list_activities(vault, kind=kind, project_id=project_id)
    projects = [(p.id, p.form.code) for p in partners.list_projects(vault)]
    return found, projects


class ActivitiesPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.may_edit = self.vault.role in STAFF_ROLES
        self.projects: dict[str, str] = {}
        self.dialog: ActivityDialog | None = None
        self._generation = 0
        self.loading = False
        self.kind_filter, self.project_filter = filter_combo(), filter_combo()
        for combo in (self.kind_filter, self.project_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel()
        self.add_button, self.edit_button, self.delete_button = (
            QPushButton(), QPushButton(), QPushButton()
        )  # fmt: skip
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(self.may_edit)

        self.model = RecordModel(
            [
                Column(lambda: self.tr("Date"), lambda r: r.form.held_on),
                Column(
                    lambda: self.tr("Kind"),
                    lambda r: r.form.kind,
                    lambda r: label("activity_kind", r.form.kind),
                ),
                Column(
                    lambda: self.tr("District"),
                    lambda r: r.form.district or "",
                    lambda r: label("district", r.form.district),
                ),
                Column(lambda: self.tr("Topic"), lambda r: r.form.topic),
                Column(
                    lambda: self.tr("Project"),
                    lambda r: self.projects.get(r.form.project_id or "", ""),
                ),
                Column(lambda: self.tr("Women"), lambda r: r.form.women, number=True),
                Column(lambda: self.tr("Men"), lambda r: r.form.men, number=True),
                Column(lambda: self.tr("Girls"), lambda r: r.form.girls, number=True),
                Column(lambda: self.tr("Boys"), lambda r: r.form.boys, number=True),
                Column(lambda: self.tr("In all"), lambda r: r.form.participants, number=True),
            ],
            lambda r: r.id,
            self,
        )
        self.table = record_table(self.model)
        self.table.setObjectName("ActivityTable")
        set_widths(self.table, (85, 150, 105, 200, 85, 60, 60, 65, 60, 60))
        # the topic takes what is left, so the counts stay in view where there is room
        fill_the_rest(self.table, 3, 180)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        open_on_enter(self.table, lambda _row: self.edit())
        self.stack = TableOrEmpty(self.table)

        top = QHBoxLayout()
        top.addWidget(self.kind_filter)
        top.addWidget(self.project_filter)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self.reload()

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        self.loading = True
        generation, vault = self._generation, self.vault
        kind, project = self.kind_filter.currentData(), self.project_filter.currentData()
        QueryOp(self, lambda: _load(vault, kind, project)).success(
            lambda loaded: self._loaded(generation, loaded)
        ).failure(lambda exc: show_failure(self, exc)).run()

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation:
            return
        rows, projects = loaded
        self.loading = False
        self.projects = dict(projects)
        self.project_filter.blockSignals(True)
        fill_filter(self.project_filter, self.tr("All projects"), projects)
        self.project_filter.blockSignals(False)
        self.model.set_rows(rows)
        self.stack.show_rows(bool(rows))
        self._show_count(rows)
        self._update_buttons()

    def _show_count(self, rows: list[ActivityRecord]) -> None:
        people = sum(r.form.participants for r in rows)
        self.count_label.setText(
            self.tr("Activities: %1 · participants: %2")
            .replace("%1", str(len(rows)))
            .replace("%2", str(people))
        )

    def _update_buttons(self) -> None:
        chosen = selected_record(self.table, self.model) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("activity", "project"):
            self.reload()

    # --- actions -------------------------------------------------------------------------

    def _projects_into(self, dialog: ActivityDialog) -> None:
        vault = self.vault
        QueryOp(
            dialog,
            lambda: [
                (p.id, f"{p.form.code} · {p.form.name}") for p in partners.list_projects(vault)
            ],
        ).success(dialog.show_projects).run()

    def add(self) -> None:
        if not self.may_edit:
            return
        dialog = ActivityDialog(parent=self)
        self._open(dialog, None)

    def edit(self) -> None:
        record: ActivityRecord | None = selected_record(self.table, self.model)
        if record is None or not self.may_edit:
            return
        self._open(ActivityDialog(record.form, self), record.id, record.version)

    def _open(self, dialog: ActivityDialog, activity_id: str | None, seen: int = 0) -> None:
        self.dialog = dialog
        self._projects_into(dialog)
        vault = self.vault

        def save() -> None:
            form = dialog.form()
            work = (
                (lambda: activities.add_activity(vault, form))
                if activity_id is None
                else (
                    lambda: activities.update_activity(
                        vault, activity_id, form, expected_version=seen
                    )
                )
            )
            ChangeOp(self, self.context.changes, work).success(
                lambda _result: self.reload()
            ).failure(lambda exc: show_failure(self, exc)).run()

        dialog.run(save)

    def delete(self) -> None:
        record: ActivityRecord | None = selected_record(self.table, self.model)
        if record is None or not self.may_edit:
            return
        vault, activity_id, seen = self.vault, record.id, record.version
        text = (
            self.tr(
                "Delete the activity “%1” of %2? Its participants no longer count in the "
                "statistics. Use this only for a record entered by mistake."
            )
            .replace("%1", record.form.topic or label("activity_kind", record.form.kind))
            .replace("%2", format_date(record.form.held_on))
        )

        def remove() -> None:
            ChangeOp(
                self,
                self.context.changes,
                lambda: activities.delete_activity(vault, activity_id, expected_version=seen),
            ).success(lambda _changes: self.reload()).run()

        confirm(self, self.tr("Delete the activity"), text, self.tr("Delete"), remove)

    # --- page protocol -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.kind_filter.blockSignals(True)
        fill_filter(self.kind_filter, self.tr("All kinds"), choices("activity_kind"))
        self.kind_filter.blockSignals(False)
        if self.project_filter.count():
            self.project_filter.setItemText(0, self.tr("All projects"))
        self.add_button.setText(self.tr("New activity…"))
        self.add_button.setToolTip(self.tr("Record an informational meeting or a training"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.stack.empty.setText(
            self.tr(
                "No activities recorded yet. Choose “New activity…” after an informational "
                "meeting or a training: the participants count in the donor statistics."
            )
            if self.may_edit
            else self.tr("No activities recorded yet.")
        )
        self.model.retranslate()
        self._show_count(self.model.rows)


PAGE = PageSpec(
    id="activities",
    title=lambda: QCoreApplication.translate("Pages", "Activities"),
    icon="activities.svg",
    roles=ALL_ROLES,
    factory=ActivitiesPage,
    order=60,
)
