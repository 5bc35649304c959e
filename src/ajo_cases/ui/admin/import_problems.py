"""Import problems (services.import_rows.ImportProblem codes) as sentences in the user's
language. An unknown code falls back to the service's own English text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ajo_cases.services.exchange.import_check import ImportNote
from ajo_cases.services.exchange.import_rows import ImportProblem


def _sentences() -> dict[str, str]:
    return {
        "bad_encoding": QCoreApplication.translate(
            "ImportProblems", "The file is neither UTF-8 nor Windows-1251 text."
        ),
        "bad_file": QCoreApplication.translate(
            "ImportProblems", "The file cannot be read as a CSV or XLSX table."
        ),
        "unreadable": QCoreApplication.translate(
            "ImportProblems", "The file cannot be read. Check that it exists and is not open."
        ),
        "too_large": QCoreApplication.translate(
            "ImportProblems",
            "The file is larger than the import reads (20 MB, 100 columns, 2,000,000 filled "
            "cells, 32,767 characters in a cell). Split it into parts.",
        ),
        "too_many_rows": QCoreApplication.translate(
            "ImportProblems",
            "The file has more than 50,000 rows (or rows numbered past 60,000). Split it into "
            "parts.",
        ),
        "no_sheet": QCoreApplication.translate(
            "ImportProblems", "The workbook has no sheet of that name. Choose another sheet."
        ),
        "bad_mapping": QCoreApplication.translate(
            "ImportProblems",
            "The saved column choices do not fit this file. Choose the columns again.",
        ),
        "duplicate_column": QCoreApplication.translate(
            "ImportProblems", "The column appears twice in the first row."
        ),
        "unknown_column": QCoreApplication.translate(
            "ImportProblems", "This column is not part of the import format."
        ),
        "missing_column": QCoreApplication.translate(
            "ImportProblems", "This required column is missing."
        ),
        "duplicate_row": QCoreApplication.translate(
            "ImportProblems", "The row repeats an earlier row."
        ),
        "extra_cells": QCoreApplication.translate(
            "ImportProblems", "The row has more cells than the first row has columns."
        ),
        "missing": QCoreApplication.translate("ImportProblems", "A value is required here."),
        "conflict": QCoreApplication.translate(
            "ImportProblems", "The value differs from the first row with the same ref."
        ),
        "duplicate_person": QCoreApplication.translate(
            "ImportProblems", "The same person appears in an earlier row."
        ),
        "already_registered": QCoreApplication.translate(
            "ImportProblems", "A person with this name and birth year is already in the vault."
        ),
        "inconsistent": QCoreApplication.translate(
            "ImportProblems", "The dates or the status do not fit together."
        ),
        "too_many_problems": QCoreApplication.translate(
            "ImportProblems", "More problems are not listed. Correct these first."
        ),
        "bad_date": QCoreApplication.translate(
            "ImportProblems", "Not a date. Write it as dd.MM.yyyy, for example 05.02.2025."
        ),
        "future_date": QCoreApplication.translate("ImportProblems", "The date is in the future."),
        "bad_number": QCoreApplication.translate("ImportProblems", "Not a number."),
        "formula": QCoreApplication.translate(
            "ImportProblems", "Formulas are not accepted. Enter the value itself."
        ),
        "too_long": QCoreApplication.translate("ImportProblems", "The text is too long."),
        "unknown_code": QCoreApplication.translate(
            "ImportProblems", "A word that matched no code. Choose its code under Words to map."
        ),
        "unknown_project": QCoreApplication.translate(
            "ImportProblems", "There is no project with this code."
        ),
    }


def problem_text(problem: ImportProblem) -> str:
    return _sentences().get(problem.code, problem.message)


def _notes() -> dict[str, str]:
    return {
        "name_order_assumed": QCoreApplication.translate(
            "ImportProblems", "Name order assumed (family name first): %1"
        ),
        "age_from_birth_year": QCoreApplication.translate(
            "ImportProblems", "Age estimated from the year of birth: %1"
        ),
        "assistance_on_opening_date": QCoreApplication.translate(
            "ImportProblems",
            "Assistance dated on the day the case was opened (no date column): %1",
        ),
        "total_row_skipped": QCoreApplication.translate(
            "ImportProblems", "Skipped as a total line: %1"
        ),
        "numbering_row_skipped": QCoreApplication.translate(
            "ImportProblems", "Skipped as the row of column numbers: %1"
        ),
        "column_not_imported": QCoreApplication.translate(
            "ImportProblems", "Column not imported: %1"
        ),
    }


def note_text(note: ImportNote) -> str:
    """What the import assumed, with the rows (or the column) it concerns."""
    if note.code == "column_not_imported":
        where = f"{note.column} “{note.detail}”"
    else:
        rows = ", ".join(str(n) for n in note.rows)
        more = QCoreApplication.translate("ImportProblems", "%1 rows").replace(
            "%1", str(note.count)
        )
        where = QCoreApplication.translate("ImportProblems", "rows %1").replace("%1", rows)
        if note.count > len(note.rows):
            where += f", … ({more})"
    return _notes().get(note.code, note.code + ": %1").replace("%1", where)
