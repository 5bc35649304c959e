"""Add or edit an informational meeting or a training: when, where, topic, project, and how
many took part by sex and age group (counts only: never names)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ajo_cases.domain.records_casework import ActivityForm
from ajo_cases.ui.kit.dialogs import FormDialog
from ajo_cases.ui.kit.form_widgets import ChoiceCombo, DateEdit, VocabCombo

COUNTS = ("women", "men", "girls", "boys")
MAX_COUNT = 100_000


class ParticipantCounts(QWidget):
    """Women, men, girls, boys in a small grid, with the total beside them."""

    def __init__(self) -> None:
        super().__init__()
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, name in enumerate(COUNTS):
            spin = QSpinBox()
            spin.setRange(0, MAX_COUNT)
            spin.valueChanged.connect(lambda _v: self._total())
            self.spins[name], self.labels[name] = spin, QLabel()
            self.labels[name].setBuddy(spin)
            grid.addWidget(self.labels[name], 0, column)
            grid.addWidget(spin, 1, column)
        self.total = QLabel()
        grid.addWidget(self.total, 1, len(COUNTS))
        grid.setColumnStretch(len(COUNTS), 1)
        self.setFocusProxy(self.spins["women"])
        self.retranslate()

    def retranslate(self) -> None:
        for name, text in (("women", self.tr("Women")), ("men", self.tr("Men")),
                           ("girls", self.tr("Girls")), ("boys", self.tr("Boys"))):  # fmt: skip
            self.labels[name].setText(text)
        self._total()

    def _total(self) -> None:
        self.total.setText(self.tr("= %1 in all").replace("%1", str(self.sum())))

    def sum(self) -> int:
        return sum(spin.value() for spin in self.spins.values())

    def values(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def set_values(self, form: ActivityForm) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(form, name))


class ActivityDialog(FormDialog):
    def __init__(self, form: ActivityForm | None = None, parent: QWidget | None = None) -> None:
        editing = form is not None
        super().__init__(
            self.tr("Edit the activity") if editing else self.tr("New activity"),
            self.tr("Save") if editing else self.tr("Add"),
            parent,
        )
        self.kind = self.add("kind", self.tr("Kind:"), VocabCombo("activity_kind"), required=True)
        self.held_on = self.add("held_on", self.tr("Held on:"), DateEdit(), required=True)
        self.district = self.add(
            "district", self.tr("District:"), VocabCombo("district", optional=True)
        )
        self.topic = self.add("topic", self.tr("Topic:"), QLineEdit())
        self.topic.setMaxLength(200)
        self.topic.setPlaceholderText(self.tr("For example: safe migration; never names"))
        self.project = self.add("project", self.tr("Project:"), ChoiceCombo())
        self.counts = self.add("counts", self.tr("Participants:"), ParticipantCounts())
        self.check = self._check
        if form is not None:
            self.kind.set_code(form.kind)
            self.held_on.set_value(form.held_on)
            self.district.set_code(form.district)
            self.topic.setText(form.topic)
            self.counts.set_values(form)
        self.project_id = form.project_id if form else None

    def show_projects(self, items: list[tuple[str, str]]) -> None:
        self.project.fill(items, self.tr("No project"))
        index = self.project.findData(self.project_id)
        self.project.setCurrentIndex(max(0, index))

    def _check(self) -> bool:
        if self.kind.code() is None:
            self.error("kind", self.tr("Choose the kind of activity."))
            return False
        if self.counts.sum() == 0:
            self.error("counts", self.tr("Enter how many took part."))
            return False
        return True

    def form(self) -> ActivityForm:
        return ActivityForm(
            kind=self.kind.code() or "information_meeting",
            held_on=self.held_on.value() or dt.date.today(),
            district=self.district.code(),
            topic=self.topic.text().strip(),
            project_id=self.project.value(),
            **self.counts.values(),
        )
