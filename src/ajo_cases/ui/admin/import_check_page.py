"""The import wizard's third step: every row checked (nothing written), then the people as they
will be written, the words that matched no code (with a drop-down each to choose the code),
the problems by row, and what the import assumed. "Check again" applies the codes chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ajo_cases.services.exchange.import_check import SampleRow
from ajo_cases.services.exchange.importer import ImportReport
from ajo_cases.services.exchange.vocab_words import COLUMN_VOCAB
from ajo_cases.ui.admin.import_fields import field_label
from ajo_cases.ui.admin.import_problems import note_text, problem_text
from ajo_cases.ui.kit.form_widgets import VocabCombo
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.kit.widgets import MessageLabel

if TYPE_CHECKING:
    from ajo_cases.ui.admin.import_wizard import ImportWizard


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _set_row(table: QTableWidget, row: int, texts: list[str]) -> None:
    for column, text in enumerate(texts):
        table.setItem(row, column, QTableWidgetItem(text))


def _rows(rows: tuple[int, ...], count: int) -> str:
    shown = ", ".join(str(n) for n in rows)
    return shown + (f", … ({count})" if count > len(rows) else "")


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.word_combos: list[tuple[str, str, VocabCombo]] = []
        self.summary = MessageLabel(MessageLabel.NOTE)
        self.tabs = QTabWidget()
        self.preview = _table(10)
        self.words = _table(4)
        self.problems = _table(3)
        self.notes = QListWidget()
        self.words_hint = QLabel()
        self.words_hint.setWordWrap(True)
        words_page = QWidget()
        words_box = QVBoxLayout(words_page)
        words_box.addWidget(self.words_hint)
        words_box.addWidget(self.words, 1)
        for widget in (self.preview, words_page, self.problems, self.notes):
            self.tabs.addTab(widget, "")
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.check_again)
        self.skip = QCheckBox()
        self.skip.toggled.connect(self._skip_toggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip, 1)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check and preview"))
        self.setSubTitle(self.tr("Every row was checked. Nothing has been written yet."))
        for index, text in enumerate(
            (self.tr("People as they will be imported"), self.tr("Words to map"),
             self.tr("Problems"), self.tr("Assumed"))
        ):  # fmt: skip
            self.tabs.setTabText(index, text)
        self.preview.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Family name"), self.tr("Given name"), self.tr("Patronymic"),
            self.tr("Sex"), self.tr("Born / age"), self.tr("District"), self.tr("Category"),
            self.tr("Opened"), self.tr("Assistance"),
        ])  # fmt: skip
        self.words.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Word in the file"), self.tr("Rows"), self.tr("Code")]
        )
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.words_hint.setText(
            self.tr("These words matched no code. Choose the code for each, then Check again.")
        )
        self.again_button.setText(self.tr("Check again"))
        self.skip.setText(self.tr("Leave out the rows with problems and import the others"))

    def initializePage(self) -> None:
        self.owner.run_check()

    def show_report(self, report: ImportReport) -> None:
        counts = (
            self.tr("%1 rows: %2 people, %3 assistance records.")
            .replace("%1", str(report.rows))
            .replace("%2", str(report.people))
            .replace("%3", str(report.assistance))
        )
        if report.problems:
            counts += " " + self.tr("%1 problems: nothing is imported until they are corrected, "
                                    "or the rows are left out.").replace(
                "%1", str(len(report.problems)))  # fmt: skip
        self.summary.show_message(counts)
        self._fill_preview(report.sample)
        self._fill_words(report)
        self.problems.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems):
            where = str(problem.row) if problem.row else self.tr("file")
            _set_row(self.problems, row, [where, field_label(problem.column) if problem.column
                                          else "", problem_text(problem)])  # fmt: skip
        self.notes.clear()
        for note in report.notes:
            self.notes.addItem(note_text(note))
        self.tabs.setCurrentIndex(2 if report.problems and not report.unmapped else
                                  (1 if report.unmapped else 0))  # fmt: skip
        self.completeChanged.emit()

    def _fill_preview(self, sample: tuple[SampleRow, ...]) -> None:
        self.preview.setRowCount(len(sample))
        for row, person in enumerate(sample):
            born = format_date(person.birth_date) if person.birth_date else (
                f"≈{person.estimated_age}" if person.estimated_age is not None else "")  # fmt: skip
            help_given = ", ".join(label("assistance_type", code) for code in person.assistance)
            _set_row(self.preview, row, [
                str(person.row), person.family_name or person.latin_name or "",
                person.given_name or "", person.patronymic or "", label("sex", person.sex), born,
                label("district", person.district), label("category", person.category),
                format_date(person.opened_on), help_given,
            ])  # fmt: skip

    def _fill_words(self, report: ImportReport) -> None:
        self.word_combos = []
        self.words.setRowCount(len(report.unmapped))
        for row, value in enumerate(report.unmapped):
            _set_row(self.words, row, [field_label(value.column), value.text,
                                       _rows(value.rows, value.count)])  # fmt: skip
            combo = VocabCombo(COLUMN_VOCAB[value.column], optional=True)
            self.words.setCellWidget(row, 3, combo)
            self.word_combos.append((value.column, value.text, combo))

    def chosen_words(self) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for column, text, combo in self.word_combos:
            code = combo.code()
            if code is not None:
                found.setdefault(column, {})[text] = code
        return found

    def check_again(self) -> None:
        self.owner.add_words(self.chosen_words())
        self.owner.run_check()

    def _skip_toggled(self) -> None:
        self.owner.run_check()

    def isComplete(self) -> bool:
        report = self.owner.report
        return report is not None and report.importable
