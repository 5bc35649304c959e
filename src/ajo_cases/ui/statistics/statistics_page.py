"""Statistics for managers and administrators: filters, the tables, charts, drill-down, export.

Everything is computed on the worker thread (services.statistics, never personal data). Small
numbers are hidden unless "exact counts (internal)" is ticked, which the service audits; a
double-click on a number lists the case codes behind it (audited, never names). Exported files
leave the vault unencrypted, so every export warns first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.charts import charts_for
from ajo_cases.domain.stats_model import StatsFilter, StatsReport
from ajo_cases.services.casework import partners
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.services.statistics import stats_export, stats_pdf
from ajo_cases.ui.app.i18n import current_language
from ajo_cases.ui.app.pages import Page, PageContext, PageSpec
from ajo_cases.ui.kit.dialogs import ask
from ajo_cases.ui.kit.file_dialogs import choose_file_to_save
from ajo_cases.ui.kit.form_widgets import fill_filter, filter_combo
from ajo_cases.ui.kit.formatting import DATE_FORMAT
from ajo_cases.ui.kit.vocab_labels import choices
from ajo_cases.ui.kit.widgets import MessageLabel, open_dialog
from ajo_cases.ui.runtime.failures import show_failure
from ajo_cases.ui.runtime.operations import QueryOp
from ajo_cases.ui.statistics.chart_widget import ChartWidget
from ajo_cases.ui.statistics.stats_table_model import CodeRole, StatsTableModel, table_title

EXPORTS = (("csv", "CSV (*.csv)"), ("xlsx", "Excel (*.xlsx)"), ("pdf", "PDF (*.pdf)"))


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class DrillDownDialog(QDialog):
    """The case codes behind one number: codes only, copyable."""

    def __init__(self, parent: QWidget, heading: str, codes: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cases behind this number"))
        self.codes = codes
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems(codes)
        count = self.tr("%1 case(s). Case codes only: names are never shown here.")
        self.count = QLabel(count.replace("%1", str(len(codes))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy codes"),
                                             QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.list, self.count, buttons):
            layout.addWidget(widget)
        self.resize(380, 420)

    def _copy(self) -> None:
        from ajo_cases.ui.kit.clipboard import copy_text

        copy_text("\n".join(self.codes))


class StatisticsPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.report: StatsReport | None = None
        self.dialog: QWidget | None = None
        self._generation = 0
        today = dt.date.today()
        self.date_from = _date_edit(today.replace(month=1, day=1))
        self.date_to = _date_edit(today)
        self.project, self.district, self.category = (
            filter_combo(8),
            filter_combo(8),
            filter_combo(8),
        )
        self.projects: list[tuple[str, str]] = []
        self.exact = QCheckBox()
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh_report)
        self.exact.toggled.connect(lambda _on: self.refresh_report())  # audited when on
        self.from_label, self.to_label = QLabel(), QLabel()
        # Two rows: in one, the Tajik texts need more than the window's width and widen it.
        period = QHBoxLayout()
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            period.addWidget(widget)
        period.addSpacing(12)
        period.addWidget(self.exact)
        period.addStretch(1)
        period.addWidget(self.show_button)
        groups = QHBoxLayout()
        for combo in (self.project, self.district, self.category):
            groups.addWidget(combo, 1)
        filters = QVBoxLayout()
        filters.addLayout(period)
        filters.addLayout(groups)

        self.note = MessageLabel(MessageLabel.NOTE)
        self.warning = MessageLabel(MessageLabel.WARNING)
        self.tables = QListWidget()
        self.tables.setWordWrap(True)  # long Tajik titles wrap instead of scrolling sideways
        self.tables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables.currentRowChanged.connect(self._table_chosen)
        self.model = StatsTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # a few dozen cells at most: columns fit their two-line headers
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self.drill_down)
        self.table_note = QLabel()
        self.table_note.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(self.table_note)
        tables_tab = QWidget()
        tables_layout = QHBoxLayout(tables_tab)
        tables_layout.addWidget(self.tables)
        tables_layout.addLayout(right, 1)
        self.charts = QWidget()
        self.charts_layout = QVBoxLayout(self.charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        self.tabs = QTabWidget()
        self.tabs.addTab(tables_tab, "")
        self.tabs.addTab(scroll, "")

        self.export_buttons: dict[str, QPushButton] = {}
        exports = QHBoxLayout()
        exports.addStretch(1)
        for fmt, _pattern in EXPORTS:
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            button.setEnabled(False)
            self.export_buttons[fmt] = button
            exports.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.warning)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(exports)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        """Pages are built at unlock: the statistics are computed when first looked at."""
        super().showEvent(event)
        if self._generation == 0:
            vault = self.context.vault
            QueryOp(self, lambda: partners.list_projects(vault)).success(self._projects).run()
            self.refresh_report()

    # --- filter and computing -----------------------------------------------------------

    def current_filter(self) -> StatsFilter:
        return StatsFilter(date_from=_day(self.date_from), date_to=_day(self.date_to),
                           project=self.project.currentData(),
                           district=self.district.currentData(),
                           category=self.category.currentData())  # fmt: skip

    def _projects(self, found: list[Any]) -> None:
        self.projects = [(p.form.code, f"{p.form.code} — {p.form.name}") for p in found]
        self.retranslate()

    def refresh_report(self) -> None:
        self._generation += 1
        generation, flt = self._generation, self.current_filter()
        exact, vault = self.exact.isChecked(), self.context.vault
        self.show_button.setEnabled(False)

        def done(report: StatsReport) -> None:
            if generation == self._generation:
                self.show_report(report)

        def failed(exc: BaseException) -> None:
            self.show_button.setEnabled(True)
            self.dialog = show_failure(self, exc)

        QueryOp(self, lambda: stats.compute(vault, flt, suppress=not exact)).success(done).failure(
            failed
        ).run()

    def show_report(self, report: StatsReport) -> None:
        self.report = report
        self.show_button.setEnabled(True)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        current = max(0, self.tables.currentRow())
        self.tables.blockSignals(True)
        self.tables.clear()
        for name in report.names:
            item = QListWidgetItem(table_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.tables.addItem(item)
        self.tables.blockSignals(False)
        self.tables.setFixedWidth(min(300, self.tables.sizeHintForColumn(0) + 12))
        self.tables.setCurrentRow(min(current, len(report.names) - 1))
        self._table_chosen(self.tables.currentRow())
        while self.charts_layout.count():
            taken = self.charts_layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.hide()
                old.setParent(None)  # out of the page at once, freed by Qt later
                old.deleteLater()
        for spec in charts_for(report):
            self.charts_layout.addWidget(ChartWidget(spec, report.threshold))
        self.charts_layout.addStretch(1)
        self._messages()

    def chart_widgets(self) -> list[ChartWidget]:
        return self.charts.findChildren(ChartWidget)

    def _messages(self) -> None:
        report = self.report
        if report is None:
            return
        if report.suppressed:
            self.warning.clear_message()
        else:
            self.warning.show_message(self.tr(
                "Exact numbers, small ones included: for internal use only, never for donors. "
                "Turning this on was recorded in the audit log."))  # fmt: skip
        text = self.tr("Small numbers are hidden: “<%1” is fewer than %1, “x” hides a number "
                       "that would reveal one.").replace("%1", str(report.threshold))  # fmt: skip
        if not report.suppressed:
            text = ""
        if report.excluded_cases:
            left_out = self.tr("%1 case(s) of %2 person(s) left out: consent to be counted "
                               "withdrawn.")  # fmt: skip
            text += (" " if text else "") + left_out.replace("%1", str(
                report.excluded_cases)).replace("%2", str(report.excluded_persons))  # fmt: skip
        self.note.show_message(text)

    def _table_chosen(self, row: int) -> None:
        item = self.tables.item(row) if row >= 0 else None
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.model.set_table(self.report, name)
        table = self.model.table
        notes = []
        if table is not None and table.overlapping:
            notes.append(self.tr("One person may be in several rows; the total counts each "
                                 "person once."))  # fmt: skip
        notes.append(self.tr("Double-click a number to see the case codes behind it."))
        self.table_note.setText(" ".join(notes))

    # --- drill-down -----------------------------------------------------------------------

    def drill_down(self, index: QModelIndex) -> None:
        table = self.model.table
        if table is None or not index.isValid():
            return
        row, column = index.data(CodeRole)
        flt, vault, name = self.current_filter(), self.context.vault, table.name
        row_name = self.model.headerData(index.row(), Qt.Orientation.Vertical)
        column_name = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        heading = f"{table_title(name)}: {row_name} × {column_name}"

        def show(codes: list[str]) -> None:
            dialog = DrillDownDialog(self, heading, codes)
            dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
            self.dialog = dialog
            open_dialog(dialog)

        QueryOp(self, lambda: stats.drill_down(vault, name, row, column, flt)).success(show).run()

    # --- export ---------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        """Warn that the file leaves the vault unencrypted, ask where, then write it."""
        self.dialog = ask(
            self, self.tr("Export statistics"),
            self.tr("The file will be saved outside the vault and is not encrypted. It holds "
                    "no names, but keep it where it is protected and delete it when it is no "
                    "longer needed."),
            QMessageBox.StandardButton.Save,
            lambda: self._choose_file(fmt),
        )  # fmt: skip

    def _choose_file(self, fmt: str) -> None:
        self.dialog = choose_file_to_save(
            self,
            self.tr("Export statistics"),
            lambda path: self.export_to(fmt, path),
            suggested=f"statistics.{fmt}",
            filters=dict(EXPORTS)[fmt],
            suffix=fmt,
        )

    def export_to(self, fmt: str, path: Path) -> None:
        """Write the report shown (PDF: in the interface language) on the worker thread."""
        report, vault, lang = self.report, self.context.vault, current_language()
        if report is None:
            return
        flt, exact = report.filter, not report.suppressed

        def work() -> Path:
            if fmt == "pdf":
                return stats_pdf.write_donor_report(
                    vault, path, flt, lang=lang, suppress=not exact, threshold=report.threshold
                )
            stats_export.write_report(vault, report, fmt, path)
            return path

        def written(where: Path) -> None:
            self.note.show_message(
                self.tr("Saved to %1 (not encrypted).").replace("%1", str(where))
            )

        QueryOp(self, work).success(written).run()

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        fill_filter(self.project, self.tr("All projects"), self.projects)
        fill_filter(self.district, self.tr("All districts"), choices("district"))
        fill_filter(self.category, self.tr("All categories"), choices("category"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.exact.setText(self.tr("Exact counts (internal)"))
        self.exact.setToolTip(self.tr("Shows small numbers; recorded in the audit log."))
        self.show_button.setText(self.tr("Show"))
        self.tabs.setTabText(0, self.tr("Tables"))
        self.tabs.setTabText(1, self.tr("Charts"))
        labels = {"csv": self.tr("Export CSV…"), "xlsx": self.tr("Export Excel…"),
                  "pdf": self.tr("Donor report PDF…")}  # fmt: skip
        for fmt, button in self.export_buttons.items():
            button.setText(labels[fmt])
        for i in range(self.tables.count()):
            item = self.tables.item(i)
            item.setText(table_title(item.data(Qt.ItemDataRole.UserRole)))
        self._messages()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # retranslates
        if event.type() == QEvent.Type.LanguageChange:
            self._table_chosen(self.tables.currentRow())  # also re-words the note below the table


PAGE = PageSpec(
    id="statistics",
    title=lambda: QCoreApplication.translate("Pages", "Statistics"),
    icon="statistics.svg",
    roles=frozenset({"admin", "manager"}),
    factory=StatisticsPage,
    order=70,
)
