"""Reading the rows of an XLSX workbook with hard bounds on time and memory.

A workbook is a zip of XML parts. A hostile or odd one can expand a 1 MB file to gigabytes
(millions of empty rows, a huge shared-strings part), declare a false extent that hides rows,
or carry malformed XML or entity tricks. So, before anything is parsed, every XML part's
uncompressed size is checked against a cap; parsing is streamed with defusedxml's SAX reader
(no DTD, no entities, no external references); shared strings, elements, cell text, the row
number reached (empty rows count), the column and the filled cells are all capped while
reading; the sheet's declared extent (``<dimension>``) is ignored and the rows actually present
are read. Every failure becomes ReadProblem, a whole-file problem with a code.

Cell values follow what openpyxl gives: str, int, float, bool, datetime for cells with a date
format, and "=<formula>" for a formula cell (the importer refuses those).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any, Final
from xml.sax import SAXException

from defusedxml.common import DefusedXmlException
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from ajo_cases.services.exchange.read_limits import Limits, ReadProblem
from ajo_cases.services.exchange.xlsx_parts import (
    Bounded,
    Relationships,
    Styles,
    Texts,
    WorkbookPart,
    parser_for,
)

_CHUNK: Final = 64 * 1024
_CELL_REF: Final = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d*)$")
_REL_TYPE_END: Final = {"sharedStrings": "/sharedStrings", "styles": "/styles"}
Cell = object
Row = tuple[int, tuple[Cell, ...]]


@dataclass(frozen=True, slots=True)
class _Sheet:
    name: str
    part: str


def _column_index(reference: str) -> int | None:
    found = _CELL_REF.match(reference)
    if not found:
        return None
    index = 0
    for letter in found[1].upper():
        index = index * 26 + ord(letter) - 64
    return index


class _SheetRows(Bounded):
    """Rows of one sheet as (row number, values); empty rows are not kept but are counted."""

    def __init__(self, limits: Limits, part: str, book: XlsxBook) -> None:
        super().__init__(limits, part)
        self.book = book
        self.ready: list[Row] = []
        self.filled = 0
        self._row = 0
        self._column = 0
        self._values: dict[int, Cell] = {}
        self._cell: dict[str, str] = {}
        self._text: list[str] = []
        self._text_size = 0
        self._formula: list[str] | None = None
        self._reading: str | None = None  # v, t (inline string) or f
        self._in_phonetic = False

    def start(self, tag: str, attrs: Any) -> None:
        if tag == "row":
            number = attrs.get("r")
            self._row = int(number) if number and str(number).isdigit() else self._row + 1
            if self._row > self.limits.max_rows:
                raise ReadProblem("too_many_rows", f"more than {self.limits.max_rows:,} rows "
                                  "(empty rows included)", self._row)  # fmt: skip
            self._column, self._values = 0, {}
        elif tag == "c":
            reference = attrs.get("r")
            index = _column_index(str(reference)) if reference else None
            self._column = index if index is not None else self._column + 1
            if self._column > self.limits.max_columns:
                raise ReadProblem("too_large", f"more than {self.limits.max_columns} columns",
                                  self._row)  # fmt: skip
            self._cell = {"t": str(attrs.get("t", "n")), "s": str(attrs.get("s", "0"))}
            self._text, self._text_size, self._formula = [], 0, None
        elif tag in ("v", "t") and not self._in_phonetic:
            self._reading = tag
        elif tag == "f":
            self._formula, self._reading = [], "f"
        elif tag == "rPh":
            self._in_phonetic = True

    def characters(self, content: str) -> None:
        if self._reading is None:
            return
        self._text_size += len(content)
        if self._text_size > self.limits.max_cell_chars:
            raise ReadProblem("too_large", "a cell holds more than "
                              f"{self.limits.max_cell_chars:,} characters", self._row)  # fmt: skip
        if self._reading == "f":
            assert self._formula is not None
            self._formula.append(content)
        else:
            self._text.append(content)

    def end(self, tag: str) -> None:
        if tag in ("v", "t", "f"):
            self._reading = None
        elif tag == "rPh":
            self._in_phonetic = False
        elif tag == "c":
            value = self._value()
            if value is not None and value != "":
                self.filled += 1
                if self.filled > self.limits.max_cells:
                    raise ReadProblem("too_large", f"more than {self.limits.max_cells:,} "
                                      "filled cells", self._row)  # fmt: skip
                self._values[self._column] = value
        elif tag == "row" and self._values:
            width = max(self._values)
            cells = tuple(self._values.get(i) for i in range(1, width + 1))
            self.ready.append((self._row, cells))

    def _value(self) -> Cell:
        if self._formula is not None:
            return "=" + "".join(self._formula)
        text = "".join(self._text)
        kind = self._cell["t"]
        if kind in ("inlineStr", "str"):
            return text
        if text == "":
            return None
        if kind == "s":
            return self.book.shared_string(text, self._row)
        if kind == "b":
            return text in ("1", "true")
        if kind == "e":
            return text
        if kind == "d":
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                raise ReadProblem("bad_file", "a date cell is broken", self._row) from None
        return self._number(text)

    def _number(self, text: str) -> Cell:
        try:
            number = float(text)
        except ValueError:
            raise ReadProblem("bad_file", "a number cell is broken", self._row) from None
        style = int(self._cell["s"]) if self._cell["s"].isdigit() else 0
        if style in self.book.date_styles and 0 < number < 2_958_466:
            return from_excel(number, self.book.epoch)
        return int(number) if number.is_integer() and abs(number) < 2**53 else number


_FAILURES: Final = (SAXException, DefusedXmlException, zipfile.BadZipFile, KeyError, ValueError,
                    EOFError, OSError, OverflowError, IndexError, TypeError)  # fmt: skip


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a path inside the zip ("../x" and "/x" resolved)."""
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = []
    for piece in PurePosixPath(folder or ".", target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


class XlsxBook:
    """An opened workbook: its sheet names, and the rows of any sheet on demand."""

    def __init__(self, path: Any, limits: Limits) -> None:
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise ReadProblem("bad_file", "the file is not a readable XLSX workbook") from None
        try:
            self._check_sizes()
            self._load()
        except ReadProblem:
            self.close()
            raise
        except _FAILURES:
            self.close()
            raise ReadProblem("bad_file", "the file is not a readable XLSX workbook") from None

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> XlsxBook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _check_sizes(self) -> None:
        members = self._zip.infolist()
        if len(members) > self.limits.max_parts:
            raise ReadProblem(
                "too_large", f"the workbook has more than {self.limits.max_parts} parts"
            )
        total = 0
        for member in members:
            if not member.filename.endswith((".xml", ".rels")):
                continue  # pictures and the like are never read
            total += member.file_size
            cap = self.limits.part_cap(member.filename)
            if member.file_size > cap or total > self.limits.max_xml_bytes:
                raise ReadProblem("too_large", "the workbook expands to more than "
                                  f"{min(cap, self.limits.max_xml_bytes) // 2**20} MB")  # fmt: skip

    def _read_part(self, handler: Bounded) -> None:
        parser = parser_for(handler)
        with self._zip.open(handler.part) as stream:
            while chunk := stream.read(_CHUNK):
                parser.feed(chunk)
        parser.close()

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        folder, _, name = part.rpartition("/")
        rels = Relationships(self.limits, f"{folder}/_rels/{name}.rels".lstrip("/"))
        if rels.part in self._zip.namelist():
            self._read_part(rels)
        return {key: (typ, _resolve(folder, target)) for key, (typ, target) in rels.targets.items()}

    def _load(self) -> None:
        package = self._relationships("")
        main = next((t for typ, t in package.values() if typ.endswith("/officeDocument")),
                    "xl/workbook.xml")  # fmt: skip
        book = WorkbookPart(self.limits, main)
        self._read_part(book)
        rels = self._relationships(main)
        self.epoch = CALENDAR_MAC_1904 if book.date1904 else CALENDAR_WINDOWS_1900
        self._sheets = [
            _Sheet(name, rels[rel][1])
            for name, rel in book.sheets
            if rel in rels and rels[rel][0].endswith("/worksheet")
        ]
        self._strings: list[str] = []
        self.date_styles: set[int] = set()
        for kind, end in _REL_TYPE_END.items():
            part = next((t for typ, t in rels.values() if typ.endswith(end)), None)
            if part is None or part not in self._zip.namelist():
                continue
            if kind == "sharedStrings":
                texts = Texts(self.limits, part)
                self._read_part(texts)
                self._strings = texts.strings
            else:
                styles = Styles(self.limits, part)
                self._read_part(styles)
                self.date_styles = styles.date_styles

    @property
    def sheet_names(self) -> tuple[str, ...]:
        return tuple(sheet.name for sheet in self._sheets)

    def shared_string(self, text: str, row: int) -> str:
        try:
            return self._strings[int(text)]
        except (ValueError, IndexError):
            raise ReadProblem(
                "bad_file", "a cell refers to a text that is not there", row
            ) from None

    def rows(self, sheet_name: str) -> Iterator[Row]:
        """The sheet's non-empty rows in order, read as the caller asks for them."""
        sheet = next((s for s in self._sheets if s.name == sheet_name), None)
        if sheet is None:
            raise ReadProblem("no_sheet", f"there is no sheet named {sheet_name!r}")
        handler = _SheetRows(self.limits, sheet.part, self)
        parser = parser_for(handler)
        try:
            with self._zip.open(sheet.part) as stream:
                while chunk := stream.read(_CHUNK):
                    parser.feed(chunk)
                    yield from handler.ready
                    handler.ready.clear()
                parser.close()
                yield from handler.ready
        except ReadProblem:
            raise
        except _FAILURES:
            raise ReadProblem("bad_file", "the sheet's XML is broken", handler._row) from None
