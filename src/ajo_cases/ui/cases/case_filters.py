"""The filter row above the case list: status, category, project, worker, district, period.
Each combo starts with "All …"; choosing an entry narrows the list in SQL."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ajo_cases.domain.records import CaseFilter
from ajo_cases.ui.kit.form_widgets import fill_filter, filter_combo
from ajo_cases.ui.kit.vocab_labels import choices


def period_range(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if period == "month":
        return today.replace(day=1), None
    if period == "quarter":
        return today - dt.timedelta(days=91), None
    if period == "year":
        return today.replace(month=1, day=1), None
    if period == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None


class CaseFilterBar(QWidget):
    changed = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projects: list[tuple[str, str]] = []
        self.workers: list[str] = []
        # Two rows of three: six "All …" texts side by side need more than the page's width
        # in Tajik and Russian, and a shorter combo would cut them.
        self.status, self.category = filter_combo(12), filter_combo(12)
        self.project, self.worker = filter_combo(12), filter_combo(12)
        self.district, self.period = filter_combo(12), filter_combo(12)
        self.combos = (self.status, self.category, self.project, self.worker, self.district,
                       self.period)  # fmt: skip
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.cleared)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, combo in enumerate(self.combos):
            combo.activated.connect(lambda _index: self.changed.emit())
            layout.addWidget(combo, index // 3, index % 3)
            layout.setColumnStretch(index % 3, 1)
        layout.addWidget(self.clear_button, 1, 3)
        self.retranslate()

    def set_choices(self, projects: list[tuple[str, str]], workers: list[str]) -> None:
        self.projects, self.workers = projects, workers
        self.retranslate()

    def retranslate(self) -> None:
        fill_filter(self.status, self.tr("All statuses"), choices("case_status"))
        fill_filter(self.category, self.tr("All categories"), choices("category"))
        fill_filter(self.project, self.tr("All projects"), list(self.projects))
        fill_filter(self.worker, self.tr("All workers"), [(w, w) for w in self.workers])
        fill_filter(self.district, self.tr("All districts"), choices("district"))
        periods = [
            ("month", self.tr("Opened this month")),
            ("quarter", self.tr("Opened in the last 3 months")),
            ("year", self.tr("Opened this year")),
            ("last_year", self.tr("Opened last year")),
        ]
        fill_filter(self.period, self.tr("Any time"), periods)
        self.clear_button.setText(self.tr("Clear filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def active(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in self.combos)

    def clear(self) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(0)

    def case_filter(self, case_ids: tuple[str, ...] | None = None) -> CaseFilter:
        status, category = self.status.currentData(), self.category.currentData()
        opened_from, opened_to = period_range(self.period.currentData() or "", dt.date.today())
        return CaseFilter(
            statuses=(status,) if status else (),
            categories=(category,) if category else (),
            project_id=self.project.currentData(),
            worker=self.worker.currentData(),
            district=self.district.currentData(),
            opened_from=opened_from,
            opened_to=opened_to,
            case_ids=case_ids,
        )
