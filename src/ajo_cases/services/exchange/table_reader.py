"""The rows of an import file, CSV or XLSX, read within the limits (read_limits.py).

Only non-empty rows are kept, each with its number as the spreadsheet shows it (for CSV, the
record number). Every failure to read is a ReadProblem: a whole-file problem with a code, never
a traceback.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Final

from ajo_cases.services.exchange.read_limits import DEFAULT_LIMITS, Limits, ReadProblem
from ajo_cases.services.exchange.xlsx_reader import Row, XlsxBook

XLSX_SUFFIXES: Final = (".xlsx", ".xlsm")
PREVIEW_ROWS: Final = 30  # rows looked at to choose a sheet and find the header
PREFERRED_SHEET: Final = "records"  # the sheet our own export writes
SheetScore = Callable[[Sequence[Row]], int]


@dataclass(frozen=True, slots=True)
class RawTable:
    file_format: str  # csv or xlsx
    encoding: str  # CSV only: utf-8, utf-8-sig, utf-16 or cp1251
    sheets: tuple[str, ...]  # XLSX only
    sheet: str
    rows: list[Row]


def file_format(path: Path) -> str:
    return "xlsx" if path.suffix.casefold() in XLSX_SUFFIXES else "csv"


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1251"), "cp1251"  # Windows Excel in Russian/Tajik settings


def _delimiter(text: str) -> str:
    """The separator of the line that has most of them among the first lines (a title line
    above the header has few)."""
    lines = text.split("\n", PREVIEW_ROWS)[:PREVIEW_ROWS]
    return max(",;\t", key=lambda sep: max((line.count(sep) for line in lines), default=0))


_QUOTED: Final = re.compile(r'"[^"]*"')


def _guard_lines(text: str, delimiter: str, limits: Limits) -> None:
    """Refuse a line with more cells than allowed before the csv module makes a list of them
    all (a 20 MB line of separators would be millions of strings). Separators inside quotes
    do not count; a line whose quotes do not pair up is left to the csv module, which reads the
    rest as one cell and stops at its cell-size limit."""
    for number, line in enumerate(io.StringIO(text, newline=""), 1):
        if line.count(delimiter) < limits.max_columns or line.count('"') % 2:
            continue
        if _QUOTED.sub("", line).count(delimiter) >= limits.max_columns:
            raise ReadProblem("too_large", f"more than {limits.max_columns} columns", number)


def _csv_rows(text: str, limits: Limits) -> Iterator[Row]:
    delimiter = _delimiter(text)
    _guard_lines(text, delimiter, limits)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    filled = 0
    number = 0
    try:
        for number, record in enumerate(records, 1):
            if number > limits.max_rows:
                raise ReadProblem("too_many_rows", f"more than {limits.max_rows:,} rows "
                                  "(empty rows included)", number)  # fmt: skip
            while record and not record[-1].strip():
                record.pop()
            if not record:
                continue
            if len(record) > limits.max_columns:
                raise ReadProblem("too_large", f"more than {limits.max_columns} columns", number)
            filled += sum(1 for cell in record if cell)
            if filled > limits.max_cells:
                raise ReadProblem("too_large", f"more than {limits.max_cells:,} filled cells",
                                  number)  # fmt: skip
            if any(len(cell) > limits.max_cell_chars for cell in record):
                raise ReadProblem("too_large", "a cell holds more than "
                                  f"{limits.max_cell_chars:,} characters", number)  # fmt: skip
            yield number, tuple(record)
    except csv.Error:
        raise ReadProblem("bad_file", "the CSV text is broken (a cell far too long or a quote "
                          "that is never closed)", number + 1) from None  # fmt: skip


def _decoded(path: Path) -> tuple[str, str]:
    try:
        text, encoding = _decode(path.read_bytes())
    except UnicodeDecodeError:
        raise ReadProblem(
            "bad_encoding", "the file is neither UTF-8 nor Windows-1251 text"
        ) from None
    if "\x00" in text:
        raise ReadProblem("bad_file", "the file holds binary data, not CSV text")
    return text, encoding


def sheet_names(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, ...]:
    """The sheets of a workbook (none for CSV), for choosing one."""
    if file_format(path) != "xlsx":
        return ()
    with XlsxBook(path, limits) as book:
        return book.sheet_names


def _choose_sheet(book: XlsxBook, score: SheetScore | None) -> str:
    names = book.sheet_names
    if not names:
        raise ReadProblem("bad_file", "the workbook has no sheet")
    if PREFERRED_SHEET in names:
        return PREFERRED_SHEET
    if score is None or len(names) == 1:
        return names[0]
    scores = [
        (score(list(islice(book.rows(name), PREVIEW_ROWS))), -i) for i, name in enumerate(names)
    ]
    return names[-max(scores)[1]]


class TableSource:
    """An opened import file whose rows are read as they are asked for (so that the columns
    nobody imports need never be kept). Use as a context manager."""

    def __init__(
        self, path: Path, sheet: str | None, score: SheetScore | None, limits: Limits
    ) -> None:
        self.file_format = file_format(path)
        self.encoding = ""
        self.sheets: tuple[str, ...] = ()
        self.sheet = ""
        self._book: XlsxBook | None = None
        self._text = ""
        self._limits = limits
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ReadProblem("unreadable", f"cannot read the file ({exc.strerror})") from None
        if size > limits.max_file_bytes:
            most = limits.max_file_bytes // 2**20
            raise ReadProblem("too_large", f"the file is larger than {most} MB")
        if self.file_format == "csv":
            if sheet:
                raise ReadProblem("no_sheet", "a CSV file has no sheets; leave out the sheet name")
            self._text, self.encoding = _decoded(path)
            return
        self._book = XlsxBook(path, limits)
        try:
            self.sheets = self._book.sheet_names
            self.sheet = sheet if sheet is not None else _choose_sheet(self._book, score)
            if self.sheet not in self.sheets:
                known = ", ".join(repr(name) for name in self.sheets)
                raise ReadProblem(
                    "no_sheet", f"there is no sheet named {self.sheet!r} (sheets: {known})"
                )
        except BaseException:
            self._book.close()
            raise

    def rows(self) -> Iterator[Row]:
        """The non-empty rows, each with its number; ReadProblem when the file is over a cap."""
        if self._book is None:
            return _csv_rows(self._text, self._limits)
        return self._book.rows(self.sheet)

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
        self._text = ""

    def __enter__(self) -> TableSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_table(
    path: Path,
    *,
    sheet: str | None = None,
    score: SheetScore | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> TableSource:
    """Open a CSV or XLSX file for reading its rows. Without `sheet`, a workbook's sheet is
    "records" if it has one, else the sheet `score` rates highest (its first rows looked at),
    else the first."""
    return TableSource(path, sheet, score, limits)


def read_table(
    path: Path,
    *,
    sheet: str | None = None,
    score: SheetScore | None = None,
    limits: Limits = DEFAULT_LIMITS,
    max_rows: int | None = None,
) -> RawTable:
    """All the file's non-empty rows (at most `max_rows` of them when given)."""
    with open_table(path, sheet=sheet, score=score, limits=limits) as source:
        rows = list(islice(source.rows(), max_rows))
        return RawTable(source.file_format, source.encoding, source.sheets, source.sheet, rows)
