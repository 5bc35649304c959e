"""Import problems (services.import_rows.ImportProblem codes) as sentences in the user's
language. An unknown code falls back to the service's own English text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
        "too_large": QCoreApplication.translate("ImportProblems", "The file is larger than 20 MB."),
        "too_many_rows": QCoreApplication.translate(
            "ImportProblems", "The file has more than 50,000 rows. Split it into parts."
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
            "ImportProblems", "Not one of the allowed values (see the import format)."
        ),
        "unknown_project": QCoreApplication.translate(
            "ImportProblems", "There is no project with this code."
        ),
    }


def problem_text(problem: ImportProblem) -> str:
    return _sentences().get(problem.code, problem.message)
