"""Crafted XLSX files, written part by part and streamed, so that a part that expands to
hundreds of megabytes costs the test nothing to make. Used by the hostile-file tests and by
benchmarks/bench_hostile_import.py."""

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    f'.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} xmlns:r="{REL}"><sheets>'
    '<sheet name="records" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    f'.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" '
    f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
HEADER = ["ref", "given_name", "sex", "category", "opened_on"]


def write(
    path: Path,
    sheet: Iterable[str],
    strings: Iterable[str] = (),
    *,
    extra_parts: int = 0,
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", PACKAGE_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, chunks in (("xl/sharedStrings.xml", strings), ("xl/worksheets/sheet1.xml",
                                                                  sheet)):  # fmt: skip
            with book.open(name, "w", force_zip64=True) as out:
                if name.endswith("sharedStrings.xml"):
                    out.write(f'<?xml version="1.0" encoding="UTF-8"?><sst {NS}>'.encode())
                for chunk in chunks:
                    out.write(chunk.encode())
                if name.endswith("sharedStrings.xml"):
                    out.write(b"</sst>")
        for number in range(extra_parts):
            book.writestr(f"xl/extra/part{number}.xml", "<x/>")
    return path


def sheet(rows: Iterable[str], dimension: str | None = None, prolog: str = "") -> Iterator[str]:
    yield f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {NS}>'
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield from rows
    yield "</sheetData></worksheet>"


def text_row(number: int, values: list[str]) -> str:
    cells = "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)
    return f'<row r="{number}">{cells}</row>'


def valid_rows(count: int, start: int = 2) -> Iterator[str]:
    """Rows the import accepts (one person each), under the HEADER row."""
    yield text_row(1, HEADER)
    for number in range(start, start + count):
        yield text_row(number, [f"R{number}", f"Нигора{number}", "f", "other", "01.02.2025"])
