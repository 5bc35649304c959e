"""The XML parts of an XLSX workbook other than its sheets: the workbook, relationships,
shared strings and styles, each read by a SAX handler that counts elements and nesting so that
no part, however shaped, runs unbounded. Parsing goes through defusedxml (no DTD, no entity
declarations, no external references)."""

from __future__ import annotations

from typing import Any, Final
from xml.sax.handler import ContentHandler

from defusedxml.expatreader import create_parser
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

from ajo_cases.services.exchange.read_limits import Limits, ReadProblem

_MAX_DEPTH: Final = 64  # XLSX parts nest a handful of levels; expat keeps every open tag


def local_name(name: str) -> str:
    return name.rsplit(":", 1)[-1]


class Bounded(ContentHandler):
    """Counts elements and nesting, so that no part, however shaped, runs unbounded; hands
    each element on by its local name (a prefix such as "x:" dropped)."""

    def __init__(self, limits: Limits, part: str) -> None:
        super().__init__()
        self.limits = limits
        self.part = part
        self.elements = 0
        self.depth = 0

    def startElement(self, name: str, attrs: Any) -> None:
        self.elements += 1
        self.depth += 1
        if self.elements > self.limits.max_elements:
            most = self.limits.max_elements
            raise ReadProblem("too_large", f"{self.part} has more than {most:,} XML elements")
        if self.depth > _MAX_DEPTH:
            raise ReadProblem("bad_file", f"{self.part} is nested deeper than XLSX ever is")
        self.start(local_name(name), attrs)

    def endElement(self, name: str) -> None:
        self.depth -= 1
        self.end(local_name(name))

    def start(self, tag: str, attrs: Any) -> None:
        pass

    def end(self, tag: str) -> None:
        pass


class Texts(Bounded):
    """Shared strings (``<si>``), or the text runs of one part, without phonetic runs."""

    def __init__(self, limits: Limits, part: str) -> None:
        super().__init__(limits, part)
        self.strings: list[str] = []
        self._parts: list[str] = []
        self._size = 0
        self._in_text = False
        self._in_phonetic = False

    def start(self, tag: str, attrs: Any) -> None:
        if tag == "si":
            self._parts, self._size = [], 0
        elif tag == "t" and not self._in_phonetic:
            self._in_text = True
        elif tag == "rPh":
            self._in_phonetic = True

    def end(self, tag: str) -> None:
        if tag == "si":
            if len(self.strings) >= self.limits.max_shared_strings:
                most = self.limits.max_shared_strings
                raise ReadProblem("too_large", f"more than {most:,} different texts")
            self.strings.append("".join(self._parts).replace("_x005F_", "_"))
        elif tag == "t":
            self._in_text = False
        elif tag == "rPh":
            self._in_phonetic = False

    def characters(self, content: str) -> None:
        if self._in_text:
            self._size += len(content)
            if self._size > self.limits.max_cell_chars:
                raise ReadProblem("too_large", "a text is longer than "
                                  f"{self.limits.max_cell_chars:,} characters")  # fmt: skip
            self._parts.append(content)


class WorkbookPart(Bounded):
    def __init__(self, limits: Limits, part: str) -> None:
        super().__init__(limits, part)
        self.sheets: list[tuple[str, str]] = []  # name, relationship id
        self.date1904 = False

    def start(self, tag: str, attrs: Any) -> None:
        if tag == "sheet":
            rel = next((attrs[k] for k in attrs.getNames() if local_name(k) == "id"), "")
            self.sheets.append((str(attrs.get("name", "")), str(rel)))
        elif tag == "workbookPr":
            self.date1904 = str(attrs.get("date1904", "0")).lower() in ("1", "true")


class Relationships(Bounded):
    def __init__(self, limits: Limits, part: str) -> None:
        super().__init__(limits, part)
        self.targets: dict[str, tuple[str, str]] = {}  # id -> (type, target)

    def start(self, tag: str, attrs: Any) -> None:
        if tag == "Relationship":
            self.targets[str(attrs.get("Id", ""))] = (
                str(attrs.get("Type", "")),
                str(attrs.get("Target", "")),
            )


class Styles(Bounded):
    """Which cell styles (``<cellXfs>`` positions) show a number as a date."""

    def __init__(self, limits: Limits, part: str) -> None:
        super().__init__(limits, part)
        self.formats: dict[int, str] = dict(BUILTIN_FORMATS)
        self.date_styles: set[int] = set()
        self._in_cell_xfs = False
        self._xf = 0

    def start(self, tag: str, attrs: Any) -> None:
        if tag == "numFmt":
            try:
                self.formats[int(attrs.get("numFmtId", "-1"))] = str(attrs.get("formatCode", ""))
            except ValueError:
                raise ReadProblem("bad_file", "a number format in the styles is broken") from None
        elif tag == "cellXfs":
            self._in_cell_xfs = True
        elif tag == "xf" and self._in_cell_xfs:
            try:
                fmt = self.formats.get(int(attrs.get("numFmtId", "0")))
            except ValueError:
                raise ReadProblem("bad_file", "a cell style in the styles is broken") from None
            if is_date_format(fmt):
                self.date_styles.add(self._xf)
            self._xf += 1

    def end(self, tag: str) -> None:
        if tag == "cellXfs":
            self._in_cell_xfs = False


def parser_for(handler: ContentHandler) -> Any:
    """defusedxml's SAX reader: no DTD, no entity declarations, no external references."""
    parser = create_parser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    parser.setContentHandler(handler)
    return parser
