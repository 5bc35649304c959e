"""How much of an import file is read at most, and the whole-file problem when a file is over.

The documented limits (docs/import-format.md) bound every file: whatever its shape, reading
stops at one of these caps, so no file within the size limit runs for minutes or fills memory.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 2**20


class ReadProblem(Exception):
    """A problem with the whole file (code: too_large, too_many_rows, bad_file, bad_encoding,
    no_sheet), at the sheet row where reading stopped (0 when none)."""

    def __init__(self, code: str, message: str, row: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.row = row


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 20 * MB
    max_rows: int = 60_000  # the last row number read, empty rows included
    max_data_rows: int = 50_000  # non-empty rows after the header
    max_columns: int = 100
    max_cells: int = 2_000_000  # filled cells
    max_cell_chars: int = 32_767  # Excel's own limit for one cell
    # XLSX: uncompressed XML parts, elements per part, distinct texts
    max_parts: int = 1_000
    max_sheet_bytes: int = 200 * MB
    max_strings_bytes: int = 64 * MB
    max_other_part_bytes: int = 8 * MB
    max_xml_bytes: int = 256 * MB
    max_elements: int = 8_000_000
    max_shared_strings: int = 1_000_000

    def part_cap(self, name: str) -> int:
        if name.startswith("xl/worksheets/"):
            return self.max_sheet_bytes
        if name.endswith("sharedStrings.xml"):
            return self.max_strings_bytes
        return self.max_other_part_bytes


DEFAULT_LIMITS = Limits()
